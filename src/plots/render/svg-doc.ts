// A small SVG writer: elements in drawing order, shared definitions (glyph outlines, marker shapes,
// clip rectangles) emitted once, and numbers rounded to 0.01 px to keep documents small.
import { RGBA, hex } from '../colors/parse';

export const num = (v: number): string => String(Math.round(v * 100) / 100);

export class SvgDoc {
  private parts: string[] = [];
  private defs = new Map<string, string>();
  private clipCount = 0;

  constructor(readonly width: number, readonly height: number) {}

  add(element: string): void { this.parts.push(element); }

  /** Registers a definition under `id` once; returns the id. */
  define(id: string, make: () => string): string {
    if (!this.defs.has(id)) this.defs.set(id, make());
    return id;
  }

  /** A rectangular clip path; returns the attribute to put on clipped elements. */
  clipRect(x: number, y: number, w: number, h: number): string {
    const id = `clip${this.clipCount++}`;
    this.defs.set(id, `<clipPath id="${id}"><rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"/></clipPath>`);
    return `clip-path="url(#${id})"`;
  }

  toString(): string {
    const defs = this.defs.size ? `<defs>${[...this.defs.values()].join('')}</defs>` : '';
    return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${this.width}" height="${this.height}" viewBox="0 0 ${this.width} ${this.height}" version="1.1">${defs}${this.parts.join('')}</svg>`;
  }
}

/** fill="…" (and fill-opacity) for a color; fill="none" when fully transparent. */
export function fillAttr(c: RGBA): string {
  if (c[3] <= 0) return 'fill="none"';
  return c[3] < 1 ? `fill="${hex(c)}" fill-opacity="${num(c[3])}"` : `fill="${hex(c)}"`;
}

export function strokeAttr(c: RGBA, widthPx: number): string {
  if (c[3] <= 0 || widthPx <= 0) return 'stroke="none"';
  const opacity = c[3] < 1 ? ` stroke-opacity="${num(c[3])}"` : '';
  return `stroke="${hex(c)}"${opacity} stroke-width="${num(widthPx)}"`;
}

/** matplotlib snaps straight horizontal/vertical strokes to pixel centers (odd widths) or edges. */
export function snap(v: number, widthPx: number): number {
  const offset = Math.round(widthPx) % 2 === 1 ? 0.5 : 0;
  return Math.floor(v + 0.5) + offset;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

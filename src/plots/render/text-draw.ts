// Places and draws text like matplotlib's Text: lines stacked 1.2 × the "lp" ascent apart,
// horizontal/vertical alignment on the rotated box (or before rotation for axis labels, matplotlib's
// rotation_mode='anchor'), glyphs drawn as shared outline paths from DejaVu Sans.
import { RGBA, hex } from '../colors/parse';
import { defaultFont, layoutUnits, measureLine } from '../text/font';
import { HAlign, VAlign } from '../model/text';
import { num, SvgDoc } from './svg-doc';

export interface TextStyle { sizePx: number; color: RGBA; ha: HAlign; va: VAlign; rotation: number; bold?: boolean; anchorMode?: boolean }
export interface BBox { x0: number; y0: number; x1: number; y1: number }

interface Line { text: string; width: number; dy: number }
export interface TextLayout { lines: Line[]; width: number; ascent: number; descent: number; height: number }

/** Line widths and baselines (dy from the first baseline, down) and the whole box's size. */
export function layoutText(text: string, sizePx: number): TextLayout {
  const parts = text.split('\n');
  const lp = measureLine('lp', sizePx);
  const step = lp.ascent * 1.2;
  const lines: Line[] = [];
  let dy = 0, prevDescent = 0, firstAscent = 0, lastDescent = 0, width = 0;
  parts.forEach((t, i) => {
    const m = measureLine(t, sizePx);
    if (i === 0) firstAscent = m.ascent;
    else dy += prevDescent + Math.max(step, m.ascent * 1.2);
    lines.push({ text: t, width: m.width, dy });
    prevDescent = m.descent;
    lastDescent = m.descent;
    width = Math.max(width, m.width);
  });
  return { lines, width, ascent: firstAscent, descent: lastDescent, height: firstAscent + dy + lastDescent };
}

/** Where the first baseline's left end goes, and the drawn box, for an anchor point (px, y down). */
export function placeText(layout: TextLayout, x: number, y: number, style: TextStyle): { ox: number; oy: number; box: BBox; corners: [number, number][] } {
  const rad = (style.rotation * Math.PI) / 180;
  const cos = Math.cos(rad), sin = Math.sin(rad);
  // Box corners relative to the first baseline's left end, y down.
  const local: [number, number][] = [[0, -layout.ascent], [layout.width, -layout.ascent], [layout.width, layout.height - layout.ascent], [0, layout.height - layout.ascent]];
  const rot = ([px, py]: [number, number]): [number, number] => [px * cos + py * sin, -px * sin + py * cos];
  let dx: number, dy: number;
  if (style.anchorMode || style.rotation === 0) {
    dx = style.ha === 'left' ? 0 : style.ha === 'center' ? -layout.width / 2 : -layout.width;
    dy = vOffset(style.va, layout);
    [dx, dy] = rot([dx, dy]);
  } else {
    const r = local.map(rot);
    const xs = r.map((p) => p[0]), ys = r.map((p) => p[1]);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    dx = style.ha === 'left' ? -minX : style.ha === 'center' ? -(minX + maxX) / 2 : -maxX;
    dy = style.va === 'top' ? -minY : style.va === 'bottom' ? -maxY : style.va === 'baseline' ? 0 : -(minY + maxY) / 2;
  }
  const ox = x + dx, oy = y + dy;
  const corners = local.map(rot).map(([px, py]) => [px + ox, py + oy] as [number, number]);
  const xs = corners.map((p) => p[0]), ys = corners.map((p) => p[1]);
  return { ox, oy, box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }, corners };
}

/** Offset from the anchor to the first baseline for an unrotated box. */
function vOffset(va: VAlign, l: TextLayout): number {
  switch (va) {
    case 'top': return l.ascent;
    case 'bottom': return -(l.height - l.ascent);
    case 'center': return l.ascent - l.height / 2;
    case 'center_baseline': return l.ascent / 2;
    default: return 0;
  }
}

function glyphId(doc: SvgDoc, glyph: { index: number; path: { commands: { type: string; x?: number; y?: number; x1?: number; y1?: number; x2?: number; y2?: number }[] } }): string {
  return doc.define(`g${glyph.index}`, () => {
    const d = glyph.path.commands.map((c) => {
      switch (c.type) {
        case 'M': case 'L': return `${c.type}${c.x} ${c.y}`;
        case 'Q': return `Q${c.x1} ${c.y1} ${c.x} ${c.y}`;
        case 'C': return `C${c.x1} ${c.y1} ${c.x2} ${c.y2} ${c.x} ${c.y}`;
        default: return 'Z';
      }
    }).join('');
    return `<path id="g${glyph.index}" d="${d}"/>`;
  });
}

/** Draws text at an anchor point; returns its box (for layout, legends and tight_layout). */
export function drawText(doc: SvgDoc | null, text: string, x: number, y: number, style: TextStyle): BBox {
  const layout = layoutText(text, style.sizePx);
  const { ox, oy, box } = placeText(layout, x, y, style);
  if (!doc || !text.trim() || style.color[3] <= 0) return box;
  const font = defaultFont();
  const k = style.sizePx / font.unitsPerEm;
  const opacity = style.color[3] < 1 ? ` fill-opacity="${num(style.color[3])}"` : '';
  const bold = style.bold ? ` stroke="${hex(style.color)}" stroke-width="${Math.round(font.unitsPerEm * 0.045)}" stroke-linejoin="round"` : '';
  const rotate = style.rotation ? ` rotate(${num(-style.rotation)})` : '';
  for (const line of layout.lines) {
    const shift = style.ha === 'center' ? (layout.width - line.width) / 2 : style.ha === 'right' ? layout.width - line.width : 0;
    const uses = layoutUnits(line.text).glyphs
      .filter((g) => g.glyph.path.commands.length)
      .map((g) => `<use xlink:href="#${glyphId(doc, g.glyph as never)}" x="${Math.round(g.x)}"/>`).join('');
    if (!uses) continue;
    const [lx, ly] = rotateOffset(shift, line.dy, style.rotation);
    doc.add(`<g transform="translate(${num(ox + lx)} ${num(oy + ly)})${rotate} scale(${k.toPrecision(5)} ${(-k).toPrecision(5)})" fill="${hex(style.color)}"${opacity}${bold}>${uses}</g>`);
  }
  return box;
}

function rotateOffset(dx: number, dy: number, rotation: number): [number, number] {
  const rad = (rotation * Math.PI) / 180;
  return [dx * Math.cos(rad) + dy * Math.sin(rad), -dx * Math.sin(rad) + dy * Math.cos(rad)];
}

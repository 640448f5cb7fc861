// DejaVu Sans (matplotlib's default font), parsed once with opentype.js: advance widths and kerning
// for layout, glyph outlines for drawing. Text is drawn as glyph paths (as matplotlib's SVG backend
// does by default), so the PNG rasterizer needs no font and every viewer shows the same shapes.
import * as fs from 'fs';
import type * as opentype from 'opentype.js';
import { findAsset } from '../render/assets';

export interface TextMetrics {
  /** Advance width in pixels. */
  width: number;
  /** Height above the baseline and depth below it, at least those of "lp" (matplotlib's rule). */
  ascent: number;
  descent: number;
}

export interface PlacedGlyph { glyph: opentype.Glyph; x: number }

let font: opentype.Font | undefined;

export function defaultFont(): opentype.Font {
  if (!font) {
    const bytes = fs.readFileSync(findAsset('DejaVuSans.ttf'));
    // Required here, not imported: evaluating opentype.js (and its inflate tables) cost every
    // kernel start ~50 ms of CPU, and only a figure with text needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/no-var-requires
    const { parse } = require('opentype.js') as typeof opentype;
    font = parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  return font;
}

const layoutCache = new Map<string, { glyphs: PlacedGlyph[]; advance: number; yMax: number; yMin: number }>();

/** Glyphs with x offsets in font units (kerned), cached per string. */
export function layoutUnits(text: string) {
  let hit = layoutCache.get(text);
  if (hit) return hit;
  const f = defaultFont();
  const glyphs = f.stringToGlyphs(text);
  const placed: PlacedGlyph[] = [];
  let x = 0, yMax = 0, yMin = 0;
  glyphs.forEach((g, i) => {
    placed.push({ glyph: g, x });
    x += g.advanceWidth ?? 0;
    if (i + 1 < glyphs.length) x += f.getKerningValue(g, glyphs[i + 1]);
    yMax = Math.max(yMax, g.yMax ?? 0);
    yMin = Math.min(yMin, g.yMin ?? 0);
  });
  hit = { glyphs: placed, advance: x, yMax, yMin };
  if (layoutCache.size > 5000) layoutCache.clear();
  layoutCache.set(text, hit);
  return hit;
}

/** Metrics of one line at `sizePx` pixels per em. */
export function measureLine(text: string, sizePx: number): TextMetrics {
  const f = defaultFont();
  const scale = sizePx / f.unitsPerEm;
  const line = layoutUnits(text), lp = layoutUnits('lp');
  return {
    width: line.advance * scale,
    ascent: Math.max(line.yMax, lp.yMax) * scale,
    descent: Math.max(-line.yMin, -lp.yMin) * scale,
  };
}

// Paints numbers into a canvas through a color table: one ImageData write, no per-pixel
// drawing calls, so a 784×10 gradient or a 255×784 batch of images draws in a few ms.
import type { ColorTable } from './colors';

export interface ValueRange { lo: number; hi: number }

/** Symmetric range around zero (signed data such as gradients), or min..max. */
export function rangeOf(values: ArrayLike<number>, symmetric: boolean): ValueRange {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < values.length; i++) { const x = values[i]; if (x < lo) lo = x; if (x > hi) hi = x; }
  if (!(lo <= hi)) return { lo: 0, hi: 1 };
  if (symmetric) { const m = Math.max(Math.abs(lo), Math.abs(hi)) || 1; return { lo: -m, hi: m }; }
  return lo === hi ? { lo: lo - 1, hi: hi + 1 } : { lo, hi };
}

/**
 * Fills `canvas` (width × height pixels) with value(x, y) mapped through `colors`.
 * Non-finite values paint magenta, so a NaN cannot hide in a heatmap.
 */
export function paint(canvas: HTMLCanvasElement, width: number, height: number, value: (x: number, y: number) => number, range: ValueRange, colors: ColorTable): void {
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(width, height);
  const px = img.data;
  const scale = 255 / (range.hi - range.lo);
  for (let y = 0, o = 0; y < height; y++) {
    for (let x = 0; x < width; x++, o += 4) {
      const v = value(x, y);
      if (v - v !== 0) { px[o] = 255; px[o + 1] = 0; px[o + 2] = 255; px[o + 3] = 255; continue; }
      const k = Math.max(0, Math.min(255, Math.round((v - range.lo) * scale))) * 3;
      px[o] = colors[k]; px[o + 1] = colors[k + 1]; px[o + 2] = colors[k + 2]; px[o + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
}

/** A small color bar with the range's ends, so a heatmap's colors can be read as numbers. */
export function legendCanvas(colors: ColorTable): HTMLCanvasElement {
  const c = document.createElement('canvas');
  paint(c, 128, 1, (x) => x, { lo: 0, hi: 127 }, colors);
  c.setAttribute('aria-hidden', 'true');
  return c;
}

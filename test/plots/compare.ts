// The visual tests' perceptual metric: both images are composited on white and box-blurred
// (5×5, per RGB channel), and a pixel counts as different when any channel differs by more than
// 60/255 after the blur (a one-pixel shift of a black line blurs to 51). The blur absorbs what no one sees — FreeType's hinted glyphs against
// resvg's unhinted ones, a half-pixel antialiasing edge — while a missing title, another tick
// set, a different colormap or swapped axes move whole blurred regions far past the threshold
// (test/plots/negative.test.ts proves those fail). Tolerances are counts of such pixels.
import * as fs from 'fs';
import * as path from 'path';
import { decode, encode } from 'fast-png';

export interface Rgba { width: number; height: number; data: Uint8Array }
export interface Comparison { mismatched: number; diff: Rgba }

export const BLUR_RADIUS = 2;
export const CHANNEL_THRESHOLD = 60;

export function pngToRgba(png: Uint8Array): Rgba {
  const img = decode(png);
  const { width, height, channels } = img;
  const src = img.data as Uint8Array;
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const gray = channels < 3;
    for (let c = 0; c < 3; c++) data[p * 4 + c] = src[p * channels + (gray ? 0 : c)];
    data[p * 4 + 3] = channels === 4 ? src[p * 4 + 3] : channels === 2 ? src[p * 2 + 1] : 255;
  }
  return { width, height, data };
}

export const readPng = (file: string): Rgba => pngToRgba(fs.readFileSync(file));

/** One channel, composited on white, blurred with a separable box of radius r. */
function blurredChannel(img: Rgba, c: number, r: number): Float32Array {
  const { width: w, height: h, data } = img;
  const src = new Float32Array(w * h);
  for (let p = 0; p < w * h; p++) { const a = data[p * 4 + 3] / 255; src[p] = data[p * 4 + c] * a + 255 * (1 - a); }
  const pass = (input: Float32Array, horizontal: boolean) => {
    const out = new Float32Array(w * h);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        let sum = 0, n = 0;
        for (let d = -r; d <= r; d++) {
          const xx = horizontal ? x + d : x, yy = horizontal ? y : y + d;
          if (xx < 0 || xx >= w || yy < 0 || yy >= h) continue;
          sum += input[yy * w + xx]; n++;
        }
        out[y * w + x] = sum / n;
      }
    }
    return out;
  };
  return pass(pass(src, true), false);
}

export function compare(actual: Rgba, expected: Rgba): Comparison {
  if (actual.width !== expected.width || actual.height !== expected.height) {
    throw new Error(`size differs: ours ${actual.width}x${actual.height}, matplotlib's ${expected.width}x${expected.height}`);
  }
  const { width, height } = actual;
  const diffs = [0, 1, 2].map((c) => {
    const a = blurredChannel(actual, c, BLUR_RADIUS), e = blurredChannel(expected, c, BLUR_RADIUS);
    return a.map((v, i) => Math.abs(v - e[i]));
  });
  const diff = new Uint8Array(width * height * 4);
  let mismatched = 0;
  for (let p = 0; p < width * height; p++) {
    const d = Math.max(diffs[0][p], diffs[1][p], diffs[2][p]);
    const bad = d > CHANNEL_THRESHOLD;
    if (bad) mismatched++;
    // The diff image: matplotlib's picture faded, differences in red.
    const g = 255 - (255 - (expected.data[p * 4] + expected.data[p * 4 + 1] + expected.data[p * 4 + 2]) / 3) * 0.2;
    diff.set(bad ? [255, 0, 0, 255] : [g, g, g, 255], p * 4);
  }
  return { mismatched, diff: { width, height, data: diff } };
}

export function writePng(file: string, img: Rgba): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, encode({ width: img.width, height: img.height, data: img.data, channels: 4, depth: 8 }));
}

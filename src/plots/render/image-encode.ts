// imshow pixels go into the SVG as one PNG data URI at the data's own resolution (fast-png), and
// the SVG scales it: nearest-neighbour when matplotlib would (upsampling by 3x or more, or
// interpolation='nearest'/'none'), smooth otherwise.
import { encode } from 'fast-png';

export function pngDataUri(rgba: Uint8Array, width: number, height: number): string {
  const png = encode({ width, height, data: rgba, channels: 4, depth: 8 });
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

/** Flips rows (origin='lower' images are stored bottom row first on screen). */
export function flipRows(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(rgba.length);
  const row = width * 4;
  for (let r = 0; r < height; r++) out.set(rgba.subarray(r * row, (r + 1) * row), (height - 1 - r) * row);
  return out;
}

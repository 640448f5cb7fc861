// Square images (MNIST's 784 = 28×28) drawn as a grid of small canvases: the rows of a batch,
// or the columns of a weight or gradient matrix (one image per class).
import { h } from './dom';
import type { ColorTable } from './colors';
import { paint, type ValueRange } from './raster';

export type ImageAxis = 'rows' | 'columns' | 'trailing';

export interface ImageGridOptions {
  /** shape of the data, to find the image pixels: [n, 784], [784, n] or [..., 28, 28] */
  cols: number;
  side: number;
  count: number;
  axis: ImageAxis;
  labels?: string[];
  describe: (index: number) => string;
  max?: number;
}

export function imageGrid(values: ArrayLike<number>, range: ValueRange, colors: ColorTable, opts: ImageGridOptions): HTMLElement {
  const { side, axis, cols } = opts;
  const pixels = side * side;
  const shown = Math.min(opts.count, opts.max ?? 64);
  const grid = h('div', { className: 'gb-images', role: 'list' });
  for (let k = 0; k < shown; k++) {
    // rows/trailing: image k is a contiguous run; columns: pixel p of image k is at p·cols + k.
    const at = axis === 'columns' ? (p: number) => values[p * cols + k] : (p: number) => values[k * pixels + p];
    if (axis !== 'columns' && (k + 1) * pixels > values.length) break;
    const canvas = h('canvas', { role: 'img', 'aria-label': opts.describe(k), tabindex: 0, 'data-index': k });
    paint(canvas, side, side, (x, y) => at(y * side + x), range, colors);
    grid.append(h('div', { className: 'gb-image', role: 'listitem' }, canvas, h('span', { className: 'gb-muted' }, opts.labels?.[k] ?? String(k))));
  }
  if (opts.count > shown) grid.append(h('div', { className: 'gb-muted' }, `… ${opts.count - shown} more`));
  return grid;
}

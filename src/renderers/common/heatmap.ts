// A 2-D array as a heatmap canvas, with a legend. Cells are stretched to stay visible: a
// 784×10 gradient becomes ten readable columns.
import { h, fmt } from './dom';
import type { ColorTable } from './colors';
import { legendCanvas, paint, type ValueRange } from './raster';

export interface HeatmapOptions { maxWidth?: number; maxHeight?: number; label: string }

export function heatmap(values: ArrayLike<number>, rows: number, cols: number, range: ValueRange, colors: ColorTable, opts: HeatmapOptions): HTMLElement {
  const canvas = h('canvas', { className: 'gb-heatmap', role: 'img', 'aria-label': opts.label, tabindex: 0 });
  paint(canvas, cols, rows, (x, y) => values[y * cols + x], range, colors);
  const cellW = Math.min(24, Math.max(1, (opts.maxWidth ?? 640) / cols));
  const cellH = Math.min(24, Math.max(0.5, (opts.maxHeight ?? 360) / rows));
  canvas.style.width = `${Math.round(cols * cellW)}px`;
  canvas.style.height = `${Math.round(rows * cellH)}px`;
  return h('div', { className: 'gb-heatmap-box' },
    h('div', { className: 'gb-legend' }, fmt(range.lo), legendCanvas(colors), fmt(range.hi), h('span', {}, `· ${rows} × ${cols}`)),
    canvas);
}

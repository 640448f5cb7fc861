// The tensor view: what an array is (shape, dtype, statistics, histogram) and what it holds
// (images when an axis is 784 or the shape ends in 28×28, a heatmap for 2-D, a virtualized table).
import type { TensorPayload } from '../../shared/payloads/tensor';
import { decodeValues, imageLayout } from '../../shared/payloads/tensor';
import { h, fmt, count, shapeText } from '../common/dom';
import { histogramChart } from '../common/charts';
import { heatmap } from '../common/heatmap';
import { imageGrid } from '../common/images';
import { virtualTable } from '../common/virtual_table';
import { rangeOf } from '../common/raster';
import { sequentialTable, themeDiverging, themeInk } from '../common/colors';
import { tabs, type Tab } from '../common/tabs';
import { statGrid } from '../common/stat_grid';

export function renderTensor(p: TensorPayload, element: HTMLElement): void {
  const root = h('div', { className: 'gb-view gb-tensor' });
  element.replaceChildren(root);
  root.append(header(p));
  if (p.stats) root.append(statGrid([
    ['min', fmt(p.stats.min)], ['max', fmt(p.stats.max)], ['mean', fmt(p.stats.mean)], ['std', fmt(p.stats.std)],
    ['NaN', count(p.stats.nan), p.stats.nan > 0], ['+Inf', count(p.stats.posInf), p.stats.posInf > 0],
    ['−Inf', count(p.stats.negInf), p.stats.negInf > 0], ['zeros', count(p.stats.zeros)],
  ]));
  if (p.histogram) {
    root.append(h('div', { className: 'gb-section' }, h('div', { className: 'gb-muted' }, 'histogram'),
      histogramChart(p.histogram.counts, p.histogram.min, p.histogram.max, { label: `histogram of ${count(p.size)} values` })));
  }
  const values = p.values ? decodeValues(p.values) : null;
  const cols = p.shape.length ? p.shape[p.shape.length - 1] || 1 : 1;
  const sections: Tab[] = [];
  const layout = imageLayout(p.shape);
  if (values && layout) sections.push({ id: 'images', label: 'Images', render: () => images(p, values, layout, root) });
  if (values && p.shape.length === 2) sections.push({ id: 'heatmap', label: 'Heatmap', render: () => tensorHeatmap(p, values, root) });
  if (values || p.strings) sections.push({ id: 'table', label: 'Values', render: () => table(p, values, cols) });
  // Images when there are some; a small array reads best as numbers; a large 2-D one as a heatmap.
  const initial = layout || p.size > 200 ? 0 : sections.length - 1;
  if (sections.length) root.append(tabs(sections, 'views of the array', initial));
  const included = values?.length ?? p.strings?.length ?? 0;
  if (included < p.size) root.append(h('p', { className: 'gb-muted' }, `Values of the first ${count(included)} of ${count(p.size)} elements are included; statistics cover all of them.`));
}

function header(p: TensorPayload): HTMLElement {
  return h('div', { className: 'gb-header' },
    p.name ? h('span', { className: 'gb-title' }, p.name) : null,
    h('span', { className: 'gb-chip', title: 'shape' }, shapeText(p.shape)),
    h('span', { className: 'gb-chip', title: 'dtype' }, p.dtype),
    h('span', { className: 'gb-muted' }, `${count(p.size)} elements`));
}

function images(p: TensorPayload, values: ArrayLike<number>, layout: NonNullable<ReturnType<typeof imageLayout>>, near: Element): HTMLElement {
  const range = rangeOf(values, false);
  const signed = range.lo < 0;
  const colors = signed ? themeDiverging(near) : themeInk(near);
  const cols = p.shape[p.shape.length - 1];
  const label = (k: number) => (layout.axis === 'columns' ? `[:, ${k}]` : `[${k}]`);
  return imageGrid(values, signed ? rangeOf(values, true) : range, colors, {
    cols, side: layout.side, count: layout.count, axis: layout.axis,
    labels: Array.from({ length: Math.min(layout.count, 64) }, (_, k) => label(k)),
    describe: (k) => `image ${label(k)} as ${layout.side}×${layout.side} pixels`,
  });
}

function tensorHeatmap(p: TensorPayload, values: ArrayLike<number>, near: Element): HTMLElement {
  const cols = p.shape[1];
  const rows = Math.min(p.shape[0], Math.floor(values.length / cols));
  const range = rangeOf(values, false);
  const colors = range.lo < 0 && range.hi > 0 ? themeDiverging(near) : sequentialTable;
  return heatmap(values, rows, cols, range.lo < 0 && range.hi > 0 ? rangeOf(values, true) : range, colors, { label: `heatmap of ${rows} × ${cols} values` });
}

function table(p: TensorPayload, values: ArrayLike<number> | null, cols: number): HTMLElement {
  const included = values?.length ?? p.strings?.length ?? 0;
  const rank = p.shape.length;
  const tableCols = rank <= 1 ? 1 : cols;
  const rows = Math.ceil(included / tableCols);
  const lead = p.shape.slice(0, -1);
  // Row r of an N-D array flattened to (…, last): its leading indices read as "2, 0".
  const rowLabel = (r: number) => {
    if (rank <= 2) return String(r);
    const idx: number[] = [];
    for (let d = lead.length - 1, rest = r; d >= 0; d--) { idx.unshift(rest % lead[d]); rest = Math.floor(rest / lead[d]); }
    return idx.join(', ');
  };
  const bool = p.dtype === 'bool';
  const cell = (r: number, c: number) => {
    const i = r * tableCols + c;
    if (i >= included) return '';
    if (p.strings) return p.strings[i];
    return bool ? (values![i] ? 'True' : 'False') : fmt(values![i]);
  };
  return virtualTable({ rows, cols: tableCols, cell, rowLabel, label: `values of the array, ${rows} rows` });
}

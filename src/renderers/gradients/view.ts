// The gradient view: per trainable variable, what the last optimizer step saw (gradient norm,
// mean, min, max), what it did (update norm, update-to-weight ratio), and how both evolved;
// the (gradient, variable) pairs; the selected variable's gradient as images and a heatmap.
// Shared by the notebook renderer and the side panel (src/webviews/gradients).
import type { GradientRow, GradientsPayload } from '../../shared/payloads/gradients';
import { decodeValues, imageLayout } from '../../shared/payloads/tensor';
import { h, fmt, shapeText, count } from '../common/dom';
import { sparkline } from '../common/charts';
import { heatmap } from '../common/heatmap';
import { imageGrid } from '../common/images';
import { rangeOf } from '../common/raster';
import { themeDiverging } from '../common/colors';

export interface GradientsViewOptions {
  /** Row to select first (index into payload.rows); the panel keeps the user's choice across updates. */
  selected?: number;
  onSelect?: (index: number) => void;
}

const columns = ['variable', 'shape', '‖g‖', 'mean g', 'min g', 'max g', '‖Δw‖', '‖Δw‖/‖w‖', '‖g‖ by step'];

export function renderGradients(p: GradientsPayload, element: HTMLElement, opts: GradientsViewOptions = {}): void {
  const root = h('div', { className: 'gb-view gb-gradients' });
  element.replaceChildren(root);
  root.append(header(p));
  if (!p.totalSteps) {
    root.append(h('p', { className: 'gb-muted' }, 'No optimizer step recorded yet: run the train op (sess.run(train, feed_dict=…)) and display this again.'));
  }
  const detail = h('div', { className: 'gb-section gb-detail', 'aria-live': 'polite' });
  const body = h('tbody');
  const table = h('table', { className: 'gb-table gb-variables', 'aria-label': 'trainable variables' },
    h('thead', {}, h('tr', {}, ...columns.map((c, i) => h('th', { className: i === 0 ? 'gb-name' : '', scope: 'col' }, c)))), body);
  const rows = p.rows.map((r, i) => variableRow(p, r, i));
  body.append(...rows);
  const select = (i: number, focus = false) => {
    rows.forEach((tr, k) => { tr.setAttribute('aria-selected', String(k === i)); tr.tabIndex = k === i ? 0 : -1; });
    if (focus) rows[i].focus();
    detail.replaceChildren(gradientDetail(p.rows[i], root));
    opts.onSelect?.(i);
  };
  rows.forEach((tr, i) => {
    tr.addEventListener('click', () => select(i));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && i + 1 < rows.length) { e.preventDefault(); select(i + 1, true); }
      else if (e.key === 'ArrowUp' && i > 0) { e.preventDefault(); select(i - 1, true); }
      else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(i); }
    });
  });
  root.append(h('div', { className: 'gb-section' }, table));
  root.append(pairsTable(p));
  root.append(detail);
  if (rows.length) select(Math.min(Math.max(0, opts.selected ?? 0), rows.length - 1));
}

function header(p: GradientsPayload): HTMLElement {
  const lastLoss = [...p.series.loss].reverse().find((v) => v !== null) ?? null;
  return h('div', { className: 'gb-header' },
    h('span', { className: 'gb-title' }, p.title),
    p.optimizer ? h('span', { className: 'gb-chip', title: 'optimizer' }, p.optimizer.type) : null,
    h('span', { className: 'gb-muted' }, `${count(p.totalSteps)} step${p.totalSteps === 1 ? '' : 's'}`),
    p.learningRate !== null ? h('span', { className: 'gb-muted' }, `lr ${fmt(p.learningRate)}`) : null,
    p.series.loss.some((v) => v !== null)
      ? h('span', { className: 'gb-loss' }, h('span', { className: 'gb-muted' }, 'loss '),
        sparkline(p.series.steps, p.series.loss, { width: 160, height: 26, className: 'gb-loss', label: 'loss by step' }),
        h('span', {}, ` ${fmt(lastLoss)}`))
      : null);
}

function variableRow(p: GradientsPayload, r: GradientRow, i: number): HTMLTableRowElement {
  const l = r.latest;
  const name = r.alias ? h('span', {}, h('b', {}, r.alias), h('span', { className: 'gb-muted' }, ` ${r.name}`)) : h('b', {}, r.name);
  const cells: (Node | string)[] = [
    name, shapeText(r.shape), fmt(l?.gradNorm), fmt(l?.gradMean), fmt(l?.gradMin), fmt(l?.gradMax), fmt(l?.updateNorm), fmt(l?.updateRatio),
    sparkline(p.series.steps, r.gradNorm, { label: `gradient norm of ${r.alias ?? r.name} by step` }),
  ];
  const tr = h('tr', { className: 'gb-selectable', 'data-variable': r.name, 'aria-selected': 'false', tabindex: i === 0 ? 0 : -1 });
  cells.forEach((c, k) => tr.append(h('td', { className: k === 0 ? 'gb-name' : 'gb-mono' }, c)));
  if (l && l.gradNonFinite > 0) tr.cells[2].append(h('span', { className: 'gb-warn', title: 'NaN or Inf elements in the gradient' }, ` (${l.gradNonFinite} non-finite)`));
  return tr;
}

function pairsTable(p: GradientsPayload): HTMLElement {
  const body = h('tbody', {}, ...p.pairs.map((pair) => h('tr', { className: 'gb-pair' },
    h('td', { className: 'gb-name gb-mono' }, pair.gradient ?? 'None'),
    h('td', { className: 'gb-muted' }, '→'),
    h('td', { className: 'gb-name gb-mono' }, pair.variable))));
  return h('details', { className: 'gb-section', open: p.source === 'pairs' },
    h('summary', {}, `(gradient, variable) pairs · ${p.pairs.length}`),
    h('table', { className: 'gb-table gb-pairs', 'aria-label': '(gradient, variable) pairs' },
      h('thead', {}, h('tr', {}, h('th', { className: 'gb-name', scope: 'col' }, 'gradient tensor'), h('th', {}, ''), h('th', { className: 'gb-name', scope: 'col' }, 'variable'))), body));
}

function gradientDetail(r: GradientRow, near: Element): HTMLElement {
  const who = r.alias ? `${r.alias} (${r.name})` : r.name;
  const box = h('div', { 'data-variable': r.name });
  if (!r.gradient) {
    box.append(h('p', { className: 'gb-muted' }, r.latest ? `The gradient of ${who} is too large to include; its statistics are above.` : `No gradient of ${who} recorded yet.`));
    return box;
  }
  const values = decodeValues(r.gradient.values);
  box.append(h('h3', {}, `Gradient of ${who} at step ${r.gradient.step}`));
  const range = rangeOf(values, true);
  const colors = themeDiverging(near);
  const layout = imageLayout(r.shape);
  if (layout) {
    box.append(h('div', { className: 'gb-muted' }, `Each ${layout.side}×${layout.side} image is one ${layout.axis === 'columns' ? 'column' : 'row'}: blue pixels push the weight up under gradient descent, red ones down.`));
    box.append(imageGrid(values, range, colors, {
      cols: r.shape[r.shape.length - 1], side: layout.side, count: layout.count, axis: layout.axis,
      labels: Array.from({ length: layout.count }, (_, k) => (layout.axis === 'columns' ? `[:, ${k}]` : `[${k}]`)),
      describe: (k) => `gradient of ${who}, ${layout.axis === 'columns' ? 'column' : 'row'} ${k}, as ${layout.side}×${layout.side} image`,
    }));
  }
  const rows = r.shape.length >= 2 ? r.shape.slice(0, -1).reduce((a, b) => a * b, 1) : 1;
  const cols = r.shape.length ? r.shape[r.shape.length - 1] : 1;
  box.append(h('div', { className: 'gb-section' }, heatmap(values, rows, cols, range, colors, { label: `heatmap of the gradient of ${who}`, maxHeight: 320 })));
  return box;
}

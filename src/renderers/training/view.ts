// The training monitor: the in-place progress output of a long loop, with the loss of the
// optimizer steps so far. Each update replaces the output item and this redraws the element.
import type { TrainingPayload } from '../../shared/payloads/training';
import { h, fmt, count } from '../common/dom';
import { lineChart } from '../common/charts';

function seconds(s: number): string {
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}

export function renderTraining(p: TrainingPayload, element: HTMLElement): void {
  const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const fill = h('div');
  fill.style.width = `${(fraction * 100).toFixed(1)}%`;
  const bar = h('div', { className: 'gb-bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': p.total, 'aria-valuenow': p.done, 'aria-label': 'training progress' }, fill);
  const time = p.final ? `${seconds(p.elapsedSeconds)} total` : p.etaSeconds !== undefined ? `ETA ${seconds(p.etaSeconds)}` : '';
  const line = h('div', { className: 'gb-progress' },
    bar,
    h('span', { className: 'gb-done' }, `${count(p.done)}/${count(p.total)}`),
    h('span', { className: 'gb-muted' }, `${Math.floor(fraction * 100)}%`),
    h('span', {}, `${p.stepsPerSecond.toFixed(1)} steps/s`),
    time ? h('span', { className: 'gb-muted' }, time) : null,
    p.lastLoss !== undefined ? h('span', { className: 'gb-last-loss' }, `loss ${fmt(p.lastLoss)}`) : null);
  const root = h('div', { className: 'gb-view gb-training', 'data-final': String(p.final) }, line);
  const history = p.lossHistory;
  if (history && history.steps.length > 1) {
    root.append(h('div', { className: 'gb-section' }, lineChart(history.steps, history.loss, { label: `loss over ${history.steps.length} recorded steps`, width: 460, height: 150 })));
  }
  element.replaceChildren(root);
}

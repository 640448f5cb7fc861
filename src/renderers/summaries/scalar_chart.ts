// One scalar tag as a line over steps: d3-scale gives the nice domain and ticks, d3-shape the path.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { s, fmt } from '../common/dom';
import type { ScalarSeries } from '../../shared/payloads/summaries';

const W = 320, H = 170, M = { left: 48, right: 10, top: 10, bottom: 24 };

export function scalarChart(series: ScalarSeries): SVGSVGElement {
  const pts = series.steps.map((step, i) => [step, series.values[i]] as const).filter(([, v]) => Number.isFinite(v));
  const svg = s('svg', {
    className: 'gb-chart gb-scalar', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `${series.tag}: ${pts.length} points`, 'data-tag': series.tag, 'data-points': pts.length,
  });
  if (!pts.length) return svg;
  const xs = pts.map(p => p[0]), ys = pts.map(p => p[1]);
  const x = scaleLinear().domain([Math.min(...xs), Math.max(...xs, Math.min(...xs) + 1)]).range([M.left, W - M.right]);
  const lo = Math.min(...ys), hi = Math.max(...ys);
  const y = scaleLinear().domain(lo === hi ? [lo - (Math.abs(lo) || 1) * 0.1, hi + (Math.abs(hi) || 1) * 0.1] : [lo, hi]).nice(4).range([H - M.bottom, M.top]);
  for (const t of y.ticks(4)) {
    svg.append(s('line', { className: 'gb-grid', x1: M.left, x2: W - M.right, y1: y(t), y2: y(t) }));
    svg.append(s('text', { x: M.left - 4, y: y(t) + 3, 'text-anchor': 'end' }, fmt(t)));
  }
  for (const t of x.ticks(4).filter(Number.isInteger)) svg.append(s('text', { x: x(t), y: H - 8, 'text-anchor': 'middle' }, String(t)));
  svg.append(s('line', { className: 'gb-axis', x1: M.left, y1: H - M.bottom, x2: W - M.right, y2: H - M.bottom }));
  const d = line<readonly [number, number]>().x(p => x(p[0])).y(p => y(p[1]))(pts) ?? '';
  svg.append(s('path', { className: 'gb-line', d }));
  const [lastStep, lastValue] = pts[pts.length - 1];
  svg.append(s('circle', { className: 'gb-end', cx: x(lastStep), cy: y(lastValue), r: 2.5 }));
  svg.append(s('title', {}, `${series.tag} at step ${lastStep}: ${fmt(lastValue)}`));
  return svg;
}

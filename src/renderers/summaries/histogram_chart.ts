// One histogram tag over steps as TensorBoard's "offset" view: a ridge per step (older steps
// higher up and fainter), bucket counts as areas over the value axis. d3-scale maps values and
// counts, d3-shape draws the areas.
import { scaleLinear } from 'd3-scale';
import { area } from 'd3-shape';
import { s, fmt } from '../common/dom';
import type { HistogramRecord, HistogramSeries } from '../../shared/payloads/summaries';

const W = 320, H = 190, M = { left: 12, right: 44, top: 8, bottom: 22 }, RIDGE = 46;

/** Bucket centres and densities of one TF histogram (its buckets span [previous limit, limit]). */
function points(h: HistogramRecord): [number, number][] {
  const out: [number, number][] = [];
  let left = h.min;
  h.bucketLimit.forEach((limit, i) => {
    const right = Math.min(limit, h.max);
    const width = Math.max(right - left, 1e-12);
    if (h.bucket[i] > 0 || out.length) out.push([(left + right) / 2, h.bucket[i] / width]);
    left = right;
  });
  return out.length ? out : [[h.min, h.num]];
}

export function histogramChart(series: HistogramSeries): SVGSVGElement {
  const n = series.histograms.length;
  const svg = s('svg', {
    className: 'gb-chart gb-histograms', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `${series.tag}: ${n} steps`, 'data-tag': series.tag, 'data-steps': n,
  });
  if (!n) return svg;
  const lo = Math.min(...series.histograms.map(h => h.min)), hi = Math.max(...series.histograms.map(h => h.max));
  const x = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).nice(4).range([M.left, W - M.right]);
  const peak = Math.max(...series.histograms.flatMap(h => points(h).map(p => p[1])), 1e-12);
  const rows = H - M.top - M.bottom - RIDGE;
  const offset = scaleLinear().domain([0, Math.max(n - 1, 1)]).range([M.top + RIDGE, M.top + RIDGE + rows]);
  const height = scaleLinear().domain([0, peak]).range([0, RIDGE]);
  series.histograms.forEach((h, i) => {
    const base = offset(i);
    const d = area<[number, number]>().x(p => x(p[0])).y0(base).y1(p => base - height(p[1]))(points(h)) ?? '';
    const ridge = s('path', { className: 'gb-ridge', d, 'fill-opacity': (0.25 + 0.6 * (i + 1) / n).toFixed(2) });
    ridge.append(s('title', {}, `step ${series.steps[i]}: ${fmt(h.num)} values in [${fmt(h.min)}, ${fmt(h.max)}]`));
    svg.append(ridge);
  });
  for (const t of x.ticks(4)) svg.append(s('text', { x: x(t), y: H - 6, 'text-anchor': 'middle' }, fmt(t)));
  svg.append(s('text', { x: W - M.right + 4, y: offset(0), 'text-anchor': 'start' }, String(series.steps[0])));
  if (n > 1) svg.append(s('text', { x: W - M.right + 4, y: offset(n - 1), 'text-anchor': 'start' }, String(series.steps[n - 1])));
  return svg;
}

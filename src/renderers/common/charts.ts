// SVG charts: sparklines for table cells, a line chart with axes for the loss curve, and
// histogram bars. Series may hold nulls (steps where a value was unknown): the line breaks.
import { s, fmt } from './dom';

type Series = readonly (number | null)[];

function extent(ys: Series): [number, number] | null {
  let lo = Infinity, hi = -Infinity;
  for (const y of ys) if (y !== null && Number.isFinite(y)) { if (y < lo) lo = y; if (y > hi) hi = y; }
  if (lo > hi) return null;
  if (lo === hi) { lo -= Math.abs(lo) * 0.1 || 1; hi += Math.abs(hi) * 0.1 || 1; }
  return [lo, hi];
}

/** The `d` of a path through (x, y) points, starting a new segment after each gap. */
export function linePath(xs: readonly number[], ys: Series, x: (v: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < ys.length; i++) {
    const v = ys[i];
    if (v === null || !Number.isFinite(v)) { pen = false; continue; }
    d += `${pen ? 'L' : 'M'}${x(xs[i]).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  }
  return d;
}

export function sparkline(xs: readonly number[], ys: Series, opts: { width?: number; height?: number; className?: string; label: string }): SVGSVGElement {
  const width = opts.width ?? 110, height = opts.height ?? 24, pad = 2;
  const svg = s('svg', { className: 'gb-spark', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': opts.label });
  const ey = extent(ys);
  const x0 = xs[0] ?? 0, x1 = xs[xs.length - 1] ?? 1;
  if (!ey) return svg;
  const x = (v: number) => pad + ((v - x0) / (x1 - x0 || 1)) * (width - 2 * pad);
  const y = (v: number) => height - pad - ((v - ey[0]) / (ey[1] - ey[0])) * (height - 2 * pad);
  svg.append(s('path', { className: `gb-line ${opts.className ?? ''}`.trim(), d: linePath(xs, ys, x, y) }));
  const last = [...ys].reverse().findIndex((v) => v !== null);
  if (last >= 0) { const i = ys.length - 1 - last; svg.append(s('circle', { cx: x(xs[i]).toFixed(1), cy: y(ys[i]!).toFixed(1), r: 1.8, className: 'gb-end' })); }
  svg.append(s('title', {}, `${opts.label}: ${fmt(ey[0])} … ${fmt(ey[1])}`));
  return svg;
}

/** A line chart with y ticks and a step axis (the training monitor's loss curve). */
export function lineChart(xs: readonly number[], ys: Series, opts: { width?: number; height?: number; label: string; xLabel?: string }): SVGSVGElement {
  const width = opts.width ?? 420, height = opts.height ?? 140;
  const left = 48, right = 10, top = 8, bottom = 22;
  const svg = s('svg', { className: 'gb-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': opts.label });
  const ey = extent(ys);
  const x0 = xs[0] ?? 0, x1 = xs[xs.length - 1] ?? 1;
  svg.append(s('line', { className: 'gb-axis', x1: left, y1: top, x2: left, y2: height - bottom }));
  svg.append(s('line', { className: 'gb-axis', x1: left, y1: height - bottom, x2: width - right, y2: height - bottom }));
  if (!ey) return svg;
  const x = (v: number) => left + ((v - x0) / (x1 - x0 || 1)) * (width - left - right);
  const y = (v: number) => height - bottom - ((v - ey[0]) / (ey[1] - ey[0])) * (height - top - bottom);
  for (const v of [ey[0], (ey[0] + ey[1]) / 2, ey[1]]) {
    svg.append(s('text', { x: left - 4, y: y(v) + 3, 'text-anchor': 'end' }, fmt(v)));
  }
  svg.append(s('text', { x: left, y: height - 6 }, String(x0)));
  svg.append(s('text', { x: width - right, y: height - 6, 'text-anchor': 'end' }, `${opts.xLabel ?? 'step'} ${x1}`));
  svg.append(s('path', { className: 'gb-line', d: linePath(xs, ys, x, y) }));
  return svg;
}

/** Bars of a histogram with equal-width bins over [min, max]. */
export function histogramChart(counts: readonly number[], min: number, max: number, opts: { width?: number; height?: number; label: string }): SVGSVGElement {
  const width = opts.width ?? 320, height = opts.height ?? 90, bottom = 14;
  const svg = s('svg', { className: 'gb-chart gb-hist', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': opts.label });
  const peak = Math.max(1, ...counts);
  const total = counts.reduce((a, b) => a + b, 0);
  // One bin holding most values (MNIST's zero pixels) would flatten the rest: use a log scale.
  const log = peak > total / 2 && counts.filter((c) => c > 0).length > 1;
  const scaled = (c: number) => (log ? Math.log1p(c) / Math.log1p(peak) : c / peak);
  const bw = width / counts.length;
  const binWidth = (max - min) / counts.length;
  counts.forEach((c, i) => {
    const bh = c ? Math.max(1, scaled(c) * (height - bottom - 2)) : 0;
    const rect = s('rect', { x: (i * bw + 0.5).toFixed(1), y: (height - bottom - bh).toFixed(1), width: Math.max(1, bw - 1).toFixed(1), height: bh.toFixed(1) });
    rect.append(s('title', {}, `[${fmt(min + i * binWidth)}, ${fmt(min + (i + 1) * binWidth)}): ${c}`));
    svg.append(rect);
  });
  svg.append(s('text', { x: 0, y: height - 2 }, fmt(min)));
  svg.append(s('text', { x: width, y: height - 2, 'text-anchor': 'end' }, fmt(max)));
  if (log) svg.append(s('text', { x: width / 2, y: height - 2, 'text-anchor': 'middle', className: 'gb-log' }, 'log scale'));
  svg.setAttribute('data-scale', log ? 'log' : 'linear');
  return svg;
}

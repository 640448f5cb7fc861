// Tick positions and labels for linear axes. The step rule is matplotlib's MaxNLocator: the smallest
// of 1, 2, 2.5, 5, 10 × 10^k that is at least (range / nbins). d3's tickStep rounds to the nearest of
// 1, 2, 5 instead, which gives 0, 0.1, …, 1 where matplotlib shows 0, 0.2, …, 1 and never 0, 250, 500,
// so the step is picked here and d3-format prints the labels the way ScalarFormatter does.
import { format as d3format } from 'd3-format';

export interface LocatorOptions {
  steps?: readonly number[];
  integer?: boolean;
  minTicks?: number;
}

const DEFAULT_STEPS = [1, 2, 2.5, 5, 10];

/** matplotlib's nonsingular(): widens an empty or tiny interval so ticks can be placed. */
export function nonsingular(vmin: number, vmax: number, expander = 0.05): [number, number] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  let swapped = false;
  if (vmax < vmin) { [vmin, vmax] = [vmax, vmin]; swapped = true; }
  const maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
  if (maxabs < 1e6 / 1e-300 * 1e-300 && maxabs < 1e-14) { vmin = -expander; vmax = expander; }
  else if (vmax - vmin <= maxabs * 1e-13) {
    if (vmax === 0 && vmin === 0) { vmin = -expander; vmax = expander; }
    else { vmin -= expander * Math.abs(vmin); vmax += expander * Math.abs(vmax); }
  }
  return swapped ? [vmax, vmin] : [vmin, vmax];
}

/** Candidate ticks (may reach one step past the view; the axis drops those outside it). */
export function maxNLocator(vmin: number, vmax: number, nbins: number, options: LocatorOptions = {}): number[] {
  [vmin, vmax] = nonsingular(vmin, vmax, 1e-13);
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  const dv = vmax - vmin;
  const meanv = (vmax + vmin) / 2;
  const offset = Math.abs(meanv) / dv < 100 ? 0 : Math.sign(meanv) * 10 ** Math.floor(Math.log10(Math.abs(meanv)));
  const scale = 10 ** Math.floor(Math.log10(dv / nbins));
  const lo = vmin - offset, hi = vmax - offset;
  let steps = [...(options.steps ?? DEFAULT_STEPS)];
  if (steps[0] !== 1) steps = [1, ...steps];
  if (steps[steps.length - 1] !== 10) steps.push(10);
  const extended = [...steps.slice(0, -1).map((s) => s / 10), ...steps, ...steps.slice(1).map((s) => s * 10)];
  let scaled = extended.map((s) => s * scale);
  if (options.integer) scaled = scaled.filter((s) => s < 1 || Math.abs(s - Math.round(s)) < 0.001);
  const rawStep = (hi - lo) / nbins;
  let istep = scaled.findIndex((s) => s >= rawStep);
  if (istep < 0) istep = scaled.length - 1;
  let ticks: number[] = [];
  for (let i = istep; i >= 0; i--) {
    let step = scaled[i];
    if (options.integer && Math.floor(hi) - Math.ceil(lo) >= (options.minTicks ?? 2) - 1) step = Math.max(1, step);
    const best = Math.floor(lo / step) * step;
    const first = edgeLe(lo - best, step), last = edgeGe(hi - best, step);
    ticks = [];
    for (let n = first; n <= last; n++) ticks.push(cleanMultiple(n * step + best) + offset);
    const inside = ticks.filter((t) => t >= vmin && t <= vmax).length;
    if (inside >= (options.minTicks ?? 2)) break;
  }
  return ticks;
}

/** n·step loses digits in floating point (0.30000000000000004); round to the step's precision. */
function cleanMultiple(v: number): number {
  return Number(v.toPrecision(12));
}

function edgeLe(x: number, step: number): number {
  const d = Math.floor(x / step), m = x / step - d;
  return Math.abs(m - 1) < 1e-10 ? d + 1 : d;
}

function edgeGe(x: number, step: number): number {
  const d = Math.floor(x / step), m = x / step - d;
  return Math.abs(m) < 1e-10 ? d : d + 1;
}

/** matplotlib's tick count for an axis of `lengthPt` points with labels of `labelSizePt`. */
export function autoBins(lengthPt: number, labelSizePt: number, axis: 'x' | 'y'): number {
  const space = Math.floor(lengthPt / (labelSizePt * (axis === 'x' ? 3 : 2)));
  return Math.max(1, Math.min(9, space));
}

export interface FormattedTicks { labels: string[]; offsetText: string }

/** ScalarFormatter: one decimal count for all labels, scientific notation outside 1e-5 … 1e6. */
export function scalarFormat(locs: readonly number[], view: [number, number], limits: [number, number] = [-5, 6], unicodeMinus = true): FormattedTicks {
  const [vmin, vmax] = view[0] <= view[1] ? view : [view[1], view[0]];
  const visible = locs.filter((v) => v >= vmin && v <= vmax).map(Math.abs);
  let oom = 0;
  const biggest = visible.length ? Math.max(...visible) : 0;
  if (biggest > 0) {
    const o = Math.floor(Math.log10(biggest));
    if (o <= limits[0] || o >= limits[1]) oom = o;
  }
  const source = locs.length < 2 ? [...locs, vmin, vmax] : locs;
  const scaled = source.map((v) => v / 10 ** oom);
  let range = Math.max(...scaled) - Math.min(...scaled);
  if (range === 0) range = Math.max(...scaled.map(Math.abs));
  if (range === 0) range = 1;
  const rangeOom = Math.floor(Math.log10(range));
  let sigfigs = Math.max(0, 3 - rangeOom);
  const thresh = 1e-3 * 10 ** rangeOom;
  const values = locs.map((v) => v / 10 ** oom);
  while (sigfigs >= 0 && Math.max(...values.map((v) => Math.abs(v - roundTo(v, sigfigs))), 0) < thresh) sigfigs--;
  sigfigs++;
  const fmt = d3format(`.${sigfigs}f`);
  const minus = (s: string) => (unicodeMinus ? s.replace(/^-/, '\u2212') : s);
  const labels = values.map((v) => minus(fmt(v === 0 ? 0 : v).replace(/^−/, '-')));
  const offsetText = oom ? `1e${oom < 0 ? (unicodeMinus ? '\u2212' : '-') : ''}${Math.abs(oom)}` : '';
  return { labels, offsetText };
}

function roundTo(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

/** FixedFormatter-free labels for explicit tick values without labels (ScalarFormatter too). */
export function clipToView(ticks: readonly number[], view: [number, number]): number[] {
  const [lo, hi] = view[0] <= view[1] ? view : [view[1], view[0]];
  const slack = (hi - lo) * 1e-10;
  return ticks.filter((t) => t >= lo - slack && t <= hi + slack);
}

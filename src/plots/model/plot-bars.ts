// bar, barh and hist: rectangles in data coordinates, sticky at their base so autoscaling does
// not pad below zero, colors from the patch cycle; hist bins the data like numpy.histogram.
import { ColorSpec, toRGBA } from '../colors/parse';
import { PlotData, toDense, toVector } from '../data';
import { valueError } from '../errors';
import type { AxesBase } from './axes-base';
import { Artist } from './artist';
import { categoryValues } from './plot-lines';
import { Polygon, Rectangle } from './patches';
import { applyPatchProps, checkKwargs, Kwargs, normalizeKwargs, PATCH_KWARGS } from './props';

/** What bar() returns: the rectangles, labelled as one legend entry. */
export class BarContainer {
  constructor(readonly patches: Rectangle[], public label: string) {}
  get length(): number { return this.patches.length; }
  get_label(): string { return this.label; }
  remove(): void { for (const p of this.patches) p.remove(); }
}

function broadcast(v: Float64Array, n: number, fn: string, name: string): Float64Array {
  if (v.length === n) return v;
  if (v.length === 1) return new Float64Array(n).fill(v[0]);
  throw valueError(`${fn}: shape mismatch: objects cannot be broadcast to a single shape. Mismatch is between arg 0 with shape (${n},) and arg ${name} with shape (${v.length},).`);
}

const BAR_KWARGS = [...PATCH_KWARGS, 'width', 'height', 'bottom', 'left', 'align', 'tick_label'];

export function bars(ax: AxesBase, orientation: 'vertical' | 'horizontal', pos: unknown, size: PlotData, kwargs?: Kwargs): BarContainer {
  const fn = orientation === 'vertical' ? 'bar' : 'barh';
  const kw = normalizeKwargs(kwargs);
  checkKwargs(fn, kw, BAR_KWARGS);
  const posAxis = orientation === 'vertical' ? ax.xaxis : ax.yaxis;
  const p = categoryValues(posAxis, pos) ?? toVector(pos as PlotData, fn);
  const n = p.length;
  const sizes = broadcast(toVector(size, fn), n, fn, 'height');
  const thick = broadcast(toVector((orientation === 'vertical' ? kw.width : kw.height) as PlotData ?? 0.8, fn), n, fn, 'width');
  const base = broadcast(toVector((orientation === 'vertical' ? kw.bottom : kw.left) as PlotData ?? 0, fn), n, fn, 'bottom');
  const align = String(kw.align ?? 'center');
  if (align !== 'center' && align !== 'edge') throw valueError(`${fn}: align must be either 'center' or 'edge'`);
  const color = kw.color === undefined && kw.facecolor === undefined ? ax.nextPatchColor() : null;
  // A list of colors colors the bars in turn (an RGB tuple of numbers is one color).
  const perBar = (v: unknown) => (Array.isArray(v) && v.length && typeof v[0] !== 'number' ? v : null);
  const faceList = perBar(kw.color) ?? perBar(kw.facecolor), edgeList = perBar(kw.edgecolor);
  const label = kw.label === undefined || kw.label === null ? '' : String(kw.label);
  const patches: Rectangle[] = [];
  for (let i = 0; i < n; i++) {
    const start = align === 'center' ? p[i] - thick[i] / 2 : p[i];
    const r = orientation === 'vertical' ? new Rectangle(start, base[i], thick[i], sizes[i]) : new Rectangle(base[i], start, sizes[i], thick[i]);
    if (color) r.facecolor = color;
    r.linewidth = 0;
    // bar's color= colors the faces only; edges stay as edgecolor= says.
    const own: Kwargs = { ...kw, label: '_nolegend_', color: undefined, facecolor: kw.facecolor ?? kw.color };
    if (faceList) own.facecolor = faceList[i % faceList.length];
    if (edgeList) own.edgecolor = edgeList[i % edgeList.length];
    applyPatchProps(r, own, ax.cycleColors());
    if (kw.linewidth === undefined) r.linewidth = r.edgecolor[3] > 0 ? ax.rc.number('patch.linewidth') : 0;
    ax.addArtist(r);
    ax.updateDataLim([r.x, r.x + r.width], [r.y, r.y + r.height]);
    (orientation === 'vertical' ? ax.sticky.y : ax.sticky.x).push(base[i]);
    patches.push(r);
  }
  if (kw.tick_label !== undefined) {
    const labels = Array.isArray(kw.tick_label) ? kw.tick_label.map(String) : [String(kw.tick_label)];
    posAxis.fixedTicks = [...p];
    posAxis.fixedLabels = labels.length === 1 ? new Array(n).fill(labels[0]) : labels;
  }
  const container = new BarContainer(patches, label);
  (ax as unknown as { containers: unknown[] }).containers?.push(container);
  return container;
}

/** numpy.histogram's equal-width bins over `range` (min..max of the data by default). */
export function binEdges(data: Float64Array, bins: number | Float64Array, range?: [number, number]): Float64Array {
  if (typeof bins !== 'number') return bins;
  if (!Number.isInteger(bins) || bins < 1) throw valueError('`bins` must be positive, when an integer');
  let [lo, hi] = range ?? [Infinity, -Infinity];
  if (!range) for (const v of data) if (Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  if (!Number.isFinite(lo)) { lo = 0; hi = 1; }
  if (lo === hi) { lo -= 0.5; hi += 0.5; }
  return Float64Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
}

export function histogram(data: Float64Array, edges: Float64Array, weights?: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length - 1);
  const last = edges.length - 1;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (!(v >= edges[0] && v <= edges[last])) continue;
    let lo = 0, hi = last;
    while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (v >= edges[mid]) lo = mid; else hi = mid; }
    counts[lo] += weights ? weights[i] : 1;
  }
  return counts;
}

export interface HistResult { n: Float64Array | Float64Array[]; bins: Float64Array; patches: BarContainer | Artist[] | (BarContainer | Artist[])[] }

const HIST_KWARGS = [...PATCH_KWARGS, 'bins', 'range', 'density', 'weights', 'cumulative', 'histtype', 'orientation', 'rwidth', 'align', 'bottom', 'stacked'];

export function hist(ax: AxesBase, x: PlotData, kwargs?: Kwargs): HistResult {
  const kw = normalizeKwargs(kwargs);
  checkKwargs('hist', kw, HIST_KWARGS);
  if (kw.stacked) throw valueError('hist: stacked=True is not supported by Gradbook');
  const dense = toDense(x, 'hist');
  const datasets = Array.isArray(x) && x.length && typeof x[0] === 'object' && dense.shape.length !== 2
    ? (x as PlotData[]).map((d) => toVector(d, 'hist'))
    : dense.shape.length === 2 ? Array.from({ length: dense.shape[1] }, (_, c) => Float64Array.from({ length: dense.shape[0] }, (_, r) => dense.data[r * dense.shape[1] + c]))
      : [dense.data];
  const all = Float64Array.from(datasets.flatMap((d) => [...d]));
  const binsArg = kw.bins ?? ax.rc.number('hist.bins');
  const edges = binEdges(all, typeof binsArg === 'number' ? binsArg : toVector(binsArg as PlotData, 'hist'), kw.range as [number, number] | undefined);
  const weights = kw.weights === undefined || kw.weights === null ? undefined : toVector(kw.weights as PlotData, 'hist');
  const counts = datasets.map((d) => {
    let c = histogram(d, edges, datasets.length === 1 ? weights : undefined);
    if (kw.density) {
      const total = c.reduce((a, b) => a + b, 0);
      c = c.map((v, i) => v / total / (edges[i + 1] - edges[i]));
    }
    if (kw.cumulative) for (let i = 1; i < c.length; i++) c[i] += c[i - 1];
    return c;
  });
  const histtype = String(kw.histtype ?? 'bar');
  const vertical = (kw.orientation ?? 'vertical') === 'vertical';
  const colors = kw.color === undefined ? null : Array.isArray(kw.color) && typeof kw.color[0] !== 'number' ? kw.color : [kw.color];
  const labels = Array.isArray(kw.label) ? kw.label : [kw.label];
  const patchKw = { ...kw } as Kwargs;
  for (const k of HIST_KWARGS.slice(PATCH_KWARGS.length)) delete patchKw[k];
  const results = counts.map((c, k) => {
    const color = colors ? toRGBA(colors[k % colors.length] as ColorSpec, null, ax.cycleColors()) : null;
    const own = { ...patchKw, color: undefined, label: labels[k] };
    if (histtype === 'bar') return histBars(ax, edges, c, k, counts.length, vertical, color, own, kw.rwidth as number | undefined);
    if (histtype === 'step' || histtype === 'stepfilled') return [histStep(ax, edges, c, vertical, histtype === 'stepfilled', color, own)];
    throw valueError(`hist: histtype ${histtype} is not recognized`);
  });
  const single = counts.length === 1;
  return { n: single ? counts[0] : counts, bins: edges, patches: single ? results[0] : results };
}

function histBars(ax: AxesBase, edges: Float64Array, counts: Float64Array, k: number, count: number, vertical: boolean,
  color: ReturnType<typeof toRGBA> | null, kw: Kwargs, rwidth?: number): BarContainer {
  const dr = rwidth !== undefined ? Math.min(1, Math.max(0, rwidth)) : count > 1 ? 0.8 : 1;
  const left = Float64Array.from(counts, (_, i) => edges[i]);
  const total = Float64Array.from(counts, (_, i) => edges[i + 1] - edges[i]);
  const width = total.map((w) => (dr * w) / count);
  const offset = total.map((w, i) => (w - dr * w) / 2 + width[i] * k);
  const centers = left.map((l, i) => l + offset[i] + width[i] / 2);
  const barKw: Kwargs = { ...kw, align: 'center', ...(color ? { color } : {}) };
  delete barKw.histtype;
  return bars(ax, vertical ? 'vertical' : 'horizontal', [...centers], counts, { ...barKw, [vertical ? 'width' : 'height']: [...width] });
}

function histStep(ax: AxesBase, edges: Float64Array, counts: Float64Array, vertical: boolean, filled: boolean,
  color: ReturnType<typeof toRGBA> | null, kw: Kwargs): Polygon {
  const ring: [number, number][] = [[edges[0], 0]];
  counts.forEach((c, i) => { ring.push([edges[i], c], [edges[i + 1], c]); });
  ring.push([edges[edges.length - 1], 0]);
  const pts = vertical ? ring : ring.map(([a, b]) => [b, a] as [number, number]);
  const poly = new Polygon([pts]);
  const c = color ?? ax.nextPatchColor();
  poly.facecolor = filled ? c : [0, 0, 0, 0];
  poly.edgecolor = filled ? [0, 0, 0, 0] : c;
  poly.linewidth = filled ? 0 : ax.rc.number('patch.linewidth');
  poly.closed = filled;
  applyPatchProps(poly, kw, ax.cycleColors());
  ax.addArtist(poly);
  ax.updateDataLim(pts.map((p) => p[0]), pts.map((p) => p[1]));
  (vertical ? ax.sticky.y : ax.sticky.x).push(0);
  return poly;
}

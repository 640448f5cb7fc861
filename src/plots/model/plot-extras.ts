// errorbar, fill_between, axhline/axvline, axhspan/axvspan, hlines/vlines, text and annotate.
import { ColorSpec, toRGBA } from '../colors/parse';
import { PlotData, toScalar, toVector } from '../data';
import { notImplemented, valueError } from '../errors';
import type { AxesBase } from './axes-base';
import { LineCollection } from './collections';
import { Line2D } from './line';
import { Polygon } from './patches';
import { plotLines } from './plot-lines';
import { applyArtistProps, applyLineProps, applyPatchProps, applyTextProps, checkKwargs, Kwargs, LINE_KWARGS, normalizeKwargs, PATCH_KWARGS, TEXT_KWARGS } from './props';
import { Annotation, AnnotationCoords, Text } from './text';

/** What errorbar() returns: (data_line, caplines, barlinecols), plus the legend label. */
export class ErrorbarContainer {
  constructor(readonly lines: [Line2D | null, Line2D[], LineCollection[]], public label: string) {}
  get_label(): string { return this.label; }
  remove(): void { this.lines[0]?.remove(); this.lines[1].forEach((l) => l.remove()); this.lines[2].forEach((c) => c.remove()); }
}

/** Symmetric (scalar or N) or asymmetric (2×N) errors as [minus, plus] arrays. */
function errorPair(err: unknown, n: number, name: string): [Float64Array, Float64Array] | null {
  if (err === undefined || err === null) return null;
  const v = toVector(Array.isArray(err) && Array.isArray(err[0]) ? (err as PlotData[]).flatMap((r) => [...toVector(r)]) : err as PlotData, 'errorbar', name);
  if (v.length === 1) return [new Float64Array(n).fill(v[0]), new Float64Array(n).fill(v[0])];
  if (v.length === n) return [v, v];
  if (v.length === 2 * n) return [v.slice(0, n), v.slice(n)];
  throw valueError(`errorbar: '${name}' (shape: (${v.length},)) must be a scalar or a 1D or (2, n) array-like whose shape matches 'x' (shape: (${n},))`);
}

export function errorbar(ax: AxesBase, x: PlotData, y: PlotData, kwargs?: Kwargs): ErrorbarContainer {
  const kw = normalizeKwargs(kwargs);
  checkKwargs('errorbar', kw, [...LINE_KWARGS, 'yerr', 'xerr', 'fmt', 'ecolor', 'elinewidth', 'capsize', 'capthick']);
  const xs = toVector(x, 'errorbar', 'x'), ys = toVector(y, 'errorbar', 'y');
  const n = xs.length;
  const fmt = String(kw.fmt ?? '');
  const lineKw: Kwargs = {};
  for (const k of LINE_KWARGS) if (kw[k] !== undefined) lineKw[k] = kw[k];
  const hidden = fmt.toLowerCase() === 'none';
  const [line] = plotLines(ax, hidden ? [xs, ys] : fmt ? [xs, ys, fmt] : [xs, ys], { ...lineKw, label: '_nolegend_' });
  if (hidden) { line.linestyle = 'None'; line.marker = 'None'; }
  const ecolor = kw.ecolor === undefined || kw.ecolor === null ? line.color : toRGBA(kw.ecolor as ColorSpec, null, ax.cycleColors());
  const elw = Number(kw.elinewidth ?? line.linewidth);
  const capsize = Number(kw.capsize ?? ax.rc.number('errorbar.capsize'));
  const caps: Line2D[] = [];
  const barcols: LineCollection[] = [];
  const addBars = (err: [Float64Array, Float64Array] | null, vertical: boolean) => {
    if (!err) return;
    const segs: [number, number, number, number][] = [];
    const lo: number[] = [], hi: number[] = [];
    for (let i = 0; i < n; i++) {
      if (vertical) { segs.push([xs[i], ys[i] - err[0][i], xs[i], ys[i] + err[1][i]]); lo.push(ys[i] - err[0][i]); hi.push(ys[i] + err[1][i]); }
      else { segs.push([xs[i] - err[0][i], ys[i], xs[i] + err[1][i], ys[i]]); lo.push(xs[i] - err[0][i]); hi.push(xs[i] + err[1][i]); }
    }
    const col = new LineCollection(segs);
    col.colors = [ecolor]; col.linewidth = elw; col.zorder = line.zorder;
    col.alpha = line.alpha;
    ax.addArtist(col);
    barcols.push(col);
    if (vertical) ax.updateDataLim(xs, [...lo, ...hi]); else ax.updateDataLim([...lo, ...hi], ys);
    if (capsize > 0) {
      for (const ends of [lo, hi]) {
        const cap = new Line2D(vertical ? xs : Float64Array.from(ends), vertical ? Float64Array.from(ends) : ys);
        cap.linestyle = 'None'; cap.marker = vertical ? '_' : '|'; cap.markersize = 2 * capsize;
        cap.markeredgewidth = Number(kw.capthick ?? elw); cap.color = ecolor; cap.zorder = line.zorder;
        ax.addArtist(cap);
        caps.push(cap);
      }
    }
  };
  addBars(errorPair(kw.yerr, n, 'yerr'), true);
  addBars(errorPair(kw.xerr, n, 'xerr'), false);
  const container = new ErrorbarContainer([line, caps, barcols], kw.label === undefined ? '' : String(kw.label));
  (ax as unknown as { containers: unknown[] }).containers?.push(container);
  return container;
}

export function fillBetween(ax: AxesBase, x: PlotData, y1: PlotData, y2: PlotData = 0, kwargs?: Kwargs): Polygon {
  const kw = normalizeKwargs(kwargs);
  checkKwargs('fill_between', kw, [...PATCH_KWARGS, 'where', 'interpolate', 'step']);
  if (kw.step !== undefined && kw.step !== null) throw notImplemented('fill_between', 'step');
  if (kw.interpolate) throw notImplemented('fill_between', 'interpolate');
  const xs = toVector(x, 'fill_between', 'x');
  const n = xs.length;
  const full = (v: PlotData, name: string) => { const a = toVector(v, 'fill_between', name); return a.length === 1 ? new Float64Array(n).fill(a[0]) : a; };
  const a = full(y1, 'y1'), b = full(y2, 'y2');
  const where = kw.where === undefined || kw.where === null ? null : toVector(kw.where as PlotData, 'fill_between', 'where');
  const rings: [number, number][][] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length) rings.push([...run.map((i) => [xs[i], a[i]] as [number, number]), ...run.reverse().map((i) => [xs[i], b[i]] as [number, number])]);
    run = [];
  };
  for (let i = 0; i < n; i++) {
    const ok = (!where || where[i]) && Number.isFinite(a[i]) && Number.isFinite(b[i]);
    if (ok) run.push(i); else flush();
  }
  flush();
  const poly = new Polygon(rings);
  poly.facecolor = kw.color === undefined && kw.facecolor === undefined ? ax.nextPatchColor() : poly.facecolor;
  poly.edgecolor = poly.facecolor;
  poly.linewidth = ax.rc.number('patch.linewidth');
  applyPatchProps(poly, kw, ax.cycleColors());
  if (kw.color === undefined && kw.edgecolor === undefined) poly.edgecolor = poly.facecolor;
  ax.addArtist(poly);
  ax.updateDataLim(xs, [...a, ...b]);
  return poly;
}

/** axhline (y in data, x from xmin to xmax in axes fractions) and axvline. */
export function axLine(ax: AxesBase, vertical: boolean, at: number, from = 0, to = 1, kwargs?: Kwargs): Line2D {
  const fn = vertical ? 'axvline' : 'axhline';
  const kw = normalizeKwargs(kwargs);
  checkKwargs(fn, kw, LINE_KWARGS);
  const span = Float64Array.of(from, to), pos = Float64Array.of(at, at);
  const line = vertical ? new Line2D(pos, span) : new Line2D(span, pos);
  line.coords = vertical ? 'yaxes' : 'xaxes';
  line.linewidth = ax.rc.number('lines.linewidth');
  line.color = toRGBA(ax.rc.string('lines.color'), null, ax.cycleColors());
  applyLineProps(line, kw, ax.cycleColors());
  ax.addArtist(line);
  if (vertical) ax.updateDataLim([at], []); else ax.updateDataLim([], [at]);
  return line;
}

export function axSpan(ax: AxesBase, vertical: boolean, lo: number, hi: number, from = 0, to = 1, kwargs?: Kwargs): Polygon {
  const kw = normalizeKwargs(kwargs);
  checkKwargs(vertical ? 'axvspan' : 'axhspan', kw, PATCH_KWARGS);
  const ring: [number, number][] = vertical ? [[lo, from], [lo, to], [hi, to], [hi, from]] : [[from, lo], [from, hi], [to, hi], [to, lo]];
  const poly = new Polygon([ring]);
  poly.coords = vertical ? 'yaxes' : 'xaxes';
  poly.facecolor = toRGBA(ax.rc.string('patch.facecolor'), null, ax.cycleColors());
  poly.linewidth = 0;
  applyPatchProps(poly, kw, ax.cycleColors());
  ax.addArtist(poly);
  if (vertical) ax.updateDataLim([lo, hi], []); else ax.updateDataLim([], [lo, hi]);
  return poly;
}

/** hlines / vlines: one segment per value, from xmin to xmax (data coordinates). */
export function lineSegments(ax: AxesBase, vertical: boolean, at: PlotData, from: PlotData, to: PlotData, kwargs?: Kwargs): LineCollection {
  const fn = vertical ? 'vlines' : 'hlines';
  const kw = normalizeKwargs(kwargs);
  checkKwargs(fn, kw, ['color', 'colors', 'linestyle', 'linestyles', 'linewidth', 'label', 'alpha', 'zorder']);
  const p = toVector(at, fn), n = p.length;
  const widen = (v: PlotData) => { const a = toVector(v, fn); return a.length === 1 ? new Float64Array(n).fill(a[0]) : a; };
  const f = widen(from), t = widen(to);
  const segs = Array.from(p, (v, i) => (vertical ? [v, f[i], v, t[i]] : [f[i], v, t[i], v]) as [number, number, number, number]);
  const col = new LineCollection(segs);
  const color = kw.colors ?? kw.color ?? ax.rc.string('lines.color');
  col.colors = Array.isArray(color) && typeof color[0] !== 'number' ? (color as ColorSpec[]).map((c) => toRGBA(c, null, ax.cycleColors())) : [toRGBA(color as ColorSpec, null, ax.cycleColors())];
  col.linewidth = Number(kw.linewidth ?? ax.rc.number('lines.linewidth'));
  if (kw.linestyle ?? kw.linestyles) col.linestyle = String(kw.linestyle ?? kw.linestyles) === 'dashed' ? '--' : String(kw.linestyle ?? kw.linestyles) as LineCollection['linestyle'];
  applyArtistProps(col, kw);
  ax.addArtist(col);
  if (vertical) ax.updateDataLim(p, [...f, ...t]); else ax.updateDataLim([...f, ...t], p);
  return col;
}

export function addText(ax: AxesBase, x: number, y: number, s: unknown, kwargs?: Kwargs): Text {
  const kw = normalizeKwargs(kwargs);
  checkKwargs('text', kw, [...TEXT_KWARGS, 'transform']);
  const t = new Text(x, y, String(s));
  t.fontsize = ax.rc.fontSize('font.size');
  t.color = toRGBA(ax.rc.string('text.color'));
  if (kw.transform !== undefined) t.coords = transformName(kw.transform, 'text');
  delete kw.transform;
  applyTextProps(t, kw, ax.rc, 'text');
  return ax.addArtist(t);
}

/** The binding passes ax.transAxes / ax.transData / fig.transFigure as these names. */
function transformName(t: unknown, fn: string): Text['coords'] {
  if (t === 'axes' || t === 'data' || t === 'figure') return t;
  throw valueError(`${fn}: transform must be ax.transAxes, ax.transData or fig.transFigure`);
}

const ANNOTATION_COORDS: AnnotationCoords[] = ['data', 'axes fraction', 'figure fraction', 'offset points', 'offset pixels'];

export function annotate(ax: AxesBase, text: unknown, xy: [number, number], kwargs?: Kwargs): Annotation {
  const kw = normalizeKwargs(kwargs);
  checkKwargs('annotate', kw, [...TEXT_KWARGS, 'xytext', 'xycoords', 'textcoords', 'arrowprops']);
  const xytext = (kw.xytext as [number, number] | undefined) ?? xy;
  const a = new Annotation(String(text), [Number(xy[0]), Number(xy[1])], [Number(xytext[0]), Number(xytext[1])]);
  const coords = (v: unknown, name: string) => {
    if (!ANNOTATION_COORDS.includes(v as AnnotationCoords)) throw valueError(`annotate: ${name} '${v}' is not supported by Gradbook (supported: ${ANNOTATION_COORDS.join(', ')})`);
    return v as AnnotationCoords;
  };
  a.xycoords = coords(kw.xycoords ?? 'data', 'xycoords');
  a.textcoords = kw.textcoords === undefined ? a.xycoords : coords(kw.textcoords, 'textcoords');
  a.fontsize = ax.rc.fontSize('font.size');
  const rest = { ...kw };
  for (const k of ['xytext', 'xycoords', 'textcoords', 'arrowprops']) delete rest[k];
  applyTextProps(a, rest, ax.rc, 'annotate');
  if (kw.arrowprops) a.arrow = arrowProps(kw.arrowprops as Kwargs);
  if (a.xycoords === 'data') ax.updateDataLim([], []);
  return ax.addArtist(a);
}

function arrowProps(props: Kwargs): Annotation['arrow'] {
  const p = normalizeKwargs(props);
  checkKwargs('annotate: arrowprops', p, ['arrowstyle', 'color', 'facecolor', 'edgecolor', 'linewidth', 'shrink', 'width', 'headwidth', 'headlength', 'connectionstyle']);
  if (p.connectionstyle !== undefined && p.connectionstyle !== 'arc3' && p.connectionstyle !== 'arc3,rad=0') throw valueError("annotate: arrowprops connectionstyle other than 'arc3' is not supported by Gradbook");
  const color = toRGBA((p.color ?? p.facecolor ?? p.edgecolor ?? 'black') as ColorSpec);
  return {
    arrowstyle: p.arrowstyle === undefined ? null : String(p.arrowstyle), color,
    linewidth: Number(p.linewidth ?? (p.arrowstyle === undefined ? 1 : 1.5)), shrinkFraction: Number(p.shrink ?? 0),
    headwidthPt: Number(p.headwidth ?? 12), headlengthPt: Number(p.headlength ?? 12), widthPt: Number(p.width ?? 4),
  };
}

export { toScalar };

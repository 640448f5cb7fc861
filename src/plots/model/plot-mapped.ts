// Artists colored through a colormap: scatter (with c=values) and imshow/matshow images.
import { Colormap } from '../colors/colormap';
import { LogNorm, Normalize } from '../colors/norm';
import { ColorSpec, RGBA, toRGBA } from '../colors/parse';
import { resolveColormap } from '../colors/registry';
import { PlotData, toDense, toVector } from '../data';
import { valueError } from '../errors';
import type { AxesBase } from './axes-base';
import { PathCollection } from './collections';
import { AxesImage, Interpolation } from './image';
import { categoryValues } from './plot-lines';
import { applyArtistProps, checkKwargs, Kwargs, normalizeKwargs, parseMarker, ARTIST_KWARGS } from './props';

function makeNorm(kw: Kwargs, fn: string): Normalize {
  const vmin = kw.vmin === undefined || kw.vmin === null ? null : Number(kw.vmin);
  const vmax = kw.vmax === undefined || kw.vmax === null ? null : Number(kw.vmax);
  if (kw.norm instanceof Normalize) {
    if (vmin !== null || vmax !== null) throw valueError(`${fn}: Passing a Normalize instance simultaneously with vmin/vmax is not supported.  Please pass vmin/vmax directly to the norm when creating it.`);
    return kw.norm;
  }
  if (kw.norm === 'log') return new LogNorm(vmin, vmax);
  if (kw.norm !== undefined && kw.norm !== null && kw.norm !== 'linear') throw valueError(`${fn}: norm must be a Normalize, 'linear' or 'log'`);
  return new Normalize(vmin, vmax);
}

/** c= is colors (one spec, or one per point) or numbers to colormap; matplotlib tells them apart the same way. */
function isValueArray(c: unknown, n: number): boolean {
  if (typeof c === 'string' || c === null || c === undefined) return false;
  if (Array.isArray(c) && (typeof c[0] === 'string' || Array.isArray(c[0]))) return false;
  const d = toDense(c as PlotData, 'scatter');
  return d.shape.length === 1 && d.data.length === n;
}

const SCATTER_KWARGS = [...ARTIST_KWARGS, 's', 'c', 'color', 'marker', 'cmap', 'norm', 'vmin', 'vmax', 'linewidth', 'edgecolor', 'facecolor'];

export function scatter(ax: AxesBase, x: unknown, y: unknown, kwargs?: Kwargs): PathCollection {
  // scatter's own `c` is not Line2D's alias for color.
  const { c: cArg, ...others } = kwargs ?? {};
  const kw: Kwargs = { ...normalizeKwargs(others), ...(cArg === undefined ? {} : { c: cArg }) };
  checkKwargs('scatter', kw, SCATTER_KWARGS);
  const xs = categoryValues(ax.xaxis, x) ?? toVector(x as PlotData, 'scatter', 'x');
  const ys = categoryValues(ax.yaxis, y) ?? toVector(y as PlotData, 'scatter', 'y');
  if (xs.length !== ys.length) throw valueError('x and y must be the same size');
  const n = xs.length;
  const s = kw.s === undefined || kw.s === null ? Float64Array.of(ax.rc.number('lines.markersize') ** 2) : toVector(kw.s as PlotData, 'scatter', 's');
  const marker = parseMarker(kw.marker ?? ax.rc.string('scatter.marker'));
  const cmap = resolveColormap(kw.cmap as string | Colormap | undefined, ax.rc.string('image.cmap'));
  const coll = new PathCollection(xs, ys, s, marker, cmap, makeNorm(kw, 'scatter'));
  const c = kw.c ?? kw.color ?? kw.facecolor;
  if (kw.c !== undefined && kw.color !== undefined) throw valueError("Supply a 'c' argument or a 'color' kwarg but not both; they differ but their functionalities overlap.");
  if (kw.c !== undefined && isValueArray(kw.c, n)) {
    coll.values = toVector(kw.c as PlotData, 'scatter', 'c');
    coll.norm.autoscaleNone(coll.values);
  } else if (c !== undefined && c !== null) {
    coll.facecolors = Array.isArray(c) && (typeof c[0] === 'string' || Array.isArray(c[0]))
      ? (c as ColorSpec[]).map((v) => toRGBA(v, null, ax.cycleColors()))
      : [toRGBA(c as ColorSpec, null, ax.cycleColors())];
  } else {
    coll.facecolors = [ax.nextPatchColor()];
  }
  const ec = kw.edgecolor ?? ax.rc.string('scatter.edgecolors');
  coll.edgecolors = ec === 'face' ? 'face' : Array.isArray(ec) && typeof ec[0] !== 'number' ? (ec as ColorSpec[]).map((v) => toRGBA(v)) : [toRGBA(ec as ColorSpec)];
  // Filled markers take the collection default (patch.linewidth), line markers lines.linewidth.
  const filled = !['+', 'x', '|', '_', '1', '2', '3', '4'].includes(marker);
  const defaultWidth = ax.rc.number(filled ? 'patch.linewidth' : 'lines.linewidth');
  coll.linewidths = kw.linewidth === undefined || kw.linewidth === null ? [defaultWidth] : [...toVector(kw.linewidth as PlotData, 'scatter')];
  applyArtistProps(coll, kw);
  ax.addArtist(coll);
  ax.updateDataLim(xs, ys);
  return coll;
}

const IMSHOW_KWARGS = [...ARTIST_KWARGS, 'cmap', 'norm', 'aspect', 'interpolation', 'vmin', 'vmax', 'origin', 'extent'];
const INTERPOLATIONS = ['antialiased', 'nearest', 'none', 'bilinear', 'bicubic', 'hanning', 'lanczos', 'gaussian', 'spline16', 'quadric'];

export function imshow(ax: AxesBase, X: PlotData, kwargs?: Kwargs): AxesImage {
  const kw = normalizeKwargs(kwargs);
  checkKwargs('imshow', kw, IMSHOW_KWARGS);
  const cmap = resolveColormap(kw.cmap as string | Colormap | undefined, ax.rc.string('image.cmap'));
  const img = new AxesImage(toDense(X, 'imshow'), cmap, makeNorm(kw, 'imshow'));
  const interp = String(kw.interpolation ?? ax.rc.string('image.interpolation'));
  if (!INTERPOLATIONS.includes(interp)) throw valueError(`imshow: '${interp}' is not a valid value for interpolation`);
  img.interpolation = interp as Interpolation;
  img.origin = (kw.origin ?? ax.rc.string('image.origin')) as 'upper' | 'lower';
  if (img.origin !== 'upper' && img.origin !== 'lower') throw valueError(`imshow: origin must be 'upper' or 'lower'`);
  if (kw.extent !== undefined && kw.extent !== null) {
    const e = [...toVector(kw.extent as PlotData, 'imshow')];
    if (e.length !== 4) throw valueError('imshow: extent must be a 4-tuple (left, right, bottom, top)');
    img.extent = img.origin === 'upper' ? [e[0], e[1], e[2], e[3]] : [e[0], e[1], e[2], e[3]];
  } else {
    img.extent = img.origin === 'upper' ? [-0.5, img.cols - 0.5, img.rows - 0.5, -0.5] : [-0.5, img.cols - 0.5, -0.5, img.rows - 0.5];
  }
  applyArtistProps(img, kw);
  if (img.channels === 1) img.norm.autoscaleNone(img.data.data);
  const aspect = kw.aspect ?? ax.rc.get('image.aspect');
  ax.aspect = aspect === 'auto' ? 'auto' : aspect === 'equal' ? 1 : Number(aspect);
  ax.addArtist(img);
  const [l, r, b, t] = img.extent;
  ax.updateDataLim([l, r], [b, t]);
  ax.sticky.x.push(l, r);
  ax.sticky.y.push(b, t);
  // imshow sets the view to the extent itself; an inverted extent (origin='upper') inverts the axis.
  if (ax.xaxis.autoscale) ax.xaxis.limits = [l, r];
  if (ax.yaxis.autoscale) ax.yaxis.limits = [b, t];
  return img;
}

export type { RGBA };

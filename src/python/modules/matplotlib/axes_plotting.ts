// The Axes operations that draw: plot, scatter, bar, hist, imshow, errorbar, fill_between, lines,
// spans, text and annotations, legend. Signatures are matplotlib 3.6's; keywords src/plots does not
// implement raise NotImplementedError (named parameters here, **kwargs in src/plots).
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { io } from '../../builtins/io';
import { valueError } from '../../exceptions';
import { str } from '../../runtime/repr';
import { NDArray } from '../../../engine';
import type { Axes } from '../../../plots';
import { axesOp, type AxesOp } from './axes_op';
import { floatArray, jsData, jsKwargs, jsValue, typedArray } from './convert';
import { wrap } from './wrappers';

const DATA = { name: 'data', default: null, kind: 'keyword', unsupported: 'the data= keyword (labelled data)' } as const;
type Given = Record<string, unknown>;

/** The named parameters `names` that were given (not None), with **kwargs, for src/plots. */
function kw(a: Given, names: readonly string[], extra?: Record<string, unknown>): Record<string, unknown> {
  const named: Record<string, PyValue | undefined> = {};
  for (const n of names) named[n] = a[n] as PyValue | undefined;
  return { ...jsKwargs(named, a.kwargs as ReadonlyMap<string, unknown> | undefined), ...extra };
}

const list = (xs: readonly object[]) => new PyList(xs.map((x) => wrap(x)));

/**
 * imshow's image data: RGB(A) integers are 0..255 and floats 0..1, decided by dtype as matplotlib
 * does (src/plots then sees floats in [0, 1]); out-of-range values are clipped with its warning.
 */
export function imageData(X: PyValue): unknown {
  const arr = typedArray(X);
  if (arr.rank !== 3) return arr.dtype === 'string' ? jsData(X) : arr;
  const isInt = arr.dtype !== 'float32' && arr.dtype !== 'float64';
  const scale = isInt ? 255 : 1;
  const out = new Float64Array(arr.size);
  let clipped = false;
  const src = arr.data as ArrayLike<number>;
  for (let i = 0; i < out.length; i++) {
    const v = Number(src[i]) / scale;
    out[i] = v < 0 ? 0 : v > 1 ? 1 : v;
    if (v < 0 || v > 1) clipped = true;
  }
  if (clipped) io.stderr('Clipping input data to the valid range for imshow with RGB data ([0..1] for floats or [0..255] for integers).\n');
  return new NDArray('float64', arr.shape, out);
}

export const PLOTTING_OPS: readonly AxesOp[] = [
  axesOp({
    name: 'plot', doc: 'Plot y versus x as lines and/or markers.',
    params: [{ name: 'scalex', default: true, kind: 'keyword' }, { name: 'scaley', default: true, kind: 'keyword' }, DATA],
    varargs: 'args', varkw: 'kwargs',
  }, (ax, a) => list(ax.plot(a.args.map((x) => jsData(x as PyValue)), kw(a, [], { ...(a.scalex === false ? { scalex: false } : {}), ...(a.scaley === false ? { scaley: false } : {}) })))),
  axesOp({
    name: 'scatter', doc: 'A scatter plot of y vs. x with varying marker size and/or color.',
    params: [
      { name: 'x' }, { name: 'y' }, { name: 's', default: null }, { name: 'c', default: null }, { name: 'marker', default: null },
      { name: 'cmap', default: null }, { name: 'norm', default: null }, { name: 'vmin', default: null }, { name: 'vmax', default: null },
      { name: 'alpha', default: null }, { name: 'linewidths', default: null }, { name: 'edgecolors', default: null, kind: 'keyword' },
      { name: 'plotnonfinite', default: false, kind: 'keyword', unsupported: true }, DATA,
    ],
    varkw: 'kwargs',
  }, (ax, a) => wrap(ax.scatter(jsData(a.x as PyValue), jsData(a.y as PyValue), kw(a, ['s', 'c', 'marker', 'cmap', 'norm', 'vmin', 'vmax', 'alpha', 'linewidths', 'edgecolors'])))),
  axesOp({
    name: 'bar', doc: 'Make a bar plot.',
    params: [{ name: 'x' }, { name: 'height' }, { name: 'width', default: { float: 0.8 } }, { name: 'bottom', default: null }, { name: 'align', default: 'center', kind: 'keyword' }, DATA],
    varkw: 'kwargs',
  }, (ax, a) => wrap(ax.bar(jsData(a.x as PyValue), jsData(a.height as PyValue) as never, kw(a, ['width', 'bottom', 'align'])))),
  axesOp({
    name: 'barh', doc: 'Make a horizontal bar plot.',
    params: [{ name: 'y' }, { name: 'width' }, { name: 'height', default: { float: 0.8 } }, { name: 'left', default: null }, { name: 'align', default: 'center', kind: 'keyword' }, DATA],
    varkw: 'kwargs',
  }, (ax, a) => wrap(ax.barh(jsData(a.y as PyValue), jsData(a.width as PyValue) as never, kw(a, ['height', 'left', 'align'])))),
  axesOp({
    name: 'hist', doc: 'Compute and plot a histogram.',
    params: [
      { name: 'x' }, { name: 'bins', default: null }, { name: 'range', default: null }, { name: 'density', default: false },
      { name: 'weights', default: null }, { name: 'cumulative', default: false }, { name: 'bottom', default: null },
      { name: 'histtype', default: 'bar' }, { name: 'align', default: 'mid' }, { name: 'orientation', default: 'vertical' },
      { name: 'rwidth', default: null }, { name: 'log', default: false, unsupported: 'log scales' }, { name: 'color', default: null },
      { name: 'label', default: null }, { name: 'stacked', default: false, unsupported: 'stacked histograms' }, DATA,
    ],
    varkw: 'kwargs',
  }, (ax, a) => histResult(ax.hist(jsData(a.x as PyValue) as never, kw(a, ['bins', 'range', 'density', 'weights', 'cumulative', 'bottom', 'histtype', 'align', 'orientation', 'rwidth', 'color', 'label'])))),
  axesOp({
    name: 'imshow', doc: 'Display data as an image, i.e., on a 2D regular raster.',
    params: [
      { name: 'X' }, { name: 'cmap', default: null }, { name: 'norm', default: null },
      { name: 'aspect', default: null, kind: 'keyword' }, { name: 'interpolation', default: null, kind: 'keyword' },
      { name: 'alpha', default: null, kind: 'keyword' }, { name: 'vmin', default: null, kind: 'keyword' }, { name: 'vmax', default: null, kind: 'keyword' },
      { name: 'origin', default: null, kind: 'keyword' }, { name: 'extent', default: null, kind: 'keyword' },
      { name: 'interpolation_stage', default: null, kind: 'keyword', unsupported: true }, { name: 'filternorm', default: true, kind: 'keyword', unsupported: true },
      { name: 'filterrad', default: { float: 4 }, kind: 'keyword', unsupported: true }, { name: 'resample', default: null, kind: 'keyword', unsupported: true },
      { name: 'url', default: null, kind: 'keyword', unsupported: true }, DATA,
    ],
    varkw: 'kwargs',
  }, (ax, a) => wrap(ax.imshow(imageData(a.X as PyValue) as never, kw(a, ['cmap', 'norm', 'aspect', 'interpolation', 'alpha', 'vmin', 'vmax', 'origin', 'extent'])))),
  axesOp({
    name: 'matshow', doc: 'Plot the values of a 2D matrix or array as color-coded image.',
    params: [{ name: 'Z' }], varkw: 'kwargs',
  }, (ax, a) => wrap(ax.matshow(imageData(a.Z as PyValue) as never, kw(a, [])))),
  ...(['contour', 'contourf'] as const).map((name) => axesOp({
    name, doc: name === 'contour' ? 'Plot contour lines.' : 'Plot filled contours.',
    params: [
      { name: 'levels', default: null, kind: 'keyword' }, { name: 'colors', default: null, kind: 'keyword' },
      { name: 'cmap', default: null, kind: 'keyword' }, { name: 'norm', default: null, kind: 'keyword' },
      { name: 'vmin', default: null, kind: 'keyword' }, { name: 'vmax', default: null, kind: 'keyword' },
      { name: 'alpha', default: null, kind: 'keyword' }, { name: 'extend', default: 'neither', kind: 'keyword' },
      { name: 'linewidths', default: null, kind: 'keyword' }, { name: 'linestyles', default: null, kind: 'keyword' },
      { name: 'antialiased', default: null, kind: 'keyword' },
      { name: 'origin', default: null, kind: 'keyword', unsupported: 'origin= (Z given without X, Y is placed at its indices)' },
      { name: 'extent', default: null, kind: 'keyword', unsupported: true }, { name: 'locator', default: null, kind: 'keyword', unsupported: true },
      { name: 'hatches', default: null, kind: 'keyword', unsupported: 'hatching' }, { name: 'corner_mask', default: null, kind: 'keyword', unsupported: true },
      { name: 'nchunk', default: 0, kind: 'keyword', unsupported: true }, { name: 'algorithm', default: null, kind: 'keyword', unsupported: true },
      { name: 'negative_linestyles', default: null, kind: 'keyword', unsupported: true }, DATA,
    ],
    varargs: 'args', varkw: 'kwargs',
  }, (ax, a) => {
    const args = a.args.map((x) => jsData(x as PyValue));
    // contourf ignores line widths, as matplotlib's filled sets do.
    const k = kw(a, ['levels', 'colors', 'cmap', 'norm', 'vmin', 'vmax', 'alpha', 'antialiased', ...(name === 'contour' ? ['linewidths', 'linestyles'] : [])]);
    if (a.extend !== 'neither') k.extend = a.extend;
    return wrap(name === 'contour' ? ax.contour(args, k) : ax.contourf(args, k));
  })),
  axesOp({
    name: 'errorbar', doc: 'Plot y versus x as lines and/or markers with attached errorbars.',
    params: [
      { name: 'x' }, { name: 'y' }, { name: 'yerr', default: null }, { name: 'xerr', default: null }, { name: 'fmt', default: '' },
      { name: 'ecolor', default: null }, { name: 'elinewidth', default: null }, { name: 'capsize', default: null },
      { name: 'barsabove', default: false, unsupported: true }, { name: 'lolims', default: false, unsupported: true },
      { name: 'uplims', default: false, unsupported: true }, { name: 'xlolims', default: false, unsupported: true },
      { name: 'xuplims', default: false, unsupported: true }, { name: 'errorevery', default: 1, unsupported: true },
      { name: 'capthick', default: null }, DATA,
    ],
    varkw: 'kwargs',
  }, (ax, a) => wrap(ax.errorbar(jsData(a.x as PyValue) as never, jsData(a.y as PyValue) as never, kw(a, ['yerr', 'xerr', 'ecolor', 'elinewidth', 'capsize', 'capthick'], a.fmt ? { fmt: a.fmt } : {})))),
  axesOp({
    name: 'fill_between', doc: 'Fill the area between two horizontal curves.',
    params: [{ name: 'x' }, { name: 'y1' }, { name: 'y2', default: 0 }, { name: 'where', default: null }, { name: 'interpolate', default: false }, { name: 'step', default: null }, DATA],
    varkw: 'kwargs',
  }, (ax, a) => wrap(ax.fill_between(jsData(a.x as PyValue) as never, jsData(a.y1 as PyValue) as never, jsData(a.y2 as PyValue) as never, kw(a, ['where', 'step'], a.interpolate ? { interpolate: true } : {})))),
  axesOp({
    name: 'axhline', doc: 'Add a horizontal line across the Axes.',
    params: [{ name: 'y', default: 0, type: 'float' }, { name: 'xmin', default: 0, type: 'float' }, { name: 'xmax', default: 1, type: 'float' }], varkw: 'kwargs',
  }, (ax, a) => wrap(ax.axhline(a.y, a.xmin, a.xmax, kw(a, [])))),
  axesOp({
    name: 'axvline', doc: 'Add a vertical line across the Axes.',
    params: [{ name: 'x', default: 0, type: 'float' }, { name: 'ymin', default: 0, type: 'float' }, { name: 'ymax', default: 1, type: 'float' }], varkw: 'kwargs',
  }, (ax, a) => wrap(ax.axvline(a.x, a.ymin, a.ymax, kw(a, [])))),
  axesOp({
    name: 'axhspan', doc: 'Add a horizontal span (rectangle) across the Axes.',
    params: [{ name: 'ymin', type: 'float' }, { name: 'ymax', type: 'float' }, { name: 'xmin', default: 0, type: 'float' }, { name: 'xmax', default: 1, type: 'float' }], varkw: 'kwargs',
  }, (ax, a) => wrap(ax.axhspan(a.ymin, a.ymax, a.xmin, a.xmax, kw(a, [])))),
  axesOp({
    name: 'axvspan', doc: 'Add a vertical span (rectangle) across the Axes.',
    params: [{ name: 'xmin', type: 'float' }, { name: 'xmax', type: 'float' }, { name: 'ymin', default: 0, type: 'float' }, { name: 'ymax', default: 1, type: 'float' }], varkw: 'kwargs',
  }, (ax, a) => wrap(ax.axvspan(a.xmin, a.xmax, a.ymin, a.ymax, kw(a, [])))),
  axesOp({
    name: 'hlines', doc: 'Plot horizontal lines at each y from xmin to xmax.',
    params: [{ name: 'y' }, { name: 'xmin' }, { name: 'xmax' }, { name: 'colors', default: null }, { name: 'linestyles', default: 'solid' }, { name: 'label', default: '' }, DATA],
    varkw: 'kwargs',
  }, (ax, a) => wrap(ax.hlines(jsData(a.y as PyValue) as never, jsData(a.xmin as PyValue) as never, jsData(a.xmax as PyValue) as never, kw(a, ['colors', 'linestyles', 'label'])))),
  axesOp({
    name: 'vlines', doc: 'Plot vertical lines at each x from ymin to ymax.',
    params: [{ name: 'x' }, { name: 'ymin' }, { name: 'ymax' }, { name: 'colors', default: null }, { name: 'linestyles', default: 'solid' }, { name: 'label', default: '' }, DATA],
    varkw: 'kwargs',
  }, (ax, a) => wrap(ax.vlines(jsData(a.x as PyValue) as never, jsData(a.ymin as PyValue) as never, jsData(a.ymax as PyValue) as never, kw(a, ['colors', 'linestyles', 'label'])))),
  axesOp({
    name: 'text', doc: 'Add text to the Axes at location x, y in data coordinates.',
    params: [{ name: 'x', type: 'float' }, { name: 'y', type: 'float' }, { name: 's' }, { name: 'fontdict', default: null }], varkw: 'kwargs',
  }, (ax, a) => wrap(ax.text(a.x, a.y, textOf(a.s), withFontdict(a)))),
  axesOp({
    name: 'annotate', doc: 'Annotate the point xy with text text.',
    params: [
      { name: 'text' }, { name: 'xy' }, { name: 'xytext', default: null }, { name: 'xycoords', default: 'data' },
      { name: 'textcoords', default: null }, { name: 'arrowprops', default: null }, { name: 'annotation_clip', default: null, unsupported: true },
    ],
    varkw: 'kwargs',
  }, (ax, a) => wrap(ax.annotate(textOf(a.text), jsValue(a.xy as PyValue) as [number, number], kw(a, ['xytext', 'xycoords', 'textcoords', 'arrowprops'])))),
  axesOp({
    name: 'legend', doc: 'Place a legend on the Axes.', params: [], varargs: 'args', varkw: 'kwargs',
  }, (ax, a) => wrap(ax.legend(a.args.map((x) => jsValue(x as PyValue)), kw(a, [])))),
  axesOp({
    name: 'step', doc: 'Make a step plot (plot with drawstyle steps-pre/-mid/-post).',
    params: [{ name: 'x' }, { name: 'y' }, { name: 'where', default: 'pre', kind: 'keyword' }, DATA], varargs: 'args', varkw: 'kwargs',
  }, (ax, a) => {
    if (!['pre', 'post', 'mid'].includes(String(a.where))) throw valueError(`'${String(a.where)}' is not a valid value for where; supported values are 'pre', 'post', 'mid'`);
    const args = [a.x, a.y, ...a.args].map((x) => jsData(x as PyValue));
    return list(ax.plot(args, kw(a, [], { drawstyle: `steps-${String(a.where)}` })));
  }),
];

/** Text arguments are str() of anything (numbers label bars). */
const textOf = (s: unknown): string => str(s as PyValue);

function withFontdict(a: Given): Record<string, unknown> {
  const fontdict = a.fontdict === null || a.fontdict === undefined ? {} : jsValue(a.fontdict as PyValue) as Record<string, unknown>;
  return { ...fontdict, ...kw(a, []) };
}

/** hist's (n, bins, patches): arrays, and a BarContainer or a list of Polygons per dataset. */
function histResult(r: { n: Float64Array | Float64Array[]; bins: Float64Array; patches: unknown }): PyValue {
  const n = Array.isArray(r.n) ? new PyList(r.n.map((x) => floatArray(x))) : floatArray(r.n);
  const patches = (p: unknown): PyValue => (Array.isArray(p) ? new PyList(p.map(patches)) : wrap(p as object));
  return new PyTuple([n, floatArray(r.bins), patches(r.patches)]);
}

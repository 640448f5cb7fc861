// matplotlib.figure.Figure as a Python class over src/plots' Figure: subplots and axes, colorbar,
// titles, layout, size, savefig. Its display bundle is what the kernel shows for a figure.
import type { PyValue } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyList } from '../../objects/containers';
import { method as hostMethod, MethodTable } from '../../bind';
import { HostObject, hostClass } from '../../host';
import { E, pyException } from '../../exceptions';
import { io } from '../../builtins/io';
import { str } from '../../runtime/repr';
import type { Signature } from '../../../engine';
import { Axes, Figure } from '../../../plots';
import { floatArray, jsKwargs, jsValue } from './convert';
import { method, nullary, registerPlotClass, wrap } from './wrappers';
import { ObjectArray } from './object_array';
import { GridSpec, subplotArgs } from './gridspec';
import { figureBundle, saveFigure } from './state';
import { transformFor } from './axes';
import { notImplementedMethods } from './unsupported';

type Given = Record<string, unknown>;
const kwargsOf = (a: Given) => jsKwargs({}, a.kwargs as ReadonlyMap<string, unknown> | undefined);

/** projection='3d' and polar axes: mpl_toolkits.mplot3d and polar plots are not drawn by Gradbook. */
export function checkProjection(kw: Record<string, unknown>): void {
  if (kw.projection === '3d') throw pyException(E.NotImplementedError, "3-D axes (projection='3d', mpl_toolkits.mplot3d) are not supported by Gradbook");
  if (kw.projection === 'polar' || kw.polar === true) throw pyException(E.NotImplementedError, 'polar axes are not supported by Gradbook');
  delete kw.polar;
}

export function addSubplot(fig: Figure, args: readonly PyValue[], kw: Record<string, unknown>): PyValue {
  checkProjection(kw);
  return wrap(fig.add_subplot(subplotArgs(args, fig), kw));
}

/** subplots' axes: one Axes, or an object ndarray (matplotlib returns numpy arrays of Axes). */
export function axesGrid(axes: Axes | Axes[] | Axes[][]): PyValue {
  return Array.isArray(axes) ? ObjectArray.from(axes, (ax) => wrap(ax as object)) : wrap(axes);
}

/** Figure.subplots / pyplot.subplots keywords src/plots takes; gridspec_kw's spacing becomes subplots_adjust. */
export function subplotsKw(fig: Figure, a: Given): Record<string, unknown> {
  const kw: Record<string, unknown> = {};
  if (a.sharex !== false) kw.sharex = jsValue(a.sharex as PyValue);
  if (a.sharey !== false) kw.sharey = jsValue(a.sharey as PyValue);
  if (a.squeeze === false) kw.squeeze = false;
  if (a.subplot_kw !== null) {
    kw.subplot_kw = jsValue(a.subplot_kw as PyValue);
    checkProjection(kw.subplot_kw as Record<string, unknown>);
  }
  if (a.gridspec_kw !== null) {
    const g = jsValue(a.gridspec_kw as PyValue) as Record<string, unknown>;
    const spacing = ['left', 'bottom', 'right', 'top', 'wspace', 'hspace'];
    const other = Object.keys(g).find((k) => !spacing.includes(k));
    if (other) throw pyException(E.NotImplementedError, `subplots() argument 'gridspec_kw' key '${other}' is not supported by Gradbook`);
    fig.subplots_adjust(g);
  }
  return kw;
}

export const SUBPLOTS_PARAMS = [
  { name: 'nrows', default: 1, type: 'int' }, { name: 'ncols', default: 1, type: 'int' },
  { name: 'sharex', default: false, kind: 'keyword' }, { name: 'sharey', default: false, kind: 'keyword' },
  { name: 'squeeze', default: true, kind: 'keyword' },
  { name: 'width_ratios', default: null, kind: 'keyword', unsupported: 'unequal column widths' },
  { name: 'height_ratios', default: null, kind: 'keyword', unsupported: 'unequal row heights' },
  { name: 'subplot_kw', default: null, kind: 'keyword' }, { name: 'gridspec_kw', default: null, kind: 'keyword' },
] as const;

/** savefig's keywords (matplotlib documents them; its signature takes them as **kwargs). */
export const SAVEFIG_PARAMS = [
  { name: 'fname' },
  { name: 'transparent', default: null, kind: 'keyword' },
  { name: 'dpi', default: { expr: "rcParams['savefig.dpi']" }, kind: 'keyword' },
  { name: 'format', default: null, kind: 'keyword' },
  { name: 'metadata', default: null, kind: 'keyword', unsupported: true },
  { name: 'bbox_inches', default: null, kind: 'keyword' },
  { name: 'pad_inches', default: { expr: "rcParams['savefig.pad_inches']" }, kind: 'keyword' },
  { name: 'facecolor', default: { expr: "rcParams['savefig.facecolor']" }, kind: 'keyword' },
  { name: 'edgecolor', default: 'auto', kind: 'keyword', unsupported: true },
  { name: 'backend', default: null, kind: 'keyword', unsupported: true },
  { name: 'orientation', default: 'portrait', kind: 'keyword', unsupported: true },
  { name: 'papertype', default: null, kind: 'keyword', unsupported: true },
  { name: 'bbox_extra_artists', default: null, kind: 'keyword', unsupported: true },
  { name: 'pil_kwargs', default: null, kind: 'keyword', unsupported: true },
] as const;

/** GridSpec spacing keywords (left, ..., hspace); others raise NotImplementedError. */
export function spacingOf(fn: string, kw: Record<string, unknown>): Record<string, unknown> {
  const other = Object.keys(kw).find((k) => !ADJUST_PARAMS.some((p) => p.name === k));
  if (other) throw pyException(E.NotImplementedError, `${fn}() argument '${other}' is not supported by Gradbook`);
  return kw;
}

/** subplots_adjust's given parameters (None keeps the current value). */
export function adjustKw(a: Given): Record<string, unknown> {
  return jsKwargs(Object.fromEntries(ADJUST_PARAMS.map((p) => [p.name, a[p.name] as PyValue])));
}

export function savefigWith(fig: Figure, a: Given): PyValue {
  const kw = jsKwargs({ transparent: a.transparent as PyValue, dpi: a.dpi as PyValue, format: a.format as PyValue, bbox_inches: a.bbox_inches as PyValue, pad_inches: a.pad_inches as PyValue, facecolor: a.facecolor as PyValue });
  saveFigure(fig, a.fname as PyValue, kw);
  return null;
}

export const TIGHT_LAYOUT_PARAMS = [
  { name: 'pad', default: { float: 1.08 }, kind: 'keyword' }, { name: 'h_pad', default: null, kind: 'keyword' },
  { name: 'w_pad', default: null, kind: 'keyword' }, { name: 'rect', default: null, kind: 'keyword', unsupported: 'a layout rectangle (rect=)' },
] as const;
export const ADJUST_PARAMS = ['left', 'bottom', 'right', 'top', 'wspace', 'hspace'].map((name) => ({ name, default: null })) as readonly { name: string; default: null }[];

/** fig.canvas: draw(), draw_idle() and flush_events() are what training loops call; drawing happens on display. */
class Canvas extends HostObject {
  constructor(readonly fig: Figure) { super(); }
  override get pyTypeName(): string { return 'FigureCanvasAgg'; }
  override get type() { return hostClass('FigureCanvasAgg', 'matplotlib.backends.backend_agg'); }
  getattr(name: string): PyValue | undefined {
    if (name === 'figure') return wrap(this.fig);
    return CANVAS_METHODS.get(this, name);
  }
}

/** FigureCanvasAgg's methods training loops call (matplotlib 3.6 backend_bases / backend_agg). */
export const CANVAS_METHODS = new MethodTable<Canvas>([
  hostMethod({ name: 'FigureCanvasAgg.draw', doc: 'Nothing to do: the figure is drawn when it is displayed.', params: [] }, () => null),
  hostMethod({ name: 'FigureCanvasAgg.draw_idle', doc: 'Nothing to do: the figure is drawn when it is displayed.', params: [] }, () => null),
  hostMethod({ name: 'FigureCanvasAgg.flush_events', doc: 'Nothing to do: there is no GUI event loop.', params: [] }, () => null),
  hostMethod({
    name: 'FigureCanvasAgg.get_width_height', doc: 'The figure size in pixels, as [width, height].',
    params: [{ name: 'physical', default: false, kind: 'keyword', unsupported: 'device pixel ratios' }],
  }, (self: Canvas) => new PyList([self.fig.widthPx, self.fig.heightPx])),
], { pythonClass: true });

const FIG = 'Figure';
const figMethod = <const S extends Signature>(sig: S, body: (fig: Figure, a: Given) => PyValue) => method<Figure, S>(sig, (f, a) => body(f, a as Given));
registerPlotClass(Figure, {
  name: FIG, module: 'matplotlib.figure',
  methods: [
    figMethod({ name: 'Figure.add_subplot', doc: 'Add an Axes to the figure as part of a subplot arrangement.', params: [], varargs: 'args', varkw: 'kwargs' },
      (fig, a) => addSubplot(fig, a.args as PyValue[], kwargsOf(a))),
    figMethod({ name: 'Figure.add_axes', doc: 'Add an Axes to the figure at rect [left, bottom, width, height].', params: [], varargs: 'args', varkw: 'kwargs' },
      (fig, a) => {
        const kw = kwargsOf(a);
        checkProjection(kw);
        const rect = (a.args as PyValue[]).length ? jsValue((a.args as PyValue[])[0]) : kw.rect;
        delete kw.rect;
        if (!rect) throw pyException(E.TypeError, 'add_axes() missing 1 required positional argument: \'rect\'');
        return wrap(fig.add_axes(rect as number[], kw));
      }),
    figMethod({ name: 'Figure.subplots', doc: 'Add a set of subplots to this figure.', params: SUBPLOTS_PARAMS },
      (fig, a) => axesGrid(fig.subplots(a.nrows as number, a.ncols as number, subplotsKw(fig, a)))),
    figMethod({ name: 'Figure.add_gridspec', doc: 'Return a GridSpec that has this figure as a parent.', params: [{ name: 'nrows', default: 1, type: 'int' }, { name: 'ncols', default: 1, type: 'int' }], varkw: 'kwargs' },
      (fig, a) => new GridSpec(a.nrows as number, a.ncols as number, spacingOf('add_gridspec', kwargsOf(a)), fig)),
    figMethod({
      name: 'Figure.colorbar', doc: 'Add a colorbar to a plot.',
      params: [{ name: 'mappable' }, { name: 'cax', default: null, unsupported: 'a given colorbar Axes (cax=)' }, { name: 'ax', default: null }, { name: 'use_gridspec', default: true }],
      varkw: 'kwargs',
    }, (fig, a) => wrap(fig.colorbar(jsValue(a.mappable as PyValue), jsKwargs({ ax: a.ax as PyValue }, a.kwargs as ReadonlyMap<string, unknown>)))),
    figMethod({ name: 'Figure.suptitle', doc: 'Add a centered suptitle to the figure.', params: [{ name: 't' }], varkw: 'kwargs' },
      (fig, a) => wrap(fig.suptitle(str(a.t as PyValue), kwargsOf(a)))),
    figMethod({ name: 'Figure.text', doc: 'Add text to figure.', params: [{ name: 'x', type: 'float' }, { name: 'y', type: 'float' }, { name: 's' }, { name: 'fontdict', default: null }], varkw: 'kwargs' },
      (fig, a) => wrap(fig.text(a.x as number, a.y as number, str(a.s as PyValue), { ...(a.fontdict === null ? {} : jsValue(a.fontdict as PyValue) as object), ...kwargsOf(a) }))),
    figMethod({ name: 'Figure.tight_layout', doc: 'Adjust the padding between and around subplots.', params: TIGHT_LAYOUT_PARAMS },
      (fig, a) => { fig.tight_layout(jsKwargs({ h_pad: a.h_pad as PyValue, w_pad: a.w_pad as PyValue, pad: a.pad as PyValue })); return null; }),
    figMethod({ name: 'Figure.subplots_adjust', doc: 'Adjust the subplot layout parameters.', params: ADJUST_PARAMS },
      (fig, a) => { fig.subplots_adjust(adjustKw(a)); return null; }),
    figMethod({ name: 'Figure.savefig', doc: 'Save the current figure (png or svg) to a path or a binary file object.', params: SAVEFIG_PARAMS }, savefigWith),
    nullary<Figure>(FIG, 'gca', 'Get the current Axes.', (fig) => wrap(fig.gca())),
    figMethod({ name: 'Figure.sca', doc: 'Set the current Axes to be a and return a.', params: [{ name: 'a' }] }, (fig, a) => { fig.sca(jsValue(a.a as PyValue) as Axes); return a.a as PyValue; }),
    nullary<Figure>(FIG, 'get_axes', 'Return a list of Axes in the Figure.', (fig) => new PyList(fig.get_axes().map((ax) => wrap(ax)))),
    figMethod({ name: 'Figure.delaxes', doc: 'Remove the Axes ax from the figure.', params: [{ name: 'ax' }] }, (fig, a) => { fig.delaxes(jsValue(a.ax as PyValue) as Axes); return null; }),
    figMethod({ name: 'Figure.clf', doc: 'Clear the figure.', params: [{ name: 'keep_observers', default: false }] }, (fig) => { fig.clf(); return null; }),
    figMethod({ name: 'Figure.clear', doc: 'Clear the figure.', params: [{ name: 'keep_observers', default: false }] }, (fig) => { fig.clear(); return null; }),
    nullary<Figure>(FIG, 'get_size_inches', 'Return the current size of the figure in inches.', (fig) => floatArray(fig.get_size_inches())),
    figMethod({ name: 'Figure.set_size_inches', doc: 'Set the figure size in inches.', params: [{ name: 'w' }, { name: 'h', default: null }, { name: 'forward', default: true }] },
      (fig, a) => { fig.set_size_inches(jsValue(a.w as PyValue) as number, a.h === null ? undefined : Number(jsValue(a.h as PyValue))); return null; }),
    nullary<Figure>(FIG, 'get_figwidth', 'Return the figure width in inches.', (fig) => new PyFloat(fig.get_figwidth())),
    nullary<Figure>(FIG, 'get_figheight', 'Return the figure height in inches.', (fig) => new PyFloat(fig.get_figheight())),
    figMethod({ name: 'Figure.set_figwidth', doc: 'Set the width of the figure in inches.', params: [{ name: 'val', type: 'float' }, { name: 'forward', default: true }] }, (fig, a) => { fig.set_figwidth(a.val as number); return null; }),
    figMethod({ name: 'Figure.set_figheight', doc: 'Set the height of the figure in inches.', params: [{ name: 'val', type: 'float' }, { name: 'forward', default: true }] }, (fig, a) => { fig.set_figheight(a.val as number); return null; }),
    nullary<Figure>(FIG, 'get_dpi', 'Return the resolution in dots per inch as a float.', (fig) => new PyFloat(fig.get_dpi())),
    figMethod({ name: 'Figure.set_dpi', doc: 'Set the resolution of the figure in dots-per-inch.', params: [{ name: 'val', type: 'float' }] }, (fig, a) => { fig.set_dpi(a.val as number); return null; }),
    figMethod({ name: 'Figure.set_facecolor', doc: 'Set the face color of the Figure rectangle.', params: [{ name: 'color' }] }, (fig, a) => { fig.set_facecolor(jsValue(a.color as PyValue, 'color') as never); return null; }),
    figMethod({ name: 'Figure.show', doc: "In a notebook, the inline backend shows figures itself: this only warns, as matplotlib does.", params: [{ name: 'warn', default: true }] },
      (fig, a) => {
        if (a.warn !== false) io.stderr('UserWarning: Matplotlib is currently using module://matplotlib_inline.backend_inline, which is a non-GUI backend, so cannot show the figure.\n');
        return null;
      }),
  ],
  attributes: {
    axes: (fig) => new PyList(fig.axes.map((ax) => wrap(ax))),
    number: (fig) => fig.number,
    dpi: (fig) => new PyFloat(fig.dpi),
    canvas: (fig) => new Canvas(fig),
    texts: (fig) => new PyList(fig.texts.map((t) => wrap(t))),
    transFigure: () => transformFor('figure'),
    figure: (fig) => wrap(fig),
  },
  settable: {
    dpi: (fig, v) => { fig.set_dpi(Number(jsValue(v))); },
  },
  notImplemented: notImplementedMethods.figure,
  mimeBundle: figureBundle,
  repr: (fig) => fig.repr(),
});

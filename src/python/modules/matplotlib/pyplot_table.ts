// matplotlib.pyplot bound from signature tables: the state-machine functions (figure, subplots,
// show, close, savefig, ...) here, the drawing ones shared with the Axes methods (axes_op.ts).
// The table is made per session (its bodies close over that notebook's MplState); the catalog
// lists the signatures of one made without a session.
import type { PyValue } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { E, pyException } from '../../exceptions';
import { callMethod } from '../../runtime/call';
import { toArray } from '../../runtime/iteration';
import { str } from '../../runtime/repr';
import { entry, type TableEntry } from '../../bind';
import type { Axes, Figure } from '../../../plots';
import { subplotArgs } from './gridspec';
import { asPyplotFunction } from './axes_op';
import { PLOTTING_OPS, imageData } from './axes_plotting';
import { axisOp, gridOp, marginsOp, textList, tickParamsOp, titleOp, xlabelOp, ylabelOp } from './axes_decor';
import { floatArray, floatTuple, jsKwargs, jsValue, noKeywords } from './convert';
import { wrap } from './wrappers';
import { ADJUST_PARAMS, adjustKw, axesGrid, checkProjection, SAVEFIG_PARAMS, savefigWith, SUBPLOTS_PARAMS, subplotsKw, TIGHT_LAYOUT_PARAMS } from './figure';
import { cmapNamed } from './colors';
import type { MplState } from './state';

type Given = Record<string, unknown>;
const kwargsOf = (a: Given) => jsKwargs({}, a.kwargs as ReadonlyMap<string, unknown> | undefined);
const none = (f: () => unknown): null => { f(); return null; };

/** Figure keywords of plt.figure / plt.subplots(**fig_kw): tight_layout=True is the one extra taken. */
function figureKw(a: Given, extra: ReadonlyMap<string, unknown> | undefined): { kw: Record<string, unknown>; tight: boolean } {
  const kw = jsKwargs({ figsize: a.figsize as PyValue, dpi: a.dpi as PyValue, facecolor: a.facecolor as PyValue, edgecolor: a.edgecolor as PyValue, num: a.num as PyValue });
  if (a.clear === true) kw.clear = true;
  let tight = false;
  for (const [k, v] of extra ?? []) {
    if (k === 'tight_layout' || (k === 'layout' && v === 'tight')) { tight = v !== false && v !== null; continue; }
    if (['figsize', 'dpi', 'facecolor', 'edgecolor', 'num', 'clear'].includes(k)) { kw[k] = jsValue(v as PyValue, k); continue; }
    throw pyException(E.NotImplementedError, `figure() argument '${k}' is not supported by Gradbook`);
  }
  return { kw, tight };
}

const FIGURE_PARAMS = [
  { name: 'num', default: null }, { name: 'figsize', default: null }, { name: 'dpi', default: null },
  { name: 'facecolor', default: null }, { name: 'edgecolor', default: null },
  { name: 'frameon', default: true, unsupported: true }, { name: 'FigureClass', default: { expr: 'Figure' }, unsupported: true },
  { name: 'clear', default: false },
] as const;

export function pyplotTable(state: () => MplState): TableEntry[] {
  const plt = () => state().plt;
  const gca = () => plt().gca();
  // pyplot.matshow has its own signature (it opens a figure): bound below.
  const shared = [...PLOTTING_OPS.filter((op) => op.signature.name !== 'matshow'), gridOp, tickParamsOp, marginsOp, axisOp].map((op) => asPyplotFunction(op, gca));
  return [
    ...shared,
    asPyplotFunction(titleOp, gca, 'title'),
    asPyplotFunction(xlabelOp, gca, 'xlabel'),
    asPyplotFunction(ylabelOp, gca, 'ylabel'),
    entry({ name: 'plt.figure', doc: 'Create a new figure, or activate an existing figure.', params: FIGURE_PARAMS, varkw: 'kwargs' }, (a) => {
      const { kw, tight } = figureKw(a, a.kwargs as ReadonlyMap<string, unknown>);
      const fig = plt().figure(kw.num as number ?? null, kw);
      if (tight) fig.tight_layout();
      return wrap(fig);
    }),
    entry({ name: 'plt.subplots', doc: 'Create a figure and a set of subplots.', params: SUBPLOTS_PARAMS, varkw: 'fig_kw' }, (a) => {
      const { kw, tight } = figureKw({}, a.fig_kw as ReadonlyMap<string, unknown>);
      const fig = plt().figure(kw.num as number ?? null, kw);
      const axes = fig.subplots(a.nrows, a.ncols, subplotsKw(fig, a));
      if (tight) fig.tight_layout();
      return new PyTuple([wrap(fig), axesGrid(axes)]);
    }),
    entry({ name: 'plt.subplot', doc: 'Add an Axes to the current figure or retrieve an existing Axes.', params: [], varargs: 'args', varkw: 'kwargs' }, (a) => {
      const kw = kwargsOf(a);
      checkProjection(kw);
      const fig = plt().gcf();
      return wrap(plt().subplot(subplotArgs(a.args as PyValue[], fig), kw));
    }),
    entry({
      name: 'plt.subplot2grid', doc: 'Create a subplot at a specific location inside a regular grid.',
      params: [{ name: 'shape' }, { name: 'loc' }, { name: 'rowspan', default: 1, type: 'int' }, { name: 'colspan', default: 1, type: 'int' }, { name: 'fig', default: null }],
      varkw: 'kwargs',
    }, (a) => {
      const [nrows, ncols] = (jsValue(a.shape as PyValue) as number[]).map(Number);
      const [r, c] = (jsValue(a.loc as PyValue) as number[]).map(Number);
      const fig = a.fig === null ? plt().gcf() : jsValue(a.fig as PyValue) as Figure;
      const first = r * ncols + c + 1, last = (r + a.rowspan - 1) * ncols + (c + a.colspan - 1) + 1;
      const kw = kwargsOf(a);
      checkProjection(kw);
      return wrap(fig.add_subplot([nrows, ncols, [first, last]], kw));
    }),
    entry({ name: 'plt.axes', doc: 'Add an Axes to the current figure and make it the current Axes.', params: [{ name: 'arg', default: null }], varkw: 'kwargs' }, (a) => {
      const kw = kwargsOf(a);
      checkProjection(kw);
      return wrap(plt().axes(a.arg === null ? null : jsValue(a.arg as PyValue) as number[], kw));
    }),
    entry({ name: 'plt.twinx', doc: 'Make and return a second Axes that shares the x-axis (ax, or the current Axes).', params: [{ name: 'ax', default: null }] },
      (a) => wrap(plt().twinx(a.ax === null ? null : jsValue(a.ax as PyValue) as Axes))),
    entry({ name: 'plt.gcf', doc: 'Get the current figure (a new one if there is none).', params: [] }, () => wrap(plt().gcf())),
    entry({ name: 'plt.gca', doc: 'Get the current Axes (a new one if there is none).', params: [] }, () => wrap(gca())),
    entry({ name: 'plt.sca', doc: 'Set the current Axes to ax and the current Figure to the parent of ax.', params: [{ name: 'ax' }] }, (a) => none(() => plt().sca(jsValue(a.ax as PyValue) as Axes))),
    entry({ name: 'plt.gci', doc: 'Get the current colorable artist (the last image of the current Axes).', params: [] }, () => { const im = gca().get_images().pop(); return im ? wrap(im) : null; }),
    entry({ name: 'plt.get_fignums', doc: 'Return a list of existing figure numbers.', params: [] }, () => new PyList(plt().get_fignums() as PyValue[])),
    entry({ name: 'plt.fignum_exists', doc: 'Return whether the figure with the given id exists.', params: [{ name: 'num' }] }, (a) => plt().fignum_exists(jsValue(a.num as PyValue) as number)),
    entry({ name: 'plt.close', doc: "Close a figure window ('all', a number, a label or a Figure).", params: [{ name: 'fig', default: null }] }, (a) => none(() => plt().close(jsValue(a.fig as PyValue) as Figure | null))),
    entry({ name: 'plt.clf', doc: 'Clear the current figure.', params: [] }, () => none(() => plt().clf())),
    entry({ name: 'plt.cla', doc: 'Clear the current Axes.', params: [] }, () => none(() => plt().cla())),
    entry({ name: 'plt.ion', doc: 'Enable interactive mode (figures show at the end of each cell).', params: [] }, () => none(() => plt().ion())),
    entry({ name: 'plt.ioff', doc: 'Disable interactive mode (figures show only at plt.show()).', params: [] }, () => none(() => plt().ioff())),
    entry({ name: 'plt.isinteractive', doc: 'Return whether plots are updated after every plotting command.', params: [] }, () => plt().isinteractive()),
    entry({ name: 'plt.show', doc: 'Display all open figures (and close them, as the inline backend does).', params: [{ name: 'block', default: null, kind: 'keyword' }] },
      () => none(() => state().show())),
    entry({ name: 'plt.draw', doc: 'Redraw the current figure (figures are drawn when they are shown).', params: [] }, () => null),
    entry({ name: 'plt.pause', doc: 'Show the open figures and wait interval seconds.', params: [{ name: 'interval', type: 'float' }] }, (a) => {
      state().show();
      callMethod(state().ctx.importModule('time'), 'sleep', [new PyFloat(Math.max(0, a.interval))], null);
      return null;
    }),
    entry({ name: 'plt.savefig', doc: 'Save the current figure (png or svg) to a path or a binary file object.', params: SAVEFIG_PARAMS }, (a) => savefigWith(plt().gcf(), a)),
    entry({ name: 'plt.matshow', doc: 'Display an array as a matrix in a new figure window.', params: [{ name: 'A' }, { name: 'fignum', default: null }], varkw: 'kwargs' },
      (a) => wrap(plt().matshow(imageData(a.A as PyValue) as never, { ...kwargsOf(a), ...(a.fignum === null ? {} : { fignum: jsValue(a.fignum as PyValue) }) }))),
    entry({
      name: 'plt.colorbar', doc: 'Add a colorbar to a plot (the current image by default).',
      params: [{ name: 'mappable', default: null }, { name: 'cax', default: null, unsupported: 'a given colorbar Axes (cax=)' }, { name: 'ax', default: null }],
      varkw: 'kwargs',
    }, (a) => wrap(plt().colorbar(a.mappable === null ? null : jsValue(a.mappable as PyValue), jsKwargs({ ax: a.ax as PyValue }, a.kwargs as ReadonlyMap<string, unknown>)))),
    entry({ name: 'plt.clim', doc: 'Set the color limits of the current image.', params: [{ name: 'vmin', default: null }, { name: 'vmax', default: null }] }, (a) => {
      const im = gca().get_images().pop();
      if (!im) throw pyException(E.RuntimeError, 'You must first define an image, e.g., with imshow');
      im.set_clim(jsValue(a.vmin as PyValue) as number | null, jsValue(a.vmax as PyValue) as number | null);
      return null;
    }),
    entry({ name: 'plt.suptitle', doc: 'Add a centered suptitle to the figure.', params: [{ name: 't' }], varkw: 'kwargs' }, (a) => wrap(plt().suptitle(str(a.t as PyValue), kwargsOf(a)))),
    entry({ name: 'plt.figtext', doc: 'Add text to figure.', params: [{ name: 'x', type: 'float' }, { name: 'y', type: 'float' }, { name: 's' }, { name: 'fontdict', default: null }], varkw: 'kwargs' },
      (a) => wrap(plt().figtext(a.x, a.y, str(a.s as PyValue), { ...(a.fontdict === null ? {} : jsValue(a.fontdict as PyValue) as object), ...kwargsOf(a) }))),
    ...(['x', 'y'] as const).flatMap((n) => [
      entry({ name: `plt.${n}lim`, doc: `Get or set the ${n}-limits of the current Axes.`, params: [], varargs: 'args', varkw: 'kwargs' }, (a) => {
        const args = (a.args as PyValue[]).map((v) => jsValue(v));
        return floatTuple(n === 'x' ? plt().xlim(args, kwargsOf(a)) : plt().ylim(args, kwargsOf(a)));
      }),
      entry({
        name: `plt.${n}ticks`, doc: `Get or set the current tick locations and labels of the ${n}-axis.`,
        params: [{ name: 'ticks', default: null }, { name: 'labels', default: null }, { name: 'minor', default: false, kind: 'keyword', unsupported: 'minor ticks' }], varkw: 'kwargs',
      }, (a) => {
        const ticks = a.ticks === null ? null : jsValue(a.ticks as PyValue);
        const labels = a.labels === null ? null : toArray(a.labels as PyValue).map((l) => str(l));
        const [locs, shown] = n === 'x' ? plt().xticks(ticks as never, labels, kwargsOf(a)) : plt().yticks(ticks as never, labels, kwargsOf(a));
        return new PyTuple([floatArray(locs), textList(shown)]);
      }),
      entry({ name: `plt.${n}scale`, doc: `Set the ${n}-axis scale ('linear' only).`, params: [{ name: 'value', type: 'str' }], varkw: 'kwargs' },
        (a) => none(() => { noKeywords(`${n}scale`, a.kwargs); if (n === 'x') plt().xscale(a.value); else plt().yscale(a.value); })),
    ]),
    entry({ name: 'plt.tight_layout', doc: 'Adjust the padding between and around subplots.', params: TIGHT_LAYOUT_PARAMS },
      (a) => none(() => plt().tight_layout(jsKwargs({ pad: a.pad as PyValue, h_pad: a.h_pad as PyValue, w_pad: a.w_pad as PyValue })))),
    entry({ name: 'plt.subplots_adjust', doc: 'Adjust the subplot layout parameters.', params: ADJUST_PARAMS }, (a) => none(() => plt().subplots_adjust(adjustKw(a)))),
    entry({ name: 'plt.get_cmap', doc: 'Get a colormap instance by name (with lut entries when given).', params: [{ name: 'name', default: null }, { name: 'lut', default: null }] },
      (a) => wrap(cmapNamed(a.name as PyValue, String(plt().rcParams.get('image.cmap')), a.lut as PyValue))),
    entry({ name: 'plt.rc', doc: "Set the current rcParams: rc('lines', linewidth=2).", params: [{ name: 'group' }], varkw: 'kwargs' }, (a) => {
      const groups = typeof a.group === 'string' ? [a.group] : toArray(a.group as PyValue).map(String);
      for (const g of groups) plt().rc(g, kwargsOf(a));
      return null;
    }),
    entry({ name: 'plt.rcdefaults', doc: 'Restore the rcParams from matplotlib\'s internal default style.', params: [] }, () => none(() => plt().rcdefaults())),
    entry({ name: 'plt.switch_backend', doc: "Switch the backend ('inline', 'agg', ...).", params: [{ name: 'newbackend', type: 'str' }] }, (a) => none(() => state().useBackend(a.newbackend))),
    entry({ name: 'plt.get_backend', doc: 'Return the name of the current backend.', params: [] }, () => state().backend),
    entry({ name: 'plt.setp', doc: 'Set properties on an artist or a list of artists: setp(lines, linewidth=2).', params: [{ name: 'obj' }], varargs: 'args', varkw: 'kwargs' }, (a) => {
      if ((a.args as PyValue[]).length) throw pyException(E.NotImplementedError, "setp() with property names as positional arguments is not supported by Gradbook; use keywords");
      const targets = a.obj instanceof PyList || a.obj instanceof PyTuple ? (a.obj as PyList).items : [a.obj as PyValue];
      for (const t of targets) for (const [k, v] of a.kwargs as ReadonlyMap<string, PyValue>) callMethod(t, `set_${k}`, [v], null);
      return null;
    }),
  ];
}

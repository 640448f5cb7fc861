// The Axes operations that decorate: titles, labels, limits, ticks, grid, axis('off'), margins.
// Those pyplot shares (title, xlabel, grid, axis, ...) are bound there too (pyplot_table.ts).
import type { PyValue } from '../../objects/core';
import { PyList } from '../../objects/containers';
import { str } from '../../runtime/repr';
import { Text, type Axes } from '../../../plots';
import { axesOp, type AxesOp } from './axes_op';
import { floatArray, floatTuple, jsKwargs, jsValue, noKeywords } from './convert';
import { wrap } from './wrappers';
import { XTick, YTick } from './ticks';

type Given = Record<string, unknown>;
const kwargsOf = (a: Given) => jsKwargs({}, a.kwargs as ReadonlyMap<string, unknown> | undefined);
const given = (a: Given, names: readonly string[]) => {
  const named: Record<string, PyValue | undefined> = {};
  for (const n of names) named[n] = a[n] as PyValue | undefined;
  return { ...jsKwargs(named), ...kwargsOf(a) };
};
/** `set_title(label)` and friends take str() of the label (None is ''). */
const label = (v: unknown) => (v === null || v === undefined ? '' : str(v as PyValue));
const MINOR = { name: 'minor', default: false, kind: 'keyword', unsupported: 'minor ticks' } as const;

export const titleOp = axesOp({
  name: 'set_title', doc: 'Set a title for the Axes.',
  params: [{ name: 'label' }, { name: 'fontdict', default: null }, { name: 'loc', default: null }, { name: 'pad', default: null }, { name: 'y', default: null, kind: 'keyword', unsupported: 'a title height (y=)' }],
  varkw: 'kwargs',
}, (ax, a) => wrap(ax.set_title(label(a.label), given(a, ['fontdict', 'loc', 'pad']))));

const axisLabelOp = (name: 'x' | 'y') => axesOp({
  name: `set_${name}label`, doc: `Set the label for the ${name}-axis.`,
  params: [{ name: `${name}label` }, { name: 'fontdict', default: null }, { name: 'labelpad', default: null }, { name: 'loc', default: null, kind: 'keyword' }],
  varkw: 'kwargs',
}, (ax, a) => {
  const text = label((a as Given)[`${name}label`]);
  const kw = given(a, ['fontdict', 'labelpad', 'loc']);
  return wrap(name === 'x' ? ax.set_xlabel(text, kw) : ax.set_ylabel(text, kw));
});
export const xlabelOp = axisLabelOp('x');
export const ylabelOp = axisLabelOp('y');

const limitsOp = (name: 'x' | 'y') => {
  const [lo, hi] = name === 'x' ? ['left', 'right'] : ['bottom', 'top'];
  return axesOp({
    name: `set_${name}lim`, doc: `Set the ${name}-axis view limits.`,
    params: [{ name: lo, default: null }, { name: hi, default: null }, { name: 'emit', default: true }, { name: 'auto', default: false },
      { name: `${name}min`, default: null, kind: 'keyword' }, { name: `${name}max`, default: null, kind: 'keyword' }],
  }, (ax, a) => {
    const g = a as Given;
    const kw = given(g, [`${name}min`, `${name}max`]);
    if (g.auto === true) kw.auto = true;
    const args = [jsValue(g[lo] as PyValue) ?? undefined, jsValue(g[hi] as PyValue) ?? undefined] as const;
    return floatTuple(name === 'x' ? ax.set_xlim(args[0], args[1], kw) : ax.set_ylim(args[0], args[1], kw));
  });
};

const ticksOp = (name: 'x' | 'y') => axesOp({
  name: `set_${name}ticks`, doc: `Set the ${name}-axis' tick locations and optionally labels.`,
  params: [{ name: 'ticks' }, { name: 'labels', default: null }, MINOR], varkw: 'kwargs',
}, (ax, a) => {
  const ticks = jsValue(a.ticks as PyValue) as never;
  const labels = a.labels === null ? null : (jsValue(a.labels as PyValue) as unknown[]).map((l) => label(l));
  const locs = name === 'x' ? ax.set_xticks(ticks, labels, kwargsOf(a)) : ax.set_yticks(ticks, labels, kwargsOf(a));
  return tickList(name, locs ?? []);
});

export function tickList(name: 'x' | 'y', locs: ArrayLike<number>): PyList {
  return new PyList(Array.from(locs, (loc) => wrap(name === 'x' ? new XTick(loc) : new YTick(loc))));
}

const tickLabelsOp = (name: 'x' | 'y') => axesOp({
  name: `set_${name}ticklabels`, doc: `Set the ${name}-axis' tick labels with a list of strings.`,
  params: [{ name: 'labels' }, { name: 'fontdict', default: null, kind: 'keyword' }, MINOR], varkw: 'kwargs',
}, (ax, a) => {
  const labels = (jsValue(a.labels as PyValue) as unknown[]).map((l) => label(l));
  const kw = given(a, ['fontdict']);
  const shown = name === 'x' ? ax.set_xticklabels(labels, kw) : ax.set_yticklabels(labels, kw);
  return textList(shown);
});

/** Tick labels as Text objects (what matplotlib returns from set_xticklabels, xticks()). */
export function textList(labels: readonly unknown[]): PyList {
  return new PyList(labels.map((l) => wrap(new Text(0, 0, String(l)))));
}

export const gridOp = axesOp({
  name: 'grid', doc: 'Configure the grid lines.',
  params: [{ name: 'visible', default: null }, { name: 'which', default: 'major' }, { name: 'axis', default: 'both' }], varkw: 'kwargs',
}, (ax, a) => {
  const kw = given(a, ['axis']);
  if (a.which !== 'major') kw.which = jsValue(a.which as PyValue);
  ax.grid(a.visible === null ? null : Boolean(jsValue(a.visible as PyValue)), kw);
  return null;
});

export const tickParamsOp = axesOp({
  name: 'tick_params', doc: 'Change the appearance of ticks, tick labels, and gridlines.',
  params: [{ name: 'axis', default: 'both' }], varkw: 'kwargs',
}, (ax, a) => { ax.tick_params(given(a, ['axis'])); return null; });

export const marginsOp = axesOp({
  name: 'margins', doc: 'Set or retrieve autoscaling margins.',
  params: [{ name: 'x', default: null, kind: 'keyword' }, { name: 'y', default: null, kind: 'keyword' }, { name: 'tight', default: true, kind: 'keyword' }],
  varargs: 'margins',
}, (ax, a) => {
  const args = a.margins.map((m) => Number(jsValue(m as PyValue)));
  const noChange = !args.length && a.x === null && a.y === null;
  const r = ax.margins(args, given(a, ['x', 'y']));
  return noChange ? floatTuple(r) : null;
});

export const axisOp = axesOp({
  name: 'axis', doc: "Convenience method to get or set some axis properties ('off', 'equal', [xmin, xmax, ymin, ymax]).",
  params: [{ name: 'emit', default: true, kind: 'keyword' }], varargs: 'args', varkw: 'kwargs',
}, (ax, a) => floatTuple(ax.axis(a.args.length ? jsValue(a.args[0] as PyValue) : undefined, kwargsOf(a))));

export const DECOR_OPS: readonly AxesOp[] = [
  titleOp, xlabelOp, ylabelOp, limitsOp('x'), limitsOp('y'), ticksOp('x'), ticksOp('y'), tickLabelsOp('x'), tickLabelsOp('y'),
  gridOp, tickParamsOp, marginsOp, axisOp,
  axesOp({ name: 'get_xlim', doc: 'Return the x-axis view limits.', params: [] }, (ax) => floatTuple(ax.get_xlim())),
  axesOp({ name: 'get_ylim', doc: 'Return the y-axis view limits.', params: [] }, (ax) => floatTuple(ax.get_ylim())),
  axesOp({ name: 'get_xticks', doc: 'Return the x-axis tick locations.', params: [MINOR] }, (ax) => floatArray(ax.get_xticks())),
  axesOp({ name: 'get_yticks', doc: 'Return the y-axis tick locations.', params: [MINOR] }, (ax) => floatArray(ax.get_yticks())),
  axesOp({ name: 'get_title', doc: 'Get an Axes title.', params: [{ name: 'loc', default: 'center' }] }, (ax, a) => ax.get_title(String(a.loc) as 'center')),
  axesOp({ name: 'get_xlabel', doc: 'Get the xlabel text string.', params: [] }, (ax) => ax.get_xlabel()),
  axesOp({ name: 'get_ylabel', doc: 'Get the ylabel text string.', params: [] }, (ax) => ax.get_ylabel()),
  axesOp({
    name: 'set_aspect', doc: 'Set the aspect ratio of the axes scaling, i.e. y/x-scale.',
    params: [{ name: 'aspect' }, { name: 'adjustable', default: null }, { name: 'anchor', default: null }, { name: 'share', default: false, unsupported: true }],
  }, (ax, a) => { ax.set_aspect(jsValue(a.aspect as PyValue), given(a, ['adjustable', 'anchor'])); return null; }),
  axesOp({ name: 'set_box_aspect', doc: 'Set the Axes box aspect (height / width).', params: [{ name: 'aspect', default: null }] },
    (ax, a) => { ax.set_box_aspect(a.aspect === null ? null : Number(jsValue(a.aspect as PyValue))); return null; }),
  axesOp({ name: 'set_xscale', doc: "Set the x-axis scale ('linear' only).", params: [{ name: 'value', type: 'str' }], varkw: 'kwargs' }, (ax, a) => { noKeywords('set_xscale', a.kwargs); ax.set_xscale(a.value); return null; }),
  axesOp({ name: 'set_yscale', doc: "Set the y-axis scale ('linear' only).", params: [{ name: 'value', type: 'str' }], varkw: 'kwargs' }, (ax, a) => { noKeywords('set_yscale', a.kwargs); ax.set_yscale(a.value); return null; }),
  axesOp({ name: 'set_facecolor', doc: 'Set the facecolor of the Axes.', params: [{ name: 'color' }] }, (ax, a) => { ax.set_facecolor(jsValue(a.color as PyValue, 'color')); return null; }),
  axesOp({ name: 'set_frame_on', doc: 'Set whether the Axes rectangle patch is drawn.', params: [{ name: 'b', type: 'flag' }] }, (ax, a) => { ax.set_frame_on(a.b); return null; }),
  axesOp({ name: 'set_axis_off', doc: 'Turn the x- and y-axis off.', params: [] }, (ax) => { ax.set_axis_off(); return null; }),
  axesOp({ name: 'set_axis_on', doc: 'Turn the x- and y-axis on.', params: [] }, (ax) => { ax.set_axis_on(); return null; }),
  axesOp({ name: 'invert_xaxis', doc: 'Invert the x-axis.', params: [] }, (ax) => { ax.invert_xaxis(); return null; }),
  axesOp({ name: 'invert_yaxis', doc: 'Invert the y-axis.', params: [] }, (ax) => { ax.invert_yaxis(); return null; }),
  axesOp({ name: 'xaxis_inverted', doc: 'Return whether the x-axis is inverted.', params: [] }, (ax) => ax.xaxis_inverted()),
  axesOp({ name: 'yaxis_inverted', doc: 'Return whether the y-axis is inverted.', params: [] }, (ax) => ax.yaxis_inverted()),
  axesOp({ name: 'relim', doc: 'Recompute the data limits based on current artists.', params: [{ name: 'visible_only', default: false, unsupported: true }] }, (ax) => { ax.relim(); return null; }),
  axesOp({
    name: 'autoscale', doc: 'Autoscale the axis view to the data (toggle).',
    params: [{ name: 'enable', default: true }, { name: 'axis', default: 'both', type: 'str' }, { name: 'tight', default: null, unsupported: true }],
  }, (ax, a) => { ax.autoscale(a.enable === null ? true : Boolean(jsValue(a.enable as PyValue)), a.axis as 'both'); return null; }),
  axesOp({ name: 'set', doc: 'Set multiple properties at once (title, xlabel, xlim, ...).', params: [], varkw: 'kwargs' }, (ax, a) => { ax.set(kwargsOf(a)); return null; }),
  axesOp({ name: 'label_outer', doc: 'Only show "outer" labels and tick labels.', params: [] }, (ax) => { ax.label_outer(); return null; }),
  axesOp({ name: 'cla', doc: 'Clear the Axes.', params: [] }, (ax) => { ax.cla(); return null; }),
  axesOp({ name: 'clear', doc: 'Clear the Axes.', params: [] }, (ax) => { ax.clear(); return null; }),
];

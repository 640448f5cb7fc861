// matplotlib.axes.Axes (AxesSubplot, as matplotlib 3.6 names subplots), its Axis objects
// (ax.xaxis), spines and transforms, as Python classes over src/plots.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple as PyTupleOf } from '../../objects/containers';
import { method as hostMethod, MethodTable } from '../../bind';
import { signatureFunction } from '../../bind/objects';
import { callValue } from '../../runtime/call';
import { HostObject, hostClass } from '../../host';
import { E, pyException, keyError } from '../../exceptions';
import { repr as pyRepr, str } from '../../runtime/repr';
import { toArray } from '../../runtime/iteration';
import type { Signature } from '../../../engine';
import { Axes, Axis, LineCollection, PathCollection, Polygon, Rectangle, Spine } from '../../../plots';
import { asAxesMethod } from './axes_op';
import { DECOR_OPS, textList, tickList } from './axes_decor';
import { PLOTTING_OPS } from './axes_plotting';
import { jsValue, noKeywords } from './convert';
import { method, nullary, PlotObject, registerPlotClass, wrap } from './wrappers';
import { toFormatter, toLocator } from './ticker';
import { notImplementedMethods } from './unsupported';

/** ax.transAxes, ax.transData, fig.transFigure: src/plots takes their coordinate names. */
export class Transform extends HostObject {
  constructor(readonly coords: 'axes' | 'data' | 'figure') { super(); }
  override get pyTypeName(): string { return this.coords === 'data' ? 'CompositeGenericTransform' : 'BboxTransformTo'; }
  override get type() { return hostClass(this.pyTypeName, 'matplotlib.transforms'); }
  plotValue(): unknown { return this.coords; }
}
const transforms = { axes: new Transform('axes'), data: new Transform('data'), figure: new Transform('figure') };
export const transformFor = (coords: 'axes' | 'data' | 'figure') => transforms[coords];

/** ax.spines: a mapping of 'left', 'right', 'bottom', 'top' to Spine objects (also as attributes). */
class Spines extends HostObject {
  constructor(readonly ax: Axes) { super(); }
  override get pyTypeName(): string { return 'Spines'; }
  override get type() { return hostClass('Spines', 'matplotlib.spines'); }
  spine(name: PyValue): PyValue {
    const s = this.ax.spines[String(name) as 'left'];
    if (typeof name !== 'string' || !s) throw keyError(pyRepr(name));
    return wrap(s);
  }
  getitem(key: PyValue): PyValue {
    // ax.spines[['top', 'right']] is a group whose setters apply to each.
    if (typeof key === 'string') return this.spine(key);
    return new SpineGroup(toArray(key).map((k) => this.spine(k) as PlotObject<Spine>));
  }
  iter(): Iterable<PyValue> { return Object.keys(this.ax.spines); }
  len(): number { return 4; }
  contains(item: PyValue): boolean { return typeof item === 'string' && item in this.ax.spines; }
  getattr(name: string): PyValue | undefined {
    if (name in this.ax.spines) return this.spine(name);
    return SPINES_METHODS.get(this, name);
  }
  names(): string[] { return Object.keys(this.ax.spines); }
}

/** matplotlib.spines.Spines' mapping methods (a Python MutableMapping). */
export const SPINES_METHODS = new MethodTable<Spines>([
  hostMethod({ name: 'Spines.keys', doc: 'The spine names.', params: [] }, (self: Spines) => new PyList(self.names())),
  hostMethod({ name: 'Spines.values', doc: 'The Spine objects.', params: [] }, (self: Spines) => new PyList(self.names().map((n) => self.spine(n)))),
  hostMethod({ name: 'Spines.items', doc: 'The (name, Spine) pairs.', params: [] }, (self: Spines) => new PyList(self.names().map((n) => new PyTupleOf([n, self.spine(n)])))),
], { pythonClass: true });

class SpineGroup extends HostObject {
  constructor(readonly spines: PlotObject<Spine>[]) { super(); }
  override get pyTypeName(): string { return 'SpinesProxy'; }
  getattr(name: string): PyValue | undefined {
    if (!name.startsWith('set_')) return undefined;
    // matplotlib's SpinesProxy calls each spine's method with the arguments: they bind there.
    return signatureFunction({ name: `SpinesProxy.${name}`, doc: `Spine.${name} on each spine of the group.`, params: [], varargs: 'args', varkw: 'kwargs' }, (a) => {
      for (const s of this.spines) {
        const m = s.getattr(name);
        if (!m) throw pyException(E.AttributeError, `'Spine' object has no attribute '${name}'`);
        callValue(m, a.args as PyValue[], a.kwargs as Map<string, PyValue>);
      }
      return null;
    });
  }
}

const SPINE = 'Spine';
registerPlotClass(Spine, {
  name: SPINE, module: 'matplotlib.spines',
  methods: [
    method<Spine, Signature>({ name: 'Spine.set_visible', doc: "Set the spine's visibility.", params: [{ name: 'b', type: 'flag' }] }, (t, a) => { t.set_visible((a as { b: boolean }).b); return null; }),
    nullary<Spine>(SPINE, 'get_visible', "Return the spine's visibility.", (t) => t.get_visible()),
    method<Spine, Signature>({ name: 'Spine.set_color', doc: 'Set the edgecolor.', params: [{ name: 'c' }] }, (t, a) => { t.set_color(jsValue((a as { c: PyValue }).c, 'color') as never); return null; }),
    method<Spine, Signature>({ name: 'Spine.set_edgecolor', doc: 'Set the edgecolor.', params: [{ name: 'color' }] }, (t, a) => { t.set_edgecolor(jsValue((a as { color: PyValue }).color, 'color') as never); return null; }),
    method<Spine, Signature>({ name: 'Spine.set_linewidth', doc: 'Set the linewidth in points.', params: [{ name: 'w', type: 'float' }] }, (t, a) => { t.set_linewidth((a as { w: number }).w); return null; }),
  ],
  notImplemented: ['set_position', 'set_bounds', 'set_smart_bounds', 'set_linestyle', 'set_capstyle'],
});

const AXIS = 'Axis';
const axisMethod = <const S extends Signature>(sig: S, body: (t: Axis, a: Record<string, unknown>) => PyValue) => method<Axis, S>(sig, (t, a) => body(t, a as Record<string, unknown>));
registerPlotClass(Axis, {
  name: 'XAxis', module: 'matplotlib.axis',
  typeName: (t) => (t.name === 'x' ? 'XAxis' : 'YAxis'),
  methods: [
    axisMethod({ name: 'Axis.set_visible', doc: "Set the axis' visibility.", params: [{ name: 'b', type: 'flag' }] }, (t, a) => { t.set_visible(a.b as boolean); return null; }),
    nullary<Axis>(AXIS, 'get_visible', "Return the axis' visibility.", (t) => t.get_visible()),
    axisMethod({ name: 'Axis.set_major_locator', doc: 'Set the locator of the major ticker.', params: [{ name: 'locator' }] }, (t, a) => { t.set_major_locator(toLocator(a.locator as PyValue)); return null; }),
    axisMethod({ name: 'Axis.set_major_formatter', doc: 'Set the formatter of the major ticker (a Formatter, a format string or a function).', params: [{ name: 'formatter' }] },
      (t, a) => { t.set_major_formatter(toFormatter(a.formatter as PyValue)); return null; }),
    axisMethod({ name: 'Axis.set_ticks', doc: 'Set this Axis\' tick locations and optionally labels.', params: [{ name: 'ticks' }, { name: 'labels', default: null }, { name: 'minor', default: false, kind: 'keyword', unsupported: 'minor ticks' }], varkw: 'kwargs' },
      (t, a) => {
        noKeywords('set_ticks', a.kwargs);
        const locs = jsValue(a.ticks as PyValue) as number[];
        t.set_ticks(locs, a.labels === null ? undefined : (jsValue(a.labels as PyValue) as unknown[]).map((l) => str(l as PyValue)));
        return tickList(t.name, locs);
      }),
    axisMethod({ name: 'Axis.set_ticklabels', doc: 'Set the text values of the tick labels.', params: [{ name: 'ticklabels' }, { name: 'minor', default: false, kind: 'keyword', unsupported: 'minor ticks' }], varkw: 'kwargs' },
      (t, a) => { noKeywords('set_ticklabels', a.kwargs); const labels = (jsValue(a.ticklabels as PyValue) as unknown[]).map((l) => str(l as PyValue)); t.set_ticklabels(labels); return textList(labels); }),
    axisMethod({ name: 'Axis.set_label_text', doc: 'Set the text value of the axis label.', params: [{ name: 'label' }, { name: 'fontdict', default: null, unsupported: true }], varkw: 'kwargs' },
      (t, a) => { noKeywords('set_label_text', a.kwargs); t.set_label_text(str(a.label as PyValue)); return wrap(t.label); }),
    axisMethod({ name: 'Axis.set_ticks_position', doc: "Set the ticks position ('top', 'bottom', 'left', 'right', 'both', 'default', 'none').", params: [{ name: 'position', type: 'str' }] },
      (t, a) => { t.set_ticks_position(a.position as 'top'); return null; }),
    axisMethod({ name: 'Axis.set_label_position', doc: "Set the label position ('top', 'bottom', 'left', 'right').", params: [{ name: 'position', type: 'str' }] },
      (t, a) => { t.set_label_position(a.position as 'top'); return null; }),
    nullary<Axis>(AXIS, 'tick_top', 'Move ticks and ticklabels (if present) to the top of the Axes.', (t) => { t.tick_top(); return null; }),
    nullary<Axis>(AXIS, 'tick_bottom', 'Move ticks and ticklabels (if present) to the bottom of the Axes.', (t) => { t.tick_bottom(); return null; }),
    nullary<Axis>(AXIS, 'tick_left', 'Move ticks and ticklabels (if present) to the left of the Axes.', (t) => { t.tick_left(); return null; }),
    nullary<Axis>(AXIS, 'tick_right', 'Move ticks and ticklabels (if present) to the right of the Axes.', (t) => { t.tick_right(); return null; }),
    nullary<Axis>(AXIS, 'get_label', 'Return the axis label as a Text instance.', (t) => wrap(t.label)),
  ],
  attributes: { label: (t) => wrap(t.label) },
  notImplemented: ['set_minor_locator', 'set_minor_formatter', 'set_tick_params', 'grid', 'set_inverted'],
});

/** ax.add_patch(Rectangle(...)): the patch joins the Axes in data coordinates and grows its limits. */
function addPatch(ax: Axes, p: PyValue): PyValue {
  const target = p instanceof PlotObject ? p.target : null;
  if (!(target instanceof Rectangle) && !(target instanceof Polygon)) throw pyException(E.TypeError, `add_patch() needs a matplotlib.patches.Rectangle or Polygon, got ${pyRepr(p)}`);
  ax.addArtist(target);
  if (target instanceof Rectangle) ax.updateDataLim([target.x, target.x + target.width], [target.y, target.y + target.height]);
  else for (const ring of target.rings) ax.updateDataLim(ring.map((v) => v[0]), ring.map((v) => v[1]));
  return p;
}

/** matplotlib 3.6's Axes repr: `<AxesSubplot:title={'center': 'Loss'}, xlabel='step'>`. */
function axesRepr(ax: Axes): string {
  const fields: string[] = [];
  const titles = (['left', 'center', 'right'] as const).filter((k) => ax.get_title(k)).map((k) => `'${k}': ${pyRepr(ax.get_title(k))}`);
  if (titles.length) fields.push(`title={${titles.join(', ')}}`);
  if (ax.get_xlabel()) fields.push(`xlabel=${pyRepr(ax.get_xlabel())}`);
  if (ax.get_ylabel()) fields.push(`ylabel=${pyRepr(ax.get_ylabel())}`);
  return `<${ax.subplotSpec ? 'AxesSubplot' : 'Axes'}:${fields.join(', ')}>`;
}

const AX = 'Axes';
registerPlotClass(Axes, {
  name: 'AxesSubplot', module: 'matplotlib.axes',
  typeName: (ax) => (ax.subplotSpec ? 'AxesSubplot' : 'Axes'),
  methods: [
    ...PLOTTING_OPS.map(asAxesMethod),
    ...DECOR_OPS.map(asAxesMethod),
    method<Axes, Signature>({ name: 'Axes.add_patch', doc: 'Add a Patch (Rectangle, Polygon) to the Axes; return the patch.', params: [{ name: 'p' }] }, (ax, a) => addPatch(ax, (a as { p: PyValue }).p)),
    method<Axes, Signature>({ name: 'Axes.add_artist', doc: 'Add an Artist (a patch) to the Axes; return the artist.', params: [{ name: 'a' }] }, (ax, a) => addPatch(ax, (a as { a: PyValue }).a)),
    nullary<Axes>(AX, 'get_xaxis', 'Return the XAxis instance.', (ax) => wrap(ax.get_xaxis())),
    nullary<Axes>(AX, 'get_yaxis', 'Return the YAxis instance.', (ax) => wrap(ax.get_yaxis())),
    nullary<Axes>(AX, 'get_figure', 'Return the Figure instance the artist belongs to.', (ax) => wrap(ax.get_figure())),
    nullary<Axes>(AX, 'twinx', 'Create a twin Axes sharing the xaxis.', (ax) => wrap(ax.twinx())),
    nullary<Axes>(AX, 'get_lines', 'Return a list of lines contained by the Axes.', (ax) => new PyList(ax.get_lines().map((l) => wrap(l)))),
    nullary<Axes>(AX, 'get_images', 'Return a list of AxesImages contained by the Axes.', (ax) => new PyList(ax.get_images().map((i) => wrap(i)))),
    nullary<Axes>(AX, 'get_legend', 'Return the Legend instance, or None if no legend is defined.', (ax) => { const l = ax.get_legend(); return l ? wrap(l) : null; }),
    nullary<Axes>(AX, 'remove', 'Remove the Axes from its figure.', (ax) => { ax.remove(); return null; }),
    method<Axes, Signature>({ name: 'Axes.get_legend_handles_labels', doc: 'Return handles and labels for legend.', params: [{ name: 'legend_handler_map', default: null, unsupported: true }] },
      (ax) => legendHandlesLabels(ax)),
  ],
  attributes: {
    xaxis: (ax) => wrap(ax.xaxis),
    yaxis: (ax) => wrap(ax.yaxis),
    figure: (ax) => wrap(ax.figure),
    spines: (ax) => new Spines(ax),
    title: (ax) => wrap(ax.titles.center),
    transAxes: () => transforms.axes,
    transData: () => transforms.data,
    lines: (ax) => new PyList(ax.get_lines().map((l) => wrap(l))),
    images: (ax) => new PyList(ax.get_images().map((i) => wrap(i))),
    // A snapshot list, as lines / images are: removing from it does not remove the artist (call the artist's remove()).
    collections: (ax) => new PyList(ax.artists.filter((a) => a instanceof PathCollection || a instanceof LineCollection).map((c) => wrap(c))),
    containers: (ax) => new PyList(ax.containers.map((c) => wrap(c))),
    legend_: (ax) => { const l = ax.get_legend(); return l ? wrap(l) : null; },
  },
  notImplemented: notImplementedMethods.axes,
  repr: axesRepr,
});

/** (handles, labels) of what a legend() call would show. */
function legendHandlesLabels(ax: Axes): PyValue {
  const probe = ax.get_legend();
  const legend = ax.legend([], {});
  const entries = legend.entries;
  ax.legend_ = probe;
  return new PyTupleOf([new PyList(entries.map((e) => wrap(e.handle as object))), new PyList(entries.map((e) => e.label))]);
}


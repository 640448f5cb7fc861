// The matplotlib package and matplotlib.pyplot as modules of one session: matplotlib holds
// rcParams, use() / get_backend(), and its colors/cm submodules; pyplot binds pyplot_table.ts
// over the session's MplState and re-exports what pyplot does (cm, rcParams, Normalize, ...).
import type { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { PyList } from '../../objects/containers';
import { HostObject, hostClass } from '../../host';
import { E, pyException } from '../../exceptions';
import { getAttr } from '../../runtime/attributes';
import { entry, installTable, method, MethodTable, type TableEntry } from '../../bind';
import { functionOf, notImplementedFunction } from '../../bind/objects';
import { RcParams, colormapNames, getColormap } from '../../../plots';
import type { ModuleContext } from '../registry';
import { mplState, type MplState } from './state';
import { pyplotTable } from './pyplot_table';
import { CYCLER_ENTRY, RcContext, RcParamsObject } from './rc_params';
import { notImplementedMethods } from './unsupported';
import { wrap } from './wrappers';
// Every Python class of the binding registers itself on import.
import './figure';
import './axes';
import './artists';
import './ticks';

const rcObjects = new WeakMap<MplState, RcParamsObject>();
export function rcParamsOf(state: MplState): RcParamsObject {
  let o = rcObjects.get(state);
  if (!o) { o = new RcParamsObject(state.plt.rcParams); rcObjects.set(state, o); }
  return o;
}

/** matplotlib's own functions (use, get_backend, rc, ...), per session. */
export function matplotlibTable(state: () => MplState): TableEntry[] {
  return [
    entry({ name: 'matplotlib.use', doc: "Select the backend: 'agg' (files only) or the notebook's inline backend.", params: [{ name: 'backend', type: 'str' }, { name: 'force', default: true, kind: 'keyword' }] },
      (a) => { state().useBackend(a.backend); return null; }),
    entry({ name: 'matplotlib.get_backend', doc: 'Return the name of the current backend.', params: [] }, () => state().backend),
    entry({ name: 'matplotlib.interactive', doc: 'Set whether to redraw after every plotting command.', params: [{ name: 'b', type: 'flag' }] },
      (a) => { if (a.b) state().plt.ion(); else state().plt.ioff(); return null; }),
    entry({ name: 'matplotlib.is_interactive', doc: 'Return whether to redraw after every plotting command.', params: [] }, () => state().plt.isinteractive()),
    entry({ name: 'matplotlib.rc', doc: "Set the current rcParams: rc('lines', linewidth=2).", params: [{ name: 'group', type: 'str' }], varkw: 'kwargs' }, (a) => {
      const o = rcParamsOf(state());
      for (const [k, v] of a.kwargs as ReadonlyMap<string, PyValue>) o.setitem(`${a.group}.${k}`, v);
      return null;
    }),
    entry({ name: 'matplotlib.rcdefaults', doc: "Restore the rcParams from matplotlib's defaults.", params: [] }, () => { state().plt.rcdefaults(); return null; }),
    entry({ name: 'matplotlib.rc_context', doc: 'Return a context manager for temporarily changing rcParams.', params: [{ name: 'rc', default: null }, { name: 'fname', default: null, unsupported: true }] },
      (a) => new RcContext(rcParamsOf(state()), a.rc as PyValue, null)),
  ];
}

/** matplotlib.colormaps: the colormap registry (matplotlib 3.5+). */
class ColormapRegistry extends HostObject {
  override get pyTypeName(): string { return 'ColormapRegistry'; }
  override get type() { return hostClass('ColormapRegistry', 'matplotlib.cm'); }
  getitem(key: PyValue): PyValue { return wrap(getColormap(String(key))); }
  iter(): Iterable<PyValue> { return colormapNames(); }
  len(): number { return colormapNames().length; }
  contains(key: PyValue): boolean { return typeof key === 'string' && colormapNames().includes(key); }
  getattr(name: string): PyValue | undefined { return COLORMAP_REGISTRY_METHODS.get(this, name); }
}

/** ColormapRegistry.get_cmap (matplotlib 3.6). */
export const COLORMAP_REGISTRY_METHODS = new MethodTable<ColormapRegistry>([
  method({ name: 'ColormapRegistry.get_cmap', doc: 'The colormap named `cmap`.', params: [{ name: 'cmap' }] }, (_self: ColormapRegistry, a) => wrap(getColormap(String(a.cmap)))),
], { pythonClass: true });

export function makeMatplotlib(ctx: ModuleContext): PyModule {
  const state = mplState(ctx);
  const m = new PyModule('matplotlib');
  m.set('__version__', '3.6.3');
  m.set('__path__', null);
  installTable(m, matplotlibTable(() => state));
  m.set('rcParams', rcParamsOf(state));
  m.set('rcParamsDefault', new RcParamsObject(new RcParams()).snapshot());
  m.set('colormaps', new ColormapRegistry());
  m.set('cycler', functionOf(CYCLER_ENTRY));
  // matplotlib/__init__.py imports these; `import matplotlib` makes them attributes.
  for (const sub of ['colors', 'cm']) m.set(sub, ctx.importModule(`matplotlib.${sub}`));
  return m;
}

/** plt.style: the default style only (style sheets are not implemented). */
class StyleModule extends HostObject {
  constructor(readonly state: MplState) { super(); }
  override get pyTypeName(): string { return 'module'; }
  override repr(): string { return "<module 'matplotlib.style'>"; }
  getattr(name: string): PyValue | undefined {
    if (name === 'available') return new PyList(['default']);
    if (name === 'use') return functionOf(styleUse(this.state), 'matplotlib.style');
    return undefined;
  }
}

/** matplotlib.style.use(style): 'default' only. */
/** `state` is read when called (the catalog passes a function that throws). */
export function styleUse(state: MplState | (() => MplState)): TableEntry {
  return entry({ name: 'matplotlib.style.use', doc: "Applies a style: 'default' (the rc defaults) only; style sheets raise NotImplementedError.", params: [{ name: 'style' }] }, (a) => {
    const style = a.style as PyValue;
    if (style === 'default') { (typeof state === 'function' ? state() : state).plt.rcdefaults(); return null; }
    throw pyException(E.NotImplementedError, `matplotlib style ${typeof style === 'string' ? `'${style}'` : 'sheets'} is not supported by Gradbook (only 'default')`);
  });
}

export function makePyplot(ctx: ModuleContext): PyModule {
  const mpl = ctx.importModule('matplotlib');
  const state = mplState(ctx);
  const m = new PyModule('matplotlib.pyplot');
  installTable(m, pyplotTable(() => state));
  for (const name of notImplementedMethods.pyplot) {
    m.set(name, notImplementedFunction(`matplotlib.pyplot.${name}`, `matplotlib.pyplot.${name}() is not supported by Gradbook`));
  }
  const colors = ctx.importModule('matplotlib.colors');
  const image = ctx.importModule('matplotlib.image');
  const patches = ctx.importModule('matplotlib.patches');
  m.set('cm', getAttr(mpl, 'cm'));
  m.set('rcParams', getAttr(mpl, 'rcParams'));
  m.set('rcParamsDefault', getAttr(mpl, 'rcParamsDefault'));
  m.set('rc_context', getAttr(mpl, 'rc_context'));
  m.set('cycler', getAttr(mpl, 'cycler'));
  m.set('style', new StyleModule(state));
  for (const name of ['Normalize', 'LogNorm']) m.set(name, getAttr(colors, name));
  for (const name of ['imread', 'imsave']) m.set(name, getAttr(image, name));
  for (const name of ['Rectangle', 'Polygon', 'Circle']) m.set(name, getAttr(patches, name));
  m.set('Figure', hostClass('Figure', 'matplotlib.figure'));
  m.set('Axes', hostClass('Axes', 'matplotlib.axes'));
  return m;
}

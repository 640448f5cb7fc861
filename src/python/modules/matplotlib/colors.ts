// matplotlib.colors and matplotlib.cm: Colormap and Normalize objects over src/plots' colors,
// ListedColormap / LinearSegmentedColormap, to_rgba / to_hex / is_color_like, and every named
// colormap as cm.NAME (plt.cm.NAME).
import type { PyValue } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyTuple } from '../../objects/containers';
import { hostClass } from '../../host';
import { PyModule } from '../../objects/callables';
import { E, pyException } from '../../exceptions';
import { entry, installTable, type TableEntry } from '../../bind';
import { notImplementedFunction } from '../../bind/objects';
import { boundEntry, ClassLike } from './class_like';
import type { Signature } from '../../../engine';
import { NDArray } from '../../../engine';
import {
  Colormap, colormapFromList, colormapFromSegments, colormapNames, getColormap, isColorLike, listedColormap, LogNorm, Normalize, toRGBA,
} from '../../../plots';
import { PyNDArray } from '../numpy/ndarray_object';
import { floatTuple, jsValue } from './convert';
import { method, nullary, registerPlotClass, wrap } from './wrappers';

type RGBA = readonly [number, number, number, number];
const rgba = (v: PyValue, alpha?: number | null): RGBA => toRGBA(jsValue(v, 'color') as never, alpha);

/** get_cmap(name, lut): the named map, resampled to `lut` entries when given. */
export function resampled(name: string | Colormap, lut: number | null): Colormap {
  const base = typeof name === 'string' ? getColormap(name) : name;
  if (lut === null || lut === base.N) return base;
  const colors = Array.from({ length: lut }, (_, i) => base.call(lut === 1 ? 0 : i / (lut - 1)));
  return listedColormap(base.name, colors);
}

/** cmap(x): floats in [0, 1] are positions, ints index the table, as matplotlib does. */
function callColormap(cmap: Colormap, x: PyValue, alpha: PyValue, bytes: boolean): PyValue {
  const a = alpha === null || alpha === undefined ? null : Number(jsValue(alpha));
  const one = (v: number, isInt: boolean): RGBA => (isInt ? cmap.call(v < 0 ? -1 : v >= cmap.N ? 2 : (v + 0.5) / cmap.N, a) : cmap.call(v, a));
  const out = (c: RGBA) => (bytes ? c.map((v) => Math.round(v * 255)) : c);
  if (x instanceof PyNDArray && !x.isScalar && x.array.rank > 0) {
    const isInt = x.array.dtype !== 'float32' && x.array.dtype !== 'float64';
    const data = new Float64Array(x.array.size * 4);
    for (let i = 0; i < x.array.size; i++) data.set(out(one(Number(x.array.data[i]), isInt)), i * 4);
    return new PyNDArray(new NDArray(bytes ? 'uint8' : 'float64', [...x.array.shape, 4], bytes ? Uint8Array.from(data) : data));
  }
  const v = jsValue(x);
  if (Array.isArray(v)) return new PyTuple((v as number[]).map((e) => new PyTuple(out(one(Number(e), Number.isInteger(e))).map((c) => (bytes ? c : new PyFloat(c))))));
  const isInt = typeof x === 'number' || typeof x === 'bigint' || (x instanceof PyNDArray && x.array.dtype !== 'float32' && x.array.dtype !== 'float64');
  const c = out(one(Number(v), isInt));
  return new PyTuple(c.map((e) => (bytes ? e : new PyFloat(e))));
}

const CMAP = 'Colormap';
const setExtreme = (which: 'setUnder' | 'setOver' | 'setBad', name: string) => method<Colormap, Signature>(
  { name: `Colormap.${name}`, doc: `Set the color for ${name.slice(4)} values.`, params: [{ name: 'color', default: 'k' }, { name: 'alpha', default: null }] },
  (t, a) => { const r = a as Record<string, PyValue>; t[which](rgba(r.color, r.alpha === null ? null : Number(jsValue(r.alpha)))); return null; });
registerPlotClass(Colormap, {
  name: 'LinearSegmentedColormap', module: 'matplotlib.colors',
  typeName: (t) => (t.N < 256 ? 'ListedColormap' : 'LinearSegmentedColormap'),
  methods: [
    nullary<Colormap>(CMAP, 'reversed', 'Return a reversed instance of the Colormap.', (t) => wrap(t.reversed())),
    nullary<Colormap>(CMAP, 'copy', 'Return a copy of the colormap.', (t) => wrap(t.copy())),
    method<Colormap, Signature>({ name: 'Colormap.resampled', doc: 'Return a new colormap with lutsize entries.', params: [{ name: 'lutsize', type: 'int' }] }, (t, a) => wrap(resampled(t, (a as { lutsize: number }).lutsize))),
    setExtreme('setUnder', 'set_under'), setExtreme('setOver', 'set_over'), setExtreme('setBad', 'set_bad'),
  ],
  attributes: {
    name: (t) => t.name,
    N: (t) => t.N,
    colors: (t) => floatArray2(t),
  },
  call: (t, args, kw) => callColormap(t, args[0] ?? null, kw?.get('alpha') ?? args[1] ?? null, Boolean(jsValue(kw?.get('bytes') ?? args[2] ?? false))),
});

function floatArray2(t: Colormap): PyValue {
  return new PyNDArray(new NDArray('float64', [t.N, 4], Float64Array.from(t.lut)));
}

function normCall(t: Normalize, v: PyValue): PyValue {
  if (v instanceof PyNDArray && !v.isScalar && v.array.rank > 0) {
    t.autoscaleNone(Float64Array.from(v.array.data as ArrayLike<number>, Number));
    return new PyNDArray(new NDArray('float64', [...v.array.shape], t.mapAll(Float64Array.from(v.array.data as ArrayLike<number>, Number))));
  }
  const x = Number(jsValue(v));
  t.autoscaleNone([x]);
  return new PyFloat(t.call(x));
}
const NORM = { name: 'Normalize', module: 'matplotlib.colors' } as const;
for (const [ctor, name] of [[Normalize, 'Normalize'], [LogNorm, 'LogNorm']] as const) {
  registerPlotClass<Normalize>(ctor, {
    ...NORM, name,
    methods: [
      method<Normalize, Signature>({ name: `${name}.inverse`, doc: 'Map a normalized value back to data.', params: [{ name: 'value', type: 'float' }] }, (t, a) => new PyFloat(t.inverse((a as { value: number }).value))),
      method<Normalize, Signature>({ name: `${name}.autoscale_None`, doc: 'If vmin or vmax are not set, use the min/max of A to set them.', params: [{ name: 'A' }] },
        (t, a) => { t.autoscaleNone((jsValue((a as { A: PyValue }).A) as { data?: ArrayLike<number> }).data ?? (jsValue((a as { A: PyValue }).A) as number[]).flat(9) as number[]); return null; }),
      nullary<Normalize>(name, 'scaled', 'Return whether vmin and vmax are set.', (t) => t.vmin !== null && t.vmax !== null),
    ],
    attributes: { vmin: (t) => (t.vmin === null ? null : new PyFloat(t.vmin)), vmax: (t) => (t.vmax === null ? null : new PyFloat(t.vmax)), clip: (t) => t.clip },
    settable: {
      vmin: (t, v) => { t.vmin = v === null ? null : Number(jsValue(v)); },
      vmax: (t, v) => { t.vmax = v === null ? null : Number(jsValue(v)); },
    },
    call: (t, args) => normCall(t, args[0] ?? null),
  });
}

const num = (v: unknown) => (v === null ? null : Number(jsValue(v as PyValue)));

/** A colors list (names, tuples, an Nx3/Nx4 array) as RGBA. */
function colorList(v: PyValue): RGBA[] {
  const items = jsValue(v, 'colors') as unknown[];
  return items.map((c) => toRGBA(c as never));
}

export const COLORS_TABLE: readonly TableEntry[] = [
  entry({ name: 'colors.Normalize', doc: 'Linearly map data values to the [0, 1] interval.', params: [{ name: 'vmin', default: null }, { name: 'vmax', default: null }, { name: 'clip', default: false, type: 'flag' }] },
    (a) => wrap(new Normalize(num(a.vmin), num(a.vmax), a.clip))),
  entry({ name: 'colors.LogNorm', doc: 'Normalize a given value to the 0-1 range on a log scale.', params: [{ name: 'vmin', default: null }, { name: 'vmax', default: null }, { name: 'clip', default: false, type: 'flag' }] },
    (a) => wrap(new LogNorm(num(a.vmin), num(a.vmax), a.clip))),
  entry({ name: 'colors.ListedColormap', doc: 'Colormap object generated from a list of colors.', params: [{ name: 'colors' }, { name: 'name', default: 'from_list', type: 'str' }, { name: 'N', default: null }] }, (a) => {
    let colors = colorList(a.colors as PyValue);
    if (a.N !== null) { const n = Number(jsValue(a.N as PyValue)); colors = Array.from({ length: n }, (_, i) => colors[i % colors.length]); }
    return wrap(listedColormap(a.name, colors));
  }),
  entry({ name: 'colors.LinearSegmentedColormap', doc: "Colormap objects based on lookup tables using linear segments ({'red': [(x, y0, y1), ...], ...}).",
    params: [{ name: 'name', type: 'str' }, { name: 'segmentdata' }, { name: 'N', default: 256, type: 'int' }, { name: 'gamma', default: { float: 1 }, unsupported: true }] }, (a) => {
    const seg = jsValue(a.segmentdata as PyValue) as Record<string, [number, number, number][]>;
    for (const k of ['red', 'green', 'blue']) if (!seg[k]) throw pyException(E.ValueError, `segmentdata must have a '${k}' entry`);
    if (seg.alpha) throw pyException(E.NotImplementedError, "LinearSegmentedColormap() argument 'segmentdata' with an 'alpha' entry is not supported by Gradbook");
    return wrap(colormapFromSegments(a.name, [seg.red, seg.green, seg.blue], a.N));
  }),
  entry({ name: 'colors.to_rgba', doc: 'Convert c to an RGBA color.', params: [{ name: 'c' }, { name: 'alpha', default: null }] }, (a) => floatTuple(rgba(a.c as PyValue, num(a.alpha)))),
  entry({ name: 'colors.to_rgb', doc: 'Convert c to an RGB color, silently dropping the alpha channel.', params: [{ name: 'c' }] }, (a) => floatTuple(rgba(a.c as PyValue).slice(0, 3))),
  entry({ name: 'colors.to_hex', doc: 'Convert c to a hex color.', params: [{ name: 'c' }, { name: 'keep_alpha', default: false, type: 'flag' }] }, (a) => {
    const c = rgba(a.c as PyValue);
    return '#' + (a.keep_alpha ? c : c.slice(0, 3)).map((x) => Math.round(x * 255).toString(16).padStart(2, '0')).join('');
  }, { aliases: ['colors.rgb2hex'] }),
  entry({ name: 'colors.is_color_like', doc: 'Return whether c can be interpreted as an RGB(A) color.', params: [{ name: 'c' }] }, (a) => isColorLike(jsValue(a.c as PyValue, 'color'))),
];

/** LinearSegmentedColormap.from_list(name, colors, N=256, gamma=1.0). */
const FROM_LIST = entry({ name: 'LinearSegmentedColormap.from_list', doc: 'Create a LinearSegmentedColormap from a list of colors.',
  params: [{ name: 'name', type: 'str' }, { name: 'colors' }, { name: 'N', default: 256, type: 'int' }, { name: 'gamma', default: { float: 1 }, unsupported: true }] },
(a) => wrap(colormapFromList(a.name, colorList(a.colors as PyValue), a.N)));

/** get_cmap(name, lut): a name, a Colormap (returned as is), or None for the default. */
export function cmapNamed(name: PyValue, fallback: string, lut: PyValue): Colormap {
  const n = name === null ? fallback : jsValue(name);
  return resampled(n instanceof Colormap ? n : String(n), lut === null ? null : Number(jsValue(lut)));
}

export const CM_TABLE: readonly TableEntry[] = [
  entry({ name: 'cm.get_cmap', doc: 'Get a colormap instance by name (with lut entries when given).', params: [{ name: 'name', default: null }, { name: 'lut', default: null }] },
    (a) => wrap(cmapNamed(a.name as PyValue, 'viridis', a.lut as PyValue))),
];

export function makeColorsModule(): PyModule {
  const m = new PyModule('matplotlib.colors');
  installTable(m, COLORS_TABLE);
  // LinearSegmentedColormap(...) builds from segments; LinearSegmentedColormap.from_list from colors.
  m.set('LinearSegmentedColormap', new ClassLike('LinearSegmentedColormap', 'matplotlib.colors', m.dict.get('LinearSegmentedColormap')!, { from_list: boundEntry(FROM_LIST) }));
  m.set('Colormap', hostClass('Colormap', 'matplotlib.colors'));
  for (const name of ['BoundaryNorm', 'TwoSlopeNorm', 'CenteredNorm', 'SymLogNorm', 'PowerNorm', 'NoNorm']) {
    m.set(name, notImplementedFunction(`matplotlib.colors.${name}`, `matplotlib.colors.${name} is not supported by Gradbook`));
  }
  return m;
}

export function makeCmModule(): PyModule {
  const m = new PyModule('matplotlib.cm');
  installTable(m, CM_TABLE);
  for (const name of colormapNames()) m.set(name, wrap(getColormap(name)));
  m.set('ScalarMappable', notImplementedFunction('matplotlib.cm.ScalarMappable', 'matplotlib.cm.ScalarMappable is not supported by Gradbook: pass the image or scatter to colorbar()'));
  return m;
}

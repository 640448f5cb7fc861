// Values across the matplotlib binding. Python → src/plots: ndarrays stay NDArrays (shape + data,
// no copy), lists and tuples become arrays, dicts plain objects, None null, the binding's own
// objects (Axes, Normalize, ...) the plot objects they wrap. src/plots → Python: numbers are
// floats, Float64Arrays float64 ndarrays, plot objects their Python wrappers (wrappers.ts).
import type { PyValue } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyDict, PyList, PyRange, PyTuple } from '../../objects/containers';
import { isHost } from '../../host';
import { E, pyException, typeError } from '../../exceptions';
import { toArray } from '../../runtime/iteration';
import { typeOf } from '../../runtime/type-name';
import { getAttrOpt } from '../../runtime/attributes';
import { NDArray } from '../../../engine';
import { isEngineBacked } from '../tensorflow/convert';
import { PyNDArray } from '../numpy/ndarray_object';
import { toNDArray } from '../numpy/convert';
import { PyObjectArray } from '../numpy/object_array';

/** A Python object standing for a value of src/plots (a Figure, a Normalize, a transform name). */
export interface PlotBacked { plotValue(): unknown }
export function isPlotBacked(v: unknown): v is PlotBacked {
  return typeof (v as PlotBacked | null)?.plotValue === 'function';
}

/** Keywords that name colors: an ndarray there is one color (or one per item), passed as nested arrays. */
const COLOR_KEYS = new Set([
  'color', 'c', 'facecolor', 'fc', 'edgecolor', 'ec', 'ecolor', 'markerfacecolor', 'mfc', 'markeredgecolor', 'mec',
  'colors', 'edgecolors', 'facecolors', 'labelcolor',
]);

/** A Python value as src/plots takes it; `key` is the keyword it was passed as. */
export function jsValue(v: PyValue, key?: string): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyNDArray) return arrayValue(v, key !== undefined && COLOR_KEYS.has(key));
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map((x) => jsValue(x, key));
  // NumPy string and object arrays (category labels, np.array(['cat', 'dog'])) go as their nested lists.
  if (v instanceof PyObjectArray) return jsValue(v.tolist(), key);
  if (v instanceof PyDict) return jsObject(v);
  if (v instanceof PyRange) return Array.from({ length: v.length }, (_, i) => v.start + i * v.step);
  if (isPlotBacked(v)) return v.plotValue();
  if (isEngineBacked(v)) throw typeError(`matplotlib cannot draw a ${typeOf(v).name} of the graph: fetch its value first (sess.run(t) or t.eval())`);
  if (isHost(v) && v.number && !v.iter) return v.number();
  // dict views, generators, map/zip objects: matplotlib takes any sequence.
  if (getAttrOpt(v, '__iter__') !== undefined) return toArray(v).map((x) => jsValue(x, key));
  return v;
}

/** A dict with str keys (fontdict, arrowprops, bbox, subplot_kw) as a plain object. */
export function jsObject(d: PyDict): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const { k, v } of d.map.values()) {
    if (typeof k !== 'string') throw typeError(`keywords must be strings, not ${typeOf(k).name}`);
    o[k] = jsValue(v, k);
  }
  return o;
}

function arrayValue(a: PyNDArray, asNested: boolean): unknown {
  const arr = a.array;
  if (a.isScalar || arr.rank === 0) return arr.dtype === 'string' ? arr.data[0] : Number(arr.data[0]);
  // Strings (category labels) and colors go as nested arrays; numbers as the NDArray itself.
  if (arr.dtype === 'string' || asNested) return nested(arr);
  return arr;
}

function nested(arr: NDArray): unknown[] {
  const data = arr.data as ArrayLike<unknown>;
  const at = (dim: number, offset: number): unknown[] => {
    const n = arr.shape[dim];
    const stride = arr.shape.slice(dim + 1).reduce((x, y) => x * y, 1);
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) {
      out.push(dim === arr.shape.length - 1 ? (arr.dtype === 'string' ? data[offset + i] : Number(data[offset + i])) : at(dim + 1, offset + i * stride));
    }
    return out;
  };
  return at(0, 0);
}

/** Data for plot(), imshow()...: NDArray, nested arrays of numbers, or category strings. */
export function jsData(v: PyValue): unknown {
  return jsValue(v);
}

/** An array with its NumPy dtype (lists convert as np.asarray does): for imshow's RGB rule. */
export function typedArray(v: PyValue): NDArray {
  if (isEngineBacked(v)) throw typeError(`matplotlib cannot draw a ${typeOf(v).name} of the graph: fetch its value first (sess.run(t) or t.eval())`);
  return toNDArray(v);
}

/** Keyword arguments: the named ones that were given (not None), then **kwargs, converted. */
export function jsKwargs(named: Record<string, PyValue | undefined>, varkw?: ReadonlyMap<string, unknown> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(named)) if (v !== undefined && v !== null) out[k] = jsValue(v, k);
  if (varkw) for (const [k, v] of varkw) out[k] = jsValue(v as PyValue, k);
  return out;
}

/** A **kwargs Gradbook has no use for: NotImplementedError naming its first keyword (never ignored). */
export function noKeywords(fn: string, kwargs: unknown): void {
  const first = kwargs instanceof Map ? [...kwargs.keys()][0] : undefined;
  if (first !== undefined) throw pyException(E.NotImplementedError, `${fn}() argument '${first}' is not supported by Gradbook`);
}

// ---- src/plots → Python

export const float = (x: number): PyFloat => new PyFloat(x);

export function floatTuple(xs: ArrayLike<number>): PyTuple {
  return new PyTuple(Array.from(xs, (x) => new PyFloat(x)));
}

/** A float64 ndarray of the numbers (get_xticks, get_xdata, hist's n and bins). */
export function floatArray(xs: ArrayLike<number>, shape: readonly number[] = [xs.length]): PyNDArray {
  return new PyNDArray(new NDArray('float64', shape, Float64Array.from(xs)));
}

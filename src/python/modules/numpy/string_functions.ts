// np.unique and np.concatenate over string and object arrays (a vocabulary's unique words, the
// joined sentences of two batches). Concatenation reuses the numeric core on element positions,
// so axis handling and its errors are NumPy's; uniqueness sorts text by code point / byte value.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { NDArray } from '../../../engine';
import * as np from '../../../numpy/index';
import { wrapArray } from './ndarray_object';
import { objectArray, PyObjectArray } from './object_array';
import { fromItems, notImplemented, PyStringArray, stringArray, textCompare } from './string_array';
import { PyBytes } from '../../runtime/bytes';
import { broadcastShapes, broadcastTo } from '../../../numpy/broadcast';
import { textArray } from './string_casts';
import { pyException, valueError } from '../../exceptions';
import { AxisError } from './errors';

/** Whether a joining function's argument list holds a string or object array, or text (the object path). */
export function joinsObjects(parts: readonly PyValue[]): boolean {
  const leaf = (v: PyValue): boolean => v instanceof PyObjectArray || typeof v === 'string'
    || ((v instanceof PyList || v instanceof PyTuple) && v.items.length > 0 && leaf(v.items[0]));
  return parts.some(leaf);
}

function asObjects(v: PyValue): PyObjectArray {
  if (v instanceof PyObjectArray) return v;
  const t = v instanceof PyList || v instanceof PyTuple || typeof v === 'string' ? textArray(v, null) : null;
  if (t instanceof PyObjectArray) return t;
  throw notImplemented(`joining a string or object array with ${v instanceof PyList || v instanceof PyTuple ? 'a list of non-text values' : 'a numeric array'}`);
}

/** np.concatenate of string or object arrays: all string arrays of one kind give that kind at the widest width. */
export function concatenateObjects(parts: readonly PyValue[], axis: number | null): PyObjectArray {
  const arrays = parts.map(asObjects);
  let offset = 0;
  const positions = arrays.map(a => {
    const p = a.positions(), d = p.data as Float64Array;
    for (let i = 0; i < d.length; i++) d[i] += offset;
    offset += a.items.length;
    return p;
  });
  const joined = np.concatenate(positions, axis);
  const items = arrays.flatMap(a => a.items);
  const picked = Array.from(joined.data as Float64Array, i => items[i]);
  const strings = arrays.filter((a): a is PyStringArray => a instanceof PyStringArray);
  if (strings.length === 0) return new PyObjectArray(picked, joined.shape.slice());
  if (strings.length !== arrays.length || strings.some(s => s.kind !== strings[0].kind)) {
    throw notImplemented('concatenating string arrays with object arrays or with strings of the other kind');
  }
  return new PyStringArray(picked, joined.shape.slice(), strings[0].kind, Math.max(...strings.map(s => s.width)));
}

/** np.unique of a string array (flattened, sorted), with the index, inverse and counts NumPy returns on request. */
export function uniqueText(v: PyValue, flags: { index: boolean; inverse: boolean; counts: boolean }): PyValue {
  // A list of str (np.unique(['b', 'a'])) is a string array, as np.array makes it.
  const a = v instanceof PyObjectArray ? v : stringArray(v, null) ?? objectArray(v);
  if (!(a instanceof PyStringArray)) throw notImplemented('np.unique of an object array');
  const order = a.items.map((_, i) => i).sort((i, j) => textCompare(a.items[i], a.items[j]) || i - j);
  const firsts: number[] = [], counts: number[] = [], inverse = new Array<number>(order.length);
  for (const i of order) {
    if (firsts.length === 0 || textCompare(a.items[firsts[firsts.length - 1]], a.items[i]) !== 0) { firsts.push(i); counts.push(0); }
    counts[counts.length - 1]++;
    inverse[i] = firsts.length - 1;
  }
  const ints = (xs: number[]) => wrapArray(new NDArray('int64', [xs.length], Float64Array.from(xs)));
  const values = a.derive(firsts.map(i => a.items[i]), [firsts.length]);
  const parts: PyValue[] = [values];
  if (flags.index) parts.push(ints(firsts));
  if (flags.inverse) parts.push(ints(inverse));
  if (flags.counts) parts.push(ints(counts));
  return parts.length === 1 ? values : new PyTuple(parts);
}

/** A string or object array with size-1 dims inserted at `axes` of the result (np.stack's new axis, vstack's row). */
function withUnitAxis(a: PyObjectArray, axis: number): PyObjectArray {
  const rank = a.shape.length + 1;
  const at = axis < 0 ? axis + rank : axis;
  if (at < 0 || at >= rank) throw pyException(AxisError, `axis ${axis} is out of bounds for array of dimension ${rank}`);
  return a.derive(a.items, [...a.shape.slice(0, at), 1, ...a.shape.slice(at)]);
}

/** np.stack / np.vstack / np.hstack of string or object arrays, as NumPy defines them by concatenate. */
export function stackObjects(kind: 'stack' | 'vstack' | 'hstack', parts: readonly PyValue[], axis = 0): PyObjectArray {
  const arrays = parts.map(asObjects);
  if (kind === 'stack') {
    if (arrays.some(a => a.shape.join() !== arrays[0].shape.join())) throw valueError('all input arrays must have the same shape');
    return concatenateObjects(arrays.map(a => withUnitAxis(a, axis)), axis);
  }
  if (kind === 'vstack') return concatenateObjects(arrays.map(a => (a.shape.length >= 2 ? a : a.derive(a.items, a.shape.length === 0 ? [1, 1] : [1, a.shape[0]]))), 0);
  const atLeast1 = arrays.map(a => (a.shape.length === 0 ? a.derive(a.items, [1]) : a));
  return concatenateObjects(atLeast1, atLeast1[0].shape.length === 1 ? 0 : 1);
}

/**
 * np.sort / np.argsort of a string array along the last axis (or flattened with axis=None),
 * stable, by code point (U) or byte value (S) as NumPy orders them.
 */
export function sortText(v: PyValue, axis: number | null, want: 'values' | 'indices'): PyValue {
  const a = asObjects(v);
  if (!(a instanceof PyStringArray)) throw notImplemented('sorting an object array');
  const shape = axis === null ? [a.items.length] : a.shape.slice();
  if (axis !== null) {
    const rank = shape.length;
    if (axis < -rank || axis >= rank) throw pyException(AxisError, `axis ${axis} is out of bounds for array of dimension ${rank}`);
    if ((axis < 0 ? axis + rank : axis) !== rank - 1) throw notImplemented(`sorting along axis ${axis} (only the last axis)`);
  }
  const n = shape[shape.length - 1], items = a.items;
  const order: number[] = [];
  for (let start = 0; n > 0 && start < items.length; start += n) {
    const row = Array.from({ length: n }, (_, i) => i).sort((i, j) => textCompare(items[start + i], items[start + j]) || i - j);
    order.push(...row);
  }
  if (want === 'indices') return wrapArray(new NDArray('int64', shape, Float64Array.from(order)));
  return a.derive(order.map((i, k) => items[k - (k % n) + i]), shape);
}

/** np.where(condition, x, y) when x or y is text: string arrays of one kind give that kind at the wider width. */
export function whereObjects(condition: NDArray, x: PyValue, y: PyValue): PyObjectArray {
  const [xa, ya] = [x, y].map(v => (typeof v === 'string' || v instanceof PyBytes ? fromItems([v], [], null) : asObjects(v)));
  const shape = broadcastShapes(condition.shape, xa.shape, ya.shape);
  const c = broadcastTo(condition, shape).data, px = broadcastTo(xa.positions(), shape).data, py = broadcastTo(ya.positions(), shape).data;
  const items = Array.from({ length: c.length }, (_, i) => (Number(c[i]) !== 0 ? xa.items[px[i] as number] : ya.items[py[i] as number]));
  if (!(xa instanceof PyStringArray) && !(ya instanceof PyStringArray)) return new PyObjectArray(items, shape);
  if (!(xa instanceof PyStringArray && ya instanceof PyStringArray) || xa.kind !== ya.kind) {
    throw notImplemented('np.where choosing between text and other values, or between str and bytes');
  }
  return new PyStringArray(items, shape, xa.kind, Math.max(xa.width, ya.width));
}

// Array creation with NumPy 1.26's signatures: array, asarray, zeros/ones/empty/full, *_like,
// arange, linspace, eye, identity, copy.
import type { PyValue } from '../../objects/core';
import { PyTuple } from '../../objects/containers';
import { typeError } from '../../exceptions';
import { toNumber } from '../../runtime/numbers';
import * as np from '../../../numpy/index';
import { NDArray, type DType } from '../../../engine';
import type { ParamSpec, Signature } from '../../../engine';
import type { TableEntry } from '../../bind';
import { checkedShape, checkOrder, npEntry } from './args';
import { coreScalar, toArrayLike, wrapResult } from './convert';
import { PyNDArray } from './ndarray_object';
import { dtypeArg } from './dtype_object';
import { isObjectDtype, isRaggedError, objectArray, PyObjectArray, raggedArray } from './object_array';
import { fromItems, holdsText, notImplemented as notImplementedText, PyStringArray } from './string_array';
import { PyBytes } from '../../runtime/bytes';
import { strSpecOf } from './str_dtype';
import { textArray } from './string_casts';

function fillValue(v: PyValue): np.PyScalar | NDArray {
  const s = coreScalar(v);
  if (s !== undefined) return s;
  if (v instanceof PyNDArray) return v.array;
  throw typeError('fill_value must be a number');
}

/** Prepend size-1 dims until the array has `ndmin` dims (np.array(..., ndmin=2)). */
function withMinDims(a: NDArray, ndmin: number): NDArray {
  if (a.rank >= ndmin) return a;
  return a.reshape([...Array(ndmin - a.rank).fill(1), ...a.shape]);
}

/** np.array(..., ndmin=n) of an object array: leading size-1 dims. */
function withMinObjectDims(a: PyObjectArray, ndmin: number): PyObjectArray {
  return a.shape.length >= ndmin ? a : a.derive(a.items, [...Array(ndmin - a.shape.length).fill(1), ...a.shape]);
}

/**
 * The numeric array for `o`; with no dtype given, a ragged sequence becomes an object array with
 * NumPy 1.x's VisibleDeprecationWarning (NumPy 1.24 made it an error; TF1 programs predate that).
 */
function numericOrRagged(o: PyValue, dtype: DType | null, numeric: (x: np.ArrayLike) => NDArray, ragged: (r: PyObjectArray) => PyValue, dtypeValue: PyValue = dtype): PyValue {
  try {
    return wrapResult(numeric(toArrayLike(o)));
  } catch (e) {
    // Text is found by failing to convert it to numbers, so numeric lists pay nothing for it.
    if (holdsText(o)) {
      const t = textArray(o, dtypeValue) ?? raggedArray(o);
      return t instanceof PyObjectArray ? ragged(t) : t;
    }
    if (dtype !== null || !isRaggedError(e)) throw e;
    return ragged(raggedArray(o));
  }
}

/** A text conversion's result with ndmin applied; ragged text (null) is an object array with NumPy 1.x's warning. */
function withText(t: PyValue | null, o: PyValue, ndmin: number): PyValue {
  const r = t === null ? raggedArray(o) : t;
  return r instanceof PyObjectArray ? withMinObjectDims(r, ndmin) : r;
}

const C_ORDER = { name: 'order', default: 'C', type: 'str', unsupported: "only 'C' (row-major) order" } as const;
const LIKE = { name: 'like', default: null, kind: 'keyword', unsupported: true } as const;
// Every array here is a plain ndarray, so subok (keep subclasses) changes nothing.
const SUBOK_TRUE = { name: 'subok', default: true, type: 'flag', doc: 'no effect: there are no ndarray subclasses' } as const;

/** zeros/ones/empty(shape, dtype, order='C', *, like=None). */
function sized(name: string, doc: string, dtypeDefault: { expr: string } | null, make: (shape: number[], dtype: DType) => NDArray): TableEntry {
  return npEntry({
    name: `np.${name}`, doc,
    params: [{ name: 'shape', type: 'npshape' }, { name: 'dtype', default: dtypeDefault, type: 'npdtype' }, C_ORDER, LIKE],
  }, a => wrapResult(make(checkedShape(a.shape), (a.dtype as DType | null | undefined) ?? 'float64')));
}

/** zeros_like/ones_like/empty_like(a, dtype=None, order='K', subok=True, shape=None). */
function like(name: string, first: string, doc: string, make: (a: NDArray, dtype: DType | null) => NDArray): TableEntry {
  const params: readonly ParamSpec[] = [
    { name: first, type: 'array' },
    { name: 'dtype', default: null, type: 'npdtype' },
    { name: 'order', default: 'K' },
    SUBOK_TRUE,
    { name: 'shape', default: null, type: 'npshape', doc: 'the new array\'s shape instead of the prototype\'s' },
  ];
  const signature: Signature = { name: `np.${name}`, doc, params };
  return npEntry(signature, (a: Record<string, unknown>) => {
    checkOrder(name, a.order as PyValue);
    const proto = a[first] as NDArray, shape = a.shape as number[] | null;
    return wrapResult(make(shape ? NDArray.zeros(proto.dtype, checkedShape(shape)) : proto, a.dtype as DType | null));
  });
}

const scalarOrNull = (v: PyValue): np.PyScalar | null => (v === null ? null : coreScalar(v) ?? toNumber(v));

export const CREATION: readonly TableEntry[] = [
  npEntry({
    name: 'np.array', doc: 'Create an array.',
    params: [
      { name: 'object' },
      { name: 'dtype', default: null, doc: 'a NumPy dtype, or object for an array of Python objects' },
      { name: 'copy', default: true, kind: 'keyword', type: 'flag', doc: 'False returns an ndarray argument itself when no conversion is needed' },
      { name: 'order', default: 'K', kind: 'keyword' },
      { name: 'subok', default: false, kind: 'keyword', type: 'flag', doc: 'no effect: there are no ndarray subclasses' },
      { name: 'ndmin', default: 0, kind: 'keyword', type: 'int' },
      LIKE,
    ],
  }, a => {
    checkOrder('array', a.order as PyValue);
    const o = a.object as PyValue;
    if (isObjectDtype(a.dtype as PyValue)) return withMinObjectDims(objectArray(o), a.ndmin);
    if (strSpecOf(a.dtype as PyValue) || o instanceof PyStringArray) return withText(textArray(o, a.dtype as PyValue, a.copy), o, a.ndmin);
    const dtype = dtypeArg(a.dtype as PyValue);
    if (o instanceof PyObjectArray && dtype === null) return withMinObjectDims(a.copy ? objectArray(o) : o, a.ndmin);
    if (!a.copy && o instanceof PyNDArray && !o.isScalar && (dtype === null || dtype === o.array.dtype) && o.array.rank >= a.ndmin) return o;
    return numericOrRagged(o, dtype, x => withMinDims(np.array(x, dtype), a.ndmin), r => withMinObjectDims(r, a.ndmin), a.dtype as PyValue);
  }),
  npEntry({
    name: 'np.asarray', doc: 'Convert the input to an array (no copy when it already is one).',
    params: [{ name: 'a' }, { name: 'dtype', default: null, doc: 'a NumPy dtype, or object' }, { name: 'order', default: null }, LIKE],
  }, a => {
    checkOrder('asarray', a.order as PyValue);
    const x = a.a as PyValue;
    if (isObjectDtype(a.dtype as PyValue)) return x instanceof PyObjectArray && !(x instanceof PyStringArray) ? x : objectArray(x);
    if (strSpecOf(a.dtype as PyValue) || x instanceof PyStringArray) return withText(textArray(x, a.dtype as PyValue, false), x, 0);
    const dtype = dtypeArg(a.dtype as PyValue);
    if (x instanceof PyObjectArray && dtype === null) return x;
    return x instanceof PyNDArray && !x.isScalar && (dtype === null || dtype === x.array.dtype)
      ? x : numericOrRagged(x, dtype, v => np.asarray(v, dtype).clone(), r => r, a.dtype as PyValue);
  }),
  sized('zeros', 'Return a new array of given shape and type, filled with zeros.', { expr: 'float' }, np.zeros),
  sized('ones', 'Return a new array of given shape and type, filled with ones.', null, np.ones),
  sized('empty', 'Return a new array of given shape and type (filled with zeros here).', { expr: 'float' }, np.empty),
  npEntry({
    name: 'np.full', doc: 'Return a new array of given shape and type, filled with fill_value.',
    params: [{ name: 'shape', type: 'npshape' }, { name: 'fill_value' }, { name: 'dtype', default: null, type: 'npdtype' }, C_ORDER, LIKE],
  }, a => {
    const fill = a.fill_value as PyValue;
    // np.full(shape, 'x'): a string array of that text ('<U1'), as NumPy discovers it.
    if (typeof fill === 'string' || fill instanceof PyBytes) {
      if (a.dtype !== null) throw notImplementedText('np.full with a text fill_value and a dtype');
      const shape = checkedShape(a.shape);
      return fromItems(new Array(shape.reduce((m, n) => m * n, 1)).fill(fill), shape, null);
    }
    return wrapResult(np.full(checkedShape(a.shape), fillValue(fill), a.dtype));
  }),
  like('zeros_like', 'a', 'Return an array of zeros with the same shape and type as a given array.', np.zeros_like),
  like('ones_like', 'a', 'Return an array of ones with the same shape and type as a given array.', np.ones_like),
  like('empty_like', 'prototype', 'Return a new array with the same shape and type as a given array (zeros here).', np.empty_like),
  npEntry({
    name: 'np.full_like', doc: 'Return a full array with the same shape and type as a given array.',
    params: [
      { name: 'a', type: 'array' }, { name: 'fill_value' }, { name: 'dtype', default: null, type: 'npdtype' },
      { name: 'order', default: 'K' }, SUBOK_TRUE, { name: 'shape', default: null, type: 'npshape' },
    ],
  }, a => {
    checkOrder('full_like', a.order as PyValue);
    const fill = fillValue(a.fill_value as PyValue);
    const proto = a.shape ? NDArray.zeros(a.a.dtype, checkedShape(a.shape)) : a.a;
    return wrapResult(np.full_like(proto, fill instanceof NDArray ? Number(fill.data[0]) : fill, a.dtype));
  }),
  npEntry({
    name: 'np.arange', doc: 'Return evenly spaced values within a given interval.',
    params: [
      { name: 'start' }, { name: 'stop', default: null }, { name: 'step', default: null },
      { name: 'dtype', default: null, type: 'npdtype' }, LIKE,
    ],
  }, a => wrapResult(np.arange(scalarOrNull(a.start as PyValue)!, scalarOrNull(a.stop as PyValue), scalarOrNull(a.step as PyValue), a.dtype))),
  npEntry({
    name: 'np.linspace', doc: 'Return evenly spaced numbers over a specified interval.',
    params: [
      { name: 'start', type: 'float' }, { name: 'stop', type: 'float' }, { name: 'num', default: 50, type: 'int' },
      { name: 'endpoint', default: true, type: 'flag' }, { name: 'retstep', default: false, type: 'flag' },
      { name: 'dtype', default: null, type: 'npdtype' },
      { name: 'axis', default: 0, type: 'int', unsupported: 'start and stop are scalars, so the samples lie along axis 0' },
    ],
  }, a => {
    const out = wrapResult(np.linspace(a.start, a.stop, a.num, a.endpoint, a.dtype));
    if (!a.retstep) return out;
    const div = a.endpoint ? a.num - 1 : a.num;
    return new PyTuple([out, wrapResult(np.NumpyScalar.of('float64', div > 0 ? (a.stop - a.start) / div : NaN))]);
  }),
  npEntry({
    name: 'np.eye', doc: 'Return a 2-D array with ones on the diagonal and zeros elsewhere.',
    params: [
      { name: 'N', type: 'int' }, { name: 'M', default: null, type: 'int' }, { name: 'k', default: 0, type: 'int' },
      { name: 'dtype', default: { expr: 'float' }, type: 'npdtype' }, C_ORDER, LIKE,
    ],
  }, a => wrapResult(np.eye(a.N, a.M, a.k, a.dtype ?? 'float64'))),
  npEntry({
    name: 'np.identity', doc: 'Return the identity array.',
    params: [{ name: 'n', type: 'int' }, { name: 'dtype', default: null, type: 'npdtype' }, LIKE],
  }, a => wrapResult(np.identity(a.n, a.dtype ?? 'float64'))),
  npEntry({
    name: 'np.copy', doc: 'Return an array copy of the given object.',
    params: [{ name: 'a', type: 'array' }, { name: 'order', default: 'K' }, { name: 'subok', default: false, type: 'flag', doc: 'no effect: there are no ndarray subclasses' }],
  }, a => { checkOrder('copy', a.order as PyValue); return wrapResult(a.a.clone()); }),
];

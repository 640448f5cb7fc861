// Shape manipulation, joining, linear algebra, sorting and logic with NumPy 1.26's signatures.
import type { PyValue } from '../../objects/core';
import { PyBuiltin } from '../../objects/callables';
import { callValue } from '../../runtime/call';
import { broadcastShapes, broadcastTo } from '../../../numpy/broadcast';
import { dtypeArg } from './dtype_object';
import { PyList, PyTuple } from '../../objects/containers';
import { toArray } from '../../runtime/iteration';
import { typeError, valueError } from '../../exceptions';
import { toIndex } from '../../runtime/numbers';
import * as np from '../../../numpy/index';
import type { NDArray, DType } from '../../../engine';
import type { TableEntry } from '../../bind';
import { signatureFunction } from '../../bind';
import { checkOrder, noExtraKeywords, npEntry, numpyAxis, singleAxisArg } from './args';
import { toArrayLike, toNDArray, wrapResult } from './convert';
import { concatenateObjects, joinsObjects, sortText, stackObjects, uniqueText, whereObjects } from './string_functions';
import { PyBytes } from '../../runtime/bytes';
import { PyObjectArray } from './object_array';
import { textArray } from './string_casts';
import { PyNDArray } from './ndarray_object';
import { unsupportedArgument } from '../../../engine';

const tuple = (xs: NDArray[]) => new PyTuple(xs.map(wrapResult));
const optional = (v: PyValue) => (v === null ? null : toArrayLike(v));
/** An axes argument (None, an int or a tuple of ints) as a list. */
const axesList = (v: number | number[] | unknown | null): number[] | null =>
  v === null ? null : Array.isArray(v) ? v : [numpyAxis(v as number) as number];
/** The joining functions' dtype=: the result in that dtype. */
const cast = (r: NDArray, d: DType | null): NDArray => (d && d !== r.dtype ? np.astype(r, d) : r);

/** np.sort / np.argsort: text through sortText, numbers through the core. */
function sorted(v: PyValue, axis: number | null, want: 'values' | 'indices'): PyValue {
  if (joinsObjects([v])) return sortText(v, axis, want);
  const x = toNDArray(v);
  return wrapResult(want === 'values' ? np.sort(x, axis) : np.argsort(x, axis));
}

/** stack/vstack/hstack: numeric arrays through the core, string and object arrays through their positions. */
function joined(kind: 'stack' | 'vstack' | 'hstack', v: PyValue, dtype: DType | null, numeric: (xs: NDArray[]) => NDArray, axis = 0): PyValue {
  const parts = toArray(v);
  if (!joinsObjects(parts)) return wrapResult(cast(numeric(parts.map(toNDArray)), dtype));
  if (dtype !== null) throw unsupportedArgument(kind, 'dtype', 'numeric arrays only');
  return stackObjects(kind, parts, axis);
}

const A = { name: 'a', type: 'array' } as const;
/** column_stack/dstack: numeric arrays only (string and object arrays are not implemented there). */
function numericParts(fn: string, v: PyValue): NDArray[] {
  const parts = toArray(v);
  if (joinsObjects(parts)) throw unsupportedArgument(fn, 'tup', 'numeric arrays only');
  return parts.map(toNDArray);
}
const TEXT_OR_ARRAY = { name: 'a', doc: 'an array: numbers, or a string/object array' } as const;

/** A shape function of a string or object array applied to its element positions; numbers through the core. */
function positional(v: PyValue, f: (x: NDArray) => NDArray): PyValue {
  if (!joinsObjects([v])) return wrapResult(f(toNDArray(v)));
  const o = v instanceof PyObjectArray ? v : textArray(v, null);
  if (!(o instanceof PyObjectArray)) return wrapResult(f(toNDArray(v)));
  return o.pick(f(o.positions()));
}

/** An int-or-tuple-of-ints argument (the 'axis' converter's result) as a number or a list. */
const intsArg = (v: unknown): number | number[] => numpyAxis(v as number) as number | number[];
/** tile's reps / roll's shift: an int, a sequence of ints or an integer ndarray. */
function intsValue(v: PyValue): number | number[] {
  if (v instanceof PyNDArray && !(v.array instanceof np.NumpyScalar)) {
    if (!/^u?int/.test(v.array.dtype)) throw typeError(`'ndarray' of dtype ${v.array.dtype} cannot be interpreted as integers`);
    return v.array.shape.length === 0 ? Number((v.array.data as ArrayLike<number>)[0]) : Array.from(v.array.data as ArrayLike<number>, Number);
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toIndex);
  return toIndex(v);
}
/** atleast_Nd(*arys): one array back for one argument, else a list of them. */
function atleast(arys: PyValue[], f: (x: NDArray) => NDArray): PyValue {
  const out = arys.map(v => positional(v, f));
  return out.length === 1 ? out[0] : new PyList(out);
}
/** np.take of a string or object array: a single index gives the element itself. */
function takeAny(v: PyValue, f: (x: NDArray) => NDArray): PyValue {
  if (!joinsObjects([v])) return wrapResult(f(toNDArray(v)));
  const o = v instanceof PyObjectArray ? v : textArray(v, null);
  if (!(o instanceof PyObjectArray)) return wrapResult(f(toNDArray(v)));
  const p = f(o.positions());
  return p.shape.length === 0 ? o.items[Number((p.data as ArrayLike<number>)[0])] : o.pick(p);
}

/** np.vectorize(pyfunc)(*args): pyfunc called on each element of the broadcast arguments (as NumPy
 *  scalars); the result has the first output's dtype (or otypes[0]) and the broadcast shape. */
function vectorized(pyfunc: PyValue, otype: DType | null): PyBuiltin {
  const signature = { name: 'vectorize', doc: 'The vectorized function: pyfunc on each element of the broadcast arguments.', params: [], varargs: 'args', varkw: 'kwargs' } as const;
  return signatureFunction(signature, (a) => {
    const args = a.args as PyValue[], kw = a.kwargs as Map<string, PyValue>;
    if (kw.size > 0) throw unsupportedArgument('vectorize', [...kw.keys()][0], 'keyword arguments to the vectorized function');
    const xs = args.map(toNDArray);
    const shape = xs.reduce<number[]>((s, x) => broadcastShapes(s, x.shape), []);
    const full = xs.map(x => broadcastTo(x, shape));
    const size = shape.reduce((p, d) => p * d, 1);
    if (size === 0 && otype === null) throw valueError('cannot call `vectorize` on size 0 inputs unless `otypes` is set');
    const outs: PyValue[] = [];
    for (let i = 0; i < size; i++) {
      const r = callValue(pyfunc, full.map(x => wrapResult(np.NumpyScalar.of(x.dtype, (x.data as unknown as { [k: number]: number })[i]))), null);
      if (r instanceof PyTuple) throw unsupportedArgument('vectorize', 'pyfunc', 'functions returning one value');
      outs.push(r);
    }
    const dtype = otype ?? toNDArray(outs[0]).dtype;
    const flat = size === 0 ? np.zeros([0], dtype) : np.astype(toNDArray(new PyList(outs)), dtype);
    return wrapResult(shape.length === 0 ? np.NumpyScalar.of(dtype, (flat.data as unknown as { [k: number]: number })[0]) : np.reshape(flat, shape));
  }, { module: 'numpy' });
}

/** np.array_equal with text: same shape and every element equal (a str never equals bytes). */
function textEqual(x: PyValue, y: PyValue): boolean {
  const asArray = (v: PyValue) => (v instanceof PyObjectArray ? v : textArray(v, null));
  const a = asArray(x), b = asArray(y);
  if (!(a instanceof PyObjectArray) || !(b instanceof PyObjectArray)) return false;
  if (a.shape.length !== b.shape.length || a.shape.some((n, i) => n !== b.shape[i])) return false;
  const eq = a.compare('==', b) as PyValue;
  return a.items.length === 0 || (eq instanceof PyNDArray ? Array.from(eq.array.data as ArrayLike<number>).every(v => v !== 0) : eq === true);
}
const OUT = { name: 'out', default: null, unsupported: true } as const;
const C_ORDER = { name: 'order', default: 'C', type: 'str', unsupported: "only 'C' (row-major) order" } as const;
const JOIN_DTYPE = { name: 'dtype', default: null, kind: 'keyword', type: 'npdtype' } as const;
const CASTING = { name: 'casting', default: 'same_kind', kind: 'keyword', unsupported: true } as const;
const SORT_PARAMS = [
  { name: 'a', doc: 'an array: numbers, or str/bytes (sorted by code point / byte value)' }, { name: 'axis', default: -1, doc: 'an int, or None for the flattened array' },
  { name: 'kind', default: null, doc: 'every kind sorts stably here' },
  { name: 'order', default: null, unsupported: 'structured arrays' },
] as const;
const CLOSE_PARAMS = [
  { name: 'a' }, { name: 'b' }, { name: 'rtol', default: 1e-5, type: 'float' }, { name: 'atol', default: 1e-8, type: 'float' },
  { name: 'equal_nan', default: false, type: 'flag' },
] as const;

export const SHAPES: readonly TableEntry[] = [
  npEntry({ name: 'np.reshape', doc: 'Gives a new shape to an array without changing its data.', params: [A, { name: 'newshape', type: 'npshape' }, C_ORDER] },
    a => wrapResult(np.reshape(a.a, a.newshape))),
  npEntry({ name: 'np.ravel', doc: 'Return a contiguous flattened array.', params: [A, C_ORDER] }, a => wrapResult(np.ravel(a.a))),
  npEntry({ name: 'np.transpose', doc: 'Returns an array with axes transposed.', params: [A, { name: 'axes', default: null, type: 'axis' }] },
    a => wrapResult(np.transpose(a.a, axesList(a.axes)))),
  npEntry({ name: 'np.swapaxes', doc: 'Interchange two axes of an array.', params: [A, { name: 'axis1', type: 'int' }, { name: 'axis2', type: 'int' }] },
    a => wrapResult(np.swapaxes(a.a, a.axis1, a.axis2))),
  npEntry({ name: 'np.squeeze', doc: 'Remove axes of length one from a.', params: [TEXT_OR_ARRAY, { name: 'axis', default: null, type: 'axis' }] },
    a => positional(a.a as PyValue, x => np.squeeze(x, axesList(a.axis)))),
  npEntry({ name: 'np.expand_dims', doc: 'Expand the shape of an array.', params: [TEXT_OR_ARRAY, { name: 'axis', type: 'axis' }] },
    a => positional(a.a as PyValue, x => np.expand_dims(x, axesList(a.axis)!))),
  npEntry({
    name: 'np.concatenate', doc: 'Join a sequence of arrays along an existing axis.',
    params: [{ name: 'arrays' }, { name: 'axis', default: 0, doc: 'an int, or None to flatten the arrays first' }, OUT, JOIN_DTYPE, CASTING],
  }, a => {
    const parts = toArray(a.arrays as PyValue), axis = singleAxisArg(a.axis as PyValue, 0);
    if (joinsObjects(parts)) {
      if (a.dtype !== null) throw unsupportedArgument('concatenate', 'dtype', 'numeric arrays only');
      return concatenateObjects(parts, axis);
    }
    return wrapResult(cast(np.concatenate(parts.map(toNDArray), axis), a.dtype));
  }),
  npEntry({
    name: 'np.stack', doc: 'Join a sequence of arrays along a new axis.',
    params: [{ name: 'arrays' }, { name: 'axis', default: 0, type: 'int' }, OUT, JOIN_DTYPE, CASTING],
  }, a => joined('stack', a.arrays as PyValue, a.dtype, parts => np.stack(parts, a.axis), a.axis)),
  npEntry({ name: 'np.vstack', doc: 'Stack arrays in sequence vertically (row wise).', params: [{ name: 'tup' }, JOIN_DTYPE, CASTING] },
    a => joined('vstack', a.tup as PyValue, a.dtype, np.vstack)),
  npEntry({ name: 'np.hstack', doc: 'Stack arrays in sequence horizontally (column wise).', params: [{ name: 'tup' }, JOIN_DTYPE, CASTING] },
    a => joined('hstack', a.tup as PyValue, a.dtype, np.hstack)),
  npEntry({ name: 'np.row_stack', doc: 'Stack arrays in sequence vertically (row wise); the same function as vstack.', params: [{ name: 'tup' }, JOIN_DTYPE, CASTING] },
    a => joined('vstack', a.tup as PyValue, a.dtype, np.vstack)),
  npEntry({ name: 'np.column_stack', doc: 'Stack 1-D arrays as columns into a 2-D array.', params: [{ name: 'tup', doc: 'a sequence of numeric arrays' }] },
    a => wrapResult(np.column_stack(numericParts('column_stack', a.tup as PyValue)))),
  npEntry({ name: 'np.dstack', doc: 'Stack arrays in sequence depth wise (along third axis).', params: [{ name: 'tup', doc: 'a sequence of numeric arrays' }] },
    a => wrapResult(np.dstack(numericParts('dstack', a.tup as PyValue)))),
  npEntry({
    name: 'np.broadcast_to', doc: 'Broadcast an array to a new shape (here a writable copy, not a read-only view).',
    params: [{ name: 'array', type: 'array' }, { name: 'shape', type: 'npshape' }, { name: 'subok', default: false, type: 'flag', doc: 'no effect: there are no ndarray subclasses' }],
  }, a => wrapResult(np.broadcast_to(a.array, a.shape))),
  npEntry({
    name: 'np.trace', doc: 'Return the sum along diagonals of the array.',
    params: [A, { name: 'offset', default: 0, type: 'int' }, { name: 'axis1', default: 0, type: 'int' }, { name: 'axis2', default: 1, type: 'int' },
      { name: 'dtype', default: null, type: 'npdtype' }, OUT],
  }, a => wrapResult(np.trace(a.a, a.offset, a.axis1, a.axis2, a.dtype))),
  npEntry({ name: 'np.diag', doc: 'Extract a diagonal (of a 2-D array) or construct a diagonal array (from a 1-D one).', params: [{ name: 'v', type: 'array' }, { name: 'k', default: 0, type: 'int' }] },
    a => wrapResult(np.diag(a.v, a.k))),
  npEntry({ name: 'np.tril', doc: 'Lower triangle of an array: the elements above the k-th diagonal zeroed.', params: [{ name: 'm', type: 'array' }, { name: 'k', default: 0, type: 'int' }] },
    a => wrapResult(np.tril(a.m, a.k))),
  npEntry({ name: 'np.triu', doc: 'Upper triangle of an array: the elements below the k-th diagonal zeroed.', params: [{ name: 'm', type: 'array' }, { name: 'k', default: 0, type: 'int' }] },
    a => wrapResult(np.triu(a.m, a.k))),
  npEntry({ name: 'np.dot', doc: 'Dot product of two arrays.', params: [{ name: 'a' }, { name: 'b' }, OUT] },
    a => wrapResult(np.dot(toArrayLike(a.a as PyValue), toArrayLike(a.b as PyValue)))),
  npEntry({
    name: 'np.matmul', doc: 'Matrix product of two arrays.',
    params: [
      { name: 'x1', kind: 'positional' }, { name: 'x2', kind: 'positional' }, { name: 'out', default: null, kind: 'positional', unsupported: true },
      CASTING, { name: 'order', default: 'K', kind: 'keyword' }, JOIN_DTYPE,
      { name: 'subok', default: true, kind: 'keyword', type: 'flag', doc: 'no effect: there are no ndarray subclasses' },
    ],
  }, a => { checkOrder('matmul', a.order as PyValue); return wrapResult(cast(np.matmul(toArrayLike(a.x1 as PyValue), toArrayLike(a.x2 as PyValue)), a.dtype)); }),
  npEntry({ name: 'np.sort', doc: 'Return a sorted copy of an array.', params: SORT_PARAMS }, a => sorted(a.a as PyValue, singleAxisArg(a.axis as PyValue, -1), 'values')),
  npEntry({
    name: 'np.searchsorted', doc: 'Find indices where elements should be inserted to maintain order.',
    params: [{ name: 'a' }, { name: 'v' }, { name: 'side', default: 'left', type: 'str' }, { name: 'sorter', default: null, unsupported: 'a sorted a' }],
  }, a => {
    if (a.side !== 'left' && a.side !== 'right') throw valueError(`search side must be 'left' or 'right' (got '${a.side}')`);
    return wrapResult(np.searchsorted(toArrayLike(a.a as PyValue), toArrayLike(a.v as PyValue), a.side));
  }),
  npEntry({ name: 'np.argsort', doc: 'Returns the indices that would sort an array.', params: SORT_PARAMS }, a => sorted(a.a as PyValue, singleAxisArg(a.axis as PyValue, -1), 'indices')),
  npEntry({
    name: 'np.repeat', doc: 'Repeat elements of an array.',
    params: [{ name: 'a' }, { name: 'repeats' }, { name: 'axis', default: null }],
  }, a => {
    const reps = a.repeats as PyValue;
    const counts = typeof reps === 'number' ? reps : Array.from(toNDArray(reps).data as ArrayLike<number>, Number);
    return positional(a.a as PyValue, x => np.repeat(x, counts, a.axis === null ? null : numpyAxis(a.axis as number) as number));
  }),
  npEntry({ name: 'np.tile', doc: 'Construct an array by repeating A the number of times given by reps.', params: [{ name: 'A', doc: TEXT_OR_ARRAY.doc }, { name: 'reps', doc: 'an int, a tuple of ints or an integer array' }] },
    a => positional(a.A as PyValue, x => np.tile(x, intsValue(a.reps as PyValue)))),
  npEntry({
    name: 'np.roll', doc: 'Roll array elements along a given axis.',
    params: [TEXT_OR_ARRAY, { name: 'shift', doc: 'an int, a tuple of ints or an integer array' }, { name: 'axis', default: null, type: 'axis' }],
  }, a => positional(a.a as PyValue, x => np.roll(x, intsValue(a.shift as PyValue), a.axis === null ? null : intsArg(a.axis)))),
  npEntry({ name: 'np.flip', doc: 'Reverse the order of elements in an array along the given axis.', params: [{ name: 'm', doc: TEXT_OR_ARRAY.doc }, { name: 'axis', default: null, type: 'axis' }] },
    a => positional(a.m as PyValue, x => np.flip(x, a.axis === null ? null : intsArg(a.axis)))),
  npEntry({ name: 'np.fliplr', doc: 'Reverse the order of elements along axis 1 (left/right).', params: [{ name: 'm', doc: TEXT_OR_ARRAY.doc }] },
    a => positional(a.m as PyValue, np.fliplr)),
  npEntry({ name: 'np.flipud', doc: 'Reverse the order of elements along axis 0 (up/down).', params: [{ name: 'm', doc: TEXT_OR_ARRAY.doc }] },
    a => positional(a.m as PyValue, np.flipud)),
  npEntry({
    name: 'np.take', doc: 'Take elements from an array along an axis.',
    params: [
      TEXT_OR_ARRAY, { name: 'indices', doc: 'an int or an array of ints' }, { name: 'axis', default: null, doc: 'an int, or None for the flattened array' },
      OUT, { name: 'mode', default: 'raise', type: 'str', doc: "'raise', 'wrap' or 'clip'" },
    ],
  }, a => {
    if (a.mode !== 'raise' && a.mode !== 'wrap' && a.mode !== 'clip') throw valueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${a.mode}')`);
    const ind = toArrayLike(a.indices as PyValue), axis = singleAxisArg(a.axis as PyValue, null);
    return takeAny(a.a as PyValue, x => np.take(x, ind, axis, a.mode as 'raise' | 'wrap' | 'clip', isSequence(a.indices as PyValue)));
  }),
  npEntry({
    name: 'np.diff', doc: 'Calculate the n-th discrete difference along the given axis.',
    params: [{ name: 'a', type: 'array' }, { name: 'n', default: 1, type: 'int' }, { name: 'axis', default: -1, type: 'int' },
      { name: 'prepend', default: { expr: '<no value>' }, unsupported: true }, { name: 'append', default: { expr: '<no value>' }, unsupported: true }],
  }, a => wrapResult(np.diff(a.a as NDArray, a.n, a.axis))),
  npEntry({
    name: 'np.outer', doc: 'Compute the outer product of two vectors (inputs are flattened).',
    params: [{ name: 'a', type: 'array' }, { name: 'b', type: 'array' }, { name: 'out', default: null, unsupported: true }],
  }, a => wrapResult(np.outer(a.a as NDArray, a.b as NDArray))),
  npEntry({ name: 'np.argwhere', doc: 'Find the indices of array elements that are non-zero, grouped by element.', params: [A] }, a => wrapResult(np.argwhere(a.a))),
  npEntry({ name: 'np.atleast_1d', doc: 'Convert inputs to arrays with at least one dimension.', varargs: 'arys', params: [] },
    a => atleast(a.arys as PyValue[], np.atleast_1d)),
  npEntry({ name: 'np.atleast_2d', doc: 'View inputs as arrays with at least two dimensions.', varargs: 'arys', params: [] },
    a => atleast(a.arys as PyValue[], np.atleast_2d)),
  npEntry({ name: 'np.atleast_3d', doc: 'View inputs as arrays with at least three dimensions.', varargs: 'arys', params: [] },
    a => atleast(a.arys as PyValue[], np.atleast_3d)),
  npEntry({
    name: 'np.vectorize', doc: 'Returns a function applying pyfunc to each element of its broadcast array arguments.',
    params: [
      { name: 'pyfunc' }, { name: 'otypes', default: null, doc: 'a list of one dtype (or a one-letter type string)' },
      { name: 'doc', default: null, unsupported: true }, { name: 'excluded', default: null, unsupported: true },
      { name: 'cache', default: false, type: 'flag', unsupported: true }, { name: 'signature', default: null, unsupported: true },
    ],
  }, a => {
    const o = a.otypes as PyValue;
    const types = o === null ? [] : typeof o === 'string' ? o.split('') : toArray(o);
    if (types.length > 1) throw unsupportedArgument('vectorize', 'otypes', 'one output type');
    return vectorized(a.pyfunc as PyValue, types.length ? dtypeArg(types[0] as PyValue) : null);
  }),
  npEntry({
    name: 'np.bincount', doc: 'Count number of occurrences of each value in array of non-negative ints.',
    params: [{ name: 'x', kind: 'positional' }, { name: 'weights', default: null }, { name: 'minlength', default: 0, type: 'int' }],
  }, a => wrapResult(np.bincount(toArrayLike(a.x as PyValue), optional(a.weights as PyValue), a.minlength))),
  npEntry({
    name: 'np.unique', doc: 'Find the unique elements of an array.',
    params: [
      { name: 'ar', doc: 'an array: numbers, or str/bytes' }, { name: 'return_index', default: false, type: 'flag' }, { name: 'return_inverse', default: false, type: 'flag' },
      { name: 'return_counts', default: false, type: 'flag' }, { name: 'axis', default: null, unsupported: 'unique rows or columns' },
      { name: 'equal_nan', default: true, kind: 'keyword', unsupported: true },
    ],
  }, a => {
    const ar = a.ar as PyValue;
    if (joinsObjects([ar])) return uniqueText(ar, { index: a.return_index, inverse: a.return_inverse, counts: a.return_counts });
    const r = np.unique(toNDArray(ar), a.return_index, a.return_inverse, a.return_counts);
    const parts = [r.values, ...(a.return_index ? [r.index!] : []), ...(a.return_inverse ? [r.inverse!] : []), ...(a.return_counts ? [r.counts!] : [])];
    return parts.length === 1 ? wrapResult(r.values) : tuple(parts);
  }),
  npEntry({
    name: 'np.where', doc: 'Return elements chosen from x or y depending on condition (or the indices where it holds).',
    params: [
      { name: 'condition', kind: 'positional' }, { name: 'x', default: { expr: '<no value>' }, kind: 'positional' },
      { name: 'y', default: { expr: '<no value>' }, kind: 'positional' },
    ],
  }, a => {
    const c = toArrayLike(a.condition as PyValue);
    if ((a.x === undefined) !== (a.y === undefined)) throw valueError('either both or neither of x and y should be given');
    if (a.x === undefined) return tuple(np.where(c) as NDArray[]);
    if (joinsObjects([a.x as PyValue, a.y as PyValue]) || a.x instanceof PyBytes || a.y instanceof PyBytes) {
      return whereObjects(np.asarray(c), a.x as PyValue, a.y as PyValue);
    }
    return wrapResult(np.where(c, toArrayLike(a.x as PyValue), toArrayLike(a.y as PyValue)) as NDArray);
  }),
  npEntry({ name: 'np.nonzero', doc: 'Return the indices of the elements that are non-zero.', params: [A] }, a => tuple(np.nonzero(a.a))),
  npEntry({
    name: 'np.clip', doc: 'Clip (limit) the values in an array.',
    params: [{ name: 'a' }, { name: 'a_min' }, { name: 'a_max' }, OUT], varkw: 'kwargs',
  }, a => {
    noExtraKeywords('clip', a.kwargs);
    return wrapResult(np.clip(toArrayLike(a.a as PyValue), optional(a.a_min as PyValue), optional(a.a_max as PyValue)));
  }),
  npEntry({ name: 'np.isclose', doc: 'Returns a boolean array where two arrays are element-wise equal within a tolerance.', params: CLOSE_PARAMS },
    a => wrapResult(np.isclose(toArrayLike(a.a as PyValue), toArrayLike(a.b as PyValue), a.rtol, a.atol, a.equal_nan))),
  npEntry({ name: 'np.allclose', doc: 'Returns True if two arrays are element-wise equal within a tolerance.', params: CLOSE_PARAMS },
    a => np.allclose(toArrayLike(a.a as PyValue), toArrayLike(a.b as PyValue), a.rtol, a.atol, a.equal_nan)),
  npEntry({ name: 'np.array_equal', doc: 'True if two arrays have the same shape and elements, False otherwise.', params: [{ name: 'a1' }, { name: 'a2' }, { name: 'equal_nan', default: false, type: 'flag' }] },
    a => (joinsObjects([a.a1 as PyValue, a.a2 as PyValue]) ? textEqual(a.a1 as PyValue, a.a2 as PyValue)
      : np.array_equal(toArrayLike(a.a1 as PyValue), toArrayLike(a.a2 as PyValue), a.equal_nan))),
  npEntry({ name: 'np.shape', doc: 'Return the shape of an array.', params: [A] }, a => new PyTuple(a.a.shape.slice())),
  npEntry({ name: 'np.ndim', doc: 'Return the number of dimensions of an array.', params: [A] }, a => a.a.rank),
  npEntry({ name: 'np.size', doc: 'Return the number of elements along a given axis.', params: [A, { name: 'axis', default: null, type: 'int' }] },
    a => (a.axis === null ? a.a.size : a.a.shape[a.axis])),
];

/** A Python list or tuple (np.take converts its floats one by one, an array of floats it refuses). */
function isSequence(v: PyValue): boolean { return v instanceof PyList || v instanceof PyTuple; }

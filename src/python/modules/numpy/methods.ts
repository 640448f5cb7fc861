// ndarray methods, bound from signature tables like every NumPy function. Most are the module
// function with the array as its first argument (a.sum(axis=0) is np.sum(a, axis=0)): their
// signatures are derived from the function's by dropping that parameter. The rest have their own
// entries below.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { toIndex } from '../../runtime/numbers';
import { typeError, valueError } from '../../exceptions';
import * as np from '../../../numpy/index';
import type { Signature } from '../../../engine';
import { CONVERTERS, method, MethodEntry, MethodTable, splitName, TableEntry } from '../../bind';
import { PyNDArray } from './ndarray_object';
import { dtypeArg, isObjectDtype } from './dtype_object';
import { objectArray } from './object_array';
import { strSpecOf } from './str_dtype';
import { numericToText } from './string_array';
import { coreScalar, fromCore, toArrayLike, toNDArray, wrapResult } from './convert';
import { checkOrder, noExtraKeywords, shapeFromVarargs, singleAxisArg } from './args';
import { withNumpyErrors } from './errors';
import { NUMPY_TABLE } from './bound';
import { PyBytes } from '../../runtime/bytes';
import { rawBytesOf } from '../../../numpy/io/npy_format';

/** ndarray.<name> from np.<name>: the same parameters after the array, the same body. */
function fromFunction(name: string): MethodEntry<PyNDArray> {
  const e = NUMPY_TABLE.find(x => splitName(x.signature.name).attr === name) as TableEntry;
  const [first, ...rest] = e.signature.params;
  const signature: Signature = { ...e.signature, name: `np.ndarray.${name}`, params: rest };
  const self = (a: PyNDArray) => (first.type ? CONVERTERS[first.type](a, { fn: name, param: first.name }) : a);
  return method<PyNDArray, Signature>(signature, (a, args) => e.body({ ...args, [first.name]: self(a) } as never));
}

const C_ORDER = { name: 'order', default: 'C', type: 'str', unsupported: "only 'C' (row-major) order" } as const;
const NOT_SUBCLASS = 'no effect: there are no ndarray subclasses';

/** a.item(i) or a.item(i, j): the flat position of the element. */
function flatIndex(self: PyNDArray, args: readonly PyValue[]): number {
  const idx = args.length === 1 && (args[0] instanceof PyList || args[0] instanceof PyTuple) ? args[0].items : args;
  if (idx.length === 1) return toIndex(idx[0]);
  const shape = self.array.shape;
  return idx.reduce<number>((acc, v, i) => acc * shape[i] + toIndex(v), 0);
}

const OWN: MethodEntry<PyNDArray>[] = [
  method({
    name: 'np.ndarray.reshape', doc: 'Returns an array containing the same data with a new shape (a.reshape(2, 3) or a.reshape((2, 3))).',
    varargs: 'shape', params: [{ ...C_ORDER, kind: 'keyword' }],
  }, (self: PyNDArray, a) => wrapResult(np.reshape(self.array, shapeFromVarargs(a.shape as PyValue[])))),
  method({ name: 'np.ndarray.transpose', doc: 'Returns a view of the array with axes transposed.', varargs: 'axes', params: [] }, (self: PyNDArray, a) => {
    const axes = a.axes as PyValue[];
    return wrapResult(np.transpose(self.array, axes.length === 0 || (axes.length === 1 && axes[0] === null) ? null : shapeFromVarargs(axes)));
  }),
  method({
    name: 'np.ndarray.astype', doc: 'Copy of the array, cast to a specified type.',
    params: [
      { name: 'dtype', doc: 'a NumPy dtype, object, or a string dtype (str, bytes, \'<U5\', \'S3\')' }, { name: 'order', default: 'K' },
      { name: 'casting', default: 'unsafe', unsupported: "only 'unsafe' casting" },
      { name: 'subok', default: true, type: 'flag', doc: NOT_SUBCLASS },
      { name: 'copy', default: true, type: 'flag', doc: 'False returns the array itself when the dtype already matches' },
    ],
  }, (self: PyNDArray, a) => {
    checkOrder('astype', a.order as PyValue);
    if (isObjectDtype(a.dtype as PyValue)) return objectArray(self);
    const text = strSpecOf(a.dtype as PyValue);
    if (text) return numericToText(self.array, text);
    const dtype = dtypeArg(a.dtype as PyValue)!;
    if (!a.copy && dtype === self.array.dtype) return self;
    return wrapResult(np.astype(self.array, dtype));
  }),
  method({ name: 'np.ndarray.tobytes', doc: 'The raw bytes of the array data (little-endian, C order).', params: [C_ORDER] },
    (self: PyNDArray) => new PyBytes(rawBytesOf(self.array))),
  method({ name: 'np.ndarray.tostring', doc: 'The deprecated name of tobytes(): the raw bytes of the array data.', params: [C_ORDER] },
    (self: PyNDArray) => new PyBytes(rawBytesOf(self.array))),
  method({ name: 'np.ndarray.tolist', doc: 'Return the array as a nested list of Python scalars.', params: [] }, (self: PyNDArray) => fromCore(np.tolist(self.array))),
  method({ name: 'np.ndarray.item', doc: 'Copy an element of an array to a standard Python scalar.', varargs: 'args', params: [] },
    (self: PyNDArray, a) => fromCore(np.item(self.array, a.args.length ? flatIndex(self, a.args as PyValue[]) : undefined))),
  method({ name: 'np.ndarray.flatten', doc: 'Return a copy of the array collapsed into one dimension.', params: [C_ORDER] }, (self: PyNDArray) => wrapResult(np.flatten(self.array))),
  method({ name: 'np.ndarray.ravel', doc: 'Return a flattened array.', params: [C_ORDER] }, (self: PyNDArray) => wrapResult(np.ravel(self.array))),
  method({ name: 'np.ndarray.copy', doc: 'Return a copy of the array.', params: [C_ORDER] },
    (self: PyNDArray) => (self.isScalar ? self : new PyNDArray(self.array.clone()))),
  method({ name: 'np.ndarray.fill', doc: 'Fill the array with a scalar value.', params: [{ name: 'value', kind: 'positional' }] }, (self: PyNDArray, a) => {
    const v = coreScalar(a.value as PyValue);
    if (v === undefined) throw typeError('fill() needs a number');
    np.fill(self.array, v);
    return null;
  }),
  method({
    name: 'np.ndarray.round', doc: 'Return a with each element rounded to the given number of decimals.',
    params: [{ name: 'decimals', default: 0, type: 'int' }, { name: 'out', default: null, unsupported: true }],
  }, (self: PyNDArray, a) => withNumpyErrors(() => wrapResult(np.around(self.array, a.decimals)))),
  method({
    name: 'np.ndarray.take', doc: 'Return an array formed from the elements of a at the given indices.',
    params: [
      { name: 'indices' }, { name: 'axis', default: null }, { name: 'out', default: null, unsupported: true },
      { name: 'mode', default: 'raise', type: 'str', doc: "'raise', 'wrap' or 'clip'" },
    ],
  }, (self: PyNDArray, a) => {
    if (a.mode !== 'raise' && a.mode !== 'wrap' && a.mode !== 'clip') throw valueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${a.mode}')`);
    const ind = toArrayLike(a.indices as PyValue), axis = singleAxisArg(a.axis as PyValue, null);
    return withNumpyErrors(() => wrapResult(np.take(self.array, ind, axis, a.mode as 'raise' | 'wrap' | 'clip', isSequence(a.indices as PyValue))));
  }),
  method({
    name: 'np.ndarray.clip', doc: 'Return an array whose values are limited to [min, max].',
    params: [{ name: 'min', default: null }, { name: 'max', default: null }, { name: 'out', default: null, unsupported: true }], varkw: 'kwargs',
  }, (self: PyNDArray, a) => {
    noExtraKeywords('clip', a.kwargs);
    const bound = (v: PyValue) => (v === null ? null : toArrayLike(v));
    return withNumpyErrors(() => wrapResult(np.clip(self.array, bound(a.min as PyValue), bound(a.max as PyValue))));
  }),
  method({ name: 'np.ndarray.dot', doc: 'Dot product of two arrays.', params: [{ name: 'b' }, { name: 'out', default: null, unsupported: true }] },
    (self: PyNDArray, a) => withNumpyErrors(() => wrapResult(np.dot(self.array, toNDArray(a.b as PyValue))))),
  method({
    name: 'np.ndarray.sort', doc: 'Sort an array in place.',
    params: [
      { name: 'axis', default: -1 }, { name: 'kind', default: null, doc: 'every kind sorts stably here' },
      { name: 'order', default: null, unsupported: 'structured arrays' },
    ],
  }, (self: PyNDArray, a) => withNumpyErrors(() => {
    // In place, as ndarray.sort is.
    const sorted = np.sort(self.array, singleAxisArg(a.axis as PyValue, -1));
    (self.array.data as Float64Array).set(sorted.data as Float64Array);
    return null;
  })),
  method({ name: 'np.ndarray.__array__', doc: 'The array itself (NumPy\'s array protocol).', params: [{ name: 'dtype', default: null, type: 'npdtype' }] },
    (self: PyNDArray, a) => (a.dtype === null || a.dtype === self.array.dtype ? self : wrapResult(np.astype(self.array, a.dtype)))),
];

const VIA_FUNCTION = ['sum', 'prod', 'mean', 'std', 'var', 'max', 'min', 'argmax', 'argmin', 'any', 'all', 'cumsum', 'cumprod', 'trace',
  'nonzero', 'argsort', 'squeeze', 'swapaxes', 'ptp'];

export const NDARRAY_METHODS: readonly MethodEntry<PyNDArray>[] = [...OWN, ...VIA_FUNCTION.map(fromFunction)];
const TABLE = new MethodTable<PyNDArray>(NDARRAY_METHODS);

/** `a.<name>` as a bound method object, or undefined when ndarray has no such method. */
export function ndarrayMethod(self: PyNDArray, name: string): PyValue | undefined {
  return TABLE.get(self, name);
}

/** A Python list or tuple (np.take converts its floats one by one, an array of floats it refuses). */
function isSequence(v: PyValue): boolean { return v instanceof PyList || v instanceof PyTuple; }

// The typed converters the binder applies per parameter (ParamSpec.type). Each turns a Python
// value into what the engine API or a table body expects (engine/api/api_function.ts lists the
// JS type of each), or raises the Python error CPython, TF or NumPy would raise.
// Python ints may arrive as JS bigints (arbitrary precision): converters take them when they fit
// a double exactly and raise OverflowError otherwise.
import type { PyValue } from '../objects/core';
import { PyInstance } from '../objects/core';
import { PyList, PyTuple } from '../objects/containers';
import { PyBoundMethod, PyBuiltin, PyFunction, PyMethodDescr } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { isHost } from '../host';
import { overflowError, typeError } from '../exceptions';
import { toIndex, toNumber } from '../runtime/numbers';
import { truthy } from '../runtime/truth';
import { typeName } from '../runtime/type-name';
import { repr } from '../runtime/repr';
import { Operation, SparseTensor, convertToTensor, getDefaultGraph } from '../../engine';
import { PyNamedTuple } from '../objects/named_tuple';
import type { DType, NDArray, ParamType, PlainValue, TensorLike } from '../../engine';
import { autoPack, holdsTensor, isEngineBacked, pyToNDArray } from '../modules/tensorflow/convert';
import { toDType } from '../modules/tensorflow/dtype_object';
import { toStatic } from '../modules/tensorflow/shape_object';
import { PyNDArray } from '../modules/numpy/ndarray_object';
import { toNDArray as npArray } from '../modules/numpy/convert';
import { dtypeArg as npDType } from '../modules/numpy/dtype_object';
import { shapeArg as npShape } from '../modules/numpy/args';
import { unwrapScalar } from '../objects/scalar-sub';

/** Where a value is converted: for error texts. */
export interface ConvertContext { fn: string; param: string }
export type Converter = (v: PyValue, at: ConvertContext) => unknown;

/** A Python int (number, bool or bigint) as a JS number. */
export function intValue(v: PyValue): number {
  const x = v as unknown;
  if (typeof x === 'bigint') {
    if (x > BigInt(Number.MAX_SAFE_INTEGER) || x < -BigInt(Number.MAX_SAFE_INTEGER)) throw overflowError('Python int too large to convert to C long');
    return Number(x);
  }
  return toIndex(v);
}

/** A Python number or nested list the engine converts when it knows the dtype the op wants. */
class PyPlainValue implements PlainValue {
  constructor(readonly value: PyValue) {}
  toNDArray(dtype: DType | null): NDArray { return pyToNDArray(this.value, dtype); }
}

export function toTensorLike(v: PyValue): TensorLike {
  if (isEngineBacked(v)) {
    const e = v.engineValue();
    if (e instanceof Operation) throw typeError('Can not convert a Operation into a Tensor.');
    return e;
  }
  if (v instanceof PyNDArray) return v.array;
  if (holdsTensor(v)) return autoPack(v);
  return new PyPlainValue(v);
}

function items(v: PyValue, at: ConvertContext, what: string): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  throw typeError(`${at.fn}() argument '${at.param}' must be ${what}, not ${typeName(v)}`);
}

/**
 * A tf.SparseTensor argument: the Python SparseTensor's engine object, or a SparseTensorValue made
 * constant (indices and dense_shape int64), as TF's convert_to_tensor_or_sparse_tensor does.
 */
/** A tf.SparseTensor or a SparseTensorValue. */
export function isSparse(v: PyValue): boolean {
  return (v as { sparse?: unknown } | null)?.sparse instanceof SparseTensor || (v instanceof PyNamedTuple && v.cls.name === 'SparseTensorValue');
}

export function toSparse(v: PyValue, at: ConvertContext): SparseTensor {
  const held = (v as { sparse?: unknown } | null)?.sparse;
  if (held instanceof SparseTensor) return held;
  if (v instanceof PyNamedTuple && v.cls.name === 'SparseTensorValue') {
    const [indices, values, shape] = v.items;
    return getDefaultGraph().withNameScope(null, 'SparseTensor', () => new SparseTensor(convertToTensor(toTensorLike(indices), 'int64', 'indices'),
      convertToTensor(toTensorLike(values), undefined, 'values'), convertToTensor(toTensorLike(shape), 'int64', 'dense_shape')));
  }
  throw typeError(`${at.fn}() argument '${at.param}': Input must be a SparseTensor, not ${typeName(v)}.`);
}

export function isCallable(v: PyValue): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyClass
    || v instanceof PyMethodDescr || (v instanceof PyInstance && v.cls.lookup('__call__') !== undefined) || (isHost(v) && !!v.call);
}

/** Python errors only: a JS TypeError from a helper becomes Python's. */
function pythonErrors<T>(f: () => T): T {
  try { return f(); } catch (e) {
    if (e instanceof TypeError) throw typeError(e.message);
    throw e;
  }
}

const string = (v: PyValue, at: ConvertContext): string => {
  v = unwrapScalar(v);
  if (typeof v !== 'string') throw typeError(`${at.fn}() argument '${at.param}' must be str, not ${typeName(v)}`);
  return v;
};

export const CONVERTERS: Readonly<Record<ParamType, Converter>> = {
  any: v => v,
  tensor: v => toTensorLike(v),
  optional_tensor: v => (v === null ? null : toTensorLike(v)),
  tensors: (v, at) => items(v, at, 'a list of tensors').map(toTensorLike),
  optional_tensors: (v, at) => items(v, at, 'a list of tensors').map(x => (x === null ? null : toTensorLike(x))),
  array: v => npArray(v),
  int: v => intValue(v),
  ints: (v, at) => (typeof v === 'number' || typeof v === 'bigint' ? [intValue(v)] : items(v, at, 'an int or a list of ints').map(intValue)),
  float: v => toNumber(v),
  bool: (v, at) => {
    if (typeof v !== 'boolean') throw typeError(`Expected bool for argument '${at.param}' not ${repr(v)}.`);
    return v;
  },
  flag: v => truthy(v),
  str: string,
  // TF's functions take name=None for any default name (`tf.constant(..., name=None)` is 'Const').
  name: (v, at) => (v === null ? null : string(v, at)),
  dtype: v => pythonErrors(() => toDType(v)),
  npdtype: v => npDType(v),
  axis: v => (v instanceof PyList || v instanceof PyTuple ? v.items.map(intValue) : isEngineBacked(v) ? toTensorLike(v) : intValue(v)),
  shape: v => toStatic(v),
  npshape: v => npShape(v),
  dims: (v, at) => {
    if (isEngineBacked(v)) return toTensorLike(v);
    if (v instanceof PyNDArray) return Array.from(v.array.numeric, Number);
    if (typeof v === 'number' || typeof v === 'bigint') return [intValue(v)];
    const shape = pythonErrors(() => toStatic(v));
    if (shape === null || shape.some(d => d === null)) throw typeError(`${at.fn}() argument '${at.param}' must be a fully defined shape`);
    return shape as number[];
  },
  sparse: toSparse,
  optional_sparse: (v, at) => (v === null ? null : toSparse(v, at)),
  sparse_or_tensor: (v, at) => (isSparse(v) ? toSparse(v, at) : toTensorLike(v)),
  sparses_or_tensors: (v, at) => items(v, at, 'a list of tensors or SparseTensors').map(x => (isSparse(x) ? toSparse(x, at) : toTensorLike(x))),
  sparses: (v, at) => items(v, at, 'a list of SparseTensors').map(x => toSparse(x, at)),
  shards: v => (v instanceof PyList || v instanceof PyTuple ? v.items.map(toTensorLike) : [toTensorLike(v)]),
  callable: (v, at) => {
    if (!isCallable(v)) throw typeError(`${at.fn}() argument '${at.param}' must be callable, not ${typeName(v)}`);
    return v;
  },
};

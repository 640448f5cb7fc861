// Python values → engine values. Python ints become int32 and floats float32 (TF1's defaults),
// unless a dtype is wanted (the other operand's dtype for `t + 2`); numpy arrays keep theirs.
import type { PyValue } from '../../objects/core';
import { PyFloat, PyInstance } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { callMethodIfDefined } from '../../runtime/attributes';
import { NDArray, castScalar, isFloat, isInteger, roundToHalf, Tensor, Operation, Variable, convertToTensor, stack, type DType } from '../../../engine';
import { overflowError, typeError, valueError } from '../../exceptions';
import { PyDimension } from './dimension_object';
import type { PyInt } from '../../runtime/ints';
import { PyNDArray } from '../numpy/ndarray_object';
import { PyObjectArray } from '../numpy/object_array';
import { HostObject } from '../../host';
import { safeRepr } from '../../runtime/repr';
import { holdsStrings, stringsToNDArray } from './strings/byte_strings';

/** Host objects that stand for an engine graph element. */
export interface EngineBacked { engineValue(): Tensor | Variable | Operation }
export function isEngineBacked(v: unknown): v is EngineBacked {
  return v instanceof HostObject && typeof (v as unknown as EngineBacked).engineValue === 'function';
}

export type EngineInput = Tensor | Variable | NDArray;

/** A Python value as something `convertToTensor` accepts (Tensor, Variable or NDArray). */
export function toEngine(v: PyValue, dtype?: DType | null): EngineInput {
  if (isEngineBacked(v)) {
    const e = v.engineValue();
    if (e instanceof Operation) throw typeError(`Can not convert a Operation into a Tensor.`);
    return e;
  }
  if (v instanceof PyNDArray) return dtype && v.array.dtype !== dtype ? v.array.astype(dtype) : v.array;
  if (holdsTensor(v)) return autoPack(v);
  return pyToNDArray(v, dtype);
}

/** Whether a (nested) list or tuple holds a Tensor or Variable somewhere. */
export function holdsTensor(v: PyValue): boolean {
  return (v instanceof PyList || v instanceof PyTuple) && v.items.some(x => isEngineBacked(x) || holdsTensor(x));
}

/**
 * TF's autopacking: `tf.reshape(x, [tf.shape(x)[0], -1])` turns the list into a Pack op named
 * `packed`, the plain numbers taking the tensors' dtype.
 */
export function autoPack(v: PyValue): Tensor {
  const items = (v as PyList).items.map(x => (holdsTensor(x) ? autoPack(x) : isEngineBacked(x) ? toEngine(x) : x instanceof PyList || x instanceof PyTuple ? pyToNDArray(x) : x instanceof PyNDArray ? x.array : typeof x === 'number' ? x : pyToNDArray(x)));
  const like = items.find((x): x is Tensor | Variable => x instanceof Tensor || x instanceof Variable)?.dtype ?? null;
  const tensors = items.map(x => convertToTensor(x as never, like));
  return stack(tensors, 0, 'packed');
}

/** Nested Python lists/scalars → NDArray with TF's dtype inference. */
export function pyToNDArray(v: PyValue, dtype?: DType | null): NDArray {
  // NumPy object and string arrays convert as the nested lists of their elements.
  if (v instanceof PyObjectArray) return pyToNDArray(v.tolist(), dtype);
  // TF converts other objects through np.asarray: a class with __array__ (a pandas DataFrame or
  // Series) converts as the array it returns, keeping its dtype unless another is asked for.
  if (v instanceof PyInstance) {
    const array = callMethodIfDefined(v, '__array__');
    if (array instanceof PyNDArray) return dtype && array.array.dtype !== dtype ? array.array.astype(dtype) : array.array;
    if (array !== undefined) return pyToNDArray(array, dtype);
  }
  if (dtype === 'string' || ((dtype === null || dtype === undefined) && holdsStrings(v))) return stringsToNDArray(v);
  const flat: number[] = [];
  const pyInts: PyInt[] = [];
  const shape: number[] = [];
  let kind: 'int' | 'float' | 'bool' | null = null;
  const visit = (x: PyValue, depth: number) => {
    if (x instanceof PyList || x instanceof PyTuple) {
      if (shape.length === depth) shape.push(x.items.length);
      else if (shape[depth] !== x.items.length) throw typeError('Argument must be a dense tensor: ragged lists are not supported.');
      for (const item of x.items) visit(item, depth + 1);
      return;
    }
    if (x instanceof PyNDArray) {
      // An array inside a list contributes all its dimensions ([np.eye(n)[idx], ...] is rank 3).
      const dims = x.array.shape;
      if (shape.length === depth) shape.push(...dims);
      else if (dims.some((d, i) => shape[depth + i] !== d) || shape.length !== depth + dims.length) {
        throw typeError('Argument must be a dense tensor: ragged lists are not supported.');
      }
      const data = x.array.data as ArrayLike<number>;
      for (let i = 0; i < data.length; i++) flat.push(Number(data[i]));
      kind = x.array.dtype === 'float32' || x.array.dtype === 'float64' ? 'float' : kind ?? 'int';
      return;
    }
    if (x instanceof PyFloat) { flat.push(x.v); kind = 'float'; return; }
    if (typeof x === 'boolean') { flat.push(x ? 1 : 0); kind = kind ?? 'bool'; return; }
    if (typeof x === 'number' || typeof x === 'bigint') {
      flat.push(Number(x));
      pyInts.push(x);
      if (kind !== 'float') kind = 'int';
      return;
    }
    // TF registers a conversion for Dimension: a known one is an int, an unknown one an error.
    if (x instanceof PyDimension) {
      if (x.value === null) throw valueError('Cannot convert an unknown Dimension to a Tensor: ?');
      visit(x.value, depth);
      return;
    }
    if (x instanceof HostObject && (x as any).number) { flat.push((x as any).number()); kind = 'float'; return; }
    throw typeError(`Failed to convert object of type <class '${typeNameOf(x)}'> to Tensor. Contents: ${safeRepr(x)}. Consider casting elements to a supported type.`);
  };
  visit(v, 0);
  const inferred: DType = kind === 'float' ? 'float32' : kind === 'bool' ? 'bool' : intDType(pyInts);
  const target = dtype ?? inferred;
  checkPyInts(pyInts, target);
  if (isInteger(target) && kind === 'float') {
    const bad = flat.find(x => !Number.isInteger(x));
    if (bad !== undefined || kind === 'float') throw typeError(`Expected ${target}, got ${reprNumber(flat.find(x => true) ?? 0)} of type 'float' instead.`);
  }
  const out = NDArray.zeros(target, shape);
  const data = out.data as Float32Array;
  for (let i = 0; i < flat.length; i++) data[i] = flat[i];
  if (target === 'int32') for (let i = 0; i < flat.length; i++) data[i] = Math.trunc(flat[i]);
  else if (target !== 'float32' && target !== 'float64') for (let i = 0; i < flat.length; i++) data[i] = castScalar(flat[i], target);
  return out;
}

/** TF keeps int32 for Python ints unless one needs int64 (make_tensor_proto's downcast rule). */
function intDType(ints: PyInt[]): DType {
  return ints.every(v => v >= -(2 ** 31) && v < 2 ** 31) ? 'int32' : 'int64';
}

/**
 * make_tensor_proto converts Python values with np.array(values, dtype); with NumPy 2 an int
 * the dtype cannot hold raises NumPy's OverflowError (TF1-era NumPy wrapped silently; we do
 * not). Past int64 NumPy picks uint64/object arrays, which we do not have: that is NumPy's
 * int64 OverflowError too.
 */
function checkPyInts(ints: PyInt[], target: DType): void {
  const bounds = INT_BOUNDS[target];
  for (const v of ints) {
    if (isFloat(target)) {
      if (typeof v === 'bigint' && !isFinite(Number(v))) throw overflowError('int too large to convert to float');
    } else if (bounds || target === 'int64') {
      if (v < -(2n ** 63n) || v >= 2n ** 63n) throw overflowError('Python int too large to convert to C long');
      if (bounds && (v < bounds[0] || v > bounds[1])) throw overflowError(`Python integer ${v} out of bounds for ${target}`);
    }
  }
}

const INT_BOUNDS: Partial<Record<DType, [number, number]>> = {
  uint8: [0, 255], int8: [-128, 127], uint16: [0, 65535], int16: [-32768, 32767], int32: [-(2 ** 31), 2 ** 31 - 1],
};

/** The value numpy's `dtype(v).item()` gives back for a Python int, to see whether it changed. */
function roundTrip(v: PyInt, dtype: DType): PyInt | boolean | number {
  const big = typeof v === 'bigint' ? v : BigInt(v);
  switch (dtype) {
    case 'int32': return Number(BigInt.asIntN(32, big));
    case 'int64': return BigInt.asIntN(64, big);
    case 'uint8': return Number(BigInt.asUintN(8, big));
    case 'int8': return Number(BigInt.asIntN(8, big));
    case 'uint16': return Number(BigInt.asUintN(16, big));
    case 'int16': return Number(BigInt.asIntN(16, big));
    case 'float16': return roundToHalf(Number(big));
    case 'bool': return big !== 0n;
    case 'float32': return Math.fround(Number(big));
    default: return Number(big);
  }
}

/**
 * TF1's session.run check on a scalar Python int fed to a tensor: if casting it to the
 * tensor's dtype changes it, TypeError (session.py), instead of NumPy's conversion error.
 */
export function checkIntFeed(v: PyValue, dtype: DType | undefined): void {
  if (dtype === undefined || (typeof v !== 'number' && typeof v !== 'bigint')) return;
  const back = roundTrip(v, dtype);
  // eslint-disable-next-line eqeqeq
  if (typeof back === 'boolean' ? (back ? 1 : 0) == v : back == v) return;
  throw typeError(`Type of feed value ${v} with type <class 'int'> is not compatible with Tensor type <dtype: '${dtype}'>. Try explicitly setting the type of the feed tensor to a larger type (e.g. int64).`);
}

function reprNumber(x: number): string { return Number.isInteger(x) ? `${x}.0` : String(x); }
function typeNameOf(x: PyValue): string {
  if (x === null) return 'NoneType';
  if (typeof x === 'string') return 'str';
  return (x as { type?: { name?: string } }).type?.name ?? typeof x;
}

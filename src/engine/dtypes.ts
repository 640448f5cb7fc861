// The dtypes Gradbook supports and their storage. int64 lives in a Float64Array: exact up to
// 2^53, which covers every index and count a notebook produces, and keeps kernels branch-free.
import { BYTES_PER_ELEMENT, OutOfMemoryError, reserveArray } from './memory';

export type DType = 'float32' | 'float64' | 'int32' | 'int64' | 'uint8' | 'bool' | 'string';

export type NumericArray = Float32Array | Float64Array | Int32Array | Uint8Array;
export type TensorData = NumericArray | string[];

export const FLOAT_DTYPES: ReadonlySet<DType> = new Set<DType>(['float32', 'float64']);
export const INT_DTYPES: ReadonlySet<DType> = new Set<DType>(['int32', 'int64', 'uint8']);

export function isFloat(d: DType): boolean { return d === 'float32' || d === 'float64'; }
export function isInteger(d: DType): boolean { return d === 'int32' || d === 'int64' || d === 'uint8'; }

/**
 * Every NDArray buffer is made here, after the memory budget agreed (OutOfMemoryError if not).
 * `shape` only names the array in that error.
 */
export function allocData(dtype: DType, size: number, shape: readonly number[] = [size]): TensorData {
  reserveArray(dtype, shape);
  try {
    return newBuffer(dtype, size);
  } catch (e) {
    // V8 refused although the budget agreed (a budget above what the machine or V8 can hold).
    if (e instanceof RangeError) throw new OutOfMemoryError(dtype, shape, size * BYTES_PER_ELEMENT[dtype]);
    throw e;
  }
}

function newBuffer(dtype: DType, size: number): TensorData {
  switch (dtype) {
    case 'float32': return new Float32Array(size);
    case 'float64': case 'int64': return new Float64Array(size);
    case 'int32': return new Int32Array(size);
    case 'uint8': case 'bool': return new Uint8Array(size);
    case 'string': return new Array<string>(size).fill('');
  }
}

/** C++ spelling used in runtime error messages ("with dtype float"). */
export function cppDTypeName(d: DType): string {
  return d === 'float32' ? 'float' : d === 'float64' ? 'double' : d;
}

/** Convert one JS number into what `dtype` would store (truncation toward zero for ints). */
export function castScalar(v: number, dtype: DType): number {
  switch (dtype) {
    case 'float32': return Math.fround(v);
    case 'float64': return v;
    case 'int32': return v | 0;
    case 'int64': return Math.trunc(v);
    case 'uint8': return v & 255;
    case 'bool': return v ? 1 : 0;
    case 'string': throw new TypeError('Cannot cast a number to string');
  }
}

export const ALL_DTYPES: DType[] = ['float32', 'float64', 'int32', 'int64', 'uint8', 'bool', 'string'];
export function isDType(s: unknown): s is DType { return typeof s === 'string' && (ALL_DTYPES as string[]).includes(s); }

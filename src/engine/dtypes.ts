// The dtypes Gradbook supports and their storage. int64 lives in a Float64Array: exact up to
// 2^53, which covers every index and count a notebook produces, and keeps kernels branch-free.
// float16 lives in a Float32Array whose values are kept at half precision: every store of a
// float16 value goes through roundToHalf (NDArray construction, Cast, and the session after each
// kernel), so results match TF's half arithmetic (computed in float, rounded to half per op).
import { BYTES_PER_ELEMENT, OutOfMemoryError, reserveArray } from './memory';

export type DType = 'float16' | 'float32' | 'float64' | 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'bool' | 'string';

export type NumericArray = Float32Array | Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array | Uint16Array;
export type TensorData = NumericArray | string[];

export const FLOAT_DTYPES: ReadonlySet<DType> = new Set<DType>(['float16', 'float32', 'float64']);
export const INT_DTYPES: ReadonlySet<DType> = new Set<DType>(['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16']);

export function isFloat(d: DType): boolean { return FLOAT_DTYPES.has(d); }
export function isInteger(d: DType): boolean { return INT_DTYPES.has(d); }

const HALF_MAX = 65504;
/** The nearest IEEE half-precision value (round half to even; beyond the range, ±Infinity). */
export function roundToHalf(v: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  const a = Math.abs(v);
  // 65520 is halfway between the largest half (65504) and the next step (65536): it rounds up.
  if (a >= HALF_MAX + 16) return v > 0 ? Infinity : -Infinity;
  const exp = Math.max(Math.floor(Math.log2(a)), -14);
  const quantum = 2 ** (exp - 10);
  const q = a / quantum, r = Math.round(q);
  const even = r - q === 0.5 && r % 2 !== 0 ? r - 1 : r;
  return Math.sign(v) * even * quantum;
}

/** Rounds a float16 array's storage to half precision in place. */
export function roundHalfArray(data: NumericArray): void {
  for (let i = 0; i < data.length; i++) data[i] = roundToHalf(data[i]);
}

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
    case 'float16': case 'float32': return new Float32Array(size);
    case 'float64': case 'int64': return new Float64Array(size);
    case 'int32': return new Int32Array(size);
    case 'int16': return new Int16Array(size);
    case 'int8': return new Int8Array(size);
    case 'uint16': return new Uint16Array(size);
    case 'uint8': case 'bool': return new Uint8Array(size);
    case 'string': return new Array<string>(size).fill('');
  }
}

/** C++ spelling used in runtime error messages ("with dtype float"). */
export function cppDTypeName(d: DType): string {
  return d === 'float32' ? 'float' : d === 'float64' ? 'double' : d === 'float16' ? 'half' : d;
}

/** Convert one JS number into what `dtype` would store (truncation toward zero for ints). */
export function castScalar(v: number, dtype: DType): number {
  switch (dtype) {
    case 'float16': return roundToHalf(v);
    case 'float32': return Math.fround(v);
    case 'float64': return v;
    case 'int32': return v | 0;
    case 'int16': return (v << 16) >> 16;
    case 'int8': return (v << 24) >> 24;
    case 'int64': return Math.trunc(v);
    case 'uint16': return v & 0xffff;
    case 'uint8': return v & 255;
    case 'bool': return v ? 1 : 0;
    case 'string': throw new TypeError('Cannot cast a number to string');
  }
}

export const ALL_DTYPES: DType[] = ['float16', 'float32', 'float64', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'bool', 'string'];
export function isDType(s: unknown): s is DType { return typeof s === 'string' && (ALL_DTYPES as string[]).includes(s); }

/** [min, max] a dtype can hold (TF's DType.min / DType.max). */
export function dtypeRange(d: DType): [number, number] {
  switch (d) {
    case 'float16': return [-HALF_MAX, HALF_MAX];
    case 'float32': return [-3.4028234663852886e38, 3.4028234663852886e38];
    case 'float64': return [-Number.MAX_VALUE, Number.MAX_VALUE];
    case 'int8': return [-128, 127];
    case 'int16': return [-32768, 32767];
    case 'int32': return [-2147483648, 2147483647];
    case 'int64': return [-9223372036854775808, 9223372036854775807];
    case 'uint8': return [0, 255];
    case 'uint16': return [0, 65535];
    case 'bool': return [0, 1];
    case 'string': throw new TypeError('Cannot find minimum value of string.');
  }
}

/**
 * Casts src's values into dst (same size): float → int truncates toward zero and integers wrap
 * around (two's complement) as TF's CPU kernels do; number → bool is x != 0.
 */
export function castInto(src: { data: TensorData }, dst: { dtype: DType; data: TensorData }): void {
  const s = src.data as NumericArray, d = dst.data as NumericArray, n = s.length, to = dst.dtype;
  if (to === 'bool') { for (let i = 0; i < n; i++) d[i] = s[i] !== 0 ? 1 : 0; return; }
  // int64 lives in a Float64Array: truncation is not implied by the store.
  if (to === 'int64') { for (let i = 0; i < n; i++) d[i] = Math.trunc(s[i]); return; }
  // Typed-array stores already round to float32, truncate and wrap the integer types.
  d.set(s);
  if (to === 'float16') roundHalfArray(d);
}

/** The IEEE half bit pattern of a value (rounded to half first): how TF stores DT_HALF. */
export function halfBits(v: number): number {
  if (Number.isNaN(v)) return 0x7e00;
  const sign = v < 0 || Object.is(v, -0) ? 0x8000 : 0;
  const r = roundToHalf(Math.abs(v));
  if (r === Infinity) return sign | 0x7c00;
  if (r < 2 ** -14) return sign | Math.round(r / 2 ** -24);
  const e = Math.floor(Math.log2(r));
  return sign | ((e + 15) << 10) | Math.round((r / 2 ** e - 1) * 1024);
}

export function halfFromBits(b: number): number {
  const sign = b & 0x8000 ? -1 : 1, e = (b >> 10) & 0x1f, m = b & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

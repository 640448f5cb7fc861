// The dtypes Gradbook supports and their storage. int64 lives in a Float64Array: exact up to
// 2^53, which covers every index and count a notebook produces, and keeps kernels branch-free.
export type DType = 'float32' | 'float64' | 'int32' | 'int64' | 'uint8' | 'bool' | 'string';

export type NumericArray = Float32Array | Float64Array | Int32Array | Uint8Array;
export type TensorData = NumericArray | string[];

export const FLOAT_DTYPES: ReadonlySet<DType> = new Set<DType>(['float32', 'float64']);
export const INT_DTYPES: ReadonlySet<DType> = new Set<DType>(['int32', 'int64', 'uint8']);

export function isFloat(d: DType): boolean { return d === 'float32' || d === 'float64'; }
export function isInteger(d: DType): boolean { return d === 'int32' || d === 'int64' || d === 'uint8'; }

export function allocData(dtype: DType, size: number): TensorData {
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

/** [min, max] a dtype can hold (TF's DType.min / DType.max). */
export function dtypeRange(d: DType): [number, number] {
  switch (d) {
    case 'float32': return [-3.4028234663852886e38, 3.4028234663852886e38];
    case 'float64': return [-Number.MAX_VALUE, Number.MAX_VALUE];
    case 'int32': return [-2147483648, 2147483647];
    case 'int64': return [-9223372036854775808, 9223372036854775807];
    case 'uint8': return [0, 255];
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
}

// How Python values meet NumPy arrays in this module.
//
// Python scalars cross the boundary as JS primitives with distinct types, because NumPy treats
// them differently ("weak" scalars, dtype inference): a Python int is a `bigint`, a Python float
// is a `number`, a Python bool is a `boolean`. Nested JS arrays stand for Python lists/tuples.
// A NumPy scalar (np.float32(0.5), the result of a full reduction or of `a[0]` on a vector) is
// a `NumpyScalar`: a 0-d NDArray that prints like NumPy 1.x scalars (`0.5`, not array(0.5)).
import { NDArray } from '../../engine/ndarray';
import { DType, allocData, castScalar, NumericArray } from '../../engine/dtypes';
import { PyLikeError } from '../../engine/errors';

export type PyScalar = number | bigint | boolean;
export type ArrayLike = NDArray | PyScalar | readonly ArrayLike[];

export class NumpyScalar extends NDArray {
  static of(dtype: DType, value: number): NumpyScalar {
    const data = allocData(dtype, 1) as NumericArray;
    data[0] = castScalar(value, dtype);
    return new NumpyScalar(dtype, [], data);
  }
  get value(): number { return (this.data as NumericArray)[0]; }
}

export function isPyScalar(x: unknown): x is PyScalar {
  return typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean';
}

/** The numeric value NumPy stores for a Python scalar. */
export function pyScalarValue(x: PyScalar): number {
  return typeof x === 'boolean' ? (x ? 1 : 0) : Number(x);
}

/** dtype np.array() gives a Python scalar when it is not a weak operand. */
export function pyScalarDType(x: PyScalar): DType {
  return typeof x === 'boolean' ? 'bool' : typeof x === 'bigint' ? 'int64' : 'float64';
}

/** Wrap a 0-d result as a NumPy scalar, as ufuncs and full reductions do. */
export function scalarIfZeroDim(a: NDArray): NDArray {
  if (a.shape.length !== 0 || a instanceof NumpyScalar) return a;
  return new NumpyScalar(a.dtype, [], a.data);
}

/** Convert an element to the Python value `tolist()` / `item()` return. */
export function toPyValue(v: number, dtype: DType): PyScalar {
  if (dtype === 'bool') return v !== 0;
  if (dtype === 'float32' || dtype === 'float64') return v;
  return BigInt(v);
}

export const pyError = (type: 'ValueError' | 'TypeError' | 'IndexError', message: string) => new PyLikeError(type, message);

// How Python values meet NumPy arrays in this module.
//
// Python scalars cross the boundary as JS primitives with distinct types, because NumPy treats
// them differently ("weak" scalars, dtype inference): a Python int is a `bigint`, a Python float
// is a `number`, a Python bool is a `boolean`. Nested JS arrays stand for Python lists/tuples.
// A NumPy scalar (np.float32(0.5), the result of a full reduction or of `a[0]` on a vector) is
// a `NumpyScalar`: a 0-d NDArray that prints like NumPy 1.x scalars (`0.5`, not array(0.5)).
import { NDArray } from '../engine/ndarray';
import { DType, allocData, castScalar, NumericArray } from '../engine/dtypes';
import { PyLikeError } from '../engine/errors';

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
  if (dtype === 'float16' || dtype === 'float32' || dtype === 'float64') return v;
  return BigInt(v);
}

export const pyError = (type: 'ValueError' | 'TypeError' | 'IndexError', message: string) => new PyLikeError(type, message);

/** OverflowError is not among the engine's error types; the interpreter maps it by `pyType`. */
class OverflowErrorLike extends Error {
  readonly pyType = 'OverflowError';
}

const INT64_MIN = -(2n ** 63n), INT64_MAX = 2n ** 63n - 1n;
const INT_BOUNDS: Partial<Record<DType, [bigint, bigint]>> = {
  uint8: [0n, 255n], int32: [-(2n ** 31n), 2n ** 31n - 1n], int64: [INT64_MIN, INT64_MAX],
};

/**
 * A Python scalar stored into `dtype`, as NumPy 2 converts it: a Python int that the dtype
 * cannot hold is an OverflowError (never a silent wrap; arrays themselves keep wrapping), and
 * an int too large for a double cannot become a float.
 */
export function pyScalarAs(x: PyScalar, dtype: DType): number {
  if (typeof x === 'bigint' && dtype !== 'bool') {
    if (dtype === 'float32' || dtype === 'float64') {
      const f = Number(x);
      if (!isFinite(f)) throw new OverflowErrorLike('int too large to convert to float');
      return castScalar(f, dtype);
    }
    if (x < INT64_MIN || x > INT64_MAX) throw new OverflowErrorLike('Python int too large to convert to C long');
    const bounds = INT_BOUNDS[dtype];
    if (bounds && (x < bounds[0] || x > bounds[1])) throw new OverflowErrorLike(`Python integer ${x} out of bounds for ${dtype}`);
  }
  return castScalar(pyScalarValue(x), dtype);
}

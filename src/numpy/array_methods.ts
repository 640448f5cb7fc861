// ndarray methods that are not ufuncs or reductions: astype, tolist, item, copy, fill.
import { NDArray, stridesOf } from '../engine/ndarray';
import { DType, NumericArray, castScalar } from '../engine/dtypes';
import { NumpyScalar, PyScalar, pyError, toPyValue } from './values';

/** a.astype(dtype): always a copy; float → int truncates toward zero; NaN → bool is True. */
export function astype(a: NDArray, dtype: DType): NDArray {
  if (dtype === 'bool') {
    const out = NDArray.zeros('bool', a.shape);
    const s = a.data as NumericArray, d = out.data as NumericArray;
    for (let i = 0; i < s.length; i++) d[i] = s[i] !== 0 ? 1 : 0; // NaN !== 0
    return a instanceof NumpyScalar ? new NumpyScalar('bool', [], d) : out;
  }
  const out = dtype === a.dtype ? a.clone() : a.astype(dtype);
  return a instanceof NumpyScalar ? new NumpyScalar(dtype, [], out.data) : out;
}

/** Nested lists of Python values (bigint for ints, number for floats, boolean). */
export function tolist(a: NDArray): PyScalar | unknown[] {
  const d = a.data as NumericArray;
  if (a.shape.length === 0) return toPyValue(d[0], a.dtype);
  const strides = stridesOf(a.shape);
  const build = (axis: number, offset: number): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0; i < a.shape[axis]; i++) {
      const at = offset + i * strides[axis];
      out.push(axis === a.shape.length - 1 ? toPyValue(d[at], a.dtype) : build(axis + 1, at));
    }
    return out;
  };
  return build(0, 0);
}

/** a.item() / a.item(i): one element as a Python value; needs size 1 without an index. */
export function item(a: NDArray, index?: number): PyScalar {
  if (index === undefined) {
    if (a.size !== 1) throw pyError('ValueError', 'can only convert an array of size 1 to a Python scalar');
    index = 0;
  }
  if (index < 0) index += a.size;
  if (index < 0 || index >= a.size) throw pyError('IndexError', `index ${index} is out of bounds for size ${a.size}`);
  return toPyValue((a.data as NumericArray)[index], a.dtype);
}

export function fill(a: NDArray, value: PyScalar): void {
  (a.data as NumericArray).fill(castScalar(typeof value === 'boolean' ? +value : Number(value), a.dtype));
}

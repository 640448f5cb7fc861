// Array creation: zeros, ones, full, empty (zero-filled), *_like, arange, linspace, eye.
import { NDArray } from '../engine/ndarray';
import { DType, NumericArray, castScalar } from '../engine/dtypes';
import { asarray } from './convert';
import { ArrayLike, PyScalar, pyError, pyScalarAs, pyScalarDType, pyScalarValue } from './values';

export type ShapeArg = number | readonly number[];
const shapeOf = (s: ShapeArg): number[] => {
  const shape = typeof s === 'number' ? [s] : s.slice();
  if (shape.some(d => d < 0)) throw pyError('ValueError', 'negative dimensions are not allowed');
  return shape;
};

export const zeros = (shape: ShapeArg, dtype: DType = 'float64') => NDArray.zeros(dtype, shapeOf(shape));
export const empty = zeros;
export const ones = (shape: ShapeArg, dtype: DType = 'float64') => full(shape, 1, dtype);

export function full(shape: ShapeArg, fillValue: PyScalar | NDArray, dtype?: DType | null): NDArray {
  const fill = fillValue instanceof NDArray ? fillValue : null;
  const d = dtype ?? (fill ? fill.dtype : pyScalarDType(fillValue as PyScalar));
  const out = NDArray.zeros(d, shapeOf(shape));
  const v = fill ? castScalar((fill.data as NumericArray)[0], d) : pyScalarAs(fillValue as PyScalar, d);
  (out.data as NumericArray).fill(v);
  return out;
}

export const zeros_like = (a: ArrayLike, dtype?: DType | null) => { const x = asarray(a); return zeros(x.shape, dtype ?? x.dtype); };
export const ones_like = (a: ArrayLike, dtype?: DType | null) => { const x = asarray(a); return ones(x.shape, dtype ?? x.dtype); };
export const empty_like = zeros_like;
export const full_like = (a: ArrayLike, fillValue: PyScalar, dtype?: DType | null) => { const x = asarray(a); return full(x.shape, fillValue, dtype ?? x.dtype); };

/** arange(stop) or arange(start, stop, step): ints give int64, any float gives float64. */
export function arange(start: PyScalar, stop?: PyScalar | null, step?: PyScalar | null, dtype?: DType | null): NDArray {
  const args = [start, stop, step].filter(v => v !== null && v !== undefined) as PyScalar[];
  let lo = pyScalarValue(start), hi: number, st = step === null || step === undefined ? 1 : pyScalarValue(step);
  if (stop === null || stop === undefined) { hi = lo; lo = 0; } else hi = pyScalarValue(stop);
  if (st === 0) throw pyError('ValueError', 'Maximum allowed size exceeded');
  const d = dtype ?? (args.some(v => typeof v === 'number') ? 'float64' : 'int64');
  const n = Math.max(0, Math.ceil((hi - lo) / st));
  const out = NDArray.zeros(d, [n]);
  const o = out.data as NumericArray;
  // NumPy fills from the first two values: x[i] = x[0] + i·(x[1] − x[0]) in the target dtype.
  const first = castScalar(lo, d), delta = castScalar(castScalar(lo + st, d) - first, d);
  for (let i = 0; i < n; i++) o[i] = castScalar(first + castScalar(i * delta, d), d);
  return out;
}

export function linspace(start: number, stop: number, num = 50, endpoint = true, dtype?: DType | null): NDArray {
  if (num < 0) throw pyError('ValueError', `Number of samples, ${num}, must be non-negative.`);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = delta / div;
  const y = new Float64Array(num);
  for (let i = 0; i < num; i++) y[i] = step === 0 ? (i / div) * delta + start : i * step + start;
  if (endpoint && num > 1) y[num - 1] = stop;
  return new NDArray('float64', [num], y).astype(dtype ?? 'float64');
}

export function eye(n: number, m?: number | null, k = 0, dtype: DType = 'float64'): NDArray {
  const cols = m ?? n;
  const out = NDArray.zeros(dtype, [n, cols]);
  const o = out.data as NumericArray;
  for (let i = 0; i < n; i++) { const j = i + k; if (j >= 0 && j < cols) o[i * cols + j] = 1; }
  return out;
}

export const identity = (n: number, dtype: DType = 'float64') => eye(n, null, 0, dtype);

// sort, argsort, unique. Sorting is stable and puts NaN last, as NumPy does; NumPy's default
// quicksort is not stable, so the order of equal keys in argsort of long arrays may differ.
import { NDArray } from '../engine/ndarray';
import { NumericArray } from '../engine/dtypes';
import { asarray } from './convert';
import { normaliseAxes } from './reduce_plan';
import { ArrayLike, NumpyScalar, pyError } from './values';
import { swapaxes } from './shape_ops';

const compare = (x: number, y: number) => (Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : Number.isNaN(y) ? -1 : x - y);

/** Apply `perRow` to every 1-d lane along `axis`, writing a same-shaped result. */
function alongAxis(x: NDArray, axis: number | null, outDtype: 'same' | 'int64', perRow: (row: number[]) => number[]): NDArray {
  if (axis === null) x = x.reshape([x.size]);
  const ax = normaliseAxes(axis ?? 0, x.shape.length)[0];
  const last = x.shape.length - 1;
  const moved = ax === last ? x : swapaxes(x, ax, last);
  const len = moved.shape[last] ?? 1;
  const out = NDArray.zeros(outDtype === 'same' ? x.dtype : 'int64', moved.shape);
  const src = moved.data as NumericArray, dst = out.data as NumericArray;
  for (let s = 0; s + len <= src.length && len > 0; s += len) dst.set(perRow(Array.from(src.subarray(s, s + len))), s);
  return ax === last ? out : swapaxes(out, ax, last);
}

export function sort(a: ArrayLike, axis: number | null = -1): NDArray {
  return alongAxis(asarray(a), axis, 'same', row => row.sort(compare));
}

export function argsort(a: ArrayLike, axis: number | null = -1): NDArray {
  return alongAxis(asarray(a), axis, 'int64', row => row.map((_, i) => i).sort((i, j) => compare(row[i], row[j]) || i - j));
}

export interface UniqueResult { values: NDArray; index?: NDArray; inverse?: NDArray; counts?: NDArray }

/** np.unique of the flattened array, with optional first indices, inverse and counts. */
export function unique(a: ArrayLike, returnIndex = false, returnInverse = false, returnCounts = false): UniqueResult {
  const x = asarray(a);
  const src = x.data as NumericArray;
  const order = Array.from({ length: src.length }, (_, i) => i).sort((i, j) => compare(src[i], src[j]) || i - j);
  const values: number[] = [], index: number[] = [], counts: number[] = [];
  const inverse = new Array<number>(src.length);
  for (const i of order) {
    const v = src[i];
    const last = values.length - 1;
    if (last >= 0 && (values[last] === v || (Number.isNaN(v) && Number.isNaN(values[last])))) counts[last]++;
    else { values.push(v); index.push(i); counts.push(1); }
    inverse[i] = values.length - 1;
  }
  const res: UniqueResult = { values: NDArray.from(values, x.dtype) };
  if (returnIndex) res.index = NDArray.from(index, 'int64');
  if (returnInverse) res.inverse = NDArray.from(inverse, 'int64');
  if (returnCounts) res.counts = NDArray.from(counts, 'int64');
  return res;
}

/**
 * np.searchsorted: for each value of `v`, the insertion index into the ascending 1-d `a` that keeps
 * it sorted (side 'left': before equal values, 'right': after them). NaN sorts last, as in sort().
 * A scalar `v` gives an int64 scalar.
 */
export function searchsorted(a: ArrayLike, v: ArrayLike, side: 'left' | 'right' = 'left'): NDArray {
  const sorted = asarray(a);
  if (sorted.shape.length !== 1) throw pyError('ValueError', 'object too deep for desired array');
  const values = asarray(v);
  const keys = sorted.data as NumericArray;
  const find = (x: number) => {
    let lo = 0, hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = compare(keys[mid], x);
      if (c < 0 || (side === 'right' && c === 0)) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  if (values.shape.length === 0) return NumpyScalar.of('int64', find(Number(values.data[0])));
  const out = NDArray.zeros('int64', values.shape);
  const src = values.data as NumericArray, dst = out.data as NumericArray;
  for (let i = 0; i < src.length; i++) dst[i] = find(src[i]);
  return out;
}

/** np.bincount: how often each non-negative int of a 1-D array occurs (or the sum of its weights). */
export function bincount(a: ArrayLike, weights: ArrayLike | null = null, minlength = 0): NDArray {
  const x = asarray(a);
  if (x.shape.length !== 1) throw pyError('ValueError', 'object too deep for desired array');
  if (!['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'bool'].includes(x.dtype)) {
    throw pyError('TypeError', `Cannot cast array data from dtype('${x.dtype}') to dtype('int64') according to the rule 'safe'`);
  }
  if (minlength < 0) throw pyError('ValueError', "'minlength' must not be negative");
  const src = Array.from(x.data as NumericArray, Number);
  if (src.some(v => v < 0)) throw pyError('ValueError', "'list' argument must have no negative elements");
  const w = weights === null ? null : asarray(weights);
  if (w !== null && (w.shape.length !== 1 || w.shape[0] !== src.length)) throw pyError('ValueError', "The weights and list don't have the same length.");
  const n = Math.max(minlength, src.length ? Math.max(...src) + 1 : 0);
  const out = new Array<number>(n).fill(0);
  const wv = w === null ? null : Array.from(w.data as NumericArray, Number);
  src.forEach((v, i) => { out[v] += wv === null ? 1 : wv[i]; });
  return NDArray.from(out, wv === null ? 'int64' : 'float64');
}

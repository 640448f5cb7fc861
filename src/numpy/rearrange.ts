// Rearranging elements: tile, roll, flip, take, argwhere, atleast_1d/2d/3d. Each result is a
// fresh array of the input's dtype built by mapping every output position to a source position.
import { NDArray, shapeSize, stridesOf } from '../engine/ndarray';
import { asarray } from './convert';
import { binary } from './binary_ufuncs';
import { PyLikeError } from '../engine/errors';
import { normaliseAxes } from './reduce_plan';
import { nonzero } from './indexing';
import { reshape, ravel } from './shape_ops';
import { ArrayLike, NumpyScalar, pyError } from './values';

type Elements = { [i: number]: unknown };

/** A new array of `shape` whose element at output coordinates c is x's element at source(c, axis) per axis. */
function gather(x: NDArray, shape: readonly number[], source: (c: number, axis: number) => number): NDArray {
  const out = NDArray.zeros(x.dtype, shape.slice());
  const size = shapeSize(shape);
  if (size === 0) return out;
  const src = x.data as unknown as Elements, dst = out.data as unknown as Elements;
  const strides = stridesOf(x.shape), rank = shape.length;
  const counter = new Array<number>(rank).fill(0);
  for (let i = 0; i < size; i++) {
    let at = 0;
    for (let d = 0; d < rank; d++) at += source(counter[d], d) * strides[d];
    dst[i] = src[at];
    for (let d = rank - 1; d >= 0; d--) { if (++counter[d] < shape[d]) break; counter[d] = 0; }
  }
  return out;
}

/** np.tile: `a` repeated reps[i] times along each axis; the shorter of shape and reps gains leading 1s. */
export function tile(a: ArrayLike, reps: number | readonly number[]): NDArray {
  let x = asarray(a);
  const r = typeof reps === 'number' ? [reps] : reps.slice();
  if (r.some(v => v < 0)) throw pyError('ValueError', 'negative dimensions are not allowed');
  const rank = Math.max(x.shape.length, r.length);
  x = reshape(x, [...new Array<number>(rank - x.shape.length).fill(1), ...x.shape]);
  const full = [...new Array<number>(rank - r.length).fill(1), ...r];
  return gather(x, x.shape.map((n, i) => n * full[i]), (c, d) => c % x.shape[d]);
}

/** np.roll: elements shifted along axes (each shift paired with an axis, broadcast); None rolls the flat array. */
export function roll(a: ArrayLike, shift: number | readonly number[], axis: number | readonly number[] | null = null): NDArray {
  const x = asarray(a);
  if (axis === null) return reshape(roll(ravel(x), typeof shift === 'number' ? shift : shift.reduce((s, v) => s + v, 0), 0), x.shape);
  const shifts = typeof shift === 'number' ? [shift] : shift.slice();
  const axes = typeof axis === 'number' ? [axis] : axis.slice();
  const n = Math.max(shifts.length, axes.length);
  if ((shifts.length !== 1 && shifts.length !== n) || (axes.length !== 1 && axes.length !== n)) {
    throw pyError('ValueError', `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (${shifts.length},) and arg 1 with shape (${axes.length},).`);
  }
  const total = new Array<number>(x.shape.length).fill(0);
  for (let i = 0; i < n; i++) {
    const [ax] = normaliseAxes(axes[axes.length === 1 ? 0 : i], x.shape.length);
    total[ax] += shifts[shifts.length === 1 ? 0 : i];
  }
  return gather(x, x.shape, (c, d) => { const m = x.shape[d]; return ((c - total[d]) % m + m) % m; });
}

/** np.flip: the order of elements reversed along the given axes (None: all of them). */
export function flip(a: ArrayLike, axis: number | readonly number[] | null = null): NDArray {
  const x = asarray(a);
  const axes = axis === null ? [...x.shape.keys()] : normaliseAxes(axis, x.shape.length);
  return gather(x, x.shape, (c, d) => (axes.includes(d) ? x.shape[d] - 1 - c : c));
}

export function fliplr(a: ArrayLike): NDArray {
  const x = asarray(a);
  if (x.shape.length < 2) throw pyError('ValueError', 'Input must be >= 2-d.');
  return flip(x, 1);
}

export function flipud(a: ArrayLike): NDArray {
  const x = asarray(a);
  if (x.shape.length < 1) throw pyError('ValueError', 'Input must be >= 1-d.');
  return flip(x, 0);
}

function truncatedIndices(ind: NDArray): NDArray {
  const values = Array.from(ind.data as unknown as globalThis.ArrayLike<number>, v => {
    if (v !== v) throw pyError('ValueError', 'cannot convert float NaN to integer');
    if (!isFinite(v)) throw new PyLikeError('OverflowError', 'cannot convert float infinity to integer');
    return Math.trunc(v);
  });
  return reshape(asarray(values, 'int64'), ind.shape);
}

/** np.take: elements (axis=None: of the flat array) or slices along `axis` at the given indices.
 *  mode 'raise' checks bounds (negative indices count from the end), 'wrap' wraps, 'clip' clamps. */
export function take(a: ArrayLike, indices: ArrayLike, axis: number | null = null, mode: 'raise' | 'wrap' | 'clip' = 'raise', indicesFromSequence = false): NDArray {
  let x = asarray(a);
  if (axis === null) { x = ravel(x); axis = 0; }
  const [ax] = normaliseAxes(axis, x.shape.length);
  let ind = asarray(indices);
  // Python floats (a list, not an array: indicesFromSequence) become intp one by one, truncating as
  // int() does; NumPy's same_kind rule refuses only float arrays.
  if (indicesFromSequence && ind.dtype.startsWith('float')) ind = truncatedIndices(ind);
  if (!ind.dtype.startsWith('int') && !ind.dtype.startsWith('uint') && ind.dtype !== 'bool' && ind.size > 0) {
    throw pyError('TypeError', `Cannot cast array data from dtype('${ind.dtype}') to dtype('int64') according to the rule 'same_kind'`);
  }
  const n = x.shape[ax];
  const idx = Array.from(ind.data as unknown as globalThis.ArrayLike<number | bigint>, v => {
    let k = Number(v);
    if (mode === 'wrap') return n === 0 ? k : ((k % n) + n) % n;
    if (mode === 'clip') return Math.min(Math.max(k, 0), n - 1);
    if (k < -n || k >= n) throw pyError('IndexError', `index ${k} is out of bounds for axis ${ax} with size ${n}`);
    if (k < 0) k += n;
    return k;
  });
  if (n === 0 && idx.length > 0 && mode !== 'raise') throw pyError('IndexError', 'cannot do a non-empty take from an empty axes.');
  const before = x.shape.slice(0, ax), after = x.shape.slice(ax + 1), m = ind.shape.length;
  const flat = reshape(x, [...before, n, ...after]);
  // Output axes: before, the index array's axes (flattened into one here), after.
  const out = gather(flat, [...before, idx.length, ...after], (c, d) => (d === ax ? idx[c] : c));
  const shape = [...before, ...ind.shape, ...after];
  if (shape.length === 0) return NumpyScalar.of(x.dtype, (out.data as unknown as Elements)[0] as number);
  return m === 1 ? out : reshape(out, shape);
}

/** np.argwhere: the indices of the non-zero elements, one row per element (int64, shape (N, ndim)). */
export function argwhere(a: ArrayLike): NDArray {
  const x = asarray(a);
  if (x.shape.length === 0) return NDArray.zeros('int64', [nonzero(x)[0].size, 0]);
  const cols = nonzero(x);
  const count = cols[0].size, rank = cols.length;
  const out = NDArray.zeros('int64', [count, rank]);
  const dst = out.data as unknown as Elements;
  cols.forEach((col, k) => { const s = col.data as unknown as Elements; for (let i = 0; i < count; i++) dst[i * rank + k] = s[i]; });
  return out;
}

export function atleast_1d(a: ArrayLike): NDArray {
  const x = asarray(a);
  return x.shape.length === 0 ? reshape(x, [1]) : x;
}

export function atleast_2d(a: ArrayLike): NDArray {
  const x = asarray(a);
  return x.shape.length === 0 ? reshape(x, [1, 1]) : x.shape.length === 1 ? reshape(x, [1, x.shape[0]]) : x;
}

export function atleast_3d(a: ArrayLike): NDArray {
  const x = asarray(a);
  if (x.shape.length === 0) return reshape(x, [1, 1, 1]);
  if (x.shape.length === 1) return reshape(x, [1, x.shape[0], 1]);
  return x.shape.length === 2 ? reshape(x, [...x.shape, 1]) : x;
}

/** np.diff: the n-th discrete difference along `axis` (for bools, whether neighbours differ). */
export function diff(a: ArrayLike, n = 1, axis = -1): NDArray {
  let x = asarray(a);
  if (n < 0) throw pyError('ValueError', `order must be non-negative but got ${n}`);
  if (x.shape.length === 0) throw pyError('ValueError', 'diff requires input that is at least one dimensional');
  const [ax] = normaliseAxes(axis, x.shape.length);
  for (let k = 0; k < n; k++) {
    const len = Math.max(0, x.shape[ax] - 1);
    const upper = take(x, asarray(Array.from({ length: len }, (_, i) => i + 1), 'int64'), ax);
    const lower = take(x, asarray(Array.from({ length: len }, (_, i) => i), 'int64'), ax);
    x = binary(x.dtype === 'bool' ? 'not_equal' : 'subtract', upper, lower);
  }
  return x;
}

/** np.outer: out[i, j] = a.ravel()[i] * b.ravel()[j]. */
export function outer(a: ArrayLike, b: ArrayLike): NDArray {
  const x = ravel(asarray(a)), y = ravel(asarray(b));
  return binary('multiply', reshape(x, [x.size, 1]), reshape(y, [1, y.size]));
}

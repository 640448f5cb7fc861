// Matrix-shaped helpers: column_stack, dstack, diag, trace, tril, triu. Results are fresh
// C-ordered arrays of the input's dtype (NumPy's diag of a 2-D array is a read-only view; here a copy).
import { NDArray, shapeSize } from '../engine/ndarray';
import { asarray } from './convert';
import { normaliseAxes } from './reduce_plan';
import { concatenate, reshape, transpose } from './shape_ops';
import { atleast_3d } from './rearrange';
import { broadcastTo } from './broadcast';
import { sum } from './reductions';
import type { DType } from '../engine/dtypes';
import { ArrayLike, pyError } from './values';

type Elements = { [i: number]: unknown };

/** np.column_stack: 1-D (and 0-d) arrays become columns, 2-D arrays join along axis 1. */
export function column_stack(arrays: readonly ArrayLike[]): NDArray {
  return concatenate(arrays.map(v => {
    const x = asarray(v);
    return x.shape.length === 0 ? reshape(x, [1, 1]) : x.shape.length === 1 ? reshape(x, [x.shape[0], 1]) : x;
  }), 1);
}

/** np.dstack: arrays made at least 3-D (atleast_3d), joined along the third axis. */
export function dstack(arrays: readonly ArrayLike[]): NDArray {
  return concatenate(arrays.map(v => atleast_3d(v)), 2);
}

/** Length of diagonal k of a rows x cols matrix. */
function diagLength(rows: number, cols: number, k: number): number {
  return Math.max(0, k >= 0 ? Math.min(rows, cols - k) : Math.min(rows + k, cols));
}

/** np.diag: a 1-D v as the k-th diagonal of a square matrix; a 2-D v's k-th diagonal. */
export function diag(v: ArrayLike, k = 0): NDArray {
  const x = asarray(v);
  const src = x.data as unknown as Elements;
  if (x.shape.length === 1) {
    const n = x.shape[0] + Math.abs(k);
    const out = NDArray.zeros(x.dtype, [n, n]);
    const dst = out.data as unknown as Elements;
    for (let i = 0; i < x.shape[0]; i++) dst[(k >= 0 ? i : i - k) * n + (k >= 0 ? i + k : i)] = src[i];
    return out;
  }
  if (x.shape.length === 2) {
    const [rows, cols] = x.shape;
    const len = diagLength(rows, cols, k);
    const out = NDArray.zeros(x.dtype, [len]);
    const dst = out.data as unknown as Elements;
    for (let i = 0; i < len; i++) dst[i] = src[(k >= 0 ? i : i - k) * cols + (k >= 0 ? i + k : i)];
    return out;
  }
  throw pyError('ValueError', 'Input must be 1- or 2-d.');
}

/** The diagonals (offset k) of the axis1/axis2 planes, on a new last axis (NumPy's a.diagonal()). */
function diagonals(x: NDArray, offset: number, axis1: number, axis2: number): NDArray {
  if (x.shape.length < 2) throw pyError('ValueError', 'diag requires an array of at least two dimensions');
  const [a1, a2] = [normaliseAxes(axis1, x.shape.length)[0], normaliseAxes(axis2, x.shape.length)[0]];
  if (a1 === a2) throw pyError('ValueError', 'axis1 and axis2 cannot be the same');
  const rest = x.shape.map((_, i) => i).filter(i => i !== a1 && i !== a2);
  const t = transpose(x, [...rest, a1, a2]);
  const rows = t.shape[t.shape.length - 2], cols = t.shape[t.shape.length - 1];
  const len = diagLength(rows, cols, offset), outer = shapeSize(t.shape.slice(0, -2));
  const out = NDArray.zeros(x.dtype, [...t.shape.slice(0, -2), len]);
  const src = t.data as unknown as Elements, dst = out.data as unknown as Elements;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < len; i++) dst[o * len + i] = src[o * rows * cols + (offset >= 0 ? i : i - offset) * cols + (offset >= 0 ? i + offset : i)];
  }
  return out;
}

/** np.trace: the sum along diagonals (NumPy: a.diagonal(offset, axis1, axis2).sum(-1, dtype)). */
export function trace(a: ArrayLike, offset = 0, axis1 = 0, axis2 = 1, dtype: DType | null = null): NDArray {
  return sum(diagonals(asarray(a), offset, axis1, axis2), -1, false, dtype);
}

/** tril/triu: zero the elements of the last two axes above (tril) or below (triu) diagonal k. */
function triangle(m: ArrayLike, keep: (i: number, j: number) => boolean): NDArray {
  let x = asarray(m);
  if (x.shape.length === 0) throw pyError('TypeError', `tri() missing 1 required positional argument: 'N'`);
  // NumPy builds an N x N mask from a 1-D input's length and broadcasts the row against it.
  if (x.shape.length === 1) x = broadcastTo(x, [x.shape[0], x.shape[0]]);
  const rows = x.shape[x.shape.length - 2], cols = x.shape[x.shape.length - 1];
  const out = NDArray.zeros(x.dtype, x.shape.slice());
  const src = x.data as unknown as Elements, dst = out.data as unknown as Elements;
  const outer = shapeSize(x.shape.slice(0, -2));
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const at = (o * rows + i) * cols + j;
        if (keep(i, j)) dst[at] = src[at];
      }
    }
  }
  return out;
}

/** np.tril: the lower triangle (j <= i + k) of the last two axes; the rest zero. */
export function tril(m: ArrayLike, k = 0): NDArray {
  return triangle(m, (i, j) => j <= i + k);
}

/** np.triu: the upper triangle (j >= i + k) of the last two axes; the rest zero. */
export function triu(m: ArrayLike, k = 0): NDArray {
  return triangle(m, (i, j) => j >= i + k);
}

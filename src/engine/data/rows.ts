// Row (first-axis) operations on NDArrays with numpy's slicing semantics: bounds clip, so
// `rows(a, start, end)` behaves like `a[start:end]`. Slices are views, as in numpy.
import { NDArray } from '../ndarray';
import { NumericArray } from '../dtypes';

function rowSize(a: NDArray): number {
  return a.shape[0] === 0 ? 0 : a.size / a.shape[0];
}

export function rows(a: NDArray, start: number, end: number): NDArray {
  const n = a.shape[0];
  const lo = Math.min(Math.max(start, 0), n);
  const hi = Math.max(Math.min(end, n), lo);
  const w = rowSize(a);
  return new NDArray(a.dtype, [hi - lo, ...a.shape.slice(1)], (a.data as NumericArray).subarray(lo * w, hi * w));
}

export function concatRows(a: NDArray, b: NDArray): NDArray {
  const out = NDArray.zeros(a.dtype, [a.shape[0] + b.shape[0], ...a.shape.slice(1)]);
  (out.data as NumericArray).set(a.data as NumericArray, 0);
  (out.data as NumericArray).set(b.data as NumericArray, a.size);
  return out;
}

/** `a[perm]`: a new array whose row i is row perm[i] of `a`. */
export function gatherRows(a: NDArray, perm: Int32Array): NDArray {
  const w = rowSize(a);
  const src = a.data as NumericArray;
  const out = NDArray.zeros(a.dtype, [perm.length, ...a.shape.slice(1)]);
  const dst = out.data as NumericArray;
  if (w < 64) {
    // Short rows (labels): element copies; a subarray object per row would cost more than its bytes.
    for (let i = 0; i < perm.length; i++) {
      const from = perm[i] * w, to = i * w;
      for (let k = 0; k < w; k++) dst[to + k] = src[from + k];
    }
  } else {
    for (let i = 0; i < perm.length; i++) dst.set(src.subarray(perm[i] * w, perm[i] * w + w), i * w);
  }
  return out;
}

// The one loop behind Transpose, Slice, StridedSlice, Pad and their gradients: walk an output
// box in row-major order while a second offset walks the other array with arbitrary strides.
// The innermost dimension is a tight loop; no per-element allocation.
import type { Elements } from './static';

/** dst[o] = src[srcOffset + Σ idx_d · srcStrides_d] for every index of `shape`, o row-major. */
export function gatherStrided(dst: Elements, src: Elements, shape: readonly number[], srcStrides: readonly number[], srcOffset: number): void {
  walk(shape, srcStrides, srcOffset, (o, off, n, s) => { for (let j = 0; j < n; j++) dst[o + j] = src[off + j * s]; });
}

/** dst[dstOffset + Σ idx_d · dstStrides_d] = src[o], the inverse walk (Pad, StridedSliceGrad). */
export function scatterStrided(dst: Elements, dstStrides: readonly number[], dstOffset: number, src: Elements, shape: readonly number[]): void {
  walk(shape, dstStrides, dstOffset, (o, off, n, s) => { for (let j = 0; j < n; j++) dst[off + j * s] = src[o + j]; });
}

function walk(shape: readonly number[], strides: readonly number[], offset: number, row: (o: number, off: number, n: number, s: number) => void): void {
  const rank = shape.length;
  let size = 1;
  for (const d of shape) size *= d;
  if (size === 0) return;
  if (rank === 0) { row(0, offset, 1, 0); return; }
  const last = rank - 1, n = shape[last], s = strides[last];
  const idx = new Int32Array(rank);
  let off = offset;
  for (let o = 0; o < size; o += n) {
    row(o, off, n, s);
    for (let d = last - 1; d >= 0; d--) {
      idx[d]++;
      off += strides[d];
      if (idx[d] < shape[d]) break;
      off -= idx[d] * strides[d];
      idx[d] = 0;
    }
  }
}

// The one loop behind Transpose, Slice, StridedSlice, Pad and their gradients: walk an output
// box in row-major order while a second offset walks the other array with arbitrary strides.
// The innermost dimension is a tight loop; no per-element allocation.
import type { Elements } from './static';

/** dst[o] = src[srcOffset + Σ idx_d · srcStrides_d] for every index of `shape`, o row-major. */
export function gatherStrided(dst: Elements, src: Elements, shape: readonly number[], srcStrides: readonly number[], srcOffset: number): void {
  const rank = shape.length;
  if (stridedCopyTuning.rowCopies && rank > 0 && srcStrides[rank - 1] === 1 && shape[rank - 1] >= ROW_COPY_MIN && sameTypedArrays(dst, src)) {
    const d = dst as unknown as Float64Array, s = src as unknown as Float64Array;
    walk(shape, srcStrides, srcOffset, (o, off, n) => { d.set(s.subarray(off, off + n), o); });
    return;
  }
  walk(shape, srcStrides, srcOffset, (o, off, n, s) => { for (let j = 0; j < n; j++) dst[o + j] = src[off + j * s]; });
}

/**
 * Rows whose source elements are contiguous (Slice and StridedSlice with step 1 along the last
 * axis: the LSTM's backward loop cuts dx [32,28] and dh [32,128] out of [32,156] every
 * iteration) are copied with `set` (memcpy) when both arrays are typed arrays of one kind. The
 * element loop below is shared by every dtype and caller, so V8's loads in it are megamorphic:
 * a [32,156] -> [32,128] + [32,28] pair took ~185 µs there against ~3 µs with `set`. The copied
 * bytes are the same, except that `set` also keeps a float32 signalling NaN's payload bits, which
 * a float32 load into a double quiets. `rowCopies` off restores the loop (tests compare the two).
 */
export const stridedCopyTuning = { rowCopies: true };
/** Shorter rows keep the loop: `subarray` allocates a view per row. */
const ROW_COPY_MIN = 8;

function sameTypedArrays(a: Elements, b: Elements): boolean {
  return ArrayBuffer.isView(a) && ArrayBuffer.isView(b) && !(a instanceof DataView) && a.constructor === b.constructor;
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

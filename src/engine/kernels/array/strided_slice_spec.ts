// TF's StridedSlice canonicalisation: the sparse spec (begin/end/strides plus the five masks,
// as a Python index like x[1:, ..., tf.newaxis, 0] produces) becomes a dense per-input-dim
// begin/stride/size, plus the final shape (new axes as 1, shrunk axes dropped). Used by the
// shape rule (dims and values may be unknown: null) and by the kernels.
import type { Dim } from '../../shape';

export interface SliceMasks { begin_mask: number; end_mask: number; ellipsis_mask: number; new_axis_mask: number; shrink_axis_mask: number }

export interface DenseSlice {
  /** Per input dim: first index read (null when unknown), step, and count of elements. */
  begin: (number | null)[];
  strides: (number | null)[];
  sizes: Dim[];
  /** Output shape: sizes with new axes inserted and shrunk axes removed. */
  finalShape: Dim[];
}

const NEW_AXIS = -1, SHRINK = -2;
const bit = (mask: number, i: number) => (mask & (1 << i)) !== 0;

export function denseSlice(
  shape: readonly Dim[], begin: (number | null)[], end: (number | null)[], strides: (number | null)[],
  masks: SliceMasks, fail: (m: string) => Error,
): DenseSlice {
  const rank = shape.length;
  let sparseDims = begin.length;
  let ellipsis = masks.ellipsis_mask;
  if (ellipsis & (ellipsis - 1)) throw fail('Multiple ellipses in slice spec not allowed');
  let addAfterEllipsis = 0, seen = false;
  for (let i = 0; i < sparseDims; i++) {
    if (seen && bit(masks.new_axis_mask, i)) addAfterEllipsis++;
    if (bit(ellipsis, i)) seen = true;
  }
  // No ellipsis: an implicit one at the end covers the remaining dims.
  const sb = begin.slice(), se = end.slice(), ss = strides.slice();
  if (!seen) { ellipsis |= 1 << sparseDims; sb.push(0); se.push(0); ss.push(1); sparseDims++; }

  const d = { begin: [] as (number | null)[], end: [] as (number | null)[], strides: [] as (number | null)[], beginMask: [] as boolean[], endMask: [] as boolean[], shrink: [] as boolean[] };
  const gather: number[] = [];
  let full = 0;
  for (let i = 0; i < sparseDims; i++) {
    if (bit(ellipsis, i)) {
      const next = Math.min(rank - (sparseDims - i) + 1 + addAfterEllipsis, rank);
      for (; full < next; full++) {
        d.begin.push(0); d.end.push(0); d.strides.push(1); d.beginMask.push(true); d.endMask.push(true); d.shrink.push(false);
        gather.push(full);
      }
    } else if (bit(masks.new_axis_mask, i)) {
      gather.push(NEW_AXIS);
    } else {
      if (full >= rank) throw fail(`Index out of range using input dim ${full}; input has only ${rank} dims`);
      d.begin.push(sb[i]); d.end.push(se[i]); d.strides.push(ss[i]);
      d.beginMask.push(bit(masks.begin_mask, i)); d.endMask.push(bit(masks.end_mask, i));
      const shrink = bit(masks.shrink_axis_mask, i);
      d.shrink.push(shrink);
      gather.push(shrink ? SHRINK : full);
      full++;
    }
  }
  const outBegin: (number | null)[] = [], outSizes: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const dim = shape[i], stride = d.strides[i], shrink = d.shrink[i];
    if (stride === 0) throw fail(`strides[${i}] must be non-zero`);
    if (dim === null || stride === null) { outBegin.push(null); outSizes.push(shrink ? 1 : null); continue; }
    const canonical = (x: number | null, masked: boolean, isBegin: boolean): number | null => {
      if (masked) return stride > 0 ? (isBegin ? 0 : dim) : (isBegin ? dim - 1 : -1);
      if (x === null) return null;
      const fwd = x < 0 ? dim + x : x;
      return stride > 0 ? Math.min(Math.max(fwd, 0), dim) : Math.min(Math.max(fwd, -1), dim - 1);
    };
    if (shrink) {
      const b = d.begin[i];
      if (b === null) { outBegin.push(null); outSizes.push(1); continue; }
      const fwd = b < 0 ? dim + b : b;
      if (fwd < 0 || fwd >= dim) throw fail(`slice index ${b} of dimension ${i} out of bounds.`);
      outBegin.push(fwd); outSizes.push(1);
      continue;
    }
    const b = canonical(d.begin[i], d.beginMask[i], true), e = canonical(d.end[i], d.endMask[i], false);
    outBegin.push(b);
    if (b === null || e === null) { outSizes.push(null); continue; }
    const len = e - b;
    outSizes.push(len === 0 || (len < 0) !== (stride < 0) ? 0 : Math.ceil(len / stride));
  }
  const finalShape: Dim[] = [];
  for (const g of gather) {
    if (g === NEW_AXIS) finalShape.push(1);
    else if (g >= 0) finalShape.push(outSizes[g]);
  }
  return { begin: outBegin, strides: d.strides, sizes: outSizes, finalShape };
}

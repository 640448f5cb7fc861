// Broadcasting, written once: shapes combine right-aligned, size-1 dims stretch.
import { NDArray, shapeSize, stridesOf } from '../engine/ndarray';
import { pyError } from './values';

export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  const rank = Math.max(0, ...shapes.map(s => s.length));
  const out = new Array<number>(rank).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const k = rank - s.length + i, d = s[i], cur = out[k];
      if (d === cur || d === 1) continue;
      if (cur === 1) out[k] = d;
      else throw pyError('ValueError', `operands could not be broadcast together with shapes ${shapes.map(formatShape).join(' ')} `);
    }
  }
  return out;
}

export function formatShape(s: readonly number[]): string {
  return `(${s.join(',')}${s.length === 1 ? ',' : ''})`;
}

/**
 * For every flat index of `outShape`, the flat index into an array of shape `inShape`
 * broadcast to it. Null when the mapping is the identity (same shape).
 */
export function broadcastIndex(inShape: readonly number[], outShape: readonly number[]): Int32Array | null {
  if (inShape.length === outShape.length && inShape.every((d, i) => d === outShape[i])) return null;
  const size = shapeSize(outShape);
  const idx = new Int32Array(size);
  const rank = outShape.length;
  const inStrides = stridesOf(inShape);
  // stride per output axis in the input, 0 where the input is stretched
  const strides = new Array<number>(rank).fill(0);
  for (let i = 0; i < inShape.length; i++) {
    const k = rank - inShape.length + i;
    strides[k] = inShape[i] === 1 ? 0 : inStrides[i];
  }
  const counter = new Array<number>(rank).fill(0);
  let at = 0;
  for (let n = 0; n < size; n++) {
    idx[n] = at;
    for (let k = rank - 1; k >= 0; k--) {
      counter[k]++;
      at += strides[k];
      if (counter[k] < outShape[k]) break;
      at -= strides[k] * counter[k];
      counter[k] = 0;
    }
  }
  return idx;
}

/** Materialise `a` broadcast to `shape` (np.broadcast_to, as a copy). */
export function broadcastTo(a: NDArray, shape: readonly number[]): NDArray {
  if (shape.some(d => d < 0)) throw pyError('ValueError', 'all elements of broadcast shape must be non-negative');
  if (a.shape.length > shape.length) throw pyError('ValueError', 'input operand has more dimensions than allowed by the axis remapping');
  const lead = shape.length - a.shape.length;
  if (a.shape.some((d, i) => d !== 1 && d !== shape[lead + i])) {
    throw pyError('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${formatShape(a.shape)}  and requested shape ${formatShape(shape)}`);
  }
  const idx = broadcastIndex(a.shape, shape);
  if (!idx) return a;
  const out = NDArray.zeros(a.dtype, shape);
  const src = a.data as Float64Array, dst = out.data as Float64Array;
  for (let i = 0; i < idx.length; i++) dst[i] = src[idx[i]];
  return out;
}

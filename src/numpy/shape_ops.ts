// Shape manipulation: reshape (with -1), ravel/flatten, transpose, swapaxes, squeeze,
// expand_dims, concatenate, stack, vstack, hstack. Results are fresh contiguous arrays.
import { NDArray, shapeSize, stridesOf } from '../engine/ndarray';
import { NumericArray } from '../engine/dtypes';
import { asarray } from './convert';
import { formatShape } from './broadcast';
import { promoteTypes } from './dtype_rules';
import { normaliseAxes } from './reduce_plan';
import { ArrayLike, pyError } from './values';

export function reshape(a: ArrayLike, newShape: number | readonly number[]): NDArray {
  const x = asarray(a);
  const shape = typeof newShape === 'number' ? [newShape] : newShape.slice();
  const unknown = shape.filter(d => d === -1).length;
  if (unknown > 1) throw pyError('ValueError', 'can only specify one unknown dimension');
  const known = shapeSize(shape.filter(d => d !== -1));
  if (unknown === 1) {
    if (known === 0 || x.size % known !== 0) throw cannotReshape(x, shape);
    shape[shape.indexOf(-1)] = x.size / known;
  }
  if (shapeSize(shape) !== x.size) throw cannotReshape(x, shape);
  return new NDArray(x.dtype, shape, x.data);
}
const cannotReshape = (x: NDArray, shape: number[]) =>
  pyError('ValueError', `cannot reshape array of size ${x.size} into shape ${formatShape(shape)}`);

export const ravel = (a: ArrayLike) => { const x = asarray(a); return new NDArray(x.dtype, [x.size], x.data); };
export const flatten = (a: ArrayLike) => { const x = asarray(a).clone(); return new NDArray(x.dtype, [x.size], x.data); };

export function transpose(a: ArrayLike, axes?: readonly number[] | null): NDArray {
  const x = asarray(a);
  const rank = x.shape.length;
  const perm = axes ? axes.map(v => (v < 0 ? v + rank : v)) : [...Array(rank).keys()].reverse();
  if (perm.length !== rank || new Set(perm).size !== rank || perm.some(p => p < 0 || p >= rank)) throw pyError('ValueError', "axes don't match array");
  const outShape = perm.map(p => x.shape[p]);
  const inStrides = stridesOf(x.shape);
  const strides = perm.map(p => inStrides[p]);
  const out = NDArray.zeros(x.dtype, outShape);
  const src = x.data as NumericArray, dst = out.data as NumericArray;
  const counter = new Array<number>(rank).fill(0);
  let at = 0;
  for (let i = 0; i < out.size; i++) {
    dst[i] = src[at];
    for (let d = rank - 1; d >= 0; d--) {
      counter[d]++; at += strides[d];
      if (counter[d] < outShape[d]) break;
      at -= strides[d] * counter[d]; counter[d] = 0;
    }
  }
  return out;
}

export function swapaxes(a: ArrayLike, axis1: number, axis2: number): NDArray {
  const x = asarray(a);
  const [p, q] = [axis1, axis2].map(v => normaliseAxes(v, x.shape.length)[0]);
  const perm = [...Array(x.shape.length).keys()];
  perm[p] = q; perm[q] = p;
  return transpose(x, perm);
}

export function squeeze(a: ArrayLike, axis?: number | readonly number[] | null): NDArray {
  const x = asarray(a);
  const drop = axis === null || axis === undefined
    ? x.shape.map((d, i) => (d === 1 ? i : -1)).filter(i => i >= 0)
    : normaliseAxes(axis, x.shape.length);
  for (const i of drop) if (x.shape[i] !== 1) throw pyError('ValueError', 'cannot select an axis to squeeze out which has size not equal to one');
  return new NDArray(x.dtype, x.shape.filter((_, i) => !drop.includes(i)), x.data);
}

export function expand_dims(a: ArrayLike, axis: number | readonly number[]): NDArray {
  const x = asarray(a);
  const axes = typeof axis === 'number' ? [axis] : axis;
  const rank = x.shape.length + axes.length;
  const at = normaliseAxes(axes, rank);
  const shape: number[] = [];
  let k = 0;
  for (let i = 0; i < rank; i++) shape.push(at.includes(i) ? 1 : x.shape[k++]);
  return new NDArray(x.dtype, shape, x.data);
}

export function concatenate(arrays: readonly ArrayLike[], axis: number | null = 0): NDArray {
  let xs = arrays.map(v => asarray(v));
  if (xs.length === 0) throw pyError('ValueError', 'need at least one array to concatenate');
  if (axis === null) { xs = xs.map(x => ravel(x)); axis = 0; }
  const rank = xs[0].shape.length;
  if (rank === 0) throw pyError('ValueError', 'zero-dimensional arrays cannot be concatenated');
  const [ax] = normaliseAxes(axis, rank);
  xs.forEach((x, i) => {
    if (x.shape.length !== rank) throw pyError('ValueError', `all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has ${rank} dimension(s) and the array at index ${i} has ${x.shape.length} dimension(s)`);
    x.shape.forEach((d, k) => {
      if (k !== ax && d !== xs[0].shape[k]) throw pyError('ValueError', `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${k}, the array at index 0 has size ${xs[0].shape[k]} and the array at index ${i} has size ${d}`);
    });
  });
  const dtype = xs.map(x => x.dtype).reduce(promoteTypes);
  const shape = xs[0].shape.slice();
  shape[ax] = xs.reduce((s, x) => s + x.shape[ax], 0);
  const out = NDArray.zeros(dtype, shape);
  const dst = out.data as NumericArray;
  const outer = shapeSize(shape.slice(0, ax));
  const innerOut = shapeSize(shape.slice(ax));
  let offset = 0;
  for (const x of xs) {
    const chunk = shapeSize(x.shape.slice(ax));
    const src = (x.dtype === dtype ? x : x.astype(dtype)).data as NumericArray;
    for (let o = 0; o < outer; o++) dst.set(src.subarray(o * chunk, (o + 1) * chunk), o * innerOut + offset);
    offset += chunk;
  }
  return out;
}

export function stack(arrays: readonly ArrayLike[], axis = 0): NDArray {
  const xs = arrays.map(v => asarray(v));
  if (xs.length === 0) throw pyError('ValueError', 'need at least one array to stack');
  if (xs.some(x => x.shape.length !== xs[0].shape.length || x.shape.some((d, i) => d !== xs[0].shape[i]))) {
    throw pyError('ValueError', 'all input arrays must have the same shape');
  }
  return concatenate(xs.map(x => expand_dims(x, axis)), normaliseAxes(axis, xs[0].shape.length + 1)[0]);
}

export function vstack(arrays: readonly ArrayLike[]): NDArray {
  return concatenate(arrays.map(v => { const x = asarray(v); return x.shape.length < 2 ? reshape(x, [1, x.size]) : x; }), 0);
}

export function hstack(arrays: readonly ArrayLike[]): NDArray {
  const xs = arrays.map(v => { const x = asarray(v); return x.shape.length === 0 ? reshape(x, [1]) : x; });
  return concatenate(xs, xs[0].shape.length === 1 ? 0 : 1);
}

/** np.repeat: each element (axis=None: of the flattened array) or each slice along `axis`
 *  repeated `repeats` times (one count for all, or one per slice). */
export function repeat(a: ArrayLike, repeats: number | readonly number[], axis: number | null = null): NDArray {
  let x = asarray(a);
  if (axis === null) { x = ravel(x); axis = 0; }
  if (x.shape.length === 0) x = reshape(x, [1]);
  const [ax] = normaliseAxes(axis, x.shape.length);
  const n = x.shape[ax];
  if (typeof repeats === 'number' && repeats < 0) throw pyError('ValueError', 'negative dimensions are not allowed');
  const counts = typeof repeats === 'number' ? new Array<number>(n).fill(repeats)
    : repeats.length === 1 ? new Array<number>(n).fill(repeats[0]) : repeats.slice();
  if (counts.length !== n) throw pyError('ValueError', `operands could not be broadcast together with shape (${n},) (${counts.length},)`);
  if (counts.some(c => c < 0)) throw pyError('ValueError', 'repeats may not contain negative values.');
  const shape = x.shape.slice();
  shape[ax] = counts.reduce((s, c) => s + c, 0);
  const out = NDArray.zeros(x.dtype, shape);
  const src = x.data as unknown as { [i: number]: unknown }, dst = out.data as unknown as { [i: number]: unknown };
  const outer = shapeSize(x.shape.slice(0, ax)), inner = shapeSize(x.shape.slice(ax + 1));
  let k = 0;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < n; i++) {
      const base = (o * n + i) * inner;
      for (let r = 0; r < counts[i]; r++) for (let j = 0; j < inner; j++) dst[k++] = src[base + j];
    }
  }
  return out;
}

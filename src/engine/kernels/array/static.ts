// Build-time knowledge about tensors that feed shape-like inputs (Reshape's shape, Tile's
// multiples, ...). TF's shape functions look through constants and Shape ops the same way
// (tensor_util.constant_value / constant_value_as_shape), so `reshape(x, [-1, 784])` and
// `fill(shape(x), 1)` get precise static shapes.
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { StaticShape, Dim, isFullyDefined, formatShapeCpp } from '../../shape';
import { ShapeError } from '../registry';
import type { DType } from '../../dtypes';

/** The value of `t` if it is known when the graph is built, else null. */
export function constantValue(t: Tensor): NDArray | null {
  const op = t.op;
  switch (op.type) {
    case 'Const': return op.attrs.value as NDArray;
    case 'Identity': case 'StopGradient': return constantValue(op.inputs[0]);
    case 'Shape': {
      const s = op.inputs[0].shape;
      return isFullyDefined(s) ? NDArray.from(s, t.dtype) : null;
    }
    case 'Size': {
      const s = op.inputs[0].shape;
      return isFullyDefined(s) ? NDArray.scalar(s.reduce((a, b) => a * b, 1), t.dtype) : null;
    }
    case 'Rank': {
      const s = op.inputs[0].shape;
      return s === null ? null : NDArray.scalar(s.length, 'int32');
    }
    case 'Pack': {
      if (op.attrs.axis !== 0) return null;
      const parts = op.inputs.map(constantValue);
      if (parts.some(p => p === null || p.rank !== 0)) return null;
      return NDArray.from(parts.map(p => Number(p!.data[0])), t.dtype);
    }
    case 'ConcatV2': {
      const parts = op.inputs.slice(0, -1).map(constantValue);
      if (parts.some(p => p === null || p.rank !== 1)) return null;
      return NDArray.from(parts.flatMap(p => p!.toArray()), t.dtype);
    }
    default: return null;
  }
}

/** A constant integer input as a flat JS array, or null when unknown at build time. */
export function constantInts(t: Tensor): number[] | null {
  const v = constantValue(t);
  return v === null ? null : Array.from(v.data as ArrayLike<number>, Number);
}

/**
 * A 1-D int tensor read as a shape: constant entries are dims, -1 and unknown entries are
 * unknown dims; Shape ops contribute their input's partial shape (constant_value_as_shape).
 */
export function shapeFromTensor(t: Tensor): StaticShape {
  const c = constantValue(t);
  if (c !== null) {
    if (c.rank === 0) throw new ShapeError(`Shape must be rank 1 but is rank 0`);
    return Array.from(c.data as ArrayLike<number>, d => (d < 0 ? null : Number(d)));
  }
  const op = t.op;
  if (op.type === 'Shape') return op.inputs[0].shape === null ? null : op.inputs[0].shape.slice();
  if (op.type === 'Pack' && op.attrs.axis === 0) {
    return op.inputs.map(p => { const v = constantValue(p); return v === null || Number(v.data[0]) < 0 ? null : Number(v.data[0]); });
  }
  if (op.type === 'ConcatV2') {
    const out: Dim[] = [];
    for (const part of op.inputs.slice(0, -1)) {
      const s = shapeFromTensor(part);
      if (s === null) return null;
      out.push(...s);
    }
    return out;
  }
  const len = t.shape?.[0];
  return t.shape !== null && t.shape.length === 1 && len !== null && len !== undefined ? new Array<Dim>(len).fill(null) : null;
}

export function staticSize(s: StaticShape): number | null {
  return isFullyDefined(s) ? s.reduce((a, b) => a * b, 1) : null;
}

/** Require a rank; mirrors TF's "Shape must be rank 1 but is rank 2" text. */
export function requireRank(s: StaticShape, rank: number): void {
  if (s !== null && s.length !== rank) throw new ShapeError(`Shape must be rank ${rank} but is rank ${s.length}`);
}
export function requireRankAtLeast(s: StaticShape, rank: number): void {
  if (s !== null && s.length < rank) throw new ShapeError(`Shape must be at least rank ${rank} but is rank ${s.length}`);
}

/** An axis in [-rank, rank) mapped to [0, rank); TF's out-of-range text otherwise. */
export function normalizeAxis(axis: number, rank: number, what = 'dimension'): number {
  if (axis < -rank || axis >= rank) throw new ShapeError(`${capital(what)} must be in the range [${-rank}, ${rank}), where ${rank} is the number of dimensions in the input.`);
  return axis < 0 ? axis + rank : axis;
}
function capital(s: string): string { return s[0].toUpperCase() + s.slice(1); }

export function isIndexDType(d: DType): boolean { return d === 'int32' || d === 'int64'; }

/** Read an int tensor value as numbers (int64 data is a Float64Array). */
export function intsOf(a: NDArray): number[] { return Array.from(a.data as ArrayLike<number>, Number); }

/** Element storage seen as indexable, so copy kernels serve numbers and strings alike. */
export type Elements = { [i: number]: unknown; length: number };
export const elementsOf = (a: NDArray) => a.data as unknown as Elements;

/** Merge dims of same-rank shapes, except `skip` (TF's "Dimension 1 in both shapes ..." text). */
export function mergeExcept(shapes: StaticShape[], skip: number): StaticShape {
  let acc: Dim[] | null = null;
  for (const s of shapes) {
    if (s === null) continue;
    if (acc === null) { acc = s.slice(); continue; }
    if (s.length !== acc.length) throw new ShapeError(`Shape must be rank ${acc.length} but is rank ${s.length}`);
    for (let i = 0; i < s.length; i++) {
      if (i === skip) continue;
      const a: Dim = acc[i], b: Dim = s[i];
      if (a !== null && b !== null && a !== b) throw new ShapeError(`Dimension ${i} in both shapes must be equal, but are ${a} and ${b}. Shapes are ${formatShapeCpp(acc)} and ${formatShapeCpp(s)}.`);
      acc[i] = a ?? b;
    }
  }
  return acc;
}

/** TF prints the multi-index of a bad entry: indices[1,0] = 7 is not in [0, 3). */
export function flatIndexText(shape: readonly number[], flat: number): string {
  const parts: number[] = [];
  for (let d = shape.length - 1; d >= 0; d--) { parts.unshift(flat % shape[d]); flat = Math.floor(flat / shape[d]); }
  return parts.join(',');
}

/** TF's index-dtype check (Tindices: int32, int64). */
export function checkIndexDType(t: Tensor, what: string): void {
  if (!isIndexDType(t.dtype)) throw new ShapeError(`Value for attr 'T${what}' of ${t.dtype} is not in the list of allowed values: int32, int64`);
}

// Helpers shared by the nn kernels: static-shape checks with TF's shape-function texts,
// dtype checks, and reading the value of a shape tensor at graph-build time.
import { ShapeError } from '../registry';
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import type { Dim, StaticShape } from '../../shape';
import { formatShapeCpp } from '../../shape';
import { typeError } from '../../errors';

const FLOAT_NAMES = 'float16, bfloat16, float32, float64';

/** TF's TypeError for an input whose dtype the op does not accept (floats only). */
export function requireFloat(type: string, param: string, t: Tensor): void {
  if (t.dtype !== 'float32' && t.dtype !== 'float64') {
    throw typeError(`Value passed to parameter '${param}' has DataType ${t.dtype} not in list of allowed values: ${FLOAT_NAMES}`);
  }
}
export function requireInt(param: string, t: Tensor): void {
  if (t.dtype !== 'int32' && t.dtype !== 'int64') {
    throw typeError(`Value passed to parameter '${param}' has DataType ${t.dtype} not in list of allowed values: int32, int64`);
  }
}

export function requireRank(s: StaticShape, rank: number): Dim[] | null {
  if (s === null) return null;
  if (s.length !== rank) throw new ShapeError(`Shape must be rank ${rank} but is rank ${s.length}`);
  return s;
}
export function requireRankAtLeast(s: StaticShape, rank: number): Dim[] | null {
  if (s === null) return null;
  if (s.length < rank) throw new ShapeError(`Shape must be at least rank ${rank} but is rank ${s.length}`);
  return s;
}

/** Merge two dims (shape-function Merge): unknown takes the other; known must agree. */
export function mergeDim(a: Dim, b: Dim): Dim {
  if (a === null) return b;
  if (b === null) return a;
  if (a !== b) throw new ShapeError(`Dimensions must be equal, but are ${a} and ${b}`);
  return a;
}

export { mergeShapeOrThrow } from '../shape_merge';

/**
 * The static value of an int32 shape tensor of length `rank` (Conv2DBackpropInput's
 * input_sizes, AvgPoolGrad's orig_input_shape): a Const gives its values, a Shape op gives
 * its input's static shape, anything else gives unknown dims.
 */
export function shapeFromShapeTensor(t: Tensor, rank: number): Dim[] {
  if (t.op.type === 'Const') return Array.from((t.op.attrs.value as NDArray).data as ArrayLike<number>);
  if (t.op.type === 'Shape' && t.op.inputs[0].shape !== null) return t.op.inputs[0].shape.slice();
  return new Array<Dim>(rank).fill(null);
}

/** "[2,3]" for runtime messages. */
export function shapeText(shape: readonly number[]): string { return formatShapeCpp(shape as number[]); }

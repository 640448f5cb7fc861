// Helpers every random op shares: the per-session generator, the shape input's static and run-time
// value, and the int32 `shape` Const TF makes from a Python shape.
import type { Tensor } from '../../graph/tensor';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { NDArray } from '../../ndarray';
import { StaticShape } from '../../shape';
import { invalidArgument } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { RandomGenerator, seededGenerator } from '../../kernels/random/generator';
import { constant, convertToTensor, TensorLike } from '../builder';
import { OpType } from '../op_types';

/** The op's generator for this session, seeded from its attrs (entropy when both are 0). */
export function generatorFor(op: Operation, rt: RuntimeContext): RandomGenerator {
  return rt.opState(op, () => seededGenerator(Number(op.attrs.seed ?? 0), Number(op.attrs.seed2 ?? 0)));
}

/** Static output shape from a shape input: its value when constant, else its length. */
export function shapeFromInput(t: Tensor): StaticShape {
  if (t.op.type === OpType.Const) return (t.op.attrs.value as NDArray).toArray();
  if (t.shape && t.shape.length === 1 && t.shape[0] !== null) return new Array(t.shape[0]).fill(null);
  return null;
}
export function checkShapeInput(t: Tensor): void {
  if (t.shape && t.shape.length !== 1) throw new ShapeError(`Shape must be rank 1 but is rank ${t.shape.length}`);
}
export function shapeValue(v: NDArray): number[] {
  const dims = v.toArray();
  if (dims.some(d => d < 0 || !Number.isInteger(d))) throw invalidArgument(`Shape [${dims}] has negative dimensions`);
  return dims;
}

export type ShapeLike = number[] | TensorLike;
/** A shape argument as the int32 Const TF makes (named `shape`), or the given tensor. */
export function shapeTensor(shape: ShapeLike): Tensor {
  if (Array.isArray(shape) && shape.every(d => typeof d === 'number')) return constant(NDArray.from(shape as number[], 'int32'), 'int32', 'shape');
  return convertToTensor(shape as TensorLike, null, 'shape');
}


// Shared plumbing of the Apply* training kernels (tf1-semantics §5.2): TF's signature checks at
// graph-build time and at run time, so each kernel file is only its update loop.
//
// Input 0 is always the variable's ref: the session hands the kernel the stored NDArray itself,
// and the kernel updates it in place and returns it (the op's output is that ref). Slot inputs
// are refs too. None sets `refInputs`, so the session raises FailedPreconditionError for an
// uninitialized variable or slot before the kernel runs.
import { registerKernel, ShapeError } from '../registry';
import type { NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { checkSameDType } from '../../ops/builder';
import { formatShapeCpp, StaticShape } from '../../shape';
import { invalidArgument } from '../../errors';
import { mergeShapeOrThrow } from '../shape_merge';

/** `name` is shaped like var (a slot or the gradient); `name:scalar` is a scalar hyperparameter. */
export type ApplyInputSpec = string;

export interface ApplyKernelSpec {
  type: string;
  inputs: ApplyInputSpec[];
  /** Update `inputs[0]` (and slot inputs) in place. Inputs were checked already. */
  update(inputs: NDArray[], op: Operation): void;
}

interface ParsedInput { name: string; scalar: boolean }
const parse = (s: string): ParsedInput => ({ name: s.split(':')[0], scalar: s.endsWith(':scalar') });

export function registerApplyKernel(spec: ApplyKernelSpec): void {
  const parsed = spec.inputs.map(parse);
  const names = parsed.map(p => p.name);
  const shaped = parsed.map((p, i) => (p.scalar ? -1 : i)).filter(i => i > 0);
  const scalars = parsed.map((p, i) => (p.scalar ? i : -1)).filter(i => i >= 0);
  registerKernel({
    type: spec.type, family: 'training', stateful: true,
    infer: (inputs: Tensor[]) => {
      if (inputs.length !== parsed.length) throw new Error(`${spec.type} takes ${parsed.length} inputs, got ${inputs.length}`);
      checkSameDType(spec.type, inputs, names);
      let shape: StaticShape = inputs[0].shape;
      for (const i of shaped) shape = mergeShapeOrThrow(shape, inputs[i].shape);
      for (const i of scalars) {
        const s = inputs[i].shape;
        if (s !== null && s.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${s.length}`);
      }
      return [{ dtype: inputs[0].dtype, shape, isRef: true }];
    },
    compute: (inputs: NDArray[], op: Operation, _rt: RuntimeContext) => {
      const v = inputs[0];
      for (const i of scalars) {
        if (inputs[i].size !== 1 || inputs[i].shape.length !== 0) throw invalidArgument(`${names[i]} is not a scalar: ${formatShapeCpp(inputs[i].shape as number[])}`);
      }
      for (const i of shaped) {
        if (!sameDims(v.shape, inputs[i].shape)) {
          throw invalidArgument(`var and ${names[i]} do not have the same shape${formatShapeCpp(v.shape as number[])} ${formatShapeCpp(inputs[i].shape as number[])}`);
        }
      }
      spec.update(inputs, op);
      return [v];
    },
  });
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}


/** A scalar input's value, rounded to the variable's precision as TF's typed kernels compute. */
export function scalarOf(a: NDArray): number {
  const x = (a.data as Float32Array)[0];
  return a.dtype === 'float32' ? Math.fround(x) : x;
}
/** Rounds intermediate scalars like the kernel's dtype T. */
export function roundFor(a: NDArray): (x: number) => number {
  return a.dtype === 'float32' ? Math.fround : identity;
}
const identity = (x: number) => x;

export type FloatArray = Float32Array | Float64Array;
export const dataOf = (a: NDArray) => a.data as FloatArray;

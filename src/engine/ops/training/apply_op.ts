// The shared shape of the Apply* training ops (tf1-semantics §5.2): TF's signature checks when the
// graph is built and when it runs, so each optimizer's file is its update loop and its OpDef row.
//
// Input 0 is always the variable's ref: the session hands the kernel the stored NDArray itself,
// and the kernel updates it in place and returns it (the op's output is that ref). Slot inputs are
// refs too. None is listed in `refInputs`, so the session raises FailedPreconditionError for an
// uninitialized variable or slot before the kernel runs. No Apply op has a gradient: they are
// effects on variables, never part of a loss.
import type { NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import { formatShapeCpp, StaticShape } from '../../shape';
import { invalidArgument } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { mergeShapeOrThrow } from '../../kernels/shape_merge';
import { op } from '../../formats/graph/op_defs/op_spec';
import { AttrSchema, AttrsOf, attr } from '../attrs';
import { checkSameDType } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpOf } from '../op_def';
import type { OpTypeName } from '../op_types';

export interface ApplyOpSpec<S extends AttrSchema> {
  type: OpTypeName;
  /** `name` is shaped like var (a slot or the gradient); `name:scalar` is a scalar hyperparameter. */
  inputs: string[];
  /** Refs of TF's OpDef after `var` (the slots), for the OpDef row. */
  slots: number;
  /** Attrs beyond use_locking (use_nesterov, update_slots). */
  attrs: S;
  /** Extra attrs in REGISTER_OP notation for the OpDef row (`; use_nesterov: bool = false`). */
  tfAttrs?: string;
  /** Update `inputs[0]` (and slot inputs) in place. Inputs were checked already. */
  update(inputs: NDArray[], op: OpOf<AttrsOf<S>>): void;
}

interface ParsedInput { name: string; scalar: boolean }
const parse = (s: string): ParsedInput => ({ name: s.split(':')[0], scalar: s.endsWith(':scalar') });

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function defineApplyOp<S extends AttrSchema>(spec: ApplyOpSpec<S>) {
  const parsed = spec.inputs.map(parse);
  const names = parsed.map(p => p.name);
  const shaped = parsed.map((p, i) => (p.scalar ? -1 : i)).filter(i => i > 0);
  const scalars = parsed.map((p, i) => (p.scalar ? i : -1)).filter(i => i >= 0);
  const refs = names.slice(0, 1 + spec.slots);
  const values = names.slice(1 + spec.slots);
  return defineOp({
    type: spec.type, family: 'training', stateful: true, inputs: names,
    attrs: { use_locking: attr.bool(false), ...spec.attrs },
    infer: (inputs: Tensor[]) => {
      checkSameDType(spec.type, inputs, names);
      let shape: StaticShape = inputs[0].shape;
      for (const i of shaped) shape = mergeShapeOrThrow(shape, inputs[i].shape);
      for (const i of scalars) {
        const s = inputs[i].shape;
        if (s !== null && s.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${s.length}`);
      }
      return [{ dtype: inputs[0].dtype, shape, isRef: true }];
    },
    compute: (inputs, op) => {
      const v = inputs[0];
      for (const i of scalars) {
        if (inputs[i].size !== 1 || inputs[i].shape.length !== 0) throw invalidArgument(`${names[i]} is not a scalar: ${formatShapeCpp(inputs[i].shape as number[])}`);
      }
      for (const i of shaped) {
        if (!sameDims(v.shape, inputs[i].shape)) {
          throw invalidArgument(`var and ${names[i]} do not have the same shape${formatShapeCpp(v.shape as number[])} ${formatShapeCpp(inputs[i].shape as number[])}`);
        }
      }
      spec.update(inputs, op as unknown as OpOf<AttrsOf<S>>);
      return [v];
    },
    gradient: NOT_DIFFERENTIABLE,
    tf: op(spec.type, [...refs.map(r => `${r}: Ref(T)`), ...values.map(v => `${v}: T`)].join(', '), 'out: Ref(T)',
      `T: type; use_locking: bool = false${spec.tfAttrs ?? ''}`),
  });
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

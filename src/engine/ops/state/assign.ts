// Assign, AssignAdd, AssignSub: in-place updates of a variable's storage, returning the ref
// (tf.assign, tf.assign_add, tf.assign_sub, Variable.assign*). Assign may initialize: its target
// may be uninitialized; the others read it first.
import type { NumericArray } from '../../dtypes';
import type { NDArray } from '../../ndarray';
import { formatShapeCpp, StaticShape } from '../../shape';
import { invalidArgument, typeError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { mergeShapeOrThrow } from '../../kernels/shape_merge';
import { binaryElementwiseInPlace } from '../../kernels/state/inplace';
import { sameShape } from '../../session/runtime';
import { attr } from '../attrs';
import { convertToTensor, isConvertible, TensorLike } from '../builder';
import { Tensor } from '../../graph/tensor';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { variableOpOf } from './variable_v2';

export const Assign = defineOp({
  type: OpType.Assign, family: 'state', inputs: ['ref', 'value'], stateful: true, refInputs: [0],
  attrs: { validate_shape: attr.bool(true), use_locking: attr.bool(true) },
  infer: ([ref, value], attrs) => {
    let shape: StaticShape = value.shape;
    if (attrs.validate_shape) shape = mergeShapeOrThrow(ref.shape, value.shape);
    return [{ dtype: ref.dtype, shape, isRef: true }];
  },
  compute: ([, value], op, rt) => {
    const varOp = variableOpOf(op);
    const current = rt.variables.get(varOp.name);
    if (op.attrs.validate_shape && current && !sameShape(current.shape, value.shape)) {
      // An initialized variable keeps its shape under validate_shape.
      throw invalidArgument(`Assign requires shapes of both tensors to match. lhs shape= ${formatShapeCpp(current.shape as number[])} rhs shape= ${formatShapeCpp(value.shape as number[])}`);
    }
    return [rt.setVariable(varOp.name, value)];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Assign', 'ref: Ref(T), value: T', 'output_ref: Ref(T)', 'T: type; validate_shape: bool = true; use_locking: bool = true'),
});

function updateInPlace(type: typeof OpType.AssignAdd | typeof OpType.AssignSub, sign: 1 | -1) {
  return defineOp({
    type, family: 'state', inputs: ['ref', 'value'], stateful: true,
    attrs: { use_locking: attr.bool(false) },
    infer: ([ref]) => [{ dtype: ref.dtype, shape: ref.shape, isRef: true }],
    compute: ([target, delta]: NDArray[]) => {
      if (!sameShape(target.shape, delta.shape)) throw invalidArgument(`Must have the same shape: ${formatShapeCpp(target.shape as number[])} vs. ${formatShapeCpp(delta.shape as number[])}`);
      binaryElementwiseInPlace(target.data as NumericArray, delta.data as NumericArray, sign);
      return [target];
    },
    gradient: NOT_DIFFERENTIABLE,
    tf: op(type, 'ref: Ref(T), value: T', 'output_ref: Ref(T)', 'T: type; use_locking: bool = false'),
  });
}
export const AssignAdd = updateInPlace(OpType.AssignAdd, 1);
export const AssignSub = updateInPlace(OpType.AssignSub, -1);

/** A variable's ref tensor, or TF's TypeError for anything that is not mutable. */
export function refOf(x: TensorLike, opType: string): Tensor {
  const t = isConvertible(x) ? x.toTensor(true) : x;
  if (!(t instanceof Tensor) || !t.isRef) throw typeError(`'${opType}' Op requires that input 'ref' be a mutable tensor (e.g.: a tf.Variable)`);
  return t;
}

export interface AssignOptions { validateShape?: boolean | null; useLocking?: boolean | null; name?: string | null }

/** tf.assign(ref, value): the op is named `Assign` in the current scope (as Variable.assign). */
export function assign(ref: TensorLike, value: TensorLike, opts: AssignOptions = {}): Tensor {
  const r = refOf(ref, OpType.Assign);
  return Assign.make1([r, convertToTensor(value, r.dtype)], {
    validate_shape: opts.validateShape ?? true, use_locking: opts.useLocking ?? true,
  }, opts.name ?? OpType.Assign);
}
export function assignAdd(ref: TensorLike, value: TensorLike, opts: AssignOptions = {}): Tensor {
  const r = refOf(ref, OpType.AssignAdd);
  return AssignAdd.make1([r, convertToTensor(value, r.dtype)], { use_locking: opts.useLocking ?? false }, opts.name ?? OpType.AssignAdd);
}
export function assignSub(ref: TensorLike, value: TensorLike, opts: AssignOptions = {}): Tensor {
  const r = refOf(ref, OpType.AssignSub);
  return AssignSub.make1([r, convertToTensor(value, r.dtype)], { use_locking: opts.useLocking ?? false }, opts.name ?? OpType.AssignSub);
}

const LOCKING = 'a hint for concurrent updates; Gradbook runs ops one at a time';

export const ASSIGN: OpGroup = {
  ops: [Assign, AssignAdd, AssignSub],
  api: [
    defineApi({
      name: 'tf.assign', doc: "Update 'ref' by assigning 'value' to it; returns the ref.",
      params: [
        { name: 'ref', type: 'tensor' }, { name: 'value', type: 'tensor' },
        { name: 'validate_shape', default: null, type: 'bool', doc: 'False lets the value change the variable\'s shape' },
        { name: 'use_locking', default: null, type: 'bool', doc: LOCKING },
        { name: 'name', default: null, type: 'name' },
      ],
    }, a => assign(a.ref, a.value, { validateShape: a.validate_shape, useLocking: a.use_locking, name: a.name })),
    defineApi({
      name: 'tf.assign_add', doc: "Update 'ref' by adding 'value' to it; returns the ref.",
      params: [
        { name: 'ref', type: 'tensor' }, { name: 'value', type: 'tensor' },
        { name: 'use_locking', default: null, type: 'bool', doc: LOCKING },
        { name: 'name', default: null, type: 'name' },
      ],
    }, a => assignAdd(a.ref, a.value, { useLocking: a.use_locking, name: a.name })),
    defineApi({
      name: 'tf.assign_sub', doc: "Update 'ref' by subtracting 'value' from it; returns the ref.",
      params: [
        { name: 'ref', type: 'tensor' }, { name: 'value', type: 'tensor' },
        { name: 'use_locking', default: null, type: 'bool', doc: LOCKING },
        { name: 'name', default: null, type: 'name' },
      ],
    }, a => assignSub(a.ref, a.value, { useLocking: a.use_locking, name: a.name })),
  ],
};

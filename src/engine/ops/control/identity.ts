// Identity, StopGradient and Snapshot: the value passes unchanged (one table). They differ in the
// backward pass: Identity and Snapshot pass the gradient on, StopGradient is the point where no
// gradient flows (tf.stop_gradient).
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import type { RuntimeContext } from '../../session/runtime';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpDef, OpGroup, OpGradient, OpOf } from '../op_def';
import { OpType, OpTypeName } from '../op_types';

/**
 * The identity of a variable ref is the `read` snapshot: a copy, so that later in-place updates of
 * the variable in the same run do not change what was read. Other inputs pass through.
 */
function identityCompute([x]: NDArray[], op: OpOf<object>, rt: RuntimeContext): NDArray[] {
  if (!op.inputs[0].isRef) return [x];
  const out = rt.output(op, 0, x.dtype, x.shape);
  if (Array.isArray(out.data)) (out.data as string[]).splice(0, x.size, ...(x.data as string[]));
  else (out.data as Float32Array).set(x.data as Float32Array);
  return [out];
}

const passGradient: OpGradient<object> = (_op, [g]) => [g];

function identityLike(type: OpTypeName, gradient: OpGradient<object> | typeof NOT_DIFFERENTIABLE): OpDef {
  return defineOp({
    type, family: 'control', inputs: ['input'], attrs: {},
    infer: ([x]) => [{ dtype: x.dtype, shape: x.shape }],
    compute: identityCompute,
    gradient,
    tf: op(type, 'input: T', 'output: T', 'T: type'),
  });
}

export const Identity = identityLike(OpType.Identity, passGradient);
export const Snapshot = identityLike(OpType.Snapshot, passGradient);
export const StopGradient = identityLike(OpType.StopGradient, NOT_DIFFERENTIABLE);

export function identity(x: TensorLike, name?: string): Tensor {
  return Identity.make1([convertToTensor(x)], {}, name ?? 'Identity');
}
export function stopGradient(x: TensorLike, name?: string): Tensor {
  return StopGradient.make1([convertToTensor(x)], {}, name ?? 'StopGradient');
}

export const IDENTITY: OpGroup = {
  ops: [Identity, Snapshot, StopGradient],
  api: [
    defineApi({
      name: 'tf.identity', doc: 'Return a tensor with the same shape and contents as input.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => identity(a.input, a.name ?? undefined)),
    defineApi({
      name: 'tf.stop_gradient', doc: 'Stops gradient computation: the value passes, no gradient flows back.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => stopGradient(a.input, a.name ?? undefined)),
  ],
};

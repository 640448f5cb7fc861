// Identity, Snapshot and StopGradient: the input passed through. Identity of a variable ref is
// the `read` snapshot: copied, so later in-place updates of the variable in the same run do not
// change what was read. StopGradient's point is that no gradient flows through it.
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';

function passThrough(inputs: NDArray[], node: Operation, rt: RuntimeContext): NDArray[] {
  const x = inputs[0];
  if (!node.inputs[0].isRef) return [x];
  const out = rt.output(node, 0, x.dtype, x.shape);
  if (Array.isArray(out.data)) (out.data as string[]).splice(0, x.size, ...(x.data as string[]));
  else (out.data as Float32Array).set(x.data as Float32Array);
  return [out];
}

const identityOp = (type: OpTypeName, differentiable: boolean) => defineOp({
  type, family: 'control', inputs: ['input'], attrs: {},
  infer: inputs => [{ dtype: inputs[0].dtype, shape: inputs[0].shape }],
  compute: passThrough,
  gradient: differentiable ? (_node, [g]) => [g] : NOT_DIFFERENTIABLE,
  tf: op(type, 'input: T', 'output: T', 'T: type'),
});

export const Identity = identityOp(OpType.Identity, true);
export const Snapshot = identityOp(OpType.Snapshot, true);
export const StopGradient = identityOp(OpType.StopGradient, false);

export function identity(x: TensorLike, name?: string): Tensor {
  return Identity.make1([convertToTensor(x)], {}, name ?? 'Identity');
}
export function stopGradient(x: TensorLike, name?: string): Tensor {
  return StopGradient.make1([convertToTensor(x)], {}, name ?? 'StopGradient');
}

const PARAMS = [{ name: 'input', type: 'tensor' }, { name: 'name', default: null, type: 'name' }] as const;

export const IDENTITY: OpGroup = {
  ops: [Identity, Snapshot, StopGradient],
  api: [
    defineApi({ name: 'tf.identity', doc: 'Return a tensor with the same shape and contents as input.', params: PARAMS }, a => identity(a.input, a.name ?? undefined)),
    defineApi({ name: 'tf.stop_gradient', doc: 'Stops gradient computation: the input passes through, no gradient flows back.', params: PARAMS }, a => stopGradient(a.input, a.name ?? undefined)),
  ],
};

// Gradients of Softmax, LogSoftmax, SoftmaxGrad and the fused cross-entropy ops.
import { registerGradient } from '../../registry';
import type { Tensor } from '../../../graph/tensor';
import { makeOp1 } from '../../../ops/builder';
import { expandDims } from '../../../ops/array/shapes';
import { exp, mul, neg, reduceSum, sub } from '../../../ops/nn/math';

// dx = (g - sum(g * y)) * y, fused into one SoftmaxGrad op (see the kernel).
registerGradient('Softmax', (op, [g]) => [makeOp1('SoftmaxGrad', [g!, op.outputs[0]])]);

// SoftmaxGrad(g, y) = (g - s) * y with s = sum(g * y): linear in g (a SoftmaxGrad again), and
// d/dy = h * (g - s) - g * sum(h * y).
registerGradient('SoftmaxGrad', (op, [h]) => {
  const [g, y] = op.inputs;
  const s = reduceSum(mul(g, y), [-1], true);
  const t = reduceSum(mul(h!, y), [-1], true);
  return [makeOp1('SoftmaxGrad', [h!, y]), sub(mul(h!, sub(g, s)), mul(g, t))];
});

registerGradient('LogSoftmax', (op, [g]) => [sub(g!, mul(reduceSum(g!, [-1], true), exp(op.outputs[0])))]);

/** g_loss[:, None] * m: the per-example loss gradient scales each row. */
const broadcastMul = (vec: Tensor, mat: Tensor) => mul(expandDims(vec, -1), mat);

/** Second-order term: the backprop output is softmax(logits) - labels, whose Jacobian in the
 *  logits is the softmax Jacobian. Skipped when that output's gradient is ZerosLike filler. */
function backpropTerm(logits: Tensor, gBackprop: Tensor | null): Tensor | null {
  if (!gBackprop || gBackprop.op.type === 'ZerosLike') return null;
  return makeOp1('SoftmaxGrad', [gBackprop, makeOp1('Softmax', [logits])]);
}

registerGradient('SoftmaxCrossEntropyWithLogits', (op, [gLoss, gBackprop]) => {
  const logits = op.inputs[0];
  let gLogits = broadcastMul(gLoss!, op.outputs[1]);
  const extra = backpropTerm(logits, gBackprop);
  if (extra) gLogits = makeOp1('AddV2', [gLogits, extra]);
  const gLabels = broadcastMul(gLoss!, neg(makeOp1('LogSoftmax', [logits])));
  return [gLogits, gLabels];
});

registerGradient('SparseSoftmaxCrossEntropyWithLogits', (op, [gLoss, gBackprop]) => {
  let gLogits = broadcastMul(gLoss!, op.outputs[1]);
  const extra = backpropTerm(op.inputs[0], gBackprop);
  if (extra) gLogits = makeOp1('AddV2', [gLogits, extra]);
  return [gLogits, null];
});

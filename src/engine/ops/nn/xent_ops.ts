// The fused softmax cross-entropy ops. Both return the per-example loss and the backprop
// (softmax - labels) that their gradient reuses, so training never recomputes the softmax.
import type { Tensor } from '../../graph/tensor';
import { invalidArgument } from '../../errors';
import { requireFloat, requireInt, requireRank, mergeShapeOrThrow, mergeDim, shapeText } from '../../kernels/nn/util';
import { denseXentRows, sparseXentRows } from '../../kernels/nn/softmax';
import { sameShape } from '../../session/runtime';
import { checkSameDType } from '../builder';
import { defineOp } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { expandDims } from '../array/reshape';
import { add, mul, neg } from '../../gradients/families/math/graph_ops';
import { LogSoftmax, Softmax, SoftmaxGrad } from './softmax';

/** g_loss[:, None] * m: the per-example loss gradient scales each row. */
const broadcastMul = (vec: Tensor, mat: Tensor) => mul(expandDims(vec, -1), mat);

/** Second-order term: the backprop output is softmax(logits) - labels, whose Jacobian in the
 *  logits is the softmax Jacobian. Skipped when that output's gradient is ZerosLike filler. */
function logitsGradient(logits: Tensor, backprop: Tensor, gLoss: Tensor, gBackprop: Tensor | null): Tensor {
  const first = broadcastMul(gLoss, backprop);
  if (!gBackprop || gBackprop.op.type === OpType.ZerosLike) return first;
  return add(first, SoftmaxGrad.make1([gBackprop, Softmax.make1([logits])]));
}

export const SoftmaxCrossEntropyWithLogits = defineOp({
  type: OpType.SoftmaxCrossEntropyWithLogits, family: 'nn', inputs: ['features', 'labels'], attrs: {},
  infer: ([features, labels]) => {
    requireFloat(OpType.SoftmaxCrossEntropyWithLogits, 'features', features);
    checkSameDType(OpType.SoftmaxCrossEntropyWithLogits, [features, labels], ['features', 'labels']);
    requireRank(features.shape, 2);
    const merged = mergeShapeOrThrow(features.shape, labels.shape);
    return [
      { dtype: features.dtype, shape: [merged ? merged[0] : null] },
      { dtype: features.dtype, shape: merged ?? [null, null] },
    ];
  },
  compute: ([logits, labels], node, rt) => {
    if (logits.rank !== 2) throw invalidArgument(`logits must be 2-dimensional, got shape ${shapeText(logits.shape)}`);
    if (!sameShape(logits.shape, labels.shape)) {
      throw invalidArgument(`logits and labels must be same size: logits_size=${shapeText(logits.shape)} labels_size=${shapeText(labels.shape)}`);
    }
    const [rows, cols] = logits.shape;
    const loss = rt.output(node, 0, logits.dtype, [rows]);
    const backprop = rt.output(node, 1, logits.dtype, [rows, cols]);
    denseXentRows(logits.numeric, labels.numeric, loss.numeric, backprop.numeric, rows, cols);
    return [loss, backprop];
  },
  // Labels get g_loss[:, None] * -log_softmax(logits) (TF ≥ 1.5: softmax_cross_entropy_with_logits_v2).
  gradient: (node, [gLoss, gBackprop]) => {
    const logits = node.inputs[0];
    return [
      logitsGradient(logits, node.outputs[1], gLoss!, gBackprop),
      broadcastMul(gLoss!, neg(LogSoftmax.make1([logits]))),
    ];
  },
  tf: op('SoftmaxCrossEntropyWithLogits', 'features: T, labels: T', 'loss: T, backprop: T', 'T: type'),
});

function checkLabels(labels: Float64Array | Int32Array | ArrayLike<number>, cols: number): void {
  for (let r = 0; r < labels.length; r++) {
    const c = labels[r];
    if (!(c >= 0 && c < cols)) {
      throw invalidArgument(`Received a label value of ${c} which is outside the valid range of [0, ${cols}).  Label values: ${Array.from(labels).join(' ')}`);
    }
  }
}

export const SparseSoftmaxCrossEntropyWithLogits = defineOp({
  type: OpType.SparseSoftmaxCrossEntropyWithLogits, family: 'nn', inputs: ['features', 'labels'], attrs: {},
  infer: ([features, labels]) => {
    requireFloat(OpType.SparseSoftmaxCrossEntropyWithLogits, 'features', features);
    requireInt('labels', labels);
    const f = requireRank(features.shape, 2);
    const l = requireRank(labels.shape, 1);
    const batch = mergeDim(f ? f[0] : null, l ? l[0] : null);
    return [
      { dtype: features.dtype, shape: [batch] },
      { dtype: features.dtype, shape: [batch, f ? f[1] : null] },
    ];
  },
  compute: ([logits, labels], node, rt) => {
    if (logits.rank !== 2) throw invalidArgument(`logits must be 2-D, but got shape ${shapeText(logits.shape)}`);
    if (labels.rank !== 1) throw invalidArgument(`labels must be 1-D, but got shape ${shapeText(labels.shape)}`);
    const [rows, cols] = logits.shape;
    if (labels.shape[0] !== rows) {
      throw invalidArgument(`logits and labels must have the same first dimension, got logits shape ${shapeText(logits.shape)} and labels shape ${shapeText(labels.shape)}`);
    }
    if (cols === 0) throw invalidArgument(`Must have at least one class, but got logits shape ${shapeText(logits.shape)}`);
    checkLabels(labels.numeric, cols);
    const loss = rt.output(node, 0, logits.dtype, [rows]);
    const backprop = rt.output(node, 1, logits.dtype, [rows, cols]);
    sparseXentRows(logits.numeric, labels.numeric, loss.numeric, backprop.numeric, rows, cols);
    return [loss, backprop];
  },
  gradient: (node, [gLoss, gBackprop]) => [logitsGradient(node.inputs[0], node.outputs[1], gLoss!, gBackprop), null],
  tf: op('SparseSoftmaxCrossEntropyWithLogits', 'features: T, labels: Tlabels', 'loss: T, backprop: T', 'T: type; Tlabels: type = int64'),
});

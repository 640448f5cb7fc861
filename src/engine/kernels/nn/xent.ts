// Fused softmax cross-entropy ops. Both return the per-example loss and the backprop
// (softmax - labels) that their gradient reuses, so training never recomputes the softmax.
import { registerKernel } from '../registry';
import { checkSameDType } from '../../ops/builder';
import { invalidArgument } from '../../errors';
import { requireFloat, requireInt, requireRank, mergeShapeOrThrow, mergeDim, shapeText } from './util';
import { sameShape } from '../../session/runtime';

registerKernel({
  type: 'SoftmaxCrossEntropyWithLogits', family: 'nn',
  infer: ([features, labels]) => {
    requireFloat('SoftmaxCrossEntropyWithLogits', 'features', features);
    checkSameDType('SoftmaxCrossEntropyWithLogits', [features, labels], ['features', 'labels']);
    requireRank(features.shape, 2);
    const merged = mergeShapeOrThrow(features.shape, labels.shape);
    return [
      { dtype: features.dtype, shape: [merged ? merged[0] : null] },
      { dtype: features.dtype, shape: merged ?? [null, null] },
    ];
  },
  compute: ([logits, labels], op, rt) => {
    if (logits.rank !== 2) throw invalidArgument(`logits must be 2-dimensional, got shape ${shapeText(logits.shape)}`);
    if (!sameShape(logits.shape, labels.shape)) {
      throw invalidArgument(`logits and labels must be same size: logits_size=${shapeText(logits.shape)} labels_size=${shapeText(labels.shape)}`);
    }
    const [rows, cols] = logits.shape;
    const loss = rt.output(op, 0, logits.dtype, [rows]);
    const backprop = rt.output(op, 1, logits.dtype, [rows, cols]);
    const x = logits.numeric, y = labels.numeric, l = loss.numeric, bp = backprop.numeric;
    for (let r = 0, base = 0; r < rows; r++, base += cols) {
      let max = -Infinity;
      for (let j = 0; j < cols; j++) { const v = x[base + j]; if (v > max) max = v; }
      let sum = 0;
      for (let j = 0; j < cols; j++) sum += Math.exp(x[base + j] - max);
      const logSum = Math.log(sum);
      let total = 0;
      for (let j = 0; j < cols; j++) {
        const shifted = x[base + j] - max;
        total += y[base + j] * (logSum - shifted);
        bp[base + j] = Math.exp(shifted - logSum) - y[base + j];
      }
      l[r] = total;
    }
    return [loss, backprop];
  },
});

registerKernel({
  type: 'SparseSoftmaxCrossEntropyWithLogits', family: 'nn',
  infer: ([features, labels]) => {
    requireFloat('SparseSoftmaxCrossEntropyWithLogits', 'features', features);
    requireInt('labels', labels);
    const f = requireRank(features.shape, 2);
    const l = requireRank(labels.shape, 1);
    const batch = mergeDim(f ? f[0] : null, l ? l[0] : null);
    return [
      { dtype: features.dtype, shape: [batch] },
      { dtype: features.dtype, shape: [batch, f ? f[1] : null] },
    ];
  },
  compute: ([logits, labels], op, rt) => {
    if (logits.rank !== 2) throw invalidArgument(`logits must be 2-D, but got shape ${shapeText(logits.shape)}`);
    if (labels.rank !== 1) throw invalidArgument(`labels must be 1-D, but got shape ${shapeText(labels.shape)}`);
    const [rows, cols] = logits.shape;
    if (labels.shape[0] !== rows) {
      throw invalidArgument(`logits and labels must have the same first dimension, got logits shape ${shapeText(logits.shape)} and labels shape ${shapeText(labels.shape)}`);
    }
    if (cols === 0) throw invalidArgument(`Must have at least one class, but got logits shape ${shapeText(logits.shape)}`);
    const lab = labels.numeric;
    for (let r = 0; r < rows; r++) {
      const c = lab[r];
      if (!(c >= 0 && c < cols)) {
        throw invalidArgument(`Received a label value of ${c} which is outside the valid range of [0, ${cols}).  Label values: ${Array.from(lab).join(' ')}`);
      }
    }
    const loss = rt.output(op, 0, logits.dtype, [rows]);
    const backprop = rt.output(op, 1, logits.dtype, [rows, cols]);
    const x = logits.numeric, l = loss.numeric, bp = backprop.numeric;
    for (let r = 0, base = 0; r < rows; r++, base += cols) {
      let max = -Infinity;
      for (let j = 0; j < cols; j++) { const v = x[base + j]; if (v > max) max = v; }
      let sum = 0;
      for (let j = 0; j < cols; j++) sum += Math.exp(x[base + j] - max);
      const logSumExp = max + Math.log(sum);
      for (let j = 0; j < cols; j++) bp[base + j] = Math.exp(x[base + j] - logSumExp);
      const label = lab[r];
      bp[base + label] -= 1;
      l[r] = logSumExp - x[base + label];
    }
    return [loss, backprop];
  },
});

// Softmax and LogSoftmax over the last axis, and SoftmaxGrad, the fused backward pass of
// Softmax. Softmax is on the hot path of every classifier: one pass per row over contiguous
// memory, written into the reused output buffer.
import { registerKernel } from '../registry';
import type { NumericArray } from '../../dtypes';
import { invalidArgument } from '../../errors';
import { requireFloat, requireRankAtLeast, mergeShapeOrThrow, shapeText } from './util';
import { sameShape } from '../../session/runtime';

function lastDim(shape: readonly number[]): number {
  if (shape.length < 1) throw invalidArgument(`logits must have >= 1 dimension, got ${shapeText(shape)}`);
  return shape[shape.length - 1];
}

/** out[row] = exp(x - max) / sum(exp(x - max)), the max-shift keeps exp from overflowing. */
export function softmaxRows(x: NumericArray, out: NumericArray, rows: number, cols: number): void {
  for (let r = 0, base = 0; r < rows; r++, base += cols) {
    let max = -Infinity;
    for (let j = 0; j < cols; j++) { const v = x[base + j]; if (v > max) max = v; }
    let sum = 0;
    for (let j = 0; j < cols; j++) { const e = Math.exp(x[base + j] - max); out[base + j] = e; sum += e; }
    for (let j = 0; j < cols; j++) out[base + j] /= sum;
  }
}

/** out[row] = x - max - log(sum(exp(x - max))). */
export function logSoftmaxRows(x: NumericArray, out: NumericArray, rows: number, cols: number): void {
  for (let r = 0, base = 0; r < rows; r++, base += cols) {
    let max = -Infinity;
    for (let j = 0; j < cols; j++) { const v = x[base + j]; if (v > max) max = v; }
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += Math.exp(x[base + j] - max);
    const shift = max + Math.log(sum);
    for (let j = 0; j < cols; j++) out[base + j] = x[base + j] - shift;
  }
}

for (const [type, rowsFn] of [['Softmax', softmaxRows], ['LogSoftmax', logSoftmaxRows]] as const) {
  registerKernel({
    type, family: 'nn',
    infer: ([logits]) => {
      requireFloat(type, 'logits', logits);
      requireRankAtLeast(logits.shape, 1);
      return [{ dtype: logits.dtype, shape: logits.shape }];
    },
    compute: ([x], op, rt) => {
      const cols = lastDim(x.shape);
      const out = rt.output(op, 0, x.dtype, x.shape);
      rowsFn(x.numeric, out.numeric, cols === 0 ? 0 : x.size / cols, cols);
      return [out];
    },
  });
}

/**
 * SoftmaxGrad(grad, softmax) = (grad - sum(grad * softmax, last axis)) * softmax.
 * TF builds this from four math ops; one fused op does the same arithmetic in one pass per
 * row (the gradient of every softmax classifier runs it each training step).
 */
registerKernel({
  type: 'SoftmaxGrad', family: 'nn',
  infer: ([g, y]) => {
    requireRankAtLeast(y.shape, 1);
    return [{ dtype: y.dtype, shape: mergeShapeOrThrow(g.shape, y.shape) }];
  },
  compute: ([g, y], op, rt) => {
    if (!sameShape(g.shape, y.shape)) throw invalidArgument(`SoftmaxGrad inputs must have the same shape: ${shapeText(g.shape)} vs. ${shapeText(y.shape)}`);
    const cols = lastDim(y.shape);
    const out = rt.output(op, 0, y.dtype, y.shape);
    const gd = g.numeric, yd = y.numeric, od = out.numeric;
    const rows = cols === 0 ? 0 : y.size / cols;
    for (let r = 0, base = 0; r < rows; r++, base += cols) {
      let dot = 0;
      for (let j = 0; j < cols; j++) dot += gd[base + j] * yd[base + j];
      for (let j = 0; j < cols; j++) od[base + j] = (gd[base + j] - dot) * yd[base + j];
    }
    return [out];
  },
});

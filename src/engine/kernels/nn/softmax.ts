// Row kernels of Softmax, LogSoftmax, SoftmaxGrad and the fused cross-entropy ops: the last
// axis is one contiguous row, one pass per row into the caller's (reused) output buffer.
// Softmax is on the hot path of every classifier.
import type { NumericArray } from '../../dtypes';

/** out[row] = exp(x - max) / sum(exp(x - max)); the max-shift keeps exp from overflowing. */
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

/** out[row] = (g - sum(g * y)) * y: the softmax Jacobian applied to g. */
export function softmaxGradRows(g: NumericArray, y: NumericArray, out: NumericArray, rows: number, cols: number): void {
  for (let r = 0, base = 0; r < rows; r++, base += cols) {
    let dot = 0;
    for (let j = 0; j < cols; j++) dot += g[base + j] * y[base + j];
    for (let j = 0; j < cols; j++) out[base + j] = (g[base + j] - dot) * y[base + j];
  }
}

/**
 * Dense softmax cross-entropy per row: loss = -sum(labels * log_softmax(x)), backprop =
 * softmax(x) - labels.
 */
export function denseXentRows(x: NumericArray, y: NumericArray, loss: NumericArray, bp: NumericArray, rows: number, cols: number): void {
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
    loss[r] = total;
  }
}

/** Sparse softmax cross-entropy per row (labels already range-checked). */
export function sparseXentRows(x: NumericArray, labels: NumericArray, loss: NumericArray, bp: NumericArray, rows: number, cols: number): void {
  for (let r = 0, base = 0; r < rows; r++, base += cols) {
    let max = -Infinity;
    for (let j = 0; j < cols; j++) { const v = x[base + j]; if (v > max) max = v; }
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += Math.exp(x[base + j] - max);
    const logSumExp = max + Math.log(sum);
    for (let j = 0; j < cols; j++) bp[base + j] = Math.exp(x[base + j] - logSumExp);
    const label = labels[r];
    bp[base + label] -= 1;
    loss[r] = logSumExp - x[base + label];
  }
}

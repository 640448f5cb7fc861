// InTopK / InTopKV2: is each target's score among the k highest of its row? Ties at the
// boundary count as in (only strictly greater scores push a target out); a non-finite score
// in the row, or a target outside [0, C), gives false.
import { registerKernel } from '../registry';
import type { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { invalidArgument } from '../../errors';
import { requireInt, requireRank, mergeDim, shapeText } from './util';
import type { Tensor } from '../../graph/tensor';

function infer(predictions: Tensor, targets: Tensor) {
  requireInt('targets', targets);
  const p = requireRank(predictions.shape, 2);
  const t = requireRank(targets.shape, 1);
  return [{ dtype: 'bool' as const, shape: [mergeDim(p ? p[0] : null, t ? t[0] : null)] }];
}

function inTopK(predictions: NDArray, targets: NDArray, k: number, op: Operation, rt: RuntimeContext): NDArray[] {
  if (predictions.rank !== 2) throw invalidArgument(`predictions must be 2-dimensional`);
  if (targets.rank !== 1) throw invalidArgument(`targets must be 1-dimensional`);
  const [rows, cols] = predictions.shape;
  if (targets.shape[0] !== rows) {
    throw invalidArgument(`First dimension of predictions ${rows} must match length of targets ${targets.shape[0]}`);
  }
  const out = rt.output(op, 0, 'bool', [rows]);
  const p = predictions.numeric, t = targets.numeric, o = out.numeric;
  for (let r = 0, base = 0; r < rows; r++, base += cols) {
    const target = t[r];
    let cannotSay = !(target >= 0 && target < cols) || !Number.isFinite(p[base + target]);
    let moreProbable = 0;
    if (!cannotSay) {
      const score = p[base + target];
      for (let j = 0; j < cols; j++) {
        const v = p[base + j];
        if (!Number.isFinite(v)) { cannotSay = true; break; }
        if (v > score && ++moreProbable > k) break;
      }
    }
    o[r] = !cannotSay && moreProbable < k ? 1 : 0;
  }
  return [out];
}

registerKernel({
  type: 'InTopK', family: 'nn',
  infer: ([predictions, targets]) => infer(predictions, targets),
  compute: ([p, t], op, rt) => inTopK(p, t, op.attrs.k as number, op, rt),
});

registerKernel({
  type: 'InTopKV2', family: 'nn',
  infer: ([predictions, targets, k]) => { requireRank(k.shape, 0); return infer(predictions, targets); },
  compute: ([p, t, k], op, rt) => {
    if (k.rank !== 0) throw invalidArgument(`k must be 0-D, got shape ${shapeText(k.shape)}`);
    return inTopK(p, t, Number(k.numeric[0]), op, rt);
  },
});

// InTopK / InTopKV2 (tf.nn.in_top_k): is each target's score among the k highest of its row?
// Ties at the boundary count as in (only strictly greater scores push a target out); a
// non-finite score in the row, or a target outside [0, C), gives false.
import type { NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { invalidArgument } from '../../errors';
import { requireInt, requireRank, mergeDim, shapeText } from '../../kernels/nn/util';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { attr } from '../attrs';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { getDefaultGraph } from '../../graph/default_graph';
import { NAME_PARAM } from './api_args';

function infer(predictions: Tensor, targets: Tensor) {
  requireInt('targets', targets);
  const p = requireRank(predictions.shape, 2);
  const t = requireRank(targets.shape, 1);
  return [{ dtype: 'bool' as const, shape: [mergeDim(p ? p[0] : null, t ? t[0] : null)] }];
}

function inTopKKernel(predictions: NDArray, targets: NDArray, k: number, node: Operation, rt: RuntimeContext): NDArray[] {
  if (predictions.rank !== 2) throw invalidArgument(`predictions must be 2-dimensional`);
  if (targets.rank !== 1) throw invalidArgument(`targets must be 1-dimensional`);
  const [rows, cols] = predictions.shape;
  if (targets.shape[0] !== rows) {
    throw invalidArgument(`First dimension of predictions ${rows} must match length of targets ${targets.shape[0]}`);
  }
  const out = rt.output(node, 0, 'bool', [rows]);
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

export const InTopK = defineOp({
  type: OpType.InTopK, family: 'nn', inputs: ['predictions', 'targets'], attrs: { k: attr.int() },
  infer: ([predictions, targets]) => infer(predictions, targets),
  compute: ([p, t], node, rt) => inTopKKernel(p, t, node.attrs.k, node, rt),
  gradient: NOT_DIFFERENTIABLE,
  tf: op('InTopK', 'predictions: float, targets: T', 'precision: bool', 'k: int; T: type = int32'),
});

export const InTopKV2 = defineOp({
  type: OpType.InTopKV2, family: 'nn', inputs: ['predictions', 'targets', 'k'], attrs: {},
  infer: ([predictions, targets, k]) => { requireRank(k.shape, 0); return infer(predictions, targets); },
  compute: ([p, t, k], node, rt) => {
    if (k.rank !== 0) throw invalidArgument(`k must be 0-D, got shape ${shapeText(k.shape)}`);
    return inTopKKernel(p, t, Number(k.numeric[0]), node, rt);
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('InTopKV2', 'predictions: float, targets: T, k: T', 'precision: bool', 'T: type = int32'),
});

/** tf.nn.in_top_k: scope `in_top_k` holding an InTopKV2 op (k is a tensor input). */
export function inTopK(predictions: TensorLike, targets: TensorLike, k: TensorLike, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'in_top_k', () => {
    const p = convertToTensor(predictions, null, 'predictions');
    const t = convertToTensor(targets, null, 'targets');
    const kt = convertToTensor(k, t.dtype, 'k');
    return InTopKV2.make1([p, t, kt], {}, name ?? OpType.InTopKV2);
  });
}

export const IN_TOP_K: OpGroup = {
  ops: [InTopK, InTopKV2],
  api: [defineApi({
    name: 'tf.nn.in_top_k', doc: 'Says whether the targets are in the top k predictions.',
    params: [{ name: 'predictions', type: 'tensor' }, { name: 'targets', type: 'tensor' }, { name: 'k', type: 'tensor' }, NAME_PARAM],
  }, a => inTopK(a.predictions, a.targets, a.k, a.name ?? undefined), ['tf.math.in_top_k'])],
};

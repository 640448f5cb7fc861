// tf.losses.Reduction and tf.losses.compute_weighted_loss (losses_impl.py, TF 1.15): losses and
// weights cast to float32, multiplied, reduced (default SUM_BY_NONZERO_WEIGHTS: sum(w * loss) /
// count(w != 0)), divided safely (0 where the denominator is 0, op `value`), cast back to the
// input dtype and added to the LOSSES collection.
import type { Tensor } from '../../../graph/tensor';
import { getDefaultGraph } from '../../../graph/default_graph';
import { GraphKeys } from '../../../graph/graph_keys';
import { convertToTensor, TensorLike } from '../../builder';
import { onesLike, zerosLike } from '../../array/creation';
import { size } from '../../array/shape_ops';
import { formatShapePy, isFullyDefined } from '../../../shape';
import { valueError } from '../../../errors';
import { cast, div, equal, greater, mul, reduceSum, select } from '../math';
import { plainScalar } from '../api_args';
import type { DType } from '../../../dtypes';

/** tf.losses.Reduction. */
export const Reduction = {
  NONE: 'none',
  SUM: 'weighted_sum',
  SUM_OVER_BATCH_SIZE: 'weighted_sum_over_batch_size',
  MEAN: 'weighted_mean',
  SUM_BY_NONZERO_WEIGHTS: 'weighted_sum_by_nonzero_weights',
  SUM_OVER_NONZERO_WEIGHTS: 'weighted_sum_by_nonzero_weights',
} as const;
export type ReductionValue = typeof Reduction[keyof typeof Reduction];

/** Reduction.all(): in TF's order. */
export const ALL_REDUCTIONS: readonly string[] = [Reduction.NONE, Reduction.SUM, Reduction.MEAN, Reduction.SUM_OVER_BATCH_SIZE,
  Reduction.SUM_OVER_NONZERO_WEIGHTS, Reduction.SUM_BY_NONZERO_WEIGHTS];

export function validateReduction(key: string): void {
  if (!ALL_REDUCTIONS.includes(key)) throw valueError(`Invalid Reduction Key ${key}.`);
}

export interface LossOptions {
  weights?: TensorLike;
  scope?: string | null;
  /** null: added to no collection. */
  lossCollection?: string | null;
  reduction?: ReductionValue;
}

/** numerator / denominator, or 0 where the denominator is 0 (div_no_nan, op `value`). */
export function safeDiv(numerator: Tensor, denominator: Tensor, name = 'value'): Tensor {
  const safeDen = select(equal(denominator, 0), onesLike(denominator), denominator);
  return select(greater(denominator, 0), div(numerator, safeDen), zerosLike(numerator), name);
}

/** `weights` broadcast against `values` (weights_broadcast_ops.broadcast_weights). */
export function broadcastWeights(weights: Tensor, values: Tensor): Tensor {
  const same = isFullyDefined(weights.shape) && isFullyDefined(values.shape)
    && weights.shape.length === values.shape.length && weights.shape.every((d, i) => d === values.shape![i]);
  return same ? weights : mul(weights, onesLike(values));
}

/** size(losses) as the losses' dtype, in scope `num_elements`. */
export function numElements(losses: Tensor): Tensor {
  return getDefaultGraph().withNameScope(null, 'num_elements', scope => cast(size(losses, scope), losses.dtype));
}

/**
 * Number of elements with non-zero weight, with weights broadcast to the losses' shape; per
 * batch element (summed over all but axis 0, kept) when `perBatch`. A non-zero Python number
 * weight counts every element.
 */
export function numPresent(losses: Tensor, weights: TensorLike, perBatch = false): Tensor {
  const w = plainScalar(weights);
  if (w !== undefined && w !== 0 && !perBatch) return numElements(losses);
  return getDefaultGraph().withNameScope(null, 'num_present', scope => {
    const wt = cast(convertToTensor(weights, null, 'weights'), 'float32');
    const present = broadcastWeights(select(equal(wt, 0), zerosLike(wt), onesLike(wt)), losses);
    if (!perBatch) return reduceSum(present, null, false, scope);
    const rank = present.shape?.length;
    if (rank === undefined) throw valueError('mean_pairwise_squared_error needs predictions of known rank');
    return reduceSum(present, Array.from({ length: rank - 1 }, (_, i) => i + 1), true, scope);
  });
}

const BROADCAST_PREFIX = 'weights can not be broadcast to values.';

/** The static part of weights_broadcast_ops.assert_broadcastable. */
export function assertBroadcastable(weights: Tensor, values: Tensor): void {
  const ws = weights.shape, vs = values.shape;
  if (ws === null || vs === null || ws.length === 0) return;
  if (ws.length !== vs.length) {
    throw valueError(`${BROADCAST_PREFIX} values.rank=${vs.length}. weights.rank=${ws.length}. values.shape=${formatShapePy(vs)}. weights.shape=${formatShapePy(ws)}.`);
  }
  if (!isFullyDefined(ws) || !isFullyDefined(vs)) return;
  ws.forEach((d, i) => {
    if (d !== 1 && d !== vs[i]) {
      throw valueError(`${BROADCAST_PREFIX} Mismatch at dim ${i}. values.shape=[${vs.join(' ')}] weights.shape=[${ws.join(' ')}].`);
    }
  });
}

/** util.add_loss: into `collection` unless it is null/empty. */
export function addLoss(loss: Tensor, collection: string | null = GraphKeys.LOSSES): void {
  if (collection) getDefaultGraph().addToCollection(collection, loss);
}

/** tf.losses.compute_weighted_loss. */
export function computeWeightedLoss(losses: TensorLike, opts: LossOptions = {}): Tensor {
  const reduction = opts.reduction ?? Reduction.SUM_BY_NONZERO_WEIGHTS;
  validateReduction(reduction);
  return getDefaultGraph().withNameScope(opts.scope ?? null, 'weighted_loss', () => {
    const weightsArg = opts.weights ?? 1.0;
    const lossT = convertToTensor(losses);
    const inputDtype: DType = lossT.dtype;
    const w = cast(convertToTensor(weightsArg, null, 'weights'), 'float32');
    assertBroadcastable(w, lossT);
    const l = cast(lossT, 'float32');
    const weighted = mul(l, w, 'Mul');
    let loss: Tensor;
    if (reduction === Reduction.NONE) loss = weighted;
    else {
      loss = reduceSum(weighted);
      if (reduction === Reduction.MEAN) loss = safeDiv(loss, reduceSum(mul(onesLike(l), w)));
      else if (reduction === Reduction.SUM_BY_NONZERO_WEIGHTS) loss = safeDiv(loss, numPresent(l, weightsArg));
      else if (reduction === Reduction.SUM_OVER_BATCH_SIZE) loss = safeDiv(loss, numElements(l));
    }
    loss = cast(loss, inputDtype);
    addLoss(loss, opts.lossCollection === undefined ? GraphKeys.LOSSES : opts.lossCollection);
    return loss;
  });
}

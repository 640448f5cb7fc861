// tf.losses.*: a per-example loss reduced by compute_weighted_loss (default
// SUM_BY_NONZERO_WEIGHTS: sum(w * loss) / count(w != 0)), named `<scope>/value` and added
// to the LOSSES collection.
import { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { GraphKeys } from '../../graph/graph_keys';
import { convertToTensor, TensorLike } from '../builder';
import { onesLike, zerosLike } from '../array/creation';
import { size, squeeze } from '../array/shapes';
import { stopGradient } from '../control';
import { isCompatible, isFullyDefined, formatShapePy } from '../../shape';
import { valueError } from '../../errors';
import { add, cast, div, equal, greater, mul, reduceSum, select, squaredDifference } from './math';
import { softmaxCrossEntropyWithLogitsV2, sparseSoftmaxCrossEntropyWithLogits } from './xent';
import type { DType } from '../../dtypes';

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

export interface LossOptions {
  weights?: TensorLike;
  scope?: string | null;
  lossCollection?: string | null;
  reduction?: ReductionValue;
}

/** numerator / denominator, or 0 where the denominator is 0 (TF's `_safe_div`, op `value`). */
function safeDiv(numerator: Tensor, denominator: Tensor): Tensor {
  const safeDen = select(equal(denominator, 0), onesLike(denominator), denominator);
  return select(greater(denominator, 0), div(numerator, safeDen), zerosLike(numerator), 'value');
}

/** Number of elements with non-zero weight, with weights broadcast to the losses' shape. */
function numPresent(losses: Tensor, weights: Tensor): Tensor {
  return getDefaultGraph().withNameScope(null, 'num_present', scope => {
    let present = select(equal(weights, 0), zerosLike(weights), onesLike(weights));
    const sameStatic = isFullyDefined(present.shape) && isFullyDefined(losses.shape)
      && present.shape.length === losses.shape.length && present.shape.every((d, i) => d === losses.shape![i]);
    if (!sameStatic) present = mul(present, onesLike(losses));
    return reduceSum(present, null, false, scope);
  });
}

/** tf.losses.compute_weighted_loss. */
export function computeWeightedLoss(losses: TensorLike, opts: LossOptions = {}): Tensor {
  const reduction = opts.reduction ?? Reduction.SUM_BY_NONZERO_WEIGHTS;
  if (!Object.values(Reduction).includes(reduction)) throw valueError(`Invalid Reduction Key ${reduction}.`);
  return getDefaultGraph().withNameScope(opts.scope ?? null, 'weighted_loss', () => {
    const lossT = convertToTensor(losses);
    const inputDtype: DType = lossT.dtype;
    const l = cast(lossT, 'float32');
    const w = cast(convertToTensor(opts.weights ?? 1.0, null, 'weights'), 'float32');
    const weighted = mul(l, w, 'Mul');
    let loss: Tensor;
    if (reduction === Reduction.NONE) loss = weighted;
    else {
      loss = reduceSum(weighted);
      if (reduction === Reduction.MEAN) loss = safeDiv(loss, reduceSum(mul(onesLike(l), w)));
      else if (reduction === Reduction.SUM_BY_NONZERO_WEIGHTS) loss = safeDiv(loss, numPresent(l, w));
      else if (reduction === Reduction.SUM_OVER_BATCH_SIZE) {
        const count = getDefaultGraph().withNameScope(null, 'num_elements', s => cast(size(l), 'float32', s));
        loss = safeDiv(loss, count);
      }
    }
    loss = cast(loss, inputDtype);
    if (opts.lossCollection !== null) getDefaultGraph().addToCollection(opts.lossCollection ?? GraphKeys.LOSSES, loss);
    return loss;
  });
}

function assertCompatible(a: Tensor, b: Tensor): void {
  if (!isCompatible(a.shape, b.shape)) throw valueError(`Shapes ${formatShapePy(a.shape)} and ${formatShapePy(b.shape)} are incompatible`);
}

/** tf.losses.mean_squared_error(labels, predictions, weights=1.0, ...). */
export function meanSquaredError(labels: TensorLike, predictions: TensorLike, opts: LossOptions = {}): Tensor {
  if (labels === undefined || labels === null) throw valueError('labels must not be None.');
  if (predictions === undefined || predictions === null) throw valueError('predictions must not be None.');
  return getDefaultGraph().withNameScope(opts.scope ?? null, 'mean_squared_error', scope => {
    const p = cast(convertToTensor(predictions), 'float32');
    const l = cast(convertToTensor(labels), 'float32');
    assertCompatible(p, l);
    const losses = squaredDifference(p, l);
    return computeWeightedLoss(losses, { ...opts, scope });
  });
}

export interface SoftmaxLossOptions extends LossOptions { labelSmoothing?: number }

/** tf.losses.softmax_cross_entropy(onehot_labels, logits, weights=1.0, label_smoothing=0, ...). */
export function softmaxCrossEntropy(onehotLabels: TensorLike, logits: TensorLike, opts: SoftmaxLossOptions = {}): Tensor {
  if (onehotLabels === undefined || onehotLabels === null) throw valueError('onehot_labels must not be None.');
  if (logits === undefined || logits === null) throw valueError('logits must not be None.');
  return getDefaultGraph().withNameScope(opts.scope ?? null, 'softmax_cross_entropy_loss', scope => {
    const x = convertToTensor(logits);
    let labels = cast(convertToTensor(onehotLabels), x.dtype);
    assertCompatible(x, labels);
    const smoothing = opts.labelSmoothing ?? 0;
    if (smoothing > 0) {
      const numClasses = x.shape?.[x.shape.length - 1];
      if (numClasses === null || numClasses === undefined) throw valueError('label_smoothing needs a known number of classes');
      labels = add(mul(labels, 1 - smoothing), smoothing / numClasses);
    }
    labels = stopGradient(labels, 'labels_stop_gradient');
    const losses = softmaxCrossEntropyWithLogitsV2({ labels, logits: x, name: 'xentropy' });
    return computeWeightedLoss(losses, { ...opts, scope });
  });
}

/** tf.losses.sparse_softmax_cross_entropy(labels, logits, weights=1.0, ...). */
export function sparseSoftmaxCrossEntropy(labels: TensorLike, logits: TensorLike, opts: LossOptions = {}): Tensor {
  if (labels === undefined || labels === null) throw valueError('labels must not be None.');
  if (logits === undefined || logits === null) throw valueError('logits must not be None.');
  return getDefaultGraph().withNameScope(opts.scope ?? null, 'sparse_softmax_cross_entropy_loss', scope => {
    const x = convertToTensor(logits);
    let l = convertToTensor(labels);
    // _remove_squeezable_dimensions: labels of shape [..., 1] lose their last axis.
    if (l.shape && x.shape && l.shape.length === x.shape.length && l.shape[l.shape.length - 1] === 1) l = squeeze(l, [-1]);
    const losses = sparseSoftmaxCrossEntropyWithLogits({ labels: l, logits: x, name: 'xentropy' });
    return computeWeightedLoss(losses, { ...opts, scope });
  });
}

export const losses = { meanSquaredError, softmaxCrossEntropy, sparseSoftmaxCrossEntropy, computeWeightedLoss, Reduction };

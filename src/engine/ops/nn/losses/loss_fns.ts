// The tf.losses.* loss functions of TF 1.15 (losses_impl.py): each converts its inputs to
// float32 (the softmax/sigmoid ones keep the logits' dtype), checks the shapes are
// compatible, builds the per-element loss in its own name scope and hands it to
// compute_weighted_loss (reduction.ts).
import type { Tensor } from '../../../graph/tensor';
import { getDefaultGraph } from '../../../graph/default_graph';
import { GraphKeys } from '../../../graph/graph_keys';
import { convertToTensor, TensorLike } from '../../builder';
import { onesLike, zerosLike } from '../../array/creation';
import { shape } from '../../array/shape_ops';
import { squeeze } from '../../array/reshape';
import { gather } from '../../array/gather';
import { stopGradient } from '../../control';
import { isCompatible, formatShapePy } from '../../../shape';
import { valueError } from '../../../errors';
import { OpType } from '../../op_types';
import { add, cast, greater, maximum, minimum, mul, neg, reduceSum, select, squaredDifference, sub, unary } from '../math';
import { relu } from '../activations';
import { softmaxCrossEntropyWithLogitsV2, sparseSoftmaxCrossEntropyWithLogits } from '../xent';
import { sigmoidCrossEntropyWithLogits } from '../sigmoid_xent';
import { addLoss, computeWeightedLoss, LossOptions, numPresent, safeDiv } from './reduction';

export interface SoftmaxLossOptions extends LossOptions { labelSmoothing?: number }

function required(v: TensorLike | null | undefined, what: string): TensorLike {
  if (v === undefined || v === null) throw valueError(`${what} must not be None.`);
  return v;
}
function assertCompatible(a: Tensor, b: Tensor): void {
  if (!isCompatible(a.shape, b.shape)) throw valueError(`Shapes ${formatShapePy(a.shape)} and ${formatShapePy(b.shape)} are incompatible`);
}
const toFloat = (v: TensorLike) => cast(convertToTensor(v), 'float32');

/** The pattern of the regression losses: float32 predictions and labels, compatible shapes. */
function regressionLoss(defaultScope: string, labels: TensorLike | null, predictions: TensorLike | null, opts: LossOptions,
  perElement: (p: Tensor, l: Tensor) => Tensor, predictionsName = 'predictions'): Tensor {
  required(labels, 'labels');
  required(predictions, predictionsName);
  return getDefaultGraph().withNameScope(opts.scope ?? null, defaultScope, scope => {
    const p = toFloat(predictions!);
    const l = toFloat(labels!);
    assertCompatible(p, l);
    return computeWeightedLoss(perElement(p, l), { ...opts, scope });
  });
}

/** tf.losses.mean_squared_error: (p - l)². */
export function meanSquaredError(labels: TensorLike | null, predictions: TensorLike | null, opts: LossOptions = {}): Tensor {
  return regressionLoss('mean_squared_error', labels, predictions, opts, (p, l) => squaredDifference(p, l));
}

/** tf.losses.absolute_difference: |p - l|. */
export function absoluteDifference(labels: TensorLike | null, predictions: TensorLike | null, opts: LossOptions = {}): Tensor {
  return regressionLoss('absolute_difference', labels, predictions, opts, (p, l) => unary(OpType.Abs, sub(p, l)));
}

/** tf.losses.huber_loss: with e = |p - l| and q = min(e, delta): 0.5·q² + delta·(e - q). */
export function huberLoss(labels: TensorLike | null, predictions: TensorLike | null, opts: LossOptions & { delta?: number } = {}): Tensor {
  const delta = opts.delta ?? 1.0;
  return regressionLoss('huber_loss', labels, predictions, opts, (p, l) => {
    const absError = unary(OpType.Abs, sub(p, l));
    const quadratic = minimum(absError, delta);
    // abs_error - quadratic rather than max(abs_error - delta, 0): its gradient is 0 at |e| = delta.
    const linear = sub(absError, quadratic);
    return add(mul(0.5, mul(quadratic, quadratic)), mul(delta, linear));
  });
}

/** tf.losses.log_loss: -l·log(p + ε) - (1 - l)·log(1 - p + ε). */
export function logLoss(labels: TensorLike | null, predictions: TensorLike | null, opts: LossOptions & { epsilon?: number } = {}): Tensor {
  const eps = opts.epsilon ?? 1e-7;
  return regressionLoss('log_loss', labels, predictions, opts, (p, l) =>
    sub(neg(mul(l, unary(OpType.Log, add(p, eps)))), mul(sub(1, l), unary(OpType.Log, add(sub(1, p), eps)))));
}

/** tf.losses.hinge_loss: labels {0, 1} → ±1, then relu(1 - y·logits). */
export function hingeLoss(labels: TensorLike | null, logits: TensorLike | null, opts: LossOptions = {}): Tensor {
  return regressionLoss('hinge_loss', labels, logits, opts, (x, l) => {
    const allOnes = onesLike(l);
    const y = sub(mul(2, l), allOnes);
    return relu(sub(allOnes, mul(y, x)));
  }, 'logits');
}

/** tf.losses.cosine_distance: 1 - sum(p·l, axis, keepdims) (inputs assumed unit-normalized). */
export function cosineDistance(labels: TensorLike | null, predictions: TensorLike | null, opts: LossOptions & { axis?: number | null } = {}): Tensor {
  if (opts.axis === undefined || opts.axis === null) throw valueError("You must specify 'axis'.");
  const axis = opts.axis;
  return getDefaultGraph().withNameScope(opts.scope ?? null, 'cosine_distance_loss', scope => {
    const p = toFloat(required(predictions, 'predictions'));
    const l = toFloat(required(labels, 'labels'));
    assertCompatible(p, l);
    const losses = sub(1, reduceSum(mul(p, l), [axis], true));
    return computeWeightedLoss(losses, { ...opts, scope });
  });
}

/**
 * tf.losses.mean_pairwise_squared_error: per batch element, the mean over pairs (i, j) of
 * ((p_i - p_j) - (l_i - l_j))², as 2·(Σd²/(n-1) - (Σd)²/(n(n-1))); summed over the batch with
 * weights (no reduction argument in TF 1.15).
 */
export function meanPairwiseSquaredError(labels: TensorLike | null, predictions: TensorLike | null, opts: Omit<LossOptions, 'reduction'> = {}): Tensor {
  const labelsT = required(labels, 'labels');
  const predictionsT = required(predictions, 'predictions');
  return getDefaultGraph().withNameScope(opts.scope ?? null, 'mean_pairwise_squared_error', () => {
    const weights = toFloat(opts.weights ?? 1.0);
    const l = toFloat(labelsT);
    const p = toFloat(predictionsT);
    assertCompatible(p, l);
    const diffs = sub(p, l);
    const rank = diffs.shape?.length;
    if (rank === undefined) throw valueError('mean_pairwise_squared_error needs predictions of known rank');
    const axes = Array.from({ length: rank - 1 }, (_, i) => i + 1);
    const sumSquares = reduceSum(unary(OpType.Square, diffs), axes, true);
    const present = numPresent(diffs, weights, true);
    const term1 = mul(2, safeDiv(sumSquares, maximum(sub(present, 1), 0)));
    const sumDiff = reduceSum(diffs, axes, true);
    const term2 = mul(2, safeDiv(unary(OpType.Square, sumDiff), maximum(mul(present, sub(present, 1)), 0)));
    const loss = reduceSum(mul(sub(term1, term2), weights));
    const mean = select(greater(reduceSum(present), 0), loss, zerosLike(loss), 'value');
    addLoss(mean, opts.lossCollection === undefined ? GraphKeys.LOSSES : opts.lossCollection);
    return mean;
  });
}

/** tf.losses.sigmoid_cross_entropy: smoothing pulls labels toward 1/2: l·(1 - s) + 0.5·s. */
export function sigmoidCrossEntropy(multiClassLabels: TensorLike | null, logits: TensorLike | null, opts: SoftmaxLossOptions = {}): Tensor {
  const labelsT = required(multiClassLabels, 'multi_class_labels');
  const logitsT = required(logits, 'logits');
  return getDefaultGraph().withNameScope(opts.scope ?? null, 'sigmoid_cross_entropy_loss', scope => {
    const x = convertToTensor(logitsT);
    let labels = cast(convertToTensor(labelsT), x.dtype);
    assertCompatible(x, labels);
    const s = opts.labelSmoothing ?? 0;
    if (s > 0) labels = add(mul(labels, 1 - s), 0.5 * s);
    const losses = sigmoidCrossEntropyWithLogits({ labels, logits: x, name: 'xentropy' });
    return computeWeightedLoss(losses, { ...opts, scope });
  });
}

/** The number of classes as the logits' dtype: static when known, else shape(labels)[1]. */
function classCount(labels: Tensor, dtype: Tensor['dtype']): Tensor | number {
  const c = labels.shape?.[1];
  if (c !== null && c !== undefined) return c;
  return cast(gather(shape(labels), 1), dtype);
}

/** tf.losses.softmax_cross_entropy: smoothing pulls labels toward 1/C: l·(1 - s) + s/C. */
export function softmaxCrossEntropy(onehotLabels: TensorLike | null, logits: TensorLike | null, opts: SoftmaxLossOptions = {}): Tensor {
  const labelsT = required(onehotLabels, 'onehot_labels');
  const logitsT = required(logits, 'logits');
  return getDefaultGraph().withNameScope(opts.scope ?? null, 'softmax_cross_entropy_loss', scope => {
    const x = convertToTensor(logitsT);
    let labels = cast(convertToTensor(labelsT), x.dtype);
    assertCompatible(x, labels);
    const s = opts.labelSmoothing ?? 0;
    if (s > 0) {
      const c = classCount(labels, x.dtype);
      labels = add(mul(labels, 1 - s), typeof c === 'number' ? s / c : mul(s, unary(OpType.Reciprocal, c)));
    }
    labels = stopGradient(labels, 'labels_stop_gradient');
    const losses = softmaxCrossEntropyWithLogitsV2({ labels, logits: x, name: 'xentropy' });
    return computeWeightedLoss(losses, { ...opts, scope });
  });
}

/** _remove_squeezable_dimensions(labels, logits, weights, expected_rank_diff=1), static ranks. */
function squeezeForSparse(labels: Tensor, logits: Tensor, weights: TensorLike | undefined): { labels: Tensor; logits: Tensor; weights: TensorLike | undefined } {
  let l = labels, x = logits;
  const ls = l.shape, xs = x.shape;
  const lastFits = (s: readonly (number | null)[]) => s.length > 0 && (s[s.length - 1] === 1 || s[s.length - 1] === null);
  if (ls !== null && xs !== null) {
    const diff = xs.length - ls.length;
    if (diff === 2 && lastFits(xs)) x = squeeze(x, [-1]);
    else if (diff === 0 && lastFits(ls)) l = squeeze(l, [-1]);
  }
  if (weights === undefined) return { labels: l, logits: x, weights };
  const w = convertToTensor(weights);
  if (w.shape !== null && l.shape !== null && w.shape.length - l.shape.length === 1) return { labels: l, logits: x, weights: squeeze(w, [-1]) };
  return { labels: l, logits: x, weights: w };
}

/** tf.losses.sparse_softmax_cross_entropy(labels, logits, weights=1.0, ...). */
export function sparseSoftmaxCrossEntropy(labels: TensorLike | null, logits: TensorLike | null, opts: LossOptions = {}): Tensor {
  const labelsT = required(labels, 'labels');
  const logitsT = required(logits, 'logits');
  return getDefaultGraph().withNameScope(opts.scope ?? null, 'sparse_softmax_cross_entropy_loss', scope => {
    const squeezed = squeezeForSparse(convertToTensor(labelsT), convertToTensor(logitsT), opts.weights);
    const losses = sparseSoftmaxCrossEntropyWithLogits({ labels: squeezed.labels, logits: squeezed.logits, name: 'xentropy' });
    return computeWeightedLoss(losses, { ...opts, weights: squeezed.weights, scope });
  });
}

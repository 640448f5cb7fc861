// TF 1.15's tf.losses.* signatures (every loss takes weights=1.0, scope=None,
// loss_collection=LOSSES, reduction=SUM_BY_NONZERO_WEIGHTS).
import { defineApi, ApiFunction } from '../../../api/api_function';
import { GraphKeys } from '../../../graph/graph_keys';
import { typeError } from '../../../errors';
import { convertToTensor, TensorLike } from '../../builder';
import { addLoss, computeWeightedLoss, LossOptions, Reduction, ReductionValue } from './reduction';
import {
  absoluteDifference, cosineDistance, hingeLoss, huberLoss, logLoss, meanPairwiseSquaredError, meanSquaredError,
  sigmoidCrossEntropy, softmaxCrossEntropy, sparseSoftmaxCrossEntropy,
} from './loss_fns';
import { getLosses, getRegularizationLoss, getRegularizationLosses, getTotalLoss } from './collection';
import { deprecatedLookup } from '../api_args';

const WEIGHTS = { name: 'weights', default: { float: 1 }, type: 'tensor', doc: 'a scalar or a tensor broadcastable to the losses' } as const;
const SCOPE = { name: 'scope', default: null, type: 'str' } as const;
const COLLECTION = { name: 'loss_collection', default: GraphKeys.LOSSES, doc: 'a collection name, or None for none' } as const;
const REDUCTION = { name: 'reduction', default: Reduction.SUM_BY_NONZERO_WEIGHTS, type: 'str', doc: 'a tf.losses.Reduction value' } as const;
const TAIL = [SCOPE, COLLECTION, REDUCTION] as const;

/** loss_collection: a str or None. */
function collectionArg(fn: string, v: unknown): string | null {
  if (v === null || typeof v === 'string') return v;
  throw typeError(`${fn}() argument 'loss_collection' must be str or None`);
}

interface CommonArgs { weights: TensorLike; scope: string | null; loss_collection: unknown; reduction?: string }
function options(fn: string, a: CommonArgs): LossOptions {
  return {
    weights: a.weights, scope: a.scope, lossCollection: collectionArg(fn, a.loss_collection),
    ...(a.reduction === undefined ? {} : { reduction: a.reduction as ReductionValue }),
  };
}

const pair = <A extends string, B extends string>(first: A, second: B) =>
  [{ name: first, type: 'optional_tensor' }, { name: second, type: 'optional_tensor' }] as const;

export const LOSSES_API: ApiFunction[] = [
  defineApi({ name: 'tf.losses.compute_weighted_loss', doc: 'Computes the weighted loss (and adds it to loss_collection).',
    params: [{ name: 'losses', type: 'tensor' }, WEIGHTS, ...TAIL] },
  a => computeWeightedLoss(a.losses, options('compute_weighted_loss', a))),
  defineApi({ name: 'tf.losses.mean_squared_error', doc: 'Adds a sum-of-squares loss: (predictions - labels)².', params: [...pair('labels', 'predictions'), WEIGHTS, ...TAIL] },
    a => meanSquaredError(a.labels, a.predictions, options('mean_squared_error', a))),
  defineApi({ name: 'tf.losses.absolute_difference', doc: 'Adds an absolute-difference loss: |predictions - labels|.', params: [...pair('labels', 'predictions'), WEIGHTS, ...TAIL] },
    a => absoluteDifference(a.labels, a.predictions, options('absolute_difference', a))),
  defineApi({ name: 'tf.losses.huber_loss', doc: 'Adds a Huber loss: quadratic within delta of the labels, linear beyond.',
    params: [...pair('labels', 'predictions'), WEIGHTS, { name: 'delta', default: { float: 1 }, type: 'float' }, ...TAIL] },
  a => huberLoss(a.labels, a.predictions, { ...options('huber_loss', a), delta: a.delta })),
  defineApi({ name: 'tf.losses.log_loss', doc: 'Adds a log loss: -labels·log(p + ε) - (1 - labels)·log(1 - p + ε).',
    params: [...pair('labels', 'predictions'), WEIGHTS, { name: 'epsilon', default: 1e-7, type: 'float' }, ...TAIL] },
  a => logLoss(a.labels, a.predictions, { ...options('log_loss', a), epsilon: a.epsilon })),
  defineApi({ name: 'tf.losses.hinge_loss', doc: 'Adds a hinge loss: relu(1 - (2·labels - 1)·logits).', params: [...pair('labels', 'logits'), WEIGHTS, ...TAIL] },
    a => hingeLoss(a.labels, a.logits, options('hinge_loss', a))),
  defineApi({ name: 'tf.losses.cosine_distance', doc: 'Adds a cosine-distance loss: 1 - sum(predictions·labels, axis) (inputs unit-normalized).',
    params: [...pair('labels', 'predictions'), { name: 'axis', default: null, type: 'int' }, WEIGHTS, ...TAIL,
      { name: 'dim', default: null, type: 'int', doc: 'deprecated alias of axis' }] },
  a => cosineDistance(a.labels, a.predictions, { ...options('cosine_distance', a), axis: deprecatedLookup(a.axis, a.dim) })),
  defineApi({ name: 'tf.losses.mean_pairwise_squared_error', doc: 'Adds a pairwise-errors-squared loss (differences between pairs of elements, per batch element).',
    params: [...pair('labels', 'predictions'), WEIGHTS, SCOPE, COLLECTION] },
  a => meanPairwiseSquaredError(a.labels, a.predictions, options('mean_pairwise_squared_error', a))),
  defineApi({ name: 'tf.losses.sigmoid_cross_entropy', doc: 'Creates a cross-entropy loss using tf.nn.sigmoid_cross_entropy_with_logits.',
    params: [...pair('multi_class_labels', 'logits'), WEIGHTS, { name: 'label_smoothing', default: 0, type: 'float' }, ...TAIL] },
  a => sigmoidCrossEntropy(a.multi_class_labels, a.logits, { ...options('sigmoid_cross_entropy', a), labelSmoothing: a.label_smoothing })),
  defineApi({ name: 'tf.losses.softmax_cross_entropy', doc: 'Creates a cross-entropy loss using tf.nn.softmax_cross_entropy_with_logits_v2.',
    params: [...pair('onehot_labels', 'logits'), WEIGHTS, { name: 'label_smoothing', default: 0, type: 'float' }, ...TAIL] },
  a => softmaxCrossEntropy(a.onehot_labels, a.logits, { ...options('softmax_cross_entropy', a), labelSmoothing: a.label_smoothing })),
  defineApi({ name: 'tf.losses.sparse_softmax_cross_entropy', doc: 'Cross-entropy loss using tf.nn.sparse_softmax_cross_entropy_with_logits.',
    params: [...pair('labels', 'logits'), WEIGHTS, ...TAIL] },
  a => sparseSoftmaxCrossEntropy(a.labels, a.logits, options('sparse_softmax_cross_entropy', a))),
  defineApi({ name: 'tf.losses.add_loss', doc: 'Adds an externally defined loss to the collection of losses.',
    params: [{ name: 'loss', type: 'tensor' }, COLLECTION] },
  a => { addLoss(convertToTensor(a.loss), collectionArg('add_loss', a.loss_collection)); return null; }),
  defineApi({ name: 'tf.losses.get_losses', doc: 'Gets the list of losses from the loss_collection.',
    params: [SCOPE, { name: 'loss_collection', default: GraphKeys.LOSSES, type: 'str' }] },
  a => getLosses(a.scope, a.loss_collection)),
  defineApi({ name: 'tf.losses.get_regularization_losses', doc: 'Gets the list of regularization losses.', params: [SCOPE] },
    a => getRegularizationLosses(a.scope)),
  defineApi({ name: 'tf.losses.get_regularization_loss', doc: 'Gets the total regularization loss (0.0 when there is none).',
    params: [SCOPE, { name: 'name', default: 'total_regularization_loss', type: 'str' }] },
  a => getRegularizationLoss(a.scope, a.name)),
  defineApi({ name: 'tf.losses.get_total_loss', doc: 'Returns a tensor whose value represents the total loss (losses plus regularization losses).',
    params: [{ name: 'add_regularization_losses', default: true, type: 'flag' }, { name: 'name', default: 'total_loss', type: 'str' }, SCOPE] },
  a => getTotalLoss(a.add_regularization_losses, a.name, a.scope)),
];

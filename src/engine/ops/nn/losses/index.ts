// tf.losses: the loss functions, compute_weighted_loss with its Reduction, and the LOSSES
// collection helpers.
import type { OpGroup } from '../../op_def';
import { LOSSES_API } from './api';
import { computeWeightedLoss, Reduction } from './reduction';
import {
  absoluteDifference, cosineDistance, hingeLoss, huberLoss, logLoss, meanPairwiseSquaredError, meanSquaredError,
  sigmoidCrossEntropy, softmaxCrossEntropy, sparseSoftmaxCrossEntropy,
} from './loss_fns';
import { getLosses, getRegularizationLoss, getRegularizationLosses, getTotalLoss } from './collection';

export { Reduction, ALL_REDUCTIONS, validateReduction, computeWeightedLoss, addLoss } from './reduction';
export type { LossOptions, ReductionValue } from './reduction';
export type { SoftmaxLossOptions } from './loss_fns';

export const losses = {
  meanSquaredError, absoluteDifference, huberLoss, logLoss, hingeLoss, cosineDistance, meanPairwiseSquaredError,
  sigmoidCrossEntropy, softmaxCrossEntropy, sparseSoftmaxCrossEntropy, computeWeightedLoss, Reduction,
  getLosses, getRegularizationLosses, getRegularizationLoss, getTotalLoss,
};

export const LOSSES: OpGroup = { ops: [], api: LOSSES_API };

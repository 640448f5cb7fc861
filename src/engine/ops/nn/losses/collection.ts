// The LOSSES collection helpers of tf.losses (ops/losses/util.py, TF 1.15).
import type { Tensor } from '../../../graph/tensor';
import { getDefaultGraph } from '../../../graph/default_graph';
import { GraphKeys } from '../../../graph/graph_keys';
import { constant } from '../../builder';
import { valueError } from '../../../errors';
import { addN } from '../../math/add_n';

/** tf.losses.get_losses: the loss_collection, filtered by scope. */
export function getLosses(scope: string | null = null, lossCollection: string = GraphKeys.LOSSES): Tensor[] {
  return getDefaultGraph().getCollection(lossCollection, scope) as Tensor[];
}

/** tf.losses.get_regularization_losses: the REGULARIZATION_LOSSES collection, filtered by scope. */
export function getRegularizationLosses(scope: string | null = null): Tensor[] {
  return getDefaultGraph().getCollection(GraphKeys.REGULARIZATION_LOSSES, scope) as Tensor[];
}

/** tf.losses.get_regularization_loss: their add_n, or the constant 0.0 when there are none. */
export function getRegularizationLoss(scope: string | null = null, name = 'total_regularization_loss'): Tensor {
  const losses = getRegularizationLosses(scope);
  return losses.length ? addN(losses, name) : constant(0.0, 'float32');
}

/** tf.losses.get_total_loss: add_n of the losses (and the regularization losses). */
export function getTotalLoss(addRegularizationLosses = true, name = 'total_loss', scope: string | null = null): Tensor {
  const losses = [...getLosses(scope), ...(addRegularizationLosses ? getRegularizationLosses(scope) : [])];
  // TF's add_n text, missing space included.
  if (!losses.length) throw valueError('inputs must be a list of at least oneTensor/IndexedSlices with the same dtype and shape');
  return addN(losses, name);
}

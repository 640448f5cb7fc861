// Activations TF 1.15 composes from other ops: tf.nn.crelu (concat(x, -x) then Relu) and
// tf.nn.swish (x * sigmoid(x); TF's custom gradient gives the same values as the chain rule).
import type { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { concat } from '../array/concat';
import { sigmoid } from '../math/unary';
import { mul, neg } from './math';
import { relu } from './activations';
import { NAME_PARAM } from './api_args';

/** tf.nn.crelu: relu(concat([x, -x], axis)), the concat named after the `CRelu` scope. */
export function crelu(features: TensorLike, name?: string, axis = -1): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'CRelu', scope => {
    const x = convertToTensor(features, null, 'features');
    return relu(concat([x, neg(x)], axis, scope));
  });
}

/** tf.nn.swish: x * sigmoid(x). */
export function swish(features: TensorLike): Tensor {
  const x = convertToTensor(features, null, 'features');
  return mul(x, sigmoid(x));
}

export const ACTIVATION_COMPOSITES_API = [
  defineApi({
    name: 'tf.nn.crelu', doc: 'Computes Concatenated ReLU: relu of features and -features, concatenated along axis.',
    params: [{ name: 'features', type: 'tensor' }, NAME_PARAM, { name: 'axis', default: -1, type: 'int' }],
  }, a => crelu(a.features, a.name ?? undefined, a.axis)),
  defineApi({
    name: 'tf.nn.swish', doc: 'Computes the Swish activation function: features * sigmoid(features).',
    params: [{ name: 'features', type: 'tensor' }],
  }, a => swish(a.features)),
];

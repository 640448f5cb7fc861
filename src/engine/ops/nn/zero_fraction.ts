// tf.nn.zero_fraction (TF 1.15 nn_impl.py): the fraction of a tensor's elements that are zero, as a
// float32 scalar, computed as TF does (zero count and size cast to float32, then divided) so the
// value is exact for any size a program summarizes (text_cnn's gradient-sparsity summaries).
import type { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { defineApi } from '../../api/api_function';
import { convertToTensor, constant, TensorLike } from '../builder';
import { identity } from '../control/identity';
import { size } from '../array/shape_ops';
import { cast, div, equal, reduceSum } from './math';
import { NAME_PARAM } from './api_args';

export function zeroFraction(value: TensorLike, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'zero_fraction', () => {
    const x = convertToTensor(value, null, 'value');
    const zeros = reduceSum(cast(equal(x, constant(0, x.dtype)), 'int32'));
    const total = size(x);
    return x.graph.withNameScope(null, 'counts_to_fraction', () =>
      identity(div(cast(zeros, 'float32'), cast(total, 'float32')), 'fraction'));
  });
}

export const ZERO_FRACTION_API = [
  defineApi({
    name: 'tf.nn.zero_fraction', doc: 'Returns the fraction of zeros in value, a float32 scalar.',
    params: [{ name: 'value', type: 'tensor' }, NAME_PARAM],
  }, a => zeroFraction(a.value, a.name ?? undefined), ['tf.math.zero_fraction']),
];

// tf.nn.bias_add, tf.nn.l2_loss, tf.nn.in_top_k.
import { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { convertToTensor, makeOp1, TensorLike } from '../builder';

export function biasAdd(value: TensorLike, bias: TensorLike, dataFormat?: 'NHWC' | 'NCHW' | null, name?: string): Tensor {
  const x = convertToTensor(value, null, 'input');
  return x.graph.withNameScope(name ?? null, 'BiasAdd', scope => {
    const b = convertToTensor(bias, x.dtype, 'bias');
    return makeOp1('BiasAdd', [x, b], { data_format: dataFormat ?? 'NHWC' }, scope);
  });
}

export function l2Loss(t: TensorLike, name?: string): Tensor {
  return makeOp1('L2Loss', [convertToTensor(t, null, 't')], {}, name ?? 'L2Loss');
}

/** tf.nn.in_top_k: scope `in_top_k` holding an InTopKV2 op (k is a tensor input). */
export function inTopK(predictions: TensorLike, targets: TensorLike, k: TensorLike, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'in_top_k', () => {
    const p = convertToTensor(predictions, null, 'predictions');
    const t = convertToTensor(targets, null, 'targets');
    const kt = convertToTensor(k, t.dtype, 'k');
    return makeOp1('InTopKV2', [p, t, kt], {}, name ?? 'InTopKV2');
  });
}

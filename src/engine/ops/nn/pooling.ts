// tf.nn.max_pool and tf.nn.avg_pool (NHWC) builders. Not yet in the op-definition shape: the
// pooling family's kernels live in kernels/nn/pool.ts, its gradients in gradients/families/nn.
import { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { convertToTensor, makeOp1, TensorLike } from '../builder';
import { valueError } from '../../errors';
import type { Padding } from './conv2d';

/** The op_def_library check of a string attr with allowed values. */
export function checkPadding(padding: unknown): Padding {
  if (padding !== 'SAME' && padding !== 'VALID') {
    throw valueError(`Value for attr 'padding' of "${String(padding)}" is not in the list of allowed values: "SAME", "VALID"`);
  }
  return padding;
}

function pool(type: 'MaxPool' | 'AvgPool', value: TensorLike, ksize: number[], strides: number[], padding: Padding, dataFormat: string, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, type, scope => {
    const x = convertToTensor(value, null, 'input');
    return makeOp1(type, [x], { ksize, strides, padding: checkPadding(padding), data_format: dataFormat }, scope);
  });
}

export function maxPool(value: TensorLike, ksize: number[], strides: number[], padding: Padding, dataFormat = 'NHWC', name?: string): Tensor {
  return pool('MaxPool', value, ksize, strides, padding, dataFormat, name);
}
export function avgPool(value: TensorLike, ksize: number[], strides: number[], padding: Padding, dataFormat = 'NHWC', name?: string): Tensor {
  return pool('AvgPool', value, ksize, strides, padding, dataFormat, name);
}

// tf.nn.moments, tf.nn.batch_normalization (composites of math ops, as TF 1.15 writes them)
// and tf.nn.fused_batch_norm (one FusedBatchNormV3 op).
import type { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { valueError } from '../../errors';
import { defineApi, apiTuple } from '../../api/api_function';
import { constant, convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { stopGradient } from '../control';
import { squeeze } from '../array/reshape';
import { reduceMean } from '../math/reduce';
import { add, cast, mul, neg, squaredDifference, sub, unary } from './math';
import { FusedBatchNormGradV3, FusedBatchNormV3 } from './fused_batch_norm';
import { deprecatedLookup, NAME_PARAM } from './api_args';

/** tf.nn.moments: the mean and (biased) variance over `axes`, in scope `moments`. */
export function moments(x: TensorLike, axes: number[], keepDims = false, name?: string): [Tensor, Tensor] {
  return getDefaultGraph().withNameScope(name ?? null, 'moments', () => {
    const xt = convertToTensor(x, null, 'x');
    const mean = reduceMean(xt, axes, true, 'mean');
    // The stop_gradient leaves the gradient unchanged: the variance's gradient into the mean is zero.
    const variance = reduceMean(squaredDifference(xt, stopGradient(mean)), axes, true, 'variance');
    return keepDims ? [mean, variance] : [squeeze(mean, axes), squeeze(variance, axes)];
  });
}

/**
 * tf.nn.batch_normalization: (x - mean) * scale / sqrt(variance + ε) + offset, written as TF does
 * (x * inv + (offset - mean * inv)) in scope `batchnorm`; offset and scale may be None.
 */
export function batchNormalization(x: TensorLike, mean: TensorLike, variance: TensorLike, offset: TensorLike | null,
  scale: TensorLike | null, varianceEpsilon: number, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'batchnorm', () => {
    const xt = convertToTensor(x, null, 'x');
    const v = convertToTensor(variance, xt.dtype, 'variance');
    let inv = unary(OpType.Rsqrt, add(v, varianceEpsilon));
    if (scale !== null) inv = mul(inv, scale);
    const m = convertToTensor(mean, inv.dtype, 'mean');
    const shift = offset !== null ? sub(offset, mul(m, inv)) : mul(neg(m), inv);
    return add(mul(xt, cast(inv, xt.dtype)), cast(shift, xt.dtype));
  });
}

export interface FusedBatchNormOptions {
  mean?: TensorLike | null; variance?: TensorLike | null; epsilon?: number;
  dataFormat?: 'NHWC' | 'NCHW'; isTraining?: boolean; name?: string;
}

/** tf.nn.fused_batch_norm: [y, batch_mean, batch_var] of one FusedBatchNormV3 op. */
export function fusedBatchNorm(x: TensorLike, scale: TensorLike, offset: TensorLike, opts: FusedBatchNormOptions = {}): [Tensor, Tensor, Tensor] {
  const xt = convertToTensor(x, null, 'input');
  const s = convertToTensor(scale, null, 'scale');
  const o = convertToTensor(offset, s.dtype, 'offset');
  const training = opts.isTraining ?? true;
  const mean = opts.mean ?? null, variance = opts.variance ?? null;
  if (training && (mean !== null || variance !== null)) throw valueError("Both 'mean' and 'variance' must be None if is_training is True.");
  const m = mean === null ? constant([], s.dtype) : convertToTensor(mean, s.dtype, 'mean');
  const v = variance === null ? constant([], s.dtype) : convertToTensor(variance, s.dtype, 'variance');
  // TF raises epsilon to cuDNN's minimum on every device.
  const epsilon = Math.max(opts.epsilon ?? 0.001, 1.001e-5);
  const node = FusedBatchNormV3.make([xt, s, o, m, v], { epsilon, data_format: opts.dataFormat ?? 'NHWC', is_training: training }, opts.name ?? OpType.FusedBatchNormV3);
  return [node.outputs[0], node.outputs[1], node.outputs[2]];
}

export const NORMALIZATION: OpGroup = {
  ops: [FusedBatchNormV3, FusedBatchNormGradV3],
  api: [
    defineApi({
      name: 'tf.nn.moments', doc: 'Calculates the mean and (biased) variance of x over axes; returns (mean, variance).',
      params: [{ name: 'x', type: 'tensor' }, { name: 'axes', type: 'ints' },
        { name: 'shift', default: null, doc: 'not used, as in TF 1.15' }, NAME_PARAM,
        { name: 'keep_dims', default: null, type: 'bool', doc: 'deprecated alias of keepdims' }, { name: 'keepdims', default: null, type: 'bool' }],
    }, a => apiTuple(moments(a.x, a.axes, deprecatedLookup(a.keepdims, a.keep_dims, 'keepdims', 'keep_dims') ?? false, a.name ?? undefined))),
    defineApi({
      name: 'tf.nn.batch_normalization', doc: 'Batch normalization: (x - mean) * scale / sqrt(variance + variance_epsilon) + offset.',
      params: [{ name: 'x', type: 'tensor' }, { name: 'mean', type: 'tensor' }, { name: 'variance', type: 'tensor' },
        { name: 'offset', type: 'optional_tensor', doc: 'a tensor or None' }, { name: 'scale', type: 'optional_tensor', doc: 'a tensor or None' },
        { name: 'variance_epsilon', type: 'float' }, NAME_PARAM],
    }, a => batchNormalization(a.x, a.mean, a.variance, a.offset, a.scale, a.variance_epsilon, a.name ?? undefined)),
    defineApi({
      name: 'tf.nn.fused_batch_norm', doc: 'Batch normalization of a 4-D input in one op; returns (y, batch_mean, batch_var).',
      params: [{ name: 'x', type: 'tensor' }, { name: 'scale', type: 'tensor' }, { name: 'offset', type: 'tensor' },
        { name: 'mean', default: null, type: 'tensor' }, { name: 'variance', default: null, type: 'tensor' },
        { name: 'epsilon', default: 0.001, type: 'float' }, { name: 'data_format', default: 'NHWC', type: 'str' },
        { name: 'is_training', default: true, type: 'bool' }, NAME_PARAM],
    }, a => apiTuple(fusedBatchNorm(a.x, a.scale, a.offset, {
      mean: a.mean, variance: a.variance, epsilon: a.epsilon, dataFormat: a.data_format as 'NHWC' | 'NCHW', isTraining: a.is_training, name: a.name ?? undefined,
    }))),
  ],
};

// FusedBatchNormV3 (what tf.nn.fused_batch_norm builds in TF 1.15) and FusedBatchNormGradV3,
// over the channel axis of a 4-D NHWC or NCHW input. Training: normalize with the batch mean
// and biased variance; batch_variance (for moving averages) is the unbiased one (n/(n-1)), as
// TF's CPU kernel; reserve_space_1/2 keep the batch mean and biased variance for the gradient.
// Inference: normalize with the given mean and variance. Float64 is accepted too (TF: float).
import { NDArray } from '../../ndarray';
import type { Dim } from '../../shape';
import { invalidArgument } from '../../errors';
import { requireFloat, requireRank, mergeDim, shapeText } from '../../kernels/nn/util';
import { DataFormat, dimIndices } from '../../kernels/nn/layout';
import { checkSameDType } from '../builder';
import { attr, AttrsOf } from '../attrs';
import { defineOp, OpDef } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { imageOutput, nhwcImage } from './image_io';
import { batchNormGradComposite } from './fused_batch_norm_grad';

export const BN_ATTRS = {
  epsilon: attr.float(0.0001),
  data_format: attr.oneOf(['NHWC', 'NCHW'] as const, 'NHWC'),
  is_training: attr.bool(true),
};
export type BnAttrs = AttrsOf<typeof BN_ATTRS>;
const TF_BN_ATTRS = 'T: type; U: type; epsilon: float = 0.0001; data_format: string = "NHWC"; is_training: bool = true';

/** Per-channel mean and biased variance of an NHWC array. */
function channelStats(x: ArrayLike<number>, channels: number): { mean: Float64Array; variance: Float64Array; count: number } {
  const count = channels === 0 ? 0 : x.length / channels;
  const mean = new Float64Array(channels), variance = new Float64Array(channels);
  for (let i = 0; i < x.length; i++) mean[i % channels] += x[i];
  for (let c = 0; c < channels; c++) mean[c] /= count;
  for (let i = 0; i < x.length; i++) { const d = x[i] - mean[i % channels]; variance[i % channels] += d * d; }
  for (let c = 0; c < channels; c++) variance[c] /= count;
  return { mean, variance, count };
}

const vectorOut = (dtype: NDArray['dtype'], values: ArrayLike<number>) => {
  const v = NDArray.zeros(dtype, [values.length]);
  for (let i = 0; i < values.length; i++) v.numeric[i] = values[i];
  return v;
};

function channelsOf(shape: Dim[] | null, format: DataFormat): Dim { return shape ? shape[dimIndices(format).c] : null; }

export const FusedBatchNormV3: OpDef<typeof BN_ATTRS> = defineOp({
  type: OpType.FusedBatchNormV3, family: 'nn', inputs: ['x', 'scale', 'offset', 'mean', 'variance'], attrs: BN_ATTRS,
  infer: ([x, scale, offset, mean, variance], attrs) => {
    requireFloat(OpType.FusedBatchNormV3, 'x', x);
    checkSameDType(OpType.FusedBatchNormV3, [scale, offset, mean, variance], ['scale', 'offset', 'mean', 'variance']);
    let c = channelsOf(requireRank(x.shape, 4), attrs.data_format);
    for (const v of attrs.is_training ? [scale, offset] : [scale, offset, mean, variance]) {
      const s = requireRank(v.shape, 1);
      c = mergeDim(c, s ? s[0] : null);
    }
    const vec = { dtype: scale.dtype, shape: [c] };
    return [{ dtype: x.dtype, shape: x.shape }, vec, vec, vec, vec, { dtype: scale.dtype, shape: [0] }];
  },
  compute: ([xIn, scale, offset, meanIn, varIn], node, rt) => {
    const { epsilon, data_format: format, is_training: training } = node.attrs;
    const x = nhwcImage(xIn, format, 'input');
    const channels = x.shape[3];
    for (const [v, what] of training ? [[scale, 'scale'], [offset, 'offset']] as const : [[scale, 'scale'], [offset, 'offset'], [meanIn, 'estimated_mean'], [varIn, 'estimated_variance']] as const) {
      if (v.rank !== 1 || v.shape[0] !== channels) throw invalidArgument(`${what} must have the same number of elements as the channels of x, got ${shapeText(v.shape)} and ${channels}`);
    }
    const stats = training ? channelStats(x.numeric, channels) : { mean: meanIn.numeric, variance: varIn.numeric, count: 0 };
    const inv = new Float64Array(channels);
    for (let c = 0; c < channels; c++) inv[c] = 1 / Math.sqrt(stats.variance[c] + epsilon);
    const xv = x.numeric, sv = scale.numeric, ov = offset.numeric;
    const y = imageOutput(node, rt, xIn.dtype, x.shape.slice(), format, out => {
      const o = out.numeric;
      for (let i = 0; i < xv.length; i++) { const c = i % channels; o[i] = (xv[i] - stats.mean[c]) * inv[c] * sv[c] + ov[c]; }
    });
    const n = stats.count, adjust = training && n > 1 ? n / (n - 1) : 1;
    const batchVar = Array.from(stats.variance, v => v * adjust);
    const u = scale.dtype;
    return [y, vectorOut(u, stats.mean), vectorOut(u, batchVar), vectorOut(u, stats.mean), vectorOut(u, stats.variance), NDArray.zeros(u, [0])];
  },
  // Only y's gradient flows (batch_mean/variance feed moving averages); TF's _FusedBatchNormV3Grad.
  gradient: (node, [gy]) => {
    if (!gy) return [null, null, null, null, null];
    const [x, scale] = node.inputs, [, , , r1, r2, r3] = node.outputs;
    const [dx, dscale, doffset] = FusedBatchNormGradV3.make([gy, x, scale, r1, r2, r3], { ...node.attrs }).outputs;
    return [dx, dscale, doffset, null, null];
  },
  tf: op('FusedBatchNormV3', 'x: T, scale: U, offset: U, mean: U, variance: U',
    'y: T, batch_mean: U, batch_variance: U, reserve_space_1: U, reserve_space_2: U, reserve_space_3: U', TF_BN_ATTRS),
});

export const FusedBatchNormGradV3: OpDef<typeof BN_ATTRS> = defineOp({
  type: OpType.FusedBatchNormGradV3, family: 'nn',
  inputs: ['y_backprop', 'x', 'scale', 'reserve_space_1', 'reserve_space_2', 'reserve_space_3'], attrs: BN_ATTRS,
  infer: ([gy, x, scale, r1, r2], attrs) => {
    checkSameDType(OpType.FusedBatchNormGradV3, [gy, x], ['y_backprop', 'x']);
    let c = channelsOf(requireRank(x.shape, 4), attrs.data_format);
    c = mergeDim(c, channelsOf(requireRank(gy.shape, 4), attrs.data_format));
    for (const v of [scale, r1, r2]) { const s = requireRank(v.shape, 1); c = mergeDim(c, s ? s[0] : null); }
    const vec = { dtype: scale.dtype, shape: [c] };
    return [{ dtype: x.dtype, shape: x.shape }, vec, vec, { dtype: scale.dtype, shape: [0] }, { dtype: scale.dtype, shape: [0] }];
  },
  compute: ([gyIn, xIn, scale, mean, variance], node, rt) => {
    const { epsilon, data_format: format, is_training: training } = node.attrs;
    const x = nhwcImage(xIn, format, 'x'), gy = nhwcImage(gyIn, format, 'y_backprop');
    const channels = x.shape[3];
    if (gy.shape.some((d, i) => d !== x.shape[i])) throw invalidArgument(`x and y_backprop must have same shape, but x has shape ${shapeText(xIn.shape)} and y_backprop has shape ${shapeText(gyIn.shape)}`);
    const xv = x.numeric, gv = gy.numeric, sv = scale.numeric, mv = mean.numeric, vv = variance.numeric;
    const count = channels === 0 ? 0 : xv.length / channels;
    const inv = new Float64Array(channels), sumG = new Float64Array(channels), sumGX = new Float64Array(channels);
    for (let c = 0; c < channels; c++) inv[c] = 1 / Math.sqrt(vv[c] + epsilon);
    for (let i = 0; i < xv.length; i++) { const c = i % channels; sumG[c] += gv[i]; sumGX[c] += gv[i] * (xv[i] - mv[c]) * inv[c]; }
    const dx = imageOutput(node, rt, xIn.dtype, x.shape.slice(), format, out => {
      const o = out.numeric;
      for (let i = 0; i < xv.length; i++) {
        const c = i % channels, k = sv[c] * inv[c];
        o[i] = training ? k * (gv[i] - sumG[c] / count - (xv[i] - mv[c]) * inv[c] * sumGX[c] / count) : k * gv[i];
      }
    });
    const u = scale.dtype;
    return [dx, vectorOut(u, sumGX), vectorOut(u, sumG), NDArray.zeros(u, [0]), NDArray.zeros(u, [0])];
  },
  // Second order, as TF's _FusedBatchNormGradGrad: differentiate the same backprop written
  // with primitive ops.
  gradient: (node, grads) => batchNormGradComposite(node as never, grads),
  tf: op('FusedBatchNormGradV3', 'y_backprop: T, x: T, scale: float, reserve_space_1: U, reserve_space_2: U, reserve_space_3: U',
    'x_backprop: T, scale_backprop: U, offset_backprop: U, reserve_space_4: U, reserve_space_5: U', TF_BN_ATTRS),
});


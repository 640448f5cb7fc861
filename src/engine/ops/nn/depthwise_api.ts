// tf.nn.depthwise_conv2d (scope `depthwise`; a rate becomes the op's dilations, which gives the
// numbers TF's space-to-batch form gives) and tf.nn.depthwise_conv2d_native.
import type { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { unsupportedArgument } from '../../api/unsupported';
import { convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { fromNHWCOrder } from '../../kernels/nn/layout';
import {
  DepthwiseConv2dNative, DepthwiseConv2dNativeBackpropFilter, DepthwiseConv2dNativeBackpropInput,
} from './depthwise_conv2d';
import { deprecatedLookup, NAME_PARAM } from './api_args';
import type { Padding } from './conv2d';

type Format = 'NHWC' | 'NCHW';

export interface DepthwiseOptions { rate?: number[] | null; name?: string; dataFormat?: Format | null }

/** tf.nn.depthwise_conv2d: filter [kh, kw, in_channels, channel_multiplier]. */
export function depthwiseConv2d(input: TensorLike, filter: TensorLike, strides: number[], padding: Padding, opts: DepthwiseOptions = {}): Tensor {
  return getDefaultGraph().withNameScope(opts.name ?? null, 'depthwise', scope => {
    const x = convertToTensor(input, null, 'tensor_in');
    const f = convertToTensor(filter, x.dtype, 'filter_in');
    const rate = opts.rate ?? [1, 1];
    if (rate.length !== 2) throw valueError(`len(dilation_rate)=${rate.length} but should be 2`);
    if (rate.some(r => r < 1)) throw valueError('all values of dilation_rate must be positive');
    const format = opts.dataFormat ?? 'NHWC';
    const spatialStrides = format === 'NHWC' ? [strides[1], strides[2]] : [strides[2], strides[3]];
    if (rate.some(r => r > 1) && spatialStrides.some(s => s > 1)) throw valueError('strides > 1 not supported in conjunction with dilation_rate > 1');
    return DepthwiseConv2dNative.make1([x, f], {
      strides, padding, data_format: format, dilations: fromNHWCOrder([1, rate[0], rate[1], 1], format),
    }, scope);
  });
}

function paddingArg(fn: string, padding: unknown): Padding {
  if (typeof padding !== 'string') throw unsupportedArgument(fn, 'padding', 'explicit paddings (a list of pairs)');
  return padding as Padding;
}

export const DEPTHWISE: OpGroup = {
  ops: [DepthwiseConv2dNative, DepthwiseConv2dNativeBackpropInput, DepthwiseConv2dNativeBackpropFilter],
  api: [
    defineApi({
      name: 'tf.nn.depthwise_conv2d', doc: 'Depthwise 2-D convolution: each input channel convolved with its own channel_multiplier filters.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'filter', type: 'tensor' }, { name: 'strides', type: 'ints', doc: '4 ints' },
        { name: 'padding', doc: "'SAME' or 'VALID'" }, { name: 'rate', default: null, type: 'ints', doc: '2 dilation rates' }, NAME_PARAM,
        { name: 'data_format', default: null, type: 'str' }, { name: 'dilations', default: null, type: 'ints', doc: 'alias of rate' }],
    }, a => depthwiseConv2d(a.input, a.filter, a.strides, paddingArg('depthwise_conv2d', a.padding), {
      rate: deprecatedLookup(a.dilations, a.rate, 'dilations', 'rate'), name: a.name ?? undefined, dataFormat: a.data_format as Format | null,
    })),
    defineApi({
      name: 'tf.nn.depthwise_conv2d_native', doc: 'The DepthwiseConv2dNative op: strides and dilations given as 4 ints in the data_format order.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'filter', type: 'tensor' }, { name: 'strides', type: 'ints' },
        { name: 'padding', type: 'str' }, { name: 'data_format', default: 'NHWC', type: 'str' },
        { name: 'dilations', default: [1, 1, 1, 1], type: 'ints' }, NAME_PARAM],
    }, a => {
      const x = convertToTensor(a.input, null, 'input');
      return DepthwiseConv2dNative.make1([x, convertToTensor(a.filter, x.dtype, 'filter')], {
        strides: a.strides, padding: a.padding as Padding, data_format: a.data_format as Format, dilations: a.dilations,
      }, a.name ?? OpType.DepthwiseConv2dNative);
    }),
  ],
};

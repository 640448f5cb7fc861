// tf.nn.conv1d (a Conv2D over an inserted height-1 axis, as TF 1.15 builds it) and
// tf.nn.conv2d_transpose (Conv2DBackpropInput as the forward op, with TF's output_shape checks).
import type { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { formatShapePy, isCompatible } from '../../shape';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { unsupportedArgument } from '../../api/unsupported';
import { convertToTensor, TensorLike } from '../builder';
import { expandDims, squeeze } from '../array/reshape';
import { intTensor } from '../array/common';
import { conv2d, Conv2DBackpropInput, Padding } from './conv2d';
import { deprecatedLookup, NAME_PARAM, windowSequence } from './api_args';

export interface Conv1DOptions { useCudnnOnGpu?: boolean | null; dataFormat?: string | null; name?: string; dilations?: number[] | null }

/** tf.nn.conv1d: [batch, width, in] (NWC) or [batch, in, width] (NCW) with filters [k, in, out]. */
export function conv1d(value: TensorLike, filters: TensorLike, stride: number[] | number, padding: Padding, opts: Conv1DOptions = {}): Tensor {
  return getDefaultGraph().withNameScope(opts.name ?? null, 'conv1d', scope => {
    const f = opts.dataFormat ?? null;
    let format: 'NHWC' | 'NCHW', spatialStart: number;
    if (f === null || f === 'NHWC' || f === 'NWC') { format = 'NHWC'; spatialStart = 1; }
    else if (f === 'NCHW' || f === 'NCW') { format = 'NCHW'; spatialStart = 2; }
    else throw valueError('data_format must be "NWC" or "NCW".');
    const first = format === 'NCHW';
    const strides = [1, ...windowSequence(typeof stride === 'number' ? [stride] : stride, 1, first, 'stride')];
    const dilations = [1, ...windowSequence(opts.dilations ?? null, 1, first, 'dilations')];
    const x = expandDims(convertToTensor(value, null, 'value'), spatialStart);
    const w = expandDims(convertToTensor(filters, x.dtype, 'filters'), 0);
    const y = conv2d(x, w, strides, padding, { useCudnnOnGpu: opts.useCudnnOnGpu ?? true, dataFormat: format, dilations, name: scope });
    return squeeze(y, [spatialStart]);
  });
}

export interface Conv2DTransposeOptions { dataFormat?: 'NHWC' | 'NCHW'; dilations?: number[]; name?: string }

/**
 * tf.nn.conv2d_transpose: the gradient of conv2d with respect to its input, run forward:
 * value [N, H, W, out_channels] and filter [kh, kw, out_channels_of_result, in_channels].
 */
export function conv2dTranspose(value: TensorLike, filter: TensorLike, outputShape: TensorLike, strides: number[], padding: Padding = 'SAME',
  opts: Conv2DTransposeOptions = {}): Tensor {
  return getDefaultGraph().withNameScope(opts.name ?? null, 'conv2d_transpose', scope => {
    const format = opts.dataFormat ?? 'NHWC';
    if (format !== 'NHWC' && format !== 'NCHW') throw valueError('data_format has to be either NCHW or NHWC.');
    const x = convertToTensor(value, null, 'value');
    const f = convertToTensor(filter, x.dtype, 'filter');
    const axis = format === 'NHWC' ? 3 : 1;
    const xc = x.shape?.[axis] ?? null, fIn = f.shape?.[3] ?? null, fOut = f.shape?.[2] ?? null;
    if (xc !== null && fIn !== null && xc !== fIn) throw valueError(`input channels does not match filter's input channels, ${xc} != ${fIn}`);
    const shapeT = intTensor(outputShape, 'output_shape');
    if (!isCompatible(shapeT.shape, [4])) throw valueError(`output_shape must have shape (4,), got ${formatShapePy(shapeT.shape)}`);
    const staticOut = shapeT.op.type === 'Const' ? Array.from((shapeT.op.attrs.value as { numeric: ArrayLike<number> }).numeric) : null;
    if (staticOut && fOut !== null && staticOut[axis] !== fOut) throw valueError(`output_shape does not match filter's output channels, ${staticOut[axis]} != ${fOut}`);
    if (padding !== 'VALID' && padding !== 'SAME') throw valueError(`padding must be either VALID or SAME: ${String(padding)}`);
    return Conv2DBackpropInput.make1([shapeT, f, x], {
      strides, padding, data_format: format, dilations: opts.dilations ?? [1, 1, 1, 1], use_cudnn_on_gpu: true,
    }, scope);
  });
}

export const CONV_COMPOSITES_API = [
  defineApi({
    name: 'tf.nn.conv1d', doc: 'Computes a 1-D convolution given 3-D input and filter tensors.',
    params: [{ name: 'value', default: null, type: 'tensor' }, { name: 'filters', default: null, type: 'tensor' },
      { name: 'stride', default: null, type: 'ints', doc: 'an int, or 1 or 3 ints' }, { name: 'padding', default: null, doc: "'SAME' or 'VALID'" },
      { name: 'use_cudnn_on_gpu', default: null, type: 'bool', doc: 'a GPU hint; no effect here' },
      { name: 'data_format', default: null, type: 'str', doc: "'NWC' (default) or 'NCW'" }, NAME_PARAM,
      { name: 'input', default: null, type: 'tensor', doc: 'alias of value' }, { name: 'dilations', default: null, type: 'ints' }],
  }, a => {
    const value = deprecatedLookup(a.input, a.value, 'input', 'value');
    if (value === null || a.filters === null) throw valueError('None values not supported.');
    if (typeof a.padding !== 'string') throw unsupportedArgument('conv1d', 'padding', 'explicit paddings (a list of pairs)');
    return conv1d(value, a.filters, a.stride ?? [1], a.padding as Padding,
      { useCudnnOnGpu: a.use_cudnn_on_gpu, dataFormat: a.data_format, name: a.name ?? undefined, dilations: a.dilations });
  }),
  defineApi({
    name: 'tf.nn.conv2d_transpose', doc: 'The transpose of conv2d (the gradient of conv2d with respect to its input).',
    params: [{ name: 'value', default: null, type: 'tensor' }, { name: 'filter', default: null, type: 'tensor' },
      { name: 'output_shape', default: null, type: 'tensor', doc: 'the 4 dims of the result (a list or an int32 tensor)' },
      { name: 'strides', default: null, type: 'ints' }, { name: 'padding', default: 'SAME' }, { name: 'data_format', default: 'NHWC', type: 'str' },
      NAME_PARAM, { name: 'input', default: null, type: 'tensor', doc: 'alias of value' },
      { name: 'filters', default: null, type: 'tensor', doc: 'alias of filter' }, { name: 'dilations', default: null, type: 'ints' }],
  }, a => {
    const value = deprecatedLookup(a.input, a.value, 'input', 'value');
    const filter = deprecatedLookup(a.filters, a.filter, 'filters', 'filter');
    if (value === null || filter === null || a.output_shape === null) throw valueError('None values not supported.');
    if (typeof a.padding !== 'string') throw unsupportedArgument('conv2d_transpose', 'padding', 'explicit paddings (a list of pairs)');
    const first = a.data_format.startsWith('NC');
    return conv2dTranspose(value, filter, a.output_shape, windowSequence(a.strides, 2, first, 'strides'), a.padding as Padding, {
      dataFormat: a.data_format as 'NHWC' | 'NCHW', dilations: windowSequence(a.dilations, 2, first, 'dilations'), name: a.name ?? undefined,
    });
  }),
];

// tf.nn.conv2d, its two backprop builders, tf.nn.max_pool and tf.nn.avg_pool (NHWC).
import { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { convertToTensor, makeOp1, TensorLike } from '../builder';
import { intTensor } from '../array/common';
import { valueError } from '../../errors';

export type Padding = 'SAME' | 'VALID';

/** The op_def_library check of a string attr with allowed values. */
export function checkPadding(padding: unknown): Padding {
  if (padding !== 'SAME' && padding !== 'VALID') {
    throw valueError(`Value for attr 'padding' of "${String(padding)}" is not in the list of allowed values: "SAME", "VALID"`);
  }
  return padding;
}

export interface ConvOptions { useCudnnOnGpu?: boolean; dataFormat?: 'NHWC'; dilations?: number[]; name?: string }

function convAttrs(strides: number[], padding: unknown, opts: ConvOptions) {
  return {
    strides, padding: checkPadding(padding), use_cudnn_on_gpu: opts.useCudnnOnGpu ?? true,
    data_format: opts.dataFormat ?? 'NHWC', dilations: opts.dilations ?? [1, 1, 1, 1],
  };
}

export function conv2d(input: TensorLike, filter: TensorLike, strides: number[], padding: Padding, opts: ConvOptions = {}): Tensor {
  const x = convertToTensor(input, null, 'input');
  const f = convertToTensor(filter, x.dtype, 'filter');
  return makeOp1('Conv2D', [x, f], convAttrs(strides, padding, opts), opts.name ?? 'Conv2D');
}

export function conv2dBackpropInput(inputSizes: TensorLike, filter: TensorLike, outBackprop: TensorLike, strides: number[], padding: Padding, opts: ConvOptions = {}): Tensor {
  const f = convertToTensor(filter, null, 'filter');
  return makeOp1('Conv2DBackpropInput', [intTensor(inputSizes, 'input_sizes'), f, convertToTensor(outBackprop, f.dtype, 'out_backprop')],
    convAttrs(strides, padding, opts), opts.name ?? 'Conv2DBackpropInput');
}

export function conv2dBackpropFilter(input: TensorLike, filterSizes: TensorLike, outBackprop: TensorLike, strides: number[], padding: Padding, opts: ConvOptions = {}): Tensor {
  const x = convertToTensor(input, null, 'input');
  return makeOp1('Conv2DBackpropFilter', [x, intTensor(filterSizes, 'filter_sizes'), convertToTensor(outBackprop, x.dtype, 'out_backprop')],
    convAttrs(strides, padding, opts), opts.name ?? 'Conv2DBackpropFilter');
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

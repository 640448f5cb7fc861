// DepthwiseConv2dNative (tf.nn.depthwise_conv2d, tf.nn.depthwise_conv2d_native) and its two
// backprops: each input channel convolved with its own `channel_multiplier` filters. Bilinear in
// (input, filter), so every gradient is another op of the trio with the same attrs.
import type { Tensor } from '../../graph/tensor';
import type { Dim } from '../../shape';
import { ShapeError } from '../../kernels/registry';
import { requireFloat, requireRank, mergeDim, shapeFromShapeTensor } from '../../kernels/nn/util';
import { geometry, staticWindowedDim } from '../../kernels/nn/window';
import { fromNHWCOrder, toNHWCOrder } from '../../kernels/nn/layout';
import { checkBackpropShape, nhwcWindow, shapeInputValue } from '../../kernels/nn/conv_shapes';
import { depthwiseFilterGrad, depthwiseForward, depthwiseInputGrad } from '../../kernels/nn/depthwise';
import { invalidArgument } from '../../errors';
import { checkSameDType } from '../builder';
import { attr, AttrsOf } from '../attrs';
import { defineOp, OpDef } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { shapeOf } from '../../gradients/families/math/graph_ops';
import { imageOutput, nhwcImage } from './image_io';

export const DEPTHWISE_ATTRS = {
  strides: attr.ints(),
  padding: attr.oneOf(['SAME', 'VALID'] as const),
  data_format: attr.oneOf(['NHWC', 'NCHW'] as const, 'NHWC'),
  dilations: attr.ints([1, 1, 1, 1]),
};
type DwAttrs = AttrsOf<typeof DEPTHWISE_ATTRS>;
const TF_DW_ATTRS = 'T: type; strides: list(int); padding: string; data_format: string = "NHWC"; dilations: list(int) = [1, 1, 1, 1]';

function staticOutput(input: Dim[] | null, filter: Dim[] | null, attrs: DwAttrs, type: string): Dim[] {
  const { strides, dilations } = nhwcWindow(attrs, type);
  const x = input ? toNHWCOrder(input, attrs.data_format) : [null, null, null, null];
  const depth = filter ? mergeDim(x[3], filter[2]) : x[3];
  const spatial = (axis: 1 | 2) => {
    const k = filter ? filter[axis - 1] : null;
    return k === null ? staticWindowedDim(null, 1, strides[axis], attrs.padding)
      : staticWindowedDim(x[axis], (k - 1) * dilations[axis] + 1, strides[axis], attrs.padding);
  };
  const mult = filter ? filter[3] : null;
  return fromNHWCOrder([x[0], spatial(1), spatial(2), depth === null || mult === null ? null : depth * mult], attrs.data_format);
}

function runtimeGeometry(nhwcShape: readonly number[], filterShape: readonly number[], attrs: DwAttrs, type: string) {
  const { strides, dilations } = nhwcWindow(attrs, type);
  if (strides[0] !== 1 || strides[3] !== 1) throw invalidArgument('Current implementation does not yet support strides in the batch and depth dimensions.');
  if (filterShape.length !== 4) throw invalidArgument(`filter must be 4-dimensional`);
  if (nhwcShape[3] !== filterShape[2]) throw invalidArgument(`input and filter must have the same depth: ${nhwcShape[3]} vs ${filterShape[2]}`);
  return geometry(nhwcShape, filterShape[0], filterShape[1], strides, attrs.padding, dilations);
}

function sizesInput(t: Tensor): Dim[] {
  const s = requireRank(t.shape, 1);
  if (s && s[0] !== null && s[0] !== 4) throw new ShapeError(`Dimension must be 4 but is ${s[0]}`);
  return shapeFromShapeTensor(t, 4);
}

const dwAttrs = (node: { attrs: DwAttrs }): DwAttrs => ({ ...node.attrs });

export const DepthwiseConv2dNative: OpDef<typeof DEPTHWISE_ATTRS> = defineOp({
  type: OpType.DepthwiseConv2dNative, family: 'nn', inputs: ['input', 'filter'], attrs: DEPTHWISE_ATTRS,
  infer: ([input, filter], attrs) => {
    requireFloat(OpType.DepthwiseConv2dNative, 'input', input);
    checkSameDType(OpType.DepthwiseConv2dNative, [input, filter], ['input', 'filter']);
    return [{ dtype: input.dtype, shape: staticOutput(requireRank(input.shape, 4), requireRank(filter.shape, 4), attrs, OpType.DepthwiseConv2dNative) }];
  },
  compute: ([input, filter], node, rt) => {
    const x = nhwcImage(input, node.attrs.data_format, 'input');
    const g = runtimeGeometry(x.shape, filter.shape, node.attrs, OpType.DepthwiseConv2dNative);
    const mult = filter.shape[3];
    return [imageOutput(node, rt, input.dtype, [g.batch, g.outH, g.outW, g.channels * mult], node.attrs.data_format,
      out => depthwiseForward(x.numeric, filter.numeric, out.numeric, g, mult))];
  },
  gradient: (node, [g]) => {
    const [input, filter] = node.inputs;
    return [
      DepthwiseConv2dNativeBackpropInput.make1([shapeOf(input), filter, g!], dwAttrs(node)),
      DepthwiseConv2dNativeBackpropFilter.make1([input, shapeOf(filter), g!], dwAttrs(node)),
    ];
  },
  tf: op('DepthwiseConv2dNative', 'input: T, filter: T', 'output: T', TF_DW_ATTRS),
});

export const DepthwiseConv2dNativeBackpropInput: OpDef<typeof DEPTHWISE_ATTRS> = defineOp({
  type: OpType.DepthwiseConv2dNativeBackpropInput, family: 'nn', inputs: ['input_sizes', 'filter', 'out_backprop'], attrs: DEPTHWISE_ATTRS,
  infer: ([sizes, filter, dy], attrs) => {
    requireFloat(OpType.DepthwiseConv2dNativeBackpropInput, 'filter', filter);
    checkSameDType(OpType.DepthwiseConv2dNativeBackpropInput, [filter, dy], ['filter', 'out_backprop']);
    requireRank(filter.shape, 4); requireRank(dy.shape, 4);
    nhwcWindow(attrs, OpType.DepthwiseConv2dNativeBackpropInput);
    return [{ dtype: filter.dtype, shape: sizesInput(sizes) }];
  },
  compute: ([sizes, filter, grad], node, rt) => {
    const format = node.attrs.data_format;
    const inShape = toNHWCOrder(shapeInputValue(sizes, 'input_sizes'), format);
    const g = runtimeGeometry(inShape, filter.shape, node.attrs, OpType.DepthwiseConv2dNativeBackpropInput);
    const mult = filter.shape[3], dy = nhwcImage(grad, format, 'out_backprop');
    checkBackpropShape('DepthwiseConv2DBackpropInput', dy.shape, g, g.channels * mult);
    return [imageOutput(node, rt, filter.dtype, inShape, format, out => depthwiseInputGrad(filter.numeric, dy.numeric, out.numeric, g, mult))];
  },
  gradient: (node, [h]) => {
    const [, filter, dy] = node.inputs;
    return [null, DepthwiseConv2dNativeBackpropFilter.make1([h!, shapeOf(filter), dy], dwAttrs(node)), DepthwiseConv2dNative.make1([h!, filter], dwAttrs(node))];
  },
  tf: op('DepthwiseConv2dNativeBackpropInput', 'input_sizes: int32, filter: T, out_backprop: T', 'output: T', TF_DW_ATTRS),
});

export const DepthwiseConv2dNativeBackpropFilter: OpDef<typeof DEPTHWISE_ATTRS> = defineOp({
  type: OpType.DepthwiseConv2dNativeBackpropFilter, family: 'nn', inputs: ['input', 'filter_sizes', 'out_backprop'], attrs: DEPTHWISE_ATTRS,
  infer: ([input, sizes, dy], attrs) => {
    requireFloat(OpType.DepthwiseConv2dNativeBackpropFilter, 'input', input);
    checkSameDType(OpType.DepthwiseConv2dNativeBackpropFilter, [input, dy], ['input', 'out_backprop']);
    requireRank(input.shape, 4); requireRank(dy.shape, 4);
    nhwcWindow(attrs, OpType.DepthwiseConv2dNativeBackpropFilter);
    return [{ dtype: input.dtype, shape: sizesInput(sizes) }];
  },
  compute: ([input, sizes, grad], node, rt) => {
    const format = node.attrs.data_format;
    const fShape = shapeInputValue(sizes, 'filter_sizes');
    const x = nhwcImage(input, format, 'input');
    const g = runtimeGeometry(x.shape, fShape, node.attrs, OpType.DepthwiseConv2dNativeBackpropFilter);
    const mult = fShape[3], dy = nhwcImage(grad, format, 'out_backprop');
    checkBackpropShape('DepthwiseConv2DBackpropFilter', dy.shape, g, g.channels * mult);
    const out = rt.output(node, 0, input.dtype, fShape);
    depthwiseFilterGrad(x.numeric, dy.numeric, out.numeric, g, mult);
    return [out];
  },
  gradient: (node, [h]) => {
    const [input, , dy] = node.inputs;
    return [DepthwiseConv2dNativeBackpropInput.make1([shapeOf(input), h!, dy], dwAttrs(node)), null, DepthwiseConv2dNative.make1([input, h!], dwAttrs(node))];
  },
  tf: op('DepthwiseConv2dNativeBackpropFilter', 'input: T, filter_sizes: int32, out_backprop: T', 'output: T', TF_DW_ATTRS),
});

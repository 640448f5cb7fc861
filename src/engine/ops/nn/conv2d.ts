// Conv2D (cross-correlation, strides, dilations, NHWC or NCHW) and its two backprops, with
// tf.nn.conv2d, tf.nn.conv2d_backprop_input/_filter and tf.nn.atrous_conv2d. Convolution is
// bilinear in (input, filter), so every gradient is another op of the trio with the same attrs
// (tf1-semantics §4.5). NCHW operands are transposed into the NHWC kernels and back: TF1's own
// CPU kernels reject NCHW, so GPU-written programs run here instead of failing.
import { NDArray } from '../../ndarray';
import type { DType } from '../../dtypes';
import type { Tensor } from '../../graph/tensor';
import type { RuntimeContext } from '../../session/runtime';
import type { Operation } from '../../graph/operation';
import { ShapeError } from '../../kernels/registry';
import { requireFloat, requireRank, mergeDim, shapeFromShapeTensor } from '../../kernels/nn/util';
import { ConvScratch, conv2dForward, conv2dInputGrad, conv2dFilterGrad } from '../../kernels/nn/conv2d_nhwc';
import { DataFormat, dimIndices, fromNHWCOrder, nchwToNHWC, nhwcToNCHWInto, toNHWCOrder } from '../../kernels/nn/layout';
import {
  channelDim, checkBackpropShape, nhwcWindow, requireImage, runtimeGeometry, shapeInputValue, staticConvOutput,
} from '../../kernels/nn/conv_shapes';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { unsupportedArgument } from '../../api/unsupported';
import { AttrsOf, attr } from '../attrs';
import { checkSameDType, convertToTensor, TensorLike } from '../builder';
import { defineOp, OpDef, OpGroup, OpOf } from '../op_def';
import { OpType } from '../op_types';
import { shape } from '../array/shape_ops';
import { intTensor } from '../array/common';
import { graphFor } from '../math/apply';
import { op } from '../../formats/graph/op_defs/op_spec';

const TF_CONV_ATTRS = 'T: type; strides: list(int); use_cudnn_on_gpu: bool = true; padding: string; '
  + 'explicit_paddings: list(int) = []; data_format: string = "NHWC"; dilations: list(int) = [1, 1, 1, 1]';

export const PADDINGS = ['SAME', 'VALID'] as const;
export const DATA_FORMATS = ['NHWC', 'NCHW'] as const;

const CONV_ATTRS = {
  strides: attr.ints(),
  padding: attr.oneOf(PADDINGS),
  use_cudnn_on_gpu: attr.bool(true),
  data_format: attr.oneOf(DATA_FORMATS, 'NHWC'),
  dilations: attr.ints([1, 1, 1, 1]),
};
export type ConvAttrs = AttrsOf<typeof CONV_ATTRS>;
type ConvOp = OpOf<ConvAttrs>;

const scratchOf = (op: Operation, rt: RuntimeContext) => rt.opState(op, () => new ConvScratch());

/** An image operand in NHWC (a transposed copy for NCHW), after the rank check. */
function nhwc(x: NDArray, format: DataFormat, what: string): NDArray {
  requireImage(x.shape, what);
  return format === 'NHWC' ? x : nchwToNHWC(x);
}

/** Output 0 of an image result: filled in place for NHWC, through an NHWC temporary for NCHW. */
function imageOutput(op: ConvOp, rt: RuntimeContext, dtype: DType, nhwcShape: number[], fill: (out: NDArray) => void): NDArray {
  const format = op.attrs.data_format;
  if (format === 'NHWC') { const out = rt.output(op, 0, dtype, nhwcShape); fill(out); return out; }
  const tmp = NDArray.zeros(dtype, nhwcShape);
  fill(tmp);
  return nhwcToNCHWInto(tmp, rt.output(op, 0, dtype, fromNHWCOrder(nhwcShape, format)));
}

/** The static value of input_sizes / filter_sizes (a Const or a Shape op), else unknown dims. */
function staticSizes(t: Tensor): (number | null)[] {
  const s = requireRank(t.shape, 1);
  if (s && s[0] !== null && s[0] !== 4) throw new ShapeError(`Dimension must be 4 but is ${s[0]}`);
  return shapeFromShapeTensor(t, 4);
}

const convAttrs = (op: ConvOp): ConvAttrs => ({ ...op.attrs });

export const Conv2D: OpDef<typeof CONV_ATTRS> = defineOp({
  type: OpType.Conv2D, family: 'nn', inputs: ['input', 'filter'], attrs: CONV_ATTRS,
  infer: ([input, filter], attrs) => {
    requireFloat(OpType.Conv2D, 'input', input);
    checkSameDType(OpType.Conv2D, [input, filter], ['input', 'filter']);
    const x = requireRank(input.shape, 4), f = requireRank(filter.shape, 4);
    return [{ dtype: input.dtype, shape: staticConvOutput(x, f, attrs, OpType.Conv2D) }];
  },
  compute: ([input, filter], op, rt) => {
    const x = nhwc(input, op.attrs.data_format, 'input');
    const g = runtimeGeometry(x.shape, filter.shape, op.attrs, OpType.Conv2D);
    const cout = filter.shape[3];
    return [imageOutput(op, rt, input.dtype, [g.batch, g.outH, g.outW, cout],
      out => conv2dForward(x.numeric, filter.numeric, out.numeric, g, cout, scratchOf(op, rt)))];
  },
  gradient: (op, [g]) => {
    const [input, filter] = op.inputs;
    return [
      Conv2DBackpropInput.make1([shape(input), filter, g!], convAttrs(op)),
      Conv2DBackpropFilter.make1([input, shape(filter), g!], convAttrs(op)),
    ];
  },
  tf: op('Conv2D', 'input: T, filter: T', 'output: T', TF_CONV_ATTRS),
});

export const Conv2DBackpropInput: OpDef<typeof CONV_ATTRS> = defineOp({
  type: OpType.Conv2DBackpropInput, family: 'nn', inputs: ['input_sizes', 'filter', 'out_backprop'], attrs: CONV_ATTRS,
  infer: ([inputSizes, filter, grad], attrs) => {
    requireFloat(OpType.Conv2DBackpropInput, 'filter', filter);
    checkSameDType(OpType.Conv2DBackpropInput, [filter, grad], ['filter', 'out_backprop']);
    requireRank(filter.shape, 4); requireRank(grad.shape, 4);
    nhwcWindow(attrs, OpType.Conv2DBackpropInput);
    const s = staticSizes(inputSizes);
    const c = dimIndices(attrs.data_format).c;
    if (filter.shape) s[c] = mergeDim(s[c], filter.shape[2]);
    return [{ dtype: filter.dtype, shape: s }];
  },
  compute: ([inputSizes, filter, grad], op, rt) => {
    const format = op.attrs.data_format;
    const inShape = toNHWCOrder(shapeInputValue(inputSizes, 'input_sizes'), format);
    const g = runtimeGeometry(inShape, filter.shape, op.attrs, OpType.Conv2DBackpropInput);
    const cout = filter.shape[3];
    const dy = nhwc(grad, format, 'out_backprop');
    checkBackpropShape('Conv2DCustomBackpropInput', dy.shape, g, cout);
    return [imageOutput(op, rt, filter.dtype, inShape,
      out => conv2dInputGrad(filter.numeric, dy.numeric, out.numeric, g, cout, scratchOf(op, rt)))];
  },
  // Linear in filter and in out_backprop.
  gradient: (op, [h]) => {
    const [, filter, dy] = op.inputs;
    return [
      null,
      Conv2DBackpropFilter.make1([h!, shape(filter), dy], convAttrs(op)),
      Conv2D.make1([h!, filter], convAttrs(op)),
    ];
  },
  tf: op('Conv2DBackpropInput', 'input_sizes: int32, filter: T, out_backprop: T', 'output: T', TF_CONV_ATTRS),
});

export const Conv2DBackpropFilter: OpDef<typeof CONV_ATTRS> = defineOp({
  type: OpType.Conv2DBackpropFilter, family: 'nn', inputs: ['input', 'filter_sizes', 'out_backprop'], attrs: CONV_ATTRS,
  infer: ([input, filterSizes, grad], attrs) => {
    requireFloat(OpType.Conv2DBackpropFilter, 'input', input);
    checkSameDType(OpType.Conv2DBackpropFilter, [input, grad], ['input', 'out_backprop']);
    requireRank(input.shape, 4); requireRank(grad.shape, 4);
    nhwcWindow(attrs, OpType.Conv2DBackpropFilter);
    const s = staticSizes(filterSizes);
    if (input.shape) s[2] = mergeDim(s[2], channelDim(input.shape, attrs.data_format));
    return [{ dtype: input.dtype, shape: s }];
  },
  compute: ([input, filterSizes, grad], op, rt) => {
    const format = op.attrs.data_format;
    const fShape = shapeInputValue(filterSizes, 'filter_sizes');
    const x = nhwc(input, format, 'input');
    const g = runtimeGeometry(x.shape, fShape, op.attrs, OpType.Conv2DBackpropFilter);
    const cout = fShape[3];
    const dy = nhwc(grad, format, 'out_backprop');
    checkBackpropShape('Conv2DCustomBackpropFilter', dy.shape, g, cout);
    const out = rt.output(op, 0, input.dtype, fShape);
    conv2dFilterGrad(x.numeric, dy.numeric, out.numeric, g, cout, scratchOf(op, rt));
    return [out];
  },
  // Linear in input and in out_backprop.
  gradient: (op, [h]) => {
    const [input, , dy] = op.inputs;
    return [
      Conv2DBackpropInput.make1([shape(input), h!, dy], convAttrs(op)),
      null,
      Conv2D.make1([input, h!], convAttrs(op)),
    ];
  },
  tf: op('Conv2DBackpropFilter', 'input: T, filter_sizes: int32, out_backprop: T', 'output: T', TF_CONV_ATTRS),
});

// ---- builders (TypeScript API) ----

export type Padding = typeof PADDINGS[number];
export interface ConvOptions { useCudnnOnGpu?: boolean; dataFormat?: DataFormat; dilations?: number[]; name?: string }

function builderAttrs(strides: number[], padding: Padding, opts: ConvOptions): Partial<ConvAttrs> {
  return { strides, padding, use_cudnn_on_gpu: opts.useCudnnOnGpu ?? true, data_format: opts.dataFormat ?? 'NHWC', dilations: opts.dilations ?? [1, 1, 1, 1] };
}

/** tf.nn.conv2d: one Conv2D op named `name ?? 'Conv2D'`. */
export function conv2d(input: TensorLike, filter: TensorLike, strides: number[], padding: Padding, opts: ConvOptions = {}): Tensor {
  const x = convertToTensor(input, null, 'input');
  const f = convertToTensor(filter, x.dtype, 'filter');
  return Conv2D.make1([x, f], builderAttrs(strides, padding, opts), opts.name ?? OpType.Conv2D);
}

export function conv2dBackpropInput(inputSizes: TensorLike, filter: TensorLike, outBackprop: TensorLike, strides: number[], padding: Padding, opts: ConvOptions = {}): Tensor {
  const f = convertToTensor(filter, null, 'filter');
  return Conv2DBackpropInput.make1([intTensor(inputSizes, 'input_sizes'), f, convertToTensor(outBackprop, f.dtype, 'out_backprop')],
    builderAttrs(strides, padding, opts), opts.name ?? OpType.Conv2DBackpropInput);
}

export function conv2dBackpropFilter(input: TensorLike, filterSizes: TensorLike, outBackprop: TensorLike, strides: number[], padding: Padding, opts: ConvOptions = {}): Tensor {
  const x = convertToTensor(input, null, 'input');
  return Conv2DBackpropFilter.make1([x, intTensor(filterSizes, 'filter_sizes'), convertToTensor(outBackprop, x.dtype, 'out_backprop')],
    builderAttrs(strides, padding, opts), opts.name ?? OpType.Conv2DBackpropFilter);
}

/**
 * tf.nn.atrous_conv2d: a stride-1 convolution whose filter taps are `rate` apart, in name scope
 * `convolution`. TF builds it as SpaceToBatchND, Conv2D, BatchToSpaceND; one dilated Conv2D
 * gives the same numbers (and the same gradients) with one op in the graph.
 */
export function atrousConv2d(value: TensorLike, filters: TensorLike, rate: number, padding: Padding, name?: string): Tensor {
  if (!Number.isInteger(rate) || rate < 1) throw valueError('dilation_rate must be positive');
  return graphFor([value, filters]).withNameScope(name ?? null, 'convolution', scope => {
    const x = convertToTensor(value, null, 'input');
    const f = convertToTensor(filters, x.dtype, 'filter');
    return Conv2D.make1([x, f], builderAttrs([1, 1, 1, 1], padding, { dilations: [1, rate, rate, 1] }), scope);
  });
}

// ---- Python signatures ----

/** TF 1.15's _get_sequence: None, an int, 2 spatial values or all 4, in the format's order. */
function windowList(value: number[] | null, format: DataFormat, what: string): number[] {
  if (value === null) return [1, 1, 1, 1];
  if (value.length === 4) return value;
  if (value.length !== 1 && value.length !== 2) throw valueError(`${what} should be of length 1, 2 or 4 but was ${value.length}`);
  const [h, w] = value.length === 1 ? [value[0], value[0]] : value;
  return fromNHWCOrder([1, h, w, 1], format);
}

function paddingArg(fn: string, padding: unknown): Padding {
  if (padding !== null && typeof padding !== 'string') throw unsupportedArgument(fn, 'padding', 'explicit paddings (a list of pairs)');
  return padding as Padding;
}

function oneOfFilters(filter: TensorLike | null, filters: TensorLike | null): TensorLike {
  if (filter !== null && filters !== null) throw valueError("Cannot specify both 'filters' and 'filter'");
  const f = filter ?? filters;
  if (f === null) throw valueError("Tried to convert 'filter' to a tensor and failed. Error: None values not supported.");
  return f;
}

const WINDOW_PARAMS = [
  { name: 'strides', default: null, type: 'ints', doc: '1, 2 or 4 ints in the data_format order' },
  { name: 'padding', default: null, type: 'any', doc: "'SAME' or 'VALID' (explicit paddings are not supported)" },
  { name: 'use_cudnn_on_gpu', default: true, type: 'bool', doc: 'a GPU hint; no effect here' },
  { name: 'data_format', default: 'NHWC', type: 'str', doc: "'NHWC' or 'NCHW'" },
  { name: 'dilations', default: [1, 1, 1, 1], type: 'ints', doc: '1, 2 or 4 ints in the data_format order' },
  { name: 'name', default: null, type: 'name' },
] as const;

interface WindowArgs {
  strides: number[] | null; padding: unknown; use_cudnn_on_gpu: boolean; data_format: string; dilations: number[]; name: string | null;
}
function windowOptions(fn: string, a: WindowArgs): { strides: number[]; padding: Padding; opts: ConvOptions } {
  const format = a.data_format as DataFormat;
  return {
    strides: windowList(a.strides, format, 'strides'), padding: paddingArg(fn, a.padding),
    opts: { useCudnnOnGpu: a.use_cudnn_on_gpu, dataFormat: format, dilations: windowList(a.dilations, format, 'dilations'), name: a.name ?? undefined },
  };
}

export const CONV2D: OpGroup = {
  ops: [Conv2D, Conv2DBackpropInput, Conv2DBackpropFilter],
  api: [
    defineApi({
      name: 'tf.nn.conv2d', doc: 'Computes a 2-D convolution given 4-D `input` and `filter` tensors.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'filter', default: null, type: 'tensor' }, ...WINDOW_PARAMS,
        { name: 'filters', default: null, type: 'tensor', doc: 'alias of filter' }],
    }, a => {
      const w = windowOptions('conv2d', a);
      return conv2d(a.input, oneOfFilters(a.filter, a.filters), w.strides, w.padding, w.opts);
    }),
    defineApi({
      name: 'tf.nn.conv2d_backprop_input', doc: 'Computes the gradients of convolution with respect to the input.',
      params: [{ name: 'input_sizes', type: 'tensor' }, { name: 'filter', default: null, type: 'tensor' },
        { name: 'out_backprop', default: null, type: 'tensor' }, ...WINDOW_PARAMS,
        { name: 'filters', default: null, type: 'tensor', doc: 'alias of filter' }],
    }, a => {
      const w = windowOptions('conv2d_backprop_input', a);
      if (a.out_backprop === null) throw valueError("Tried to convert 'out_backprop' to a tensor and failed. Error: None values not supported.");
      return conv2dBackpropInput(a.input_sizes, oneOfFilters(a.filter, a.filters), a.out_backprop, w.strides, w.padding, w.opts);
    }),
    defineApi({
      name: 'tf.nn.conv2d_backprop_filter', doc: 'Computes the gradients of convolution with respect to the filter.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'filter_sizes', type: 'tensor' }, { name: 'out_backprop', type: 'tensor' },
        ...WINDOW_PARAMS.map(p => (p.name === 'strides' || p.name === 'padding' ? { name: p.name, type: p.type, doc: p.doc } : p))],
    }, a => {
      const w = windowOptions('conv2d_backprop_filter', a as unknown as WindowArgs);
      return conv2dBackpropFilter(a.input, a.filter_sizes, a.out_backprop, w.strides, w.padding, w.opts);
    }),
    defineApi({
      name: 'tf.nn.atrous_conv2d', doc: 'Atrous (dilated) convolution: taps `rate` apart, stride 1.',
      params: [{ name: 'value', type: 'tensor' }, { name: 'filters', type: 'tensor' }, { name: 'rate', type: 'int' },
        { name: 'padding', type: 'str', doc: "'SAME' or 'VALID'" }, { name: 'name', default: null, type: 'name' }],
    }, a => atrousConv2d(a.value, a.filters, a.rate, a.padding as Padding, a.name ?? undefined)),
  ],
};

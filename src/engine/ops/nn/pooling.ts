// MaxPool and AvgPool (NHWC or NCHW) and their backprops, and MaxPoolWithArgmax. With the
// argmax fixed, MaxPoolGrad scatters and MaxPoolGradGrad gathers: each is the other's
// transpose; the original input and output only choose the argmax (no gradient).
import type { NDArray } from '../../ndarray';
import type { Dim } from '../../shape';
import { invalidArgument, KernelError } from '../../errors';
import { requireFloat, requireRank, mergeShapeOrThrow, shapeFromShapeTensor, shapeText } from '../../kernels/nn/util';
import { checkWindowAttrs, geometry, staticWindowedDim, Geometry } from '../../kernels/nn/window';
import { DataFormat, fromNHWCOrder, toNHWCOrder } from '../../kernels/nn/layout';
import { avgPoolBackward, avgPoolForward, maxPoolArgmax, maxPoolBackward, maxPoolForward, pooledShape } from '../../kernels/nn/pool';
import { checkSameDType } from '../builder';
import { attr, AttrsOf } from '../attrs';
import { defineOp, OpDef } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { shapeOf, zerosLike } from '../../gradients/families/math/graph_ops';
import { imageOutput, nhwcImage } from './image_io';

export const POOL_ATTRS = {
  ksize: attr.ints(),
  strides: attr.ints(),
  padding: attr.oneOf(['SAME', 'VALID'] as const),
  data_format: attr.oneOf(['NHWC', 'NCHW'] as const, 'NHWC'),
};
type PoolAttrs = AttrsOf<typeof POOL_ATTRS>;
const TF_POOL_ATTRS = 'ksize: list(int) >= 4; strides: list(int) >= 4; padding: string; data_format: string = "NHWC"';

/** ksize and strides in NHWC order, after TF's attr-length checks. */
function nhwcWindow(attrs: Pick<PoolAttrs, 'ksize' | 'strides' | 'data_format'>, type: string): { ksize: number[]; strides: number[] } {
  const ksize = checkWindowAttrs('ksize', attrs.ksize, type);
  const strides = checkWindowAttrs('stride', attrs.strides, type);
  return { ksize: toNHWCOrder(ksize, attrs.data_format), strides: toNHWCOrder(strides, attrs.data_format) };
}

/** The pooled static shape (in the op's format) of a static input shape. */
function staticPoolOutput(input: Dim[] | null, attrs: PoolAttrs, type: string): Dim[] {
  const { ksize, strides } = nhwcWindow(attrs, type);
  const x = input ? toNHWCOrder(input, attrs.data_format) : [null, null, null, null];
  return fromNHWCOrder([x[0], staticWindowedDim(x[1], ksize[1], strides[1], attrs.padding),
    staticWindowedDim(x[2], ksize[2], strides[2], attrs.padding), x[3]], attrs.data_format);
}

const unimplemented = (m: string) => new KernelError('UnimplementedError', m);

/** Runtime geometry over an NHWC input shape, with TF's kernel checks. */
export function poolGeometry(nhwcShape: readonly number[], attrs: Pick<PoolAttrs, 'ksize' | 'strides' | 'data_format' | 'padding'>, type: string): Geometry {
  const { ksize, strides } = nhwcWindow(attrs, type);
  if (nhwcShape.length !== 4) throw invalidArgument('tensor_in must be 4-dimensional');
  attrs.ksize.forEach((k, i) => { if (k <= 0) throw invalidArgument(`Sliding window ksize for dimension ${i} was zero.`); });
  if (ksize[0] !== 1 || strides[0] !== 1) throw unimplemented('Pooling is not yet supported on the batch dimension.');
  if (ksize[3] !== 1 || strides[3] !== 1) throw unimplemented('Depthwise pooling is not supported.');
  return geometry(nhwcShape, ksize[1], ksize[2], strides, attrs.padding);
}

/** An input image in NHWC with the pooling kernels' rank text. */
function pooledInput(x: NDArray, format: DataFormat): NDArray {
  if (x.rank !== 4) throw invalidArgument('tensor_in must be 4-dimensional');
  return nhwcImage(x, format, 'tensor_in');
}

function checkGradShape(grad: NDArray, expected: readonly number[], type: string): void {
  if (grad.rank !== 4 || grad.shape.some((d, i) => d !== expected[i])) {
    throw invalidArgument(`${type}: grad has shape ${shapeText(grad.shape)}, expected ${shapeText(expected)}`);
  }
}

const poolAttrs = (node: { attrs: PoolAttrs }): PoolAttrs => ({
  ksize: node.attrs.ksize, strides: node.attrs.strides, padding: node.attrs.padding, data_format: node.attrs.data_format,
});

export const MaxPool: OpDef<typeof POOL_ATTRS> = defineOp({
  type: OpType.MaxPool, family: 'nn', inputs: ['input'], attrs: POOL_ATTRS,
  infer: ([x], attrs) => {
    requireFloat(OpType.MaxPool, 'input', x);
    return [{ dtype: x.dtype, shape: staticPoolOutput(requireRank(x.shape, 4), attrs, OpType.MaxPool) }];
  },
  compute: ([input], node, rt) => {
    const format = node.attrs.data_format, x = pooledInput(input, format);
    const g = poolGeometry(x.shape, node.attrs, OpType.MaxPool);
    return [imageOutput(node, rt, input.dtype, pooledShape(g), format, out => maxPoolForward(x.numeric, out.numeric, g))];
  },
  gradient: (node, [g]) => [MaxPoolGrad.make1([node.inputs[0], node.outputs[0], g!], poolAttrs(node))],
  tf: op('MaxPool', 'input: T', 'output: T', `T: type = float; ${TF_POOL_ATTRS}`),
});

export const MaxPoolGrad: OpDef<typeof POOL_ATTRS> = defineOp({
  type: OpType.MaxPoolGrad, family: 'nn', inputs: ['orig_input', 'orig_output', 'grad'], attrs: POOL_ATTRS,
  infer: ([origInput, origOutput, grad], attrs) => {
    checkSameDType(OpType.MaxPoolGrad, [origInput, origOutput, grad], ['orig_input', 'orig_output', 'grad']);
    requireRank(origOutput.shape, 4);
    const s = requireRank(origInput.shape, 4);
    mergeShapeOrThrow(staticPoolOutput(s, attrs, OpType.MaxPoolGrad), requireRank(grad.shape, 4));
    return [{ dtype: origInput.dtype, shape: origInput.shape }];
  },
  compute: ([origInput, , grad], node, rt) => {
    const format = node.attrs.data_format, x = pooledInput(origInput, format);
    const g = poolGeometry(x.shape, node.attrs, OpType.MaxPoolGrad);
    const dy = nhwcImage(grad, format, 'grad');
    checkGradShape(dy, pooledShape(g), OpType.MaxPoolGrad);
    return [imageOutput(node, rt, origInput.dtype, x.shape.slice(), format, out => maxPoolBackward(x.numeric, dy.numeric, out.numeric, g))];
  },
  gradient: (node, [h]) => [
    zerosLike(node.inputs[0]), zerosLike(node.inputs[1]),
    MaxPoolGradGrad.make1([node.inputs[0], node.inputs[1], h!], poolAttrs(node)),
  ],
  tf: op('MaxPoolGrad', 'orig_input: T, orig_output: T, grad: T', 'output: T', `${TF_POOL_ATTRS}; T: type = float`),
});

// The gradient of MaxPoolGrad with respect to its `grad` input: route each window's argmax
// value of the incoming (input-shaped) gradient to the output cell.
export const MaxPoolGradGrad: OpDef<typeof POOL_ATTRS> = defineOp({
  type: OpType.MaxPoolGradGrad, family: 'nn', inputs: ['orig_input', 'orig_output', 'grad'], attrs: POOL_ATTRS,
  infer: ([origInput, origOutput, grad], attrs) => {
    checkSameDType(OpType.MaxPoolGradGrad, [origInput, origOutput, grad], ['orig_input', 'orig_output', 'grad']);
    const s = requireRank(origInput.shape, 4);
    mergeShapeOrThrow(s, requireRank(grad.shape, 4));
    return [{ dtype: origInput.dtype, shape: staticPoolOutput(s, attrs, OpType.MaxPoolGradGrad) }];
  },
  compute: ([origInput, , grad], node, rt) => {
    const format = node.attrs.data_format, x = pooledInput(origInput, format);
    const g = poolGeometry(x.shape, node.attrs, OpType.MaxPoolGradGrad);
    const d = nhwcImage(grad, format, 'grad');
    checkGradShape(d, x.shape, OpType.MaxPoolGradGrad);
    const n = g.batch * g.outH * g.outW * g.channels;
    const state = rt.opState(node, () => ({ index: new Int32Array(0) }));
    if (state.index.length !== n) state.index = new Int32Array(n);
    const index = state.index, dv = d.numeric;
    maxPoolArgmax(x.numeric, index, g);
    return [imageOutput(node, rt, origInput.dtype, pooledShape(g), format, out => {
      const o = out.numeric;
      for (let i = 0; i < n; i++) o[i] = dv[index[i]];
    })];
  },
  gradient: (node, [h]) => [
    zerosLike(node.inputs[0]), zerosLike(node.inputs[1]),
    MaxPoolGrad.make1([node.inputs[0], node.inputs[1], h!], poolAttrs(node)),
  ],
  tf: op('MaxPoolGradGrad', 'orig_input: T, orig_output: T, grad: T', 'output: T', `${TF_POOL_ATTRS}; T: type`),
});

export const AvgPool: OpDef<typeof POOL_ATTRS> = defineOp({
  type: OpType.AvgPool, family: 'nn', inputs: ['value'], attrs: POOL_ATTRS,
  infer: ([x], attrs) => {
    requireFloat(OpType.AvgPool, 'value', x);
    return [{ dtype: x.dtype, shape: staticPoolOutput(requireRank(x.shape, 4), attrs, OpType.AvgPool) }];
  },
  compute: ([input], node, rt) => {
    const format = node.attrs.data_format, x = pooledInput(input, format);
    const g = poolGeometry(x.shape, node.attrs, OpType.AvgPool);
    return [imageOutput(node, rt, input.dtype, pooledShape(g), format, out => avgPoolForward(x.numeric, out.numeric, g))];
  },
  gradient: (node, [g]) => [AvgPoolGrad.make1([shapeOf(node.inputs[0]), g!], poolAttrs(node))],
  tf: op('AvgPool', 'value: T', 'output: T', `${TF_POOL_ATTRS}; T: type`),
});

export const AvgPoolGrad: OpDef<typeof POOL_ATTRS> = defineOp({
  type: OpType.AvgPoolGrad, family: 'nn', inputs: ['orig_input_shape', 'grad'], attrs: POOL_ATTRS,
  infer: ([origShape, grad], attrs) => {
    requireFloat(OpType.AvgPoolGrad, 'grad', grad);
    requireRank(origShape.shape, 1);
    const s = shapeFromShapeTensor(origShape, 4);
    mergeShapeOrThrow(staticPoolOutput(s, attrs, OpType.AvgPoolGrad), requireRank(grad.shape, 4));
    return [{ dtype: grad.dtype, shape: s }];
  },
  compute: ([origShape, grad], node, rt) => {
    if (origShape.rank !== 1 || origShape.size !== 4) throw invalidArgument(`orig_input_shape must be 1-dimensional and 4 elements`);
    const format = node.attrs.data_format;
    const inShape = toNHWCOrder(Array.from(origShape.numeric), format);
    const g = poolGeometry(inShape, node.attrs, OpType.AvgPoolGrad);
    const dy = nhwcImage(grad, format, 'grad');
    checkGradShape(dy, pooledShape(g), OpType.AvgPoolGrad);
    return [imageOutput(node, rt, grad.dtype, inShape, format, out => avgPoolBackward(dy.numeric, out.numeric, g))];
  },
  gradient: (node, [h]) => [null, AvgPool.make1([h!], poolAttrs(node))],
  tf: op('AvgPoolGrad', 'orig_input_shape: int32, grad: T', 'output: T', `${TF_POOL_ATTRS}; T: type`),
});

const ARGMAX_ATTRS = {
  ksize: attr.ints(),
  strides: attr.ints(),
  Targmax: attr.oneOf(['int32', 'int64'] as const, 'int64'),
  padding: attr.oneOf(['SAME', 'VALID'] as const),
  include_batch_in_index: attr.bool(false),
};

/**
 * MaxPoolWithArgmax (NHWC only, as in TF): the max and the flat index of the (first) maximum,
 * `(y * width + x) * channels + c`, plus `b * height * width * channels` when
 * include_batch_in_index. Its gradient is MaxPoolGrad's: the same argmax rule.
 */
export const MaxPoolWithArgmax = defineOp({
  type: OpType.MaxPoolWithArgmax, family: 'nn', inputs: ['input'], attrs: ARGMAX_ATTRS,
  infer: ([x], attrs) => {
    requireFloat(OpType.MaxPoolWithArgmax, 'input', x);
    const shape = staticPoolOutput(requireRank(x.shape, 4), { ...attrs, data_format: 'NHWC' }, OpType.MaxPoolWithArgmax);
    return [{ dtype: x.dtype, shape }, { dtype: attrs.Targmax, shape }];
  },
  compute: ([input], node, rt) => {
    const attrs = { ...node.attrs, data_format: 'NHWC' as const };
    const x = pooledInput(input, 'NHWC');
    const g = poolGeometry(x.shape, attrs, OpType.MaxPoolWithArgmax);
    const shape = pooledShape(g);
    const out = rt.output(node, 0, input.dtype, shape);
    maxPoolForward(x.numeric, out.numeric, g);
    const argmax = rt.output(node, 1, node.attrs.Targmax, shape);
    const a = argmax.numeric as Int32Array | Float64Array;
    maxPoolArgmax(x.numeric, a, g);
    if (!node.attrs.include_batch_in_index) {
      const perImage = g.inH * g.inW * g.channels, perOut = g.outH * g.outW * g.channels;
      for (let i = 0; i < a.length; i++) a[i] -= Math.floor(i / perOut) * perImage;
    }
    return [out, argmax];
  },
  gradient: (node, [g]) => {
    if (!g) return [null];
    const { ksize, strides, padding } = node.attrs;
    return [MaxPoolGrad.make1([node.inputs[0], node.outputs[0], g], { ksize, strides, padding, data_format: 'NHWC' })];
  },
  tf: op('MaxPoolWithArgmax', 'input: T', 'output: T, argmax: Targmax',
    'ksize: list(int) >= 4; strides: list(int) >= 4; Targmax: type = int64; padding: string; include_batch_in_index: bool = false; T: type'),
});

export const POOLING_OPS = [MaxPool, MaxPoolGrad, MaxPoolGradGrad, AvgPool, AvgPoolGrad, MaxPoolWithArgmax];
export type { PoolAttrs };

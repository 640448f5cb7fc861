// Shape rules and runtime geometry of Conv2D and its backprops in either data format: the
// attrs are read in the op's format and turned into the NHWC geometry the kernels use.
// Texts follow TF's Conv2D shape function and kernel checks.
import { ShapeError } from '../registry';
import type { Dim } from '../../shape';
import type { NDArray } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { geometry, staticWindowedDim, Geometry, Padding } from './window';
import { DataFormat, dimIndices, fromNHWCOrder, toNHWCOrder } from './layout';
import { mergeDim, shapeText } from './util';

export interface ConvAttrs {
  strides: number[]; padding: Padding; data_format: DataFormat; dilations: number[];
}

/** Strides and dilations in NHWC order, after TF's attr-length checks. */
export function nhwcWindow(attrs: ConvAttrs, type: string): { strides: number[]; dilations: number[] } {
  if (attrs.strides.length !== 4) throw new ShapeError(`${type} requires the stride attribute to contain 4 values, but got: ${attrs.strides.length}`);
  if (attrs.dilations.length !== 4) throw new ShapeError(`${type} requires the dilation attribute to contain 4 values, but got: ${attrs.dilations.length}`);
  if (attrs.dilations.some(d => d < 1)) throw new ShapeError('Dilated rates should be larger than 0.');
  return { strides: toNHWCOrder(attrs.strides, attrs.data_format), dilations: toNHWCOrder(attrs.dilations, attrs.data_format) };
}

/** Conv2D's static output shape (in the op's format) from static input and filter shapes. */
export function staticConvOutput(input: Dim[] | null, filter: Dim[] | null, attrs: ConvAttrs, type: string): Dim[] {
  const { strides, dilations } = nhwcWindow(attrs, type);
  const x = input ? toNHWCOrder(input, attrs.data_format) : null;
  if (x && filter) mergeDim(x[3], filter[2]);
  const spatial = (axis: 1 | 2) => {
    const n = x ? x[axis] : null, k = filter ? filter[axis - 1] : null;
    return k === null ? null : staticWindowedDim(n, (k - 1) * dilations[axis] + 1, strides[axis], attrs.padding);
  };
  return fromNHWCOrder([x ? x[0] : null, spatial(1), spatial(2), filter ? filter[3] : null], attrs.data_format);
}

/** The channel dim of an image shape in this format. */
export function channelDim(shape: readonly Dim[], format: DataFormat): Dim { return shape[dimIndices(format).c]; }

/** NHWC geometry from an NHWC input shape and a filter shape, with TF's runtime checks. */
export function runtimeGeometry(inShape: readonly number[], filterShape: readonly number[], attrs: ConvAttrs, type: string): Geometry {
  const { strides, dilations } = nhwcWindow(attrs, type);
  if (strides[0] !== 1 || strides[3] !== 1) throw invalidArgument('Current implementation does not yet support strides in the batch and depth dimensions.');
  if (dilations[0] !== 1 || dilations[3] !== 1) throw invalidArgument('Current implementation does not yet support dilations in the batch and depth dimensions.');
  if (filterShape.length !== 4) throw invalidArgument(`filter must be 4-dimensional: ${shapeText(filterShape)}`);
  if (inShape[3] !== filterShape[2]) {
    throw invalidArgument(`input and filter must have the same depth: ${inShape[3]} vs ${filterShape[2]}`);
  }
  return geometry(inShape, filterShape[0], filterShape[1], strides, attrs.padding, dilations);
}

export function requireImage(shape: readonly number[], what: string): void {
  if (shape.length !== 4) throw invalidArgument(`${what} must be 4-dimensional${shapeText(shape)}`);
}

/** The runtime value of an int32 shape input (input_sizes, filter_sizes). */
export function shapeInputValue(t: NDArray, what: string): number[] {
  if (t.rank !== 1 || t.size !== 4) throw invalidArgument(`${what} must be 1-dimensional with 4 elements, got ${shapeText(t.shape)}`);
  return Array.from(t.numeric);
}

/**
 * out_backprop against the convolution output the geometry gives, with TF's
 * ConvBackpropComputeDimensions texts (`label`: Conv2DCustomBackpropInput / ...Filter).
 */
export function checkBackpropShape(label: string, grad: readonly number[], g: Geometry, outDepth: number): void {
  if (grad.length !== 4) throw invalidArgument(`${label}: out_backprop must be 4-dimensional`);
  if (grad[0] !== g.batch) {
    throw invalidArgument(`${label}: input and out_backprop must have the same batch size, input batch: ${g.batch} outbackprop batch: ${grad[0]} batch_dim: 0`);
  }
  const spatial = [[g.inH, g.kh, g.sh, g.dh, g.outH], [g.inW, g.kw, g.sw, g.dw, g.outW]];
  spatial.forEach(([input, filter, stride, dilation, computed], i) => {
    const actual = grad[i + 1];
    if (actual !== computed) {
      throw invalidArgument(`${label}: Size of out_backprop doesn't match computed: actual = ${actual}, computed = ${computed} spatial_dim: ${i + 1} input: ${input} filter: ${filter} output: ${actual} stride: ${stride} dilation: ${dilation}`);
    }
  });
  if (grad[3] !== outDepth) throw invalidArgument(`${label}: Filter depth must match out_backprop depth, filter: ${outDepth} out_backprop: ${grad[3]}`);
}

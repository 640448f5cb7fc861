// tf.shape, tf.size, tf.rank, tf.reshape, tf.expand_dims, tf.squeeze.
import { Tensor } from '../../graph/tensor';
import { convertToTensor, constant, makeOp, makeOp1, TensorLike } from '../builder';
import { isFullyDefined } from '../../shape';
import type { DType } from '../../dtypes';
import { inOpScope, intTensor } from './common';

/**
 * tf.shape. Like TF1 (`optimize=True`), a fully known static shape becomes a Const named
 * `Shape`, so gradient graphs of fixed-size models hold constants, not Shape ops.
 */
export function shape(input: TensorLike, name?: string, outType: DType = 'int32'): Tensor {
  const x = convertToTensor(input);
  if (isFullyDefined(x.shape)) return constant(x.shape, outType, name ?? 'Shape');
  return makeOp1('Shape', [x], { out_type: outType }, name ?? 'Shape');
}

export function shapeN(inputs: TensorLike[], name?: string, outType: DType = 'int32'): Tensor[] {
  const xs = inputs.map(v => convertToTensor(v));
  return makeOp('ShapeN', xs, { N: xs.length, out_type: outType }, name ?? 'ShapeN').outputs;
}

export function size(input: TensorLike, name?: string, outType: DType = 'int32'): Tensor {
  const x = convertToTensor(input);
  if (isFullyDefined(x.shape)) return constant(x.shape.reduce((a, b) => a * b, 1), outType, name ?? 'Size');
  return makeOp1('Size', [x], { out_type: outType }, name ?? 'Size');
}

export function rank(input: TensorLike, name?: string): Tensor {
  const x = convertToTensor(input);
  if (x.shape !== null) return constant(x.shape.length, 'int32', name ?? 'Rank');
  return makeOp1('Rank', [x], {}, name ?? 'Rank');
}

export function reshape(tensor: TensorLike, newShape: TensorLike, name?: string): Tensor {
  const x = convertToTensor(tensor);
  return inOpScope(name, 'Reshape', opName => makeOp1('Reshape', [x, intTensor(newShape, 'shape')], {}, opName));
}

export function expandDims(input: TensorLike, axis: TensorLike, name?: string): Tensor {
  const x = convertToTensor(input);
  return inOpScope(name, 'ExpandDims', opName => makeOp1('ExpandDims', [x, intTensor(axis, 'dim')], {}, opName));
}

export function squeeze(input: TensorLike, axis?: number | number[] | null, name?: string): Tensor {
  const x = convertToTensor(input);
  const dims = axis === undefined || axis === null ? [] : typeof axis === 'number' ? [axis] : axis;
  return makeOp1('Squeeze', [x], { squeeze_dims: dims }, name ?? 'Squeeze');
}

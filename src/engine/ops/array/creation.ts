// tf.fill, tf.zeros, tf.ones, tf.zeros_like, tf.ones_like.
import { Tensor } from '../../graph/tensor';
import { convertToTensor, constant, makeOp1, TensorLike } from '../builder';
import type { DType } from '../../dtypes';
import { inOpScope, intTensor } from './common';
import { shape as shapeOf } from './shapes';

export function fill(dims: TensorLike, value: TensorLike, name?: string): Tensor {
  return inOpScope(name, 'Fill', opName => makeOp1('Fill', [intTensor(dims, 'dims'), convertToTensor(value, undefined, 'value')], {}, opName));
}

/**
 * tf.zeros / tf.ones as in TF1: a plain shape with fewer than 1000 elements becomes one Const
 * named `zeros`; a larger one (or a shape tensor) a Fill named `zeros` fed by
 * `zeros/shape_as_tensor` and the scalar `zeros/Const`, so the graph stays small.
 */
function filled(value: number, defaultName: string, shape: TensorLike, dtype: DType, name?: string): Tensor {
  return inOpScope(name, defaultName, opName => {
    if (Array.isArray(shape) && shape.every(d => typeof d === 'number')) {
      const dims = shape as number[];
      if (dims.reduce((a, b) => a * b, 1) < 1000) return constant(value, dtype, opName, dims);
      const dimsT = constant(dims, 'int32', 'shape_as_tensor');
      return makeOp1('Fill', [dimsT, constant(value, dtype)], {}, opName);
    }
    return makeOp1('Fill', [intTensor(shape, 'shape_as_tensor'), constant(value, dtype)], {}, opName);
  });
}
export function zeros(shape: TensorLike, dtype: DType = 'float32', name?: string): Tensor { return filled(0, 'zeros', shape, dtype, name); }
export function ones(shape: TensorLike, dtype: DType = 'float32', name?: string): Tensor { return filled(1, 'ones', shape, dtype, name); }

/**
 * tf.zeros_like / tf.ones_like: a ZerosLike / OnesLike op named `zeros_like` / `ones_like`.
 * (TF1's ones_like builds ones(shape(x)); one op is equivalent and simpler to read.) A different
 * dtype goes through zeros(shape(x), dtype).
 */
export function zerosLike(tensor: TensorLike, dtype?: DType | null, name?: string): Tensor {
  const x = convertToTensor(tensor);
  if (dtype && dtype !== x.dtype) return inOpScope(name, 'zeros_like', opName => zeros(shapeOf(x), dtype, opName));
  return makeOp1('ZerosLike', [x], {}, name ?? 'zeros_like');
}
export function onesLike(tensor: TensorLike, dtype?: DType | null, name?: string): Tensor {
  const x = convertToTensor(tensor);
  if (dtype && dtype !== x.dtype) return inOpScope(name, 'ones_like', opName => ones(shapeOf(x), dtype, opName));
  return makeOp1('OnesLike', [x], {}, name ?? 'ones_like');
}

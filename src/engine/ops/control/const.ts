// Const: a value stored in the graph (tf.constant, tf.convert_to_tensor). The builder `constant`
// stays in ops/builder.ts, where every family converts plain values: moving it here would make
// builder.ts and this file import each other.
import type { DType } from '../../dtypes';
import type { NDArray } from '../../ndarray';
import { formatShapePy } from '../../shape';
import { typeError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { constant, convertToTensor, isConvertible, toNDArray, TensorLike } from '../builder';
import { Tensor } from '../../graph/tensor';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';

export const Const = defineOp({
  type: OpType.Const, family: 'control', inputs: [],
  attrs: { value: attr.any<NDArray>('tensor'), dtype: attr.type() },
  infer: (_in, attrs) => [{ dtype: attrs.value.dtype, shape: attrs.value.shape.slice() }],
  compute: (_in, op) => [op.attrs.value],
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Const', '', 'output: dtype', 'value: tensor; dtype: type'),
});

/**
 * tf.constant: a Const of `value` (numbers, nested lists, numpy arrays), cast to `dtype`, filled
 * or reshaped to `shape`. `verifyShape` makes a size mismatch TF's TypeError instead.
 */
export function constantOp(value: TensorLike, dtype: DType | null, shape: number[] | null, name: string, verifyShape = false): Tensor {
  if (value instanceof Tensor || isConvertible(value)) throw typeError('Expected any non-tensor type, got a tensor instead.');
  const arr = toNDArray(value, dtype ?? undefined);
  if (verifyShape && shape !== null && formatShapePy(shape) !== formatShapePy(arr.shape.slice())) {
    throw typeError(`Expected Tensor's shape: ${formatShapePy(shape)}, got ${formatShapePy(arr.shape.slice())}.`);
  }
  return constant(arr, arr.dtype, name, shape ?? undefined);
}

/**
 * tf.convert_to_tensor: tensors pass through (dtype checked), other values become a Const.
 * `preferredDtype` is a soft request: tried first, and dropped when the value does not fit it.
 */
export function convertToTensorOp(value: TensorLike, dtype: DType | null, name: string | null, preferredDtype: DType | null): Tensor {
  if (dtype === null && preferredDtype !== null && !(value instanceof Tensor || isConvertible(value))) {
    // The value is converted before any op exists, so a failed attempt leaves nothing behind.
    try { return convertToTensor(value, preferredDtype, name ?? 'Const'); } catch { /* TF falls back to the value's own dtype */ }
  }
  return convertToTensor(value, dtype, name ?? 'Const');
}

function fullShape(shape: (number | null)[] | null): number[] | null {
  if (shape === null) return null;
  if (shape.some(d => d === null)) throw typeError(`Expected a fully defined shape, got ${formatShapePy(shape)}`);
  return shape as number[];
}

export const CONST: OpGroup = {
  ops: [Const],
  api: [
    defineApi({
      name: 'tf.constant', doc: 'Creates a constant tensor.',
      params: [
        { name: 'value', type: 'tensor' },
        { name: 'dtype', default: null, type: 'dtype' },
        { name: 'shape', default: null, type: 'shape' },
        { name: 'name', default: 'Const', type: 'name' },
        { name: 'verify_shape', default: false, type: 'bool', doc: 'raise TypeError when the value does not have `shape`' },
      ],
    }, a => constantOp(a.value, a.dtype, fullShape(a.shape), a.name ?? 'Const', a.verify_shape)),
    defineApi({
      name: 'tf.convert_to_tensor', doc: 'Converts the given value to a Tensor.',
      params: [
        { name: 'value', type: 'tensor' },
        { name: 'dtype', default: null, type: 'dtype' },
        { name: 'name', default: null, type: 'name' },
        { name: 'preferred_dtype', default: null, type: 'dtype', doc: 'tried when `dtype` is None; ignored when the value does not fit it' },
        { name: 'dtype_hint', default: null, type: 'dtype', doc: 'the TF2 spelling of preferred_dtype' },
      ],
    }, a => convertToTensorOp(a.value, a.dtype, a.name, a.preferred_dtype ?? a.dtype_hint)),
  ],
};

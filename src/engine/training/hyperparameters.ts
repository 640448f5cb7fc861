// Hyperparameters of an optimizer: a number (made a Const in `_prepare`), a Tensor used as-is
// (a placeholder or a decay schedule, re-evaluated each run), or a function returning either.
import { Tensor } from '../graph/tensor';
import { convertToTensor, makeOp1, isConvertible } from '../ops/builder';
import type { DType } from '../dtypes';

export type Hyperparameter = number | Tensor | { toTensor(asRef?: boolean): Tensor } | (() => number | Tensor);

/** `ops.convert_to_tensor(value, name=name)` after calling a callable, as `_prepare` does. */
export function hyperTensor(value: Hyperparameter, name: string): Tensor {
  const v = typeof value === 'function' ? value() : value;
  if (v instanceof Tensor) return v;
  if (isConvertible(v)) return convertToTensor(v);
  return convertToTensor(v, null, name);
}

/** math_ops.cast(t, dtype): the tensor itself when the dtype already matches. */
export function castTo(t: Tensor, dtype: DType): Tensor {
  if (t.dtype === dtype) return t;
  return makeOp1('Cast', [t], { SrcT: t.dtype, DstT: dtype, Truncate: false }, 'Cast');
}

/** A number hyperparameter's value, for validation in constructors. */
export function numericValue(value: Hyperparameter): number | null {
  return typeof value === 'number' ? value : null;
}

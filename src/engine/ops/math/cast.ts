// tf.cast (tf1-semantics §3.3): a Tensor already of the dtype is returned as is; otherwise a
// Cast op in scope `Cast` (the scope name is taken even when no op is needed, as in TF).
import { Tensor } from '../../graph/tensor';
import type { TensorLike } from '../builder';
import { makeOp1 } from '../builder';
import type { DType } from '../../dtypes';
import { convertArgs, inScope } from './apply';

export function cast(x: TensorLike, dtype: DType, name?: string): Tensor {
  if (x instanceof Tensor && x.dtype === dtype) return x;
  return inScope([x], name, 'Cast', scope => {
    const [t] = convertArgs([x], ['x']);
    return t.dtype === dtype ? t : makeOp1('Cast', [t], { SrcT: t.dtype, DstT: dtype, Truncate: false }, scope);
  });
}
export const toFloat = (x: TensorLike, name = 'ToFloat') => cast(x, 'float32', name);
export const toDouble = (x: TensorLike, name = 'ToDouble') => cast(x, 'float64', name);
export const toInt32 = (x: TensorLike, name = 'ToInt32') => cast(x, 'int32', name);
export const toInt64 = (x: TensorLike, name = 'ToInt64') => cast(x, 'int64', name);

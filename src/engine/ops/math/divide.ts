// Division builders. Python 3 `/` is truediv: integer inputs are cast first (int8/int16/uint8
// → float32, int32/int64 → float64), then RealDiv (tf1-semantics §1.4). `tf.div` is Python 2
// division: RealDiv for floats, FloorDiv for integers.
import type { Tensor } from '../../graph/tensor';
import type { TensorLike } from '../builder';
import { makeOp1 } from '../builder';
import { DType, isInteger } from '../../dtypes';
import { convertArgs, inScope } from './apply';
import { cast } from './cast';

const TRUEDIV_FLOAT: Partial<Record<DType, DType>> = { uint8: 'float32', int32: 'float64', int64: 'float64' };

export function truediv(x: TensorLike, y: TensorLike, name?: string): Tensor {
  return inScope([x, y], name, 'truediv', scope => {
    let [a, b] = convertArgs([x, y], ['x', 'y']);
    const target = TRUEDIV_FLOAT[a.dtype];
    if (target && a.dtype === b.dtype) { a = cast(a, target); b = cast(b, target); }
    return makeOp1('RealDiv', [a, b], {}, scope);
  });
}

/** tf.divide: `x / y` (op named `truediv` unless a name is given). */
export function divide(x: TensorLike, y: TensorLike, name?: string): Tensor {
  return truediv(x, y, name);
}

export function div(x: TensorLike, y: TensorLike, name?: string): Tensor {
  return inScope([x, y], name, 'div', scope => {
    const [a, b] = convertArgs([x, y], ['x', 'y']);
    return makeOp1(isInteger(a.dtype) ? 'FloorDiv' : 'RealDiv', [a, b], {}, scope);
  });
}

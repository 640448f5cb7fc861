// Division builders. Python 3 `/` is truediv: integer inputs are cast first (int8/int16/uint8
// → float32, int32/int64 → float64), then RealDiv (tf1-semantics §1.4). `tf.div` is Python 2
// division: RealDiv for floats, FloorDiv for integers. `tf.divide` is `x / y`.
import type { Tensor } from '../../graph/tensor';
import { DType, isFloat } from '../../dtypes';
import { defineApi } from '../../api/api_function';
import type { TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { convertArgs, inScope } from './apply';
import { cast } from './cast';
import { floorDiv, realdiv } from './binary';

const TRUEDIV_FLOAT: Partial<Record<DType, DType>> = {
  uint8: 'float32', int8: 'float32', uint16: 'float32', int16: 'float32', int32: 'float64', int64: 'float64',
};

export function truediv(x: TensorLike, y: TensorLike, name?: string): Tensor {
  return inScope([x, y], name, 'truediv', scope => {
    let [a, b] = convertArgs([x, y], ['x', 'y']);
    const target = TRUEDIV_FLOAT[a.dtype];
    if (target && a.dtype === b.dtype) { a = cast(a, target); b = cast(b, target); }
    return realdiv(a, b, scope);
  });
}

/** tf.divide: `x / y` (op named `truediv` unless a name is given). */
export function divide(x: TensorLike, y: TensorLike, name?: string): Tensor {
  return truediv(x, y, name);
}

export function div(x: TensorLike, y: TensorLike, name?: string): Tensor {
  return inScope([x, y], name, 'div', scope => {
    const [a, b] = convertArgs([x, y], ['x', 'y']);
    return isFloat(a.dtype) ? realdiv(a, b, scope) : floorDiv(a, b, scope);
  });
}

const XY_NAME = [{ name: 'x', type: 'tensor' }, { name: 'y', type: 'tensor' }, { name: 'name', default: null, type: 'name' }] as const;

export const DIVIDE: OpGroup = {
  ops: [],
  api: [
    defineApi({ name: 'tf.divide', doc: 'Computes Python style division of x by y.', params: XY_NAME },
      a => divide(a.x, a.y, a.name ?? undefined), ['tf.math.divide']),
    defineApi({ name: 'tf.truediv', doc: 'Divides x / y elementwise (using Python 3 division operator semantics).', params: XY_NAME },
      a => truediv(a.x, a.y, a.name ?? undefined), ['tf.math.truediv']),
    defineApi({ name: 'tf.div', doc: 'Divides x / y elementwise (using Python 2 division operator semantics).', params: XY_NAME },
      a => div(a.x, a.y, a.name ?? undefined)),
  ],
};

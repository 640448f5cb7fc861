// tf.* builders of the elementwise math ops. Function APIs take the op type as default name
// (`tf.add` → `Add`); a few TF functions open their own scope name (`tf.floordiv` →
// `floordiv`, `tf.pow` → `Pow`).
import type { Tensor } from '../../graph/tensor';
import type { TensorLike } from '../builder';
import { isInteger } from '../../dtypes';
import { applyOp, convertArgs, inScope } from './apply';
import { makeOp1 } from '../builder';
import { PyLikeError, valueError } from '../../errors';

const binary = (type: string) => (x: TensorLike, y: TensorLike, name?: string): Tensor => applyOp(type, type, [x, y], ['x', 'y'], {}, name);
const unary = (type: string) => (x: TensorLike, name?: string): Tensor => applyOp(type, type, [x], ['x'], {}, name);

export const add = binary('Add');
export const subtract = binary('Sub');
export const multiply = binary('Mul');
export const realdiv = binary('RealDiv');
export const floorDiv = binary('FloorDiv');
export const mod = binary('FloorMod');
export const floormod = mod;
export const maximum = binary('Maximum');
export const minimum = binary('Minimum');
export const squaredDifference = binary('SquaredDifference');
export const equal = binary('Equal');
export const notEqual = binary('NotEqual');
export const less = binary('Less');
export const lessEqual = binary('LessEqual');
export const greater = binary('Greater');
export const greaterEqual = binary('GreaterEqual');
export const logicalAnd = binary('LogicalAnd');
export const logicalOr = binary('LogicalOr');

/** tf.floordiv: scope `floordiv`, op FloorDiv. */
export function floordiv(x: TensorLike, y: TensorLike, name?: string): Tensor {
  return applyOp('FloorDiv', 'floordiv', [x, y], ['x', 'y'], {}, name);
}
/** tf.pow: scope `Pow`. */
export function pow(x: TensorLike, y: TensorLike, name?: string): Tensor {
  return applyOp('Pow', 'Pow', [x, y], ['x', 'y'], {}, name);
}

export const negative = unary('Neg');
export const square = unary('Square');
export const sqrt = unary('Sqrt');
export const rsqrt = unary('Rsqrt');
export const exp = unary('Exp');
export const log = unary('Log');
export const log1p = unary('Log1p');
export const abs = unary('Abs');
export const sign = unary('Sign');
export const reciprocal = unary('Reciprocal');
export const floor = unary('Floor');
export const ceil = unary('Ceil');
export const sigmoid = unary('Sigmoid');
export const tanh = unary('Tanh');
export const cos = unary('Cos');
export const sin = unary('Sin');
export const logicalNot = unary('LogicalNot');

/** tf.round: integers are returned unchanged (no op). */
export function round(x: TensorLike, name?: string): Tensor {
  const [t] = convertArgs([x], ['x']);
  return isInteger(t.dtype) ? t : applyOp('Round', 'Round', [t], ['x'], {}, name);
}

/** tf.where(condition, x, y) → Select. The one-argument form (indices) is not supported. */
export function where(condition: TensorLike, x?: TensorLike | null, y?: TensorLike | null, name?: string): Tensor {
  if (x == null || y == null) throw new PyLikeError('NotImplementedError', 'tf.where(condition) without x and y (the indices form) is not supported');
  return select(condition, x, y, name);
}
export function select(condition: TensorLike, x: TensorLike, y: TensorLike, name?: string): Tensor {
  return inScope([x, y, condition], name, 'Select', scope => {
    const [c] = convertArgs([condition], ['condition'], 'bool');
    const [t, e] = convertArgs([x, y], ['x', 'y']);
    return makeOp1('Select', [c, t, e], {}, scope);
  });
}

/** tf.add_n: one input is returned as is (or through Identity when named). */
export function addN(inputs: TensorLike[], name?: string): Tensor {
  if (!inputs.length) throw valueError('inputs must be a list of at least one Tensor with the same dtype and shape');
  if (inputs.length === 1) {
    const [t] = convertArgs(inputs, ['inputs']);
    return name ? makeOp1('Identity', [t], {}, name) : t;
  }
  return inScope(inputs, name, 'AddN', scope => makeOp1('AddN', convertArgs(inputs, inputs.map(() => 'inputs')), { N: inputs.length }, scope));
}

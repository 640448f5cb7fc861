// The Python operator forms the front end calls for `a + b`, `2 * t`, `-a`, `a @ b`, ...
// (tf1-semantics §1.4). A binary operator opens name_scope(None, '<op>'); the non-Tensor operand
// becomes a Const of the Tensor operand's dtype named `y` (or `x` in the reflected form, when the
// plain value is on the left); the op takes the scope's name: `add`, `add_1`, `mul`, `truediv`.
// Comparisons and unary operators are the plain gen ops (`Less`, `Neg`, `Abs`, `LogicalNot`).
import type { Tensor } from '../../graph/tensor';
import type { TensorLike } from '../builder';
import { applyOp, convertArgs, inScope } from './apply';
import { truediv as truedivFn } from './divide';
import { matmul as matmulFn } from './matmul';

const binaryOperator = (type: string, scopeName: string) =>
  (x: TensorLike, y: TensorLike): Tensor => applyOp(type, scopeName, [x, y], ['x', 'y']);
const genOp = (type: string) => (x: TensorLike, y: TensorLike): Tensor => applyOp(type, type, [x, y], ['x', 'y']);

export const operators = {
  add: binaryOperator('Add', 'add'),
  sub: binaryOperator('Sub', 'sub'),
  mul: binaryOperator('Mul', 'mul'),
  floordiv: binaryOperator('FloorDiv', 'floordiv'),
  mod: binaryOperator('FloorMod', 'mod'),
  pow: binaryOperator('Pow', 'pow'),
  and: binaryOperator('LogicalAnd', 'and'),
  or: binaryOperator('LogicalOr', 'or'),
  truediv: (x: TensorLike, y: TensorLike): Tensor => inScope([x, y], undefined, 'truediv', scope => {
    const [a, b] = convertArgs([x, y], ['x', 'y']);
    return truedivFn(a, b, scope);
  }),
  matmul: (x: TensorLike, y: TensorLike): Tensor => inScope([x, y], undefined, 'matmul', scope => {
    const [a, b] = convertArgs([x, y], ['x', 'y']);
    return matmulFn(a, b, { name: scope });
  }),
  lt: genOp('Less'),
  le: genOp('LessEqual'),
  gt: genOp('Greater'),
  ge: genOp('GreaterEqual'),
  neg: (x: TensorLike): Tensor => applyOp('Neg', 'Neg', [x], ['x']),
  abs: (x: TensorLike): Tensor => applyOp('Abs', 'Abs', [x], ['x']),
  invert: (x: TensorLike): Tensor => applyOp('LogicalNot', 'LogicalNot', [x], ['x']),
};

// The Python operator forms the front end calls for `a + b`, `2 * t`, `-a`, `a @ b`, ...
// (tf1-semantics §1.4). A binary operator opens name_scope(None, '<op>'); the non-Tensor operand
// becomes a Const of the Tensor operand's dtype named `y` (or `x` in the reflected form, when the
// plain value is on the left); the op takes the scope's name: `add`, `add_1`, `mul`, `truediv`.
// Comparisons and unary operators are the plain gen ops (`Less`, `Neg`, `Abs`, `LogicalNot`).
import type { Tensor } from '../../graph/tensor';
import type { TensorLike } from '../builder';
import { OpType, OpTypeName } from '../op_types';
import { applyOp, convertArgs, inScope } from './apply';
import { truediv as truedivFn } from './divide';
import { matmul as matmulFn } from './matmul';

const binaryOperator = (type: OpTypeName, scopeName: string) =>
  (x: TensorLike, y: TensorLike): Tensor => applyOp(type, scopeName, [x, y], ['x', 'y']);
const genOp = (type: OpTypeName) => (x: TensorLike, y: TensorLike): Tensor => applyOp(type, type, [x, y], ['x', 'y']);
const unaryOp = (type: OpTypeName) => (x: TensorLike): Tensor => applyOp(type, type, [x], ['x']);

export const operators = {
  add: binaryOperator(OpType.Add, 'add'),
  sub: binaryOperator(OpType.Sub, 'sub'),
  mul: binaryOperator(OpType.Mul, 'mul'),
  floordiv: binaryOperator(OpType.FloorDiv, 'floordiv'),
  mod: binaryOperator(OpType.FloorMod, 'mod'),
  pow: binaryOperator(OpType.Pow, 'pow'),
  and: binaryOperator(OpType.LogicalAnd, 'and'),
  or: binaryOperator(OpType.LogicalOr, 'or'),
  truediv: (x: TensorLike, y: TensorLike): Tensor => inScope([x, y], undefined, 'truediv', scope => {
    const [a, b] = convertArgs([x, y], ['x', 'y']);
    return truedivFn(a, b, scope);
  }),
  matmul: (x: TensorLike, y: TensorLike): Tensor => inScope([x, y], undefined, 'matmul', scope => {
    const [a, b] = convertArgs([x, y], ['x', 'y']);
    return matmulFn(a, b, { name: scope });
  }),
  lt: genOp(OpType.Less),
  le: genOp(OpType.LessEqual),
  gt: genOp(OpType.Greater),
  ge: genOp(OpType.GreaterEqual),
  neg: unaryOp(OpType.Neg),
  abs: unaryOp(OpType.Abs),
  invert: unaryOp(OpType.LogicalNot),
};

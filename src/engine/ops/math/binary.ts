// The broadcasting binary elementwise ops as one table (tf1-semantics §3.2, §3.5, gradients
// §4.5): a row gives the op type, its loop expression (`int` where integer dtypes differ: C-style
// truncating division; int64 lives in a Float64Array, so truncation must be explicit), the dtypes
// it accepts, whether it yields bool, its gradient, TF's OpDef kind and its Python names.
// Every row becomes an OpDef with the shared broadcast rule and a loop compiled once for its
// expression, a builder (`tf.add` → op named `Add`) and `tf.<name>(x, y, name=None)`.
import type { Tensor } from '../../graph/tensor';
import { isInteger, NumericArray } from '../../dtypes';
import { binaryLoop, registerFusable } from '../../kernels/math/codegen';
import { cachedBroadcastPlan, inferBroadcast } from '../../kernels/math/broadcast';
import { checkDType, DTypeClass } from '../../kernels/math/dtype_rules';
import { op, OpSpec } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import type { TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpDef, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { applyOp } from './apply';
import {
  BinaryGradient, divGrad, divNoNanGrad, floorModGrad, maxMinGrad, mulGrad, passThrough, powGrad, squaredDifferenceGrad, subGrad,
} from './binary_grads';

/** TF's OpDef shapes of the binary ops (core/ops/math_ops.cc). */
type TfKind = 'binary' | 'commutative' | 'compare' | 'equality' | 'logical';

interface BinaryRow {
  type: OpTypeName;
  expr: string;
  int?: string;
  dtypes: DTypeClass;
  /** Output is bool (comparisons). */
  bool?: boolean;
  gradient: BinaryGradient | typeof NOT_DIFFERENTIABLE;
  tf: TfKind;
  /** Python names bound to the builder (`tf.<name>`, `tf.math.<name>`); the first is the primary. */
  py?: string[];
  doc?: string;
}

const ND = NOT_DIFFERENTIABLE;
const ROWS: BinaryRow[] = [
  { type: OpType.Add, expr: 'x + y', dtypes: 'numeric', gradient: passThrough, tf: 'commutative', py: ['add', 'math.add'], doc: 'Returns x + y element-wise.' },
  { type: OpType.AddV2, expr: 'x + y', dtypes: 'numeric', gradient: passThrough, tf: 'commutative' },
  { type: OpType.Sub, expr: 'x - y', dtypes: 'numeric', gradient: subGrad, tf: 'binary', py: ['subtract', 'math.subtract', 'sub'], doc: 'Returns x - y element-wise.' },
  { type: OpType.Mul, expr: 'x * y', dtypes: 'numeric', gradient: mulGrad, tf: 'commutative', py: ['multiply', 'math.multiply', 'mul'], doc: 'Returns x * y element-wise.' },
  { type: OpType.RealDiv, expr: 'x / y', int: 'Math.trunc(x / y)', dtypes: 'numeric', gradient: divGrad, tf: 'binary', py: ['realdiv', 'math.realdiv'], doc: 'Returns x / y element-wise for real types.' },
  { type: OpType.Div, expr: 'x / y', int: 'Math.trunc(x / y)', dtypes: 'numeric', gradient: divGrad, tf: 'binary' },
  { type: OpType.DivNoNan, expr: 'y === 0 ? 0 : x / y', dtypes: 'float', gradient: divNoNanGrad, tf: 'binary' },
  { type: OpType.FloorDiv, expr: 'Math.floor(x / y)', dtypes: 'numeric', gradient: ND, tf: 'binary', py: ['floor_div'], doc: 'Returns x // y element-wise (rounded toward negative infinity).' },
  { type: OpType.FloorMod, expr: 'floorMod(x, y)', dtypes: 'numeric', gradient: floorModGrad, tf: 'binary', py: ['floormod', 'math.floormod', 'mod', 'math.mod'], doc: 'Returns element-wise remainder of division; the result takes the sign of the divisor.' },
  { type: OpType.TruncateDiv, expr: 'Math.trunc(x / y)', dtypes: 'numeric', gradient: ND, tf: 'binary', py: ['truncatediv', 'math.truncatediv'], doc: 'Returns x / y element-wise, rounded toward zero.' },
  { type: OpType.TruncateMod, expr: 'x % y', dtypes: 'numeric', gradient: ND, tf: 'binary', py: ['truncatemod', 'math.truncatemod'], doc: 'Returns element-wise remainder of division; the result takes the sign of the dividend (C fmod).' },
  { type: OpType.Pow, expr: 'Math.pow(x, y)', int: 'Math.trunc(Math.pow(x, y))', dtypes: 'numeric', gradient: powGrad, tf: 'binary', py: ['pow', 'math.pow'], doc: 'Computes the power of one value to another.' },
  { type: OpType.Maximum, expr: 'x >= y ? x : y', dtypes: 'numeric', gradient: maxMinGrad(OpType.GreaterEqual), tf: 'commutative', py: ['maximum', 'math.maximum'], doc: 'Returns the max of x and y element-wise.' },
  { type: OpType.Minimum, expr: 'x <= y ? x : y', dtypes: 'numeric', gradient: maxMinGrad(OpType.LessEqual), tf: 'commutative', py: ['minimum', 'math.minimum'], doc: 'Returns the min of x and y element-wise.' },
  { type: OpType.SquaredDifference, expr: '(x - y) * (x - y)', dtypes: 'numeric', gradient: squaredDifferenceGrad, tf: 'commutative', py: ['squared_difference', 'math.squared_difference'], doc: 'Returns (x - y)(x - y) element-wise.' },
  { type: OpType.Equal, expr: 'x === y ? 1 : 0', dtypes: 'all', bool: true, gradient: ND, tf: 'equality', py: ['equal', 'math.equal'], doc: 'Returns the truth value of (x == y) element-wise.' },
  { type: OpType.NotEqual, expr: 'x !== y ? 1 : 0', dtypes: 'all', bool: true, gradient: ND, tf: 'equality', py: ['not_equal', 'math.not_equal'], doc: 'Returns the truth value of (x != y) element-wise.' },
  { type: OpType.Less, expr: 'x < y ? 1 : 0', dtypes: 'numeric', bool: true, gradient: ND, tf: 'compare', py: ['less', 'math.less'], doc: 'Returns the truth value of (x < y) element-wise.' },
  { type: OpType.LessEqual, expr: 'x <= y ? 1 : 0', dtypes: 'numeric', bool: true, gradient: ND, tf: 'compare', py: ['less_equal', 'math.less_equal'], doc: 'Returns the truth value of (x <= y) element-wise.' },
  { type: OpType.Greater, expr: 'x > y ? 1 : 0', dtypes: 'numeric', bool: true, gradient: ND, tf: 'compare', py: ['greater', 'math.greater'], doc: 'Returns the truth value of (x > y) element-wise.' },
  { type: OpType.GreaterEqual, expr: 'x >= y ? 1 : 0', dtypes: 'numeric', bool: true, gradient: ND, tf: 'compare', py: ['greater_equal', 'math.greater_equal'], doc: 'Returns the truth value of (x >= y) element-wise.' },
  { type: OpType.LogicalAnd, expr: 'x && y ? 1 : 0', dtypes: 'bool', gradient: ND, tf: 'logical', py: ['logical_and', 'math.logical_and'], doc: 'Returns the truth value of x AND y element-wise.' },
  { type: OpType.LogicalOr, expr: 'x || y ? 1 : 0', dtypes: 'bool', gradient: ND, tf: 'logical', py: ['logical_or', 'math.logical_or'], doc: 'Returns the truth value of x OR y element-wise.' },
];

function tfOpDef(type: string, kind: TfKind): OpSpec {
  switch (kind) {
    case 'binary': return op(type, 'x: T, y: T', 'z: T', 'T: type');
    case 'commutative': return op(type, 'x: T, y: T', 'z: T', 'T: type', { commutative: true });
    case 'compare': return op(type, 'x: T, y: T', 'z: bool', 'T: type');
    case 'equality': return op(type, 'x: T, y: T', 'z: bool', 'T: type; incompatible_shape_error: bool = true', { commutative: true });
    case 'logical': return op(type, 'x: bool, y: bool', 'z: bool', '', { commutative: true });
  }
}

function binaryOp(row: BinaryRow): OpDef {
  const floatLoop = binaryLoop(row.expr);
  const intLoop = binaryLoop(row.int ?? row.expr);
  const gradient = row.gradient;
  if (!row.bool && (row.dtypes === 'float' || row.dtypes === 'numeric')) registerFusable(row.type, row.expr, 2);
  return defineOp({
    type: row.type, family: 'math', inputs: ['x', 'y'], attrs: {},
    infer: inputs => {
      checkDType(inputs[0], row.dtypes, 'x');
      return inferBroadcast(row.type, inputs, row.bool ? 'bool' : null);
    },
    compute: ([x, y], node, rt) => {
      const plan = cachedBroadcastPlan(rt, node, x.shape, y.shape);
      const out = rt.output(node, 0, row.bool ? 'bool' : x.dtype, plan.outShape);
      (isInteger(x.dtype) ? intLoop : floatLoop)(x.data as NumericArray, y.data as NumericArray, out.data as NumericArray, plan);
      return [out];
    },
    gradient: gradient === NOT_DIFFERENTIABLE ? NOT_DIFFERENTIABLE : (node, [g]) => gradient(node, g!),
    tf: tfOpDef(row.type, row.tf),
  });
}

const BINARY_OPS = new Map<OpTypeName, OpDef>(ROWS.map(r => [r.type, binaryOp(r)]));

type Binary = (x: TensorLike, y: TensorLike, name?: string) => Tensor;
/** A builder: one op of `type` in scope `name ?? defaultName`, plain operands converted inside. */
const binary = (type: OpTypeName, defaultName: string = type): Binary =>
  (x, y, name) => applyOp(type, defaultName, [x, y], ['x', 'y'], {}, name);

export const add = binary(OpType.Add), subtract = binary(OpType.Sub), multiply = binary(OpType.Mul);
export const realdiv = binary(OpType.RealDiv), floorDiv = binary(OpType.FloorDiv);
export const mod = binary(OpType.FloorMod), floormod = mod;
export const truncatediv = binary(OpType.TruncateDiv), truncatemod = binary(OpType.TruncateMod);
export const maximum = binary(OpType.Maximum), minimum = binary(OpType.Minimum);
export const squaredDifference = binary(OpType.SquaredDifference);
export const equal = binary(OpType.Equal), notEqual = binary(OpType.NotEqual);
export const less = binary(OpType.Less), lessEqual = binary(OpType.LessEqual);
export const greater = binary(OpType.Greater), greaterEqual = binary(OpType.GreaterEqual);
export const logicalAnd = binary(OpType.LogicalAnd), logicalOr = binary(OpType.LogicalOr);
/** tf.floordiv: scope `floordiv`, op FloorDiv. */
export const floordiv = binary(OpType.FloorDiv, 'floordiv');
/** tf.pow: scope `Pow`. */
export const pow = binary(OpType.Pow);
/** tf.div_no_nan: 0 where y is 0; scope `div_no_nan`. */
export const divNoNan = binary(OpType.DivNoNan, 'div_no_nan');

/** tf.math.logical_xor: (x OR y) AND NOT (x AND y), named `LogicalXor` as TF1 names it. */
export function logicalXor(x: TensorLike, y: TensorLike, name = 'LogicalXor'): Tensor {
  const both = logicalAnd(x, y);
  const either = logicalOr(x, y);
  return logicalAnd(either, applyOp(OpType.LogicalNot, OpType.LogicalNot, [both], ['x']), name);
}

const xyParams = [{ name: 'x', type: 'tensor' }, { name: 'y', type: 'tensor' }] as const;
const NAME = { name: 'name', default: null, type: 'name' } as const;

function rowApi(row: BinaryRow & { py: string[] }) {
  const [primary, ...aliases] = row.py;
  const build = binary(row.type);
  return defineApi({ name: `tf.${primary}`, doc: row.doc ?? row.type, params: [...xyParams, NAME] },
    a => build(a.x, a.y, a.name ?? undefined), aliases.map(n => `tf.${n}`));
}

export const BINARY_MATH: OpGroup = {
  ops: [...BINARY_OPS.values()],
  api: [
    ...ROWS.filter((r): r is BinaryRow & { py: string[] } => r.py !== undefined).map(rowApi),
    defineApi({ name: 'tf.floordiv', doc: 'Divides x / y element-wise, rounding toward the most negative integer.', params: [...xyParams, NAME] },
      a => floordiv(a.x, a.y, a.name ?? undefined), ['tf.math.floordiv']),
    defineApi({ name: 'tf.div_no_nan', doc: 'Computes x / y element-wise, returning 0 where y is zero.', params: [...xyParams, NAME] },
      a => divNoNan(a.x, a.y, a.name ?? undefined), ['tf.math.divide_no_nan']),
    defineApi({ name: 'tf.logical_xor', doc: 'Returns the truth value of x XOR y element-wise.', params: [...xyParams, { name: 'name', default: 'LogicalXor', type: 'name' }] },
      a => logicalXor(a.x, a.y, a.name ?? undefined), ['tf.math.logical_xor']),
  ],
};

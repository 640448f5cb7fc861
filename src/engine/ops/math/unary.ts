// The unary elementwise math ops as one table (tf1-semantics §3.5, gradients §4.5): a row gives
// the op type, its loop expression, the dtypes it accepts, its gradient and its Python name.
// Every row becomes an OpDef with the same static rule (output = input shape and dtype) and a
// loop compiled once for its expression, plus a `tf.<name>(x, name=None)` function with a
// `tf.math.<name>` alias. `int` is the expression for integer dtypes where it differs (int64
// lives in a Float64Array, so anything that could produce a fraction must truncate explicitly).
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { isInteger } from '../../dtypes';
import { registerFusable, unaryLoop } from '../../kernels/math/codegen';
import { checkDType, DTypeClass } from '../../kernels/math/dtype_rules';
import { add, mul, neg, scalar, zerosLike } from '../../gradients/families/math/graph_ops';
import { defineApi } from '../../api/api_function';
import type { TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpDef, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { applyOp, convertArgs } from './apply';
import { op } from '../../formats/graph/op_defs/op_spec';
import { unaryGradHelper } from './unary_grads';

/** d(input) from the input x, the output y and the output gradient g. */
type UnaryGradient = (x: Tensor, y: Tensor, g: Tensor) => Tensor | null;

interface UnaryRow {
  type: OpTypeName;
  /** Python name: tf.<py> and tf.math.<py>. */
  py: string;
  expr: string;
  int?: string;
  dtypes: DTypeClass;
  gradient: UnaryGradient | typeof NOT_DIFFERENTIABLE;
  doc: string;
  /** More Python names for the same function. */
  aliases?: string[];
}

/** The op of a row, by type; rows' gradients build other rows' ops through it. */
const unary = (type: OpTypeName) => (x: Tensor) => UNARY_OPS.get(type)!.make1([x]);
const helper = unaryGradHelper;
/** sign * 2/sqrt(pi) * exp(-x^2): the derivative of erf (sign 1) or erfc (sign -1). */
const erfSlope = (x: Tensor, sign: number) => mul(scalar(sign * 2 / Math.sqrt(Math.PI), x.dtype), unary(OpType.Exp)(neg(unary(OpType.Square)(x))));

const ROWS: UnaryRow[] = [
  { type: OpType.Neg, py: 'negative', aliases: ['tf.neg'], expr: '-x', dtypes: 'numeric', gradient: (_x, _y, g) => neg(g), doc: 'Computes numerical negative value element-wise.' },
  { type: OpType.Abs, py: 'abs', expr: 'Math.abs(x)', dtypes: 'numeric', gradient: (x, _y, g) => mul(g, unary(OpType.Sign)(x)), doc: 'Computes the absolute value of a tensor.' },
  { type: OpType.Sign, py: 'sign', expr: 'sign(x)', dtypes: 'numeric', gradient: x => zerosLike(x), doc: 'Returns an element-wise indication of the sign of a number.' },
  { type: OpType.Square, py: 'square', expr: 'x * x', dtypes: 'numeric', gradient: (x, _y, g) => mul(g, mul(x, scalar(2, x.dtype))), doc: 'Computes square of x element-wise.' },
  { type: OpType.Sqrt, py: 'sqrt', expr: 'Math.sqrt(x)', dtypes: 'float', gradient: (_x, y, g) => helper(OpType.SqrtGrad, y, g), doc: 'Computes square root of x element-wise.' },
  { type: OpType.Rsqrt, py: 'rsqrt', expr: '1 / Math.sqrt(x)', dtypes: 'float', gradient: (_x, y, g) => helper(OpType.RsqrtGrad, y, g), doc: 'Computes reciprocal of square root of x element-wise.' },
  { type: OpType.Exp, py: 'exp', expr: 'Math.exp(x)', dtypes: 'float', gradient: (_x, y, g) => mul(g, y), doc: 'Computes exponential of x element-wise.' },
  { type: OpType.Log, py: 'log', expr: 'Math.log(x)', dtypes: 'float', gradient: (x, _y, g) => mul(g, unary(OpType.Reciprocal)(x)), doc: 'Computes natural logarithm of x element-wise.' },
  { type: OpType.Log1p, py: 'log1p', expr: 'Math.log1p(x)', dtypes: 'float', gradient: (x, _y, g) => mul(g, unary(OpType.Reciprocal)(add(scalar(1, x.dtype), x))), doc: 'Computes natural logarithm of (1 + x) element-wise.' },
  // d erf/dx = 2/sqrt(pi) exp(-x^2); erfc = 1 - erf.
  { type: OpType.Erf, py: 'erf', expr: 'erf(x)', dtypes: 'float', gradient: (x, _y, g) => mul(g, erfSlope(x, 1)), doc: 'Computes the Gauss error function of x element-wise.' },
  { type: OpType.Erfc, py: 'erfc', expr: 'erfc(x)', dtypes: 'float', gradient: (x, _y, g) => mul(g, erfSlope(x, -1)), doc: 'Computes the complementary error function of x element-wise.' },
  { type: OpType.Reciprocal, py: 'reciprocal', expr: '1 / x', int: 'Math.trunc(1 / x)', dtypes: 'numeric', gradient: (_x, y, g) => helper(OpType.ReciprocalGrad, y, g), doc: 'Computes the reciprocal of x element-wise.' },
  { type: OpType.Floor, py: 'floor', expr: 'Math.floor(x)', dtypes: 'float', gradient: NOT_DIFFERENTIABLE, doc: 'Returns element-wise largest integer not greater than x.' },
  { type: OpType.Ceil, py: 'ceil', expr: 'Math.ceil(x)', dtypes: 'float', gradient: NOT_DIFFERENTIABLE, doc: 'Returns element-wise smallest integer not less than x.' },
  { type: OpType.Round, py: 'round', expr: 'roundHalfEven(x)', dtypes: 'numeric', gradient: NOT_DIFFERENTIABLE, doc: 'Rounds the values of a tensor to the nearest integer, element-wise (half to even).' },
  { type: OpType.Sigmoid, py: 'sigmoid', aliases: ['tf.nn.sigmoid'], expr: 'sigmoid(x)', dtypes: 'float', gradient: (_x, y, g) => helper(OpType.SigmoidGrad, y, g), doc: 'Computes sigmoid of x element-wise.' },
  { type: OpType.Tanh, py: 'tanh', aliases: ['tf.nn.tanh'], expr: 'Math.tanh(x)', dtypes: 'float', gradient: (_x, y, g) => helper(OpType.TanhGrad, y, g), doc: 'Computes hyperbolic tangent of x element-wise.' },
  { type: OpType.Cos, py: 'cos', expr: 'Math.cos(x)', dtypes: 'float', gradient: (x, _y, g) => mul(g, neg(unary(OpType.Sin)(x))), doc: 'Computes cos of x element-wise.' },
  { type: OpType.Sin, py: 'sin', expr: 'Math.sin(x)', dtypes: 'float', gradient: (x, _y, g) => mul(g, unary(OpType.Cos)(x)), doc: 'Computes sine of x element-wise.' },
  { type: OpType.LogicalNot, py: 'logical_not', expr: 'x ? 0 : 1', dtypes: 'bool', gradient: NOT_DIFFERENTIABLE, doc: 'Returns the truth value of NOT x element-wise.' },
];

function unaryOp(row: UnaryRow) {
  const floatLoop = unaryLoop(row.expr);
  const intLoop = unaryLoop(row.int ?? row.expr);
  const gradient = row.gradient;
  if (row.dtypes === 'float' || row.dtypes === 'numeric') registerFusable(row.type, row.expr, 1);
  return defineOp({
    type: row.type, family: 'math', inputs: ['x'], attrs: {},
    infer: ([x]) => { checkDType(x, row.dtypes); return [{ dtype: x.dtype, shape: x.shape }]; },
    compute: ([x], node, rt) => {
      const out = rt.output(node, 0, x.dtype, x.shape);
      (isInteger(x.dtype) ? intLoop : floatLoop)(x.data as NumericArray, out.data as NumericArray, x.size);
      return [out];
    },
    gradient: gradient === NOT_DIFFERENTIABLE ? NOT_DIFFERENTIABLE : (node, [g]) => [gradient(node.inputs[0], node.outputs[0], g!)],
    tf: row.type === OpType.LogicalNot ? op(row.type, 'x: bool', 'y: bool') : op(row.type, 'x: T', 'y: T', 'T: type'),
  });
}

const UNARY_OPS = new Map<OpTypeName, OpDef>(ROWS.map(r => [r.type, unaryOp(r)]));

/** The tf.* builder of a row: op named `name ?? <type>`, a plain argument converted inside. */
const builder = (type: OpTypeName) => (x: TensorLike, name?: string): Tensor => applyOp(type, type, [x], ['x'], {}, name);

/** tf.round: integers are returned unchanged (no op). */
export function round(x: TensorLike, name?: string): Tensor {
  const [t] = convertArgs([x], ['x']);
  return isInteger(t.dtype) ? t : applyOp(OpType.Round, OpType.Round, [t], ['x'], {}, name);
}

const BUILDERS = new Map<OpTypeName, (x: TensorLike, name?: string) => Tensor>(ROWS.map(r => [r.type, r.type === OpType.Round ? round : builder(r.type)]));
const build = (type: OpTypeName) => BUILDERS.get(type)!;

export const negative = build(OpType.Neg), abs = build(OpType.Abs), sign = build(OpType.Sign);
export const square = build(OpType.Square), sqrt = build(OpType.Sqrt), rsqrt = build(OpType.Rsqrt);
export const exp = build(OpType.Exp), log = build(OpType.Log), log1p = build(OpType.Log1p);
export const erf = build(OpType.Erf), erfc = build(OpType.Erfc);
export const reciprocal = build(OpType.Reciprocal), floor = build(OpType.Floor), ceil = build(OpType.Ceil);
export const sigmoid = build(OpType.Sigmoid), tanh = build(OpType.Tanh);
export const cos = build(OpType.Cos), sin = build(OpType.Sin), logicalNot = build(OpType.LogicalNot);

export const UNARY_MATH: OpGroup = {
  ops: [...UNARY_OPS.values()],
  api: ROWS.map(row => defineApi({
    name: `tf.${row.py}`, doc: row.doc,
    params: [{ name: 'x', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => build(row.type)(a.x, a.name ?? undefined), [`tf.math.${row.py}`, ...row.aliases ?? []])),
};

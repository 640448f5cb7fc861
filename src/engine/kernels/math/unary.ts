// Unary elementwise ops: one table row each (tf1-semantics §3.5). Output = input shape and dtype.
// `int` is the expression used for integer dtypes where it differs (int64 lives in a
// Float64Array, so anything that could produce a fraction must truncate explicitly).
import { registerKernel } from '../registry';
import { isInteger } from '../../dtypes';
import type { NumericArray } from '../../dtypes';
import { unaryLoop } from './codegen';
import { checkDType, DTypeClass } from './dtype_rules';

interface UnaryOp { type: string; expr: string; int?: string; dtypes: DTypeClass }

export const UNARY_OPS: UnaryOp[] = [
  { type: 'Neg', expr: '-x', dtypes: 'numeric' },
  { type: 'Abs', expr: 'Math.abs(x)', dtypes: 'numeric' },
  { type: 'Sign', expr: 'sign(x)', dtypes: 'numeric' },
  { type: 'Square', expr: 'x * x', dtypes: 'numeric' },
  { type: 'Sqrt', expr: 'Math.sqrt(x)', dtypes: 'float' },
  { type: 'Rsqrt', expr: '1 / Math.sqrt(x)', dtypes: 'float' },
  { type: 'Exp', expr: 'Math.exp(x)', dtypes: 'float' },
  { type: 'Log', expr: 'Math.log(x)', dtypes: 'float' },
  { type: 'Log1p', expr: 'Math.log1p(x)', dtypes: 'float' },
  { type: 'Reciprocal', expr: '1 / x', int: 'Math.trunc(1 / x)', dtypes: 'numeric' },
  { type: 'Floor', expr: 'Math.floor(x)', dtypes: 'float' },
  { type: 'Ceil', expr: 'Math.ceil(x)', dtypes: 'float' },
  { type: 'Round', expr: 'roundHalfEven(x)', dtypes: 'numeric' },
  { type: 'Sigmoid', expr: 'sigmoid(x)', dtypes: 'float' },
  { type: 'Tanh', expr: 'Math.tanh(x)', dtypes: 'float' },
  { type: 'Cos', expr: 'Math.cos(x)', dtypes: 'float' },
  { type: 'Sin', expr: 'Math.sin(x)', dtypes: 'float' },
  { type: 'LogicalNot', expr: 'x ? 0 : 1', dtypes: 'bool' },
];

for (const u of UNARY_OPS) {
  const floatLoop = unaryLoop(u.expr);
  const intLoop = unaryLoop(u.int ?? u.expr);
  registerKernel({
    type: u.type, family: 'math',
    infer: ([x]) => { checkDType(x, u.dtypes); return [{ dtype: x.dtype, shape: x.shape }]; },
    compute: ([x], op, rt) => {
      const out = rt.output(op, 0, x.dtype, x.shape);
      (isInteger(x.dtype) ? intLoop : floatLoop)(x.data as NumericArray, out.data as NumericArray, x.size);
      return [out];
    },
  });
}

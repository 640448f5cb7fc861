// The gradient helper ops of the unary family, as one table: H(y, dy) with y the forward
// output, so a gradient never recomputes the forward function (tf1-semantics §4.5). They
// broadcast like the binary ops. Each H is linear in dy, so d/d(dy) is H(y, grad) itself;
// d/dy is the row's second-order rule.
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { binaryLoop, registerFusable } from '../../kernels/math/codegen';
import { cachedBroadcastPlan, inferBroadcast } from '../../kernels/math/broadcast';
import { op } from '../../formats/graph/op_defs/op_spec';
import { checkDType } from '../../kernels/math/dtype_rules';
import { mul, neg, scalar, sub, div } from '../../gradients/families/math/graph_ops';
import { defineOp, OpDef, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';

/** d/dy of H(y, dy), times the incoming gradient. */
type SecondOrder = (y: Tensor, dy: Tensor, grad: Tensor) => Tensor;

interface HelperRow { type: OpTypeName; expr: string; dyGrad: SecondOrder }

// Expressions read x = y (the forward output) and y = dy (the incoming gradient).
const ROWS: HelperRow[] = [
  // d/dy [dy·y·(1−y)] = dy·(1 − 2y)
  { type: OpType.SigmoidGrad, expr: 'y * x * (1 - x)', dyGrad: (y, dy, grad) => { const gb = mul(grad, dy); return sub(gb, mul(mul(scalar(2, y.dtype), gb), y)); } },
  // d/dy [dy·(1 − y²)] = −2·dy·y
  { type: OpType.TanhGrad, expr: 'y * (1 - x * x)', dyGrad: (y, dy, grad) => mul(mul(mul(grad, scalar(-2, y.dtype)), dy), y) },
  // d/dy [0.5·dy / y] = −0.5·dy / y²
  { type: OpType.SqrtGrad, expr: 'y * 0.5 / x', dyGrad: (y, dy, grad) => neg(div(mul(mul(grad, scalar(0.5, y.dtype)), dy), mul(y, y))) },
  // d/dy [−0.5·dy·y³] = −1.5·dy·y²
  { type: OpType.RsqrtGrad, expr: 'y * -0.5 * x * x * x', dyGrad: (y, dy, grad) => mul(mul(grad, scalar(-1.5, y.dtype)), mul(dy, mul(y, y))) },
  // d/dy [−dy·y²] = −2·dy·y
  { type: OpType.ReciprocalGrad, expr: '-y * x * x', dyGrad: (y, dy, grad) => mul(mul(grad, scalar(-2, y.dtype)), mul(dy, y)) },
];

function helperOp(row: HelperRow): OpDef {
  const loop = binaryLoop(row.expr);
  registerFusable(row.type, row.expr, 2);
  const self: OpDef = defineOp({
    type: row.type, family: 'math', inputs: ['y', 'dy'], attrs: {},
    infer: inputs => { checkDType(inputs[0], 'float', 'y'); return inferBroadcast(row.type, inputs, null, ['y', 'dy']); },
    compute: ([y, dy], op, rt) => {
      const plan = cachedBroadcastPlan(rt, op, y.shape, dy.shape);
      const out = rt.output(op, 0, y.dtype, plan.outShape);
      loop(y.data as NumericArray, dy.data as NumericArray, out.data as NumericArray, plan);
      return [out];
    },
    gradient: (op, [grad]) => {
      const [y, dy] = op.inputs;
      return [row.dyGrad(y, dy, grad!), self.make1([y, grad!])];
    },
    tf: op(row.type, 'y: T, dy: T', 'z: T', 'T: type'),
  });
  return self;
}

const HELPERS = new Map<OpTypeName, OpDef>(ROWS.map(r => [r.type, helperOp(r)]));

/** H(y, g) for a unary op's gradient: `unaryGradHelper(OpType.TanhGrad, y, g)`. */
export function unaryGradHelper(type: OpTypeName, y: Tensor, g: Tensor): Tensor {
  return HELPERS.get(type)!.make1([y, g]);
}

export const UNARY_GRAD_HELPERS: OpGroup = { ops: [...HELPERS.values()], api: [] };

// Gradients of the unary ops and of their gradient helper ops (tf1-semantics §4.5).
import { registerGradient, registerNotDifferentiable } from '../../registry';
import type { Operation } from '../../../graph/operation';
import type { Tensor } from '../../../graph/tensor';
import { add, mul, neg, op1, scalar, zerosLike } from './graph_ops';

function unaryGrad(type: string, fn: (x: Tensor, y: Tensor, g: Tensor, op: Operation) => Tensor | null) {
  registerGradient(type, (op, [g]) => [fn(op.inputs[0], op.outputs[0], g!, op)]);
}

unaryGrad('Neg', (_x, _y, g) => neg(g));
unaryGrad('Abs', (x, _y, g) => mul(g, op1('Sign', [x])));
unaryGrad('Sign', x => zerosLike(x));
unaryGrad('Square', (x, _y, g) => mul(g, mul(x, scalar(2, x.dtype))));
unaryGrad('Sqrt', (_x, y, g) => op1('SqrtGrad', [y, g]));
unaryGrad('Rsqrt', (_x, y, g) => op1('RsqrtGrad', [y, g]));
unaryGrad('Reciprocal', (_x, y, g) => op1('ReciprocalGrad', [y, g]));
unaryGrad('Sigmoid', (_x, y, g) => op1('SigmoidGrad', [y, g]));
unaryGrad('Tanh', (_x, y, g) => op1('TanhGrad', [y, g]));
unaryGrad('Exp', (_x, y, g) => mul(g, y));
unaryGrad('Log', (x, _y, g) => mul(g, op1('Reciprocal', [x])));
unaryGrad('Log1p', (x, _y, g) => mul(g, op1('Reciprocal', [add(scalar(1, x.dtype), x)])));
unaryGrad('Cos', (x, _y, g) => mul(g, neg(op1('Sin', [x]))));
unaryGrad('Sin', (x, _y, g) => mul(g, op1('Cos', [x])));
registerNotDifferentiable('Floor', 'Ceil', 'Round');

// Second order: each helper H(y, dy) is linear in dy, so d/d(dy) is H(y, grad) itself.
type HelperGrad = (y: Tensor, dy: Tensor, grad: Tensor) => Tensor;
function helperGrad(type: string, dY: HelperGrad) {
  registerGradient(type, (op, [grad]) => {
    const [y, dy] = op.inputs;
    return [dY(y, dy, grad!), op1(type, [y, grad!])];
  });
}
// d/dy [dy·y·(1−y)] = dy·(1 − 2y)
helperGrad('SigmoidGrad', (y, dy, grad) => { const gb = mul(grad, dy); return op1('Sub', [gb, mul(mul(scalar(2, y.dtype), gb), y)]); });
// d/dy [dy·(1 − y²)] = −2·dy·y
helperGrad('TanhGrad', (y, dy, grad) => mul(mul(mul(grad, scalar(-2, y.dtype)), dy), y));
// d/dy [0.5·dy / y] = −0.5·dy / y²
helperGrad('SqrtGrad', (y, dy, grad) => neg(op1('RealDiv', [mul(mul(grad, scalar(0.5, y.dtype)), dy), op1('Square', [y])])));
// d/dy [−0.5·dy·y³] = −1.5·dy·y²
helperGrad('RsqrtGrad', (y, dy, grad) => mul(mul(grad, scalar(-1.5, y.dtype)), mul(dy, op1('Square', [y]))));
// d/dy [−dy·y²] = −2·dy·y
helperGrad('ReciprocalGrad', (y, dy, grad) => mul(mul(grad, scalar(-2, y.dtype)), mul(dy, y)));

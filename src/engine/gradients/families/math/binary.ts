// Gradients of the broadcasting binary ops (tf1-semantics §4.5), each reduced back to its
// input's shape by `unb`.
import { registerGradient, registerNotDifferentiable } from '../../registry';
import type { Operation } from '../../../graph/operation';
import type { Tensor } from '../../../graph/tensor';
import { unbroadcaster } from './unbroadcast';
import { div, mul, neg, op1, onesLike, scalar, sub, zerosLike } from './graph_ops';

type Pair = [Tensor | null, Tensor | null];
function binaryGrad(type: string, fn: (op: Operation, g: Tensor) => Pair) {
  registerGradient(type, (op, [g]) => fn(op, g!));
}

const passThrough = (op: Operation, g: Tensor): Pair => { const u = unbroadcaster(op); return [u.x(g), u.y(g)]; };
binaryGrad('Add', passThrough);
binaryGrad('AddV2', passThrough);

binaryGrad('Sub', (op, g) => { const u = unbroadcaster(op); return [u.x(g), neg(u.y(g))]; });

binaryGrad('Mul', (op, g) => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  return [u.x(mul(g, y)), u.y(mul(x, g))];
});

const divGrad = (op: Operation, g: Tensor): Pair => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  return [u.x(div(g, y)), u.y(mul(g, div(div(neg(x), y), y)))];
};
binaryGrad('RealDiv', divGrad);
binaryGrad('Div', divGrad);

binaryGrad('FloorMod', (op, g) => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  return [u.x(g), u.y(mul(g, neg(op1('FloorDiv', [x, y]))))];
});

binaryGrad('Pow', (op, g) => {
  const [x, y] = op.inputs;
  const z = op.outputs[0];
  const u = unbroadcaster(op);
  const gx = mul(mul(g, y), op1('Pow', [x, sub(y, scalar(1, y.dtype))]));
  // log(x) where x > 0, else 0: the gradient wrt the exponent stays finite at x <= 0.
  const positive = op1('Greater', [x, zerosLike(x)]);
  const safeX = op1('Select', [positive, x, onesLike(x)]);
  const logX = op1('Select', [positive, op1('Log', [safeX]), zerosLike(x)]);
  return [u.x(gx), u.y(mul(mul(g, z), logX))];
});

// Ties send the whole gradient to x (GreaterEqual / LessEqual masks).
const maxMinGrad = (maskType: string) => (op: Operation, g: Tensor): Pair => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  const zeros = zerosLike(g);
  const xmask = op1(maskType, [x, y]);
  return [u.x(op1('Select', [xmask, g, zeros])), u.y(op1('Select', [xmask, zeros, g]))];
};
binaryGrad('Maximum', maxMinGrad('GreaterEqual'));
binaryGrad('Minimum', maxMinGrad('LessEqual'));

binaryGrad('SquaredDifference', (op, g) => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  const gx = mul(mul(scalar(2, g.dtype), g), sub(x, y));
  return [u.x(gx), neg(u.y(gx))];
});

registerNotDifferentiable(
  'FloorDiv', 'Equal', 'NotEqual', 'Less', 'LessEqual', 'Greater', 'GreaterEqual',
  'LogicalAnd', 'LogicalOr',
);

// Gradients of the activations and of their grad ops (second order), after TF's nn_grad.py.
import { registerGradient } from '../../registry';
import { makeOp1 } from '../../../ops/builder';
import { zerosLike } from '../../../ops/array/creation';
import { add, div, exp, less, mul, neg, select } from '../../../ops/nn/math';

// Relu and Relu6 pass their output as the grad op's features: the masks agree with the input's.
registerGradient('Relu', (op, [g]) => [makeOp1('ReluGrad', [g!, op.outputs[0]])]);
registerGradient('Relu6', (op, [g]) => [makeOp1('Relu6Grad', [g!, op.outputs[0]])]);
registerGradient('Elu', (op, [g]) => [makeOp1('EluGrad', [g!, op.outputs[0]])]);
registerGradient('LeakyRelu', (op, [g]) => [makeOp1('LeakyReluGrad', [g!, op.inputs[0]], { alpha: op.attrs.alpha })]);
registerGradient('Softplus', (op, [g]) => [makeOp1('SoftplusGrad', [g!, op.inputs[0]])]);

// A masked pass-through is linear in its gradient input and flat in the mask input.
registerGradient('ReluGrad', (op, [h]) => [makeOp1('ReluGrad', [h!, op.inputs[1]]), zerosLike(op.inputs[1])]);
registerGradient('Relu6Grad', (op, [h]) => [makeOp1('Relu6Grad', [h!, op.inputs[1]]), zerosLike(op.inputs[1])]);
registerGradient('LeakyReluGrad', (op, [h]) => [
  makeOp1('LeakyReluGrad', [h!, op.inputs[1]], { alpha: op.attrs.alpha }), zerosLike(op.inputs[1]),
]);
// EluGrad(g, y) = y < 0 ? g * (y + 1) : g, so d/dy = y < 0 ? g : 0.
registerGradient('EluGrad', (op, [h]) => {
  const [g, y] = op.inputs;
  return [makeOp1('EluGrad', [h!, y]), select(less(y, 0), mul(h!, g), zerosLike(y))];
});
// SoftplusGrad(g, x) = g * sigmoid(x), so d/dx = g * sigmoid'(x) = g / (e^-x + 2 + e^x).
registerGradient('SoftplusGrad', (op, [h]) => {
  const [g, x] = op.inputs;
  return [makeOp1('SoftplusGrad', [h!, x]), div(mul(h!, g), add(add(exp(neg(x)), 2), exp(x)))];
});

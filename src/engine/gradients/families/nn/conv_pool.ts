// Gradients of Conv2D, pooling and their backprop ops. Convolution is bilinear in (input,
// filter), so each backprop's gradient is another op of the same trio.
import { registerGradient } from '../../registry';
import type { Operation } from '../../../graph/operation';
import { makeOp1 } from '../../../ops/builder';
import { shape } from '../../../ops/array/shapes';
import { zerosLike } from '../../../ops/array/creation';

const convAttrs = (op: Operation) => ({ ...op.attrs });

registerGradient('Conv2D', (op, [g]) => {
  const [input, filter] = op.inputs;
  return [
    makeOp1('Conv2DBackpropInput', [shape(input), filter, g!], convAttrs(op)),
    makeOp1('Conv2DBackpropFilter', [input, shape(filter), g!], convAttrs(op)),
  ];
});

// Conv2DBackpropInput(sizes, filter, dy) is linear in filter and in dy.
registerGradient('Conv2DBackpropInput', (op, [h]) => {
  const [, filter, dy] = op.inputs;
  return [
    null,
    makeOp1('Conv2DBackpropFilter', [h!, shape(filter), dy], convAttrs(op)),
    makeOp1('Conv2D', [h!, filter], convAttrs(op)),
  ];
});

// Conv2DBackpropFilter(input, sizes, dy) is linear in input and in dy.
registerGradient('Conv2DBackpropFilter', (op, [h]) => {
  const [input, , dy] = op.inputs;
  return [
    makeOp1('Conv2DBackpropInput', [shape(input), h!, dy], convAttrs(op)),
    null,
    makeOp1('Conv2D', [input, h!], convAttrs(op)),
  ];
});

registerGradient('MaxPool', (op, [g]) => [makeOp1('MaxPoolGrad', [op.inputs[0], op.outputs[0], g!], { ...op.attrs })]);
// With the argmax fixed, MaxPoolGrad scatters and MaxPoolGradGrad gathers: each is the
// other's transpose. The original input and output only choose the argmax (no gradient).
registerGradient('MaxPoolGrad', (op, [h]) => [
  zerosLike(op.inputs[0]), zerosLike(op.inputs[1]),
  makeOp1('MaxPoolGradGrad', [op.inputs[0], op.inputs[1], h!], { ...op.attrs }),
]);
registerGradient('MaxPoolGradGrad', (op, [h]) => [
  zerosLike(op.inputs[0]), zerosLike(op.inputs[1]),
  makeOp1('MaxPoolGrad', [op.inputs[0], op.inputs[1], h!], { ...op.attrs }),
]);

registerGradient('AvgPool', (op, [g]) => [makeOp1('AvgPoolGrad', [shape(op.inputs[0]), g!], { ...op.attrs })]);
registerGradient('AvgPoolGrad', (op, [h]) => [null, makeOp1('AvgPool', [h!], { ...op.attrs })]);

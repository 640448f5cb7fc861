// Gradients of pooling and its backprop ops (Conv2D's live in ops/nn/conv2d.ts).
import { registerGradient } from '../../registry';
import { makeOp1 } from '../../../ops/builder';
import { shape } from '../../../ops/array/shapes';
import { zerosLike } from '../../../ops/array/creation';

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

// Gradients of BiasAdd, BiasAddGrad and L2Loss; InTopK has none.
import { registerGradient, registerNotDifferentiable } from '../../registry';
import { makeOp1 } from '../../../ops/builder';
import { zerosLike } from '../../../ops/array/creation';
import { mul } from '../../../ops/nn/math';

registerGradient('BiasAdd', (op, [g]) => [g, makeOp1('BiasAddGrad', [g!], { data_format: op.attrs.data_format ?? 'NHWC' })]);
// BiasAddGrad sums over all but the channel axis; its transpose broadcasts a channel vector
// back over that shape, which is what BiasAdd onto zeros does.
registerGradient('BiasAddGrad', (op, [h]) => [
  makeOp1('BiasAdd', [zerosLike(op.inputs[0]), h!], { data_format: op.attrs.data_format ?? 'NHWC' }),
]);
registerGradient('L2Loss', (op, [g]) => [mul(op.inputs[0], g!)]);
registerNotDifferentiable('InTopK', 'InTopKV2');

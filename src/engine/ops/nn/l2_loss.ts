// L2Loss: sum(t²) / 2, a scalar (weight decay and tf.global_norm use it), and
// tf.nn.l2_normalize built on the math ops.
import type { Tensor } from '../../graph/tensor';
import { requireFloat } from '../../kernels/nn/util';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { mul } from '../../gradients/families/math/graph_ops';
import { getDefaultGraph } from '../../graph/default_graph';
import { maximum, mul as scopedMul, reduceSum, unary } from './math';
import { deprecatedLookup, NAME_PARAM } from './api_args';

export const L2Loss = defineOp({
  type: OpType.L2Loss, family: 'nn', inputs: ['t'], attrs: {},
  infer: ([t]) => { requireFloat(OpType.L2Loss, 't', t); return [{ dtype: t.dtype, shape: [] }]; },
  compute: ([t], node, rt) => {
    const x = t.numeric;
    let s = 0;
    for (let i = 0; i < x.length; i++) s += x[i] * x[i];
    const out = rt.output(node, 0, t.dtype, []);
    out.numeric[0] = s / 2;
    return [out];
  },
  gradient: (node, [g]) => [mul(node.inputs[0], g!)],
  tf: op('L2Loss', 't: T', 'output: T', 'T: type'),
});

export function l2Loss(t: TensorLike, name?: string): Tensor {
  return L2Loss.make1([convertToTensor(t, null, 't')], {}, name ?? OpType.L2Loss);
}

/**
 * tf.nn.l2_normalize: x / sqrt(max(sum(x², axis), epsilon)), in scope `l2_normalize`
 * (x * rsqrt(...) as TF writes it, so the gradient is finite at zero).
 */
export function l2Normalize(x: TensorLike, axis: number | number[] | null = null, epsilon = 1e-12, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'l2_normalize', scope => {
    const xt = convertToTensor(x, null, 'x');
    const axes = axis === null ? null : Array.isArray(axis) ? axis : [axis];
    const squareSum = reduceSum(unary(OpType.Square, xt), axes, true);
    const xInvNorm = unary(OpType.Rsqrt, maximum(squareSum, epsilon));
    return scopedMul(xt, xInvNorm, scope);
  });
}

export const L2_LOSS: OpGroup = {
  ops: [L2Loss],
  api: [
    defineApi({
      name: 'tf.nn.l2_loss', doc: 'Computes half the L2 norm of a tensor without the sqrt: sum(t ** 2) / 2.',
      params: [{ name: 't', type: 'tensor' }, NAME_PARAM],
    }, a => l2Loss(a.t, a.name ?? undefined)),
    defineApi({
      name: 'tf.nn.l2_normalize', doc: 'Normalizes along axis using the L2 norm: x / sqrt(max(sum(x**2), epsilon)).',
      params: [{ name: 'x', type: 'tensor' }, { name: 'axis', default: null, type: 'ints' },
        { name: 'epsilon', default: 1e-12, type: 'float' }, NAME_PARAM, { name: 'dim', default: null, type: 'ints', doc: 'deprecated alias of axis' }],
    }, a => l2Normalize(a.x, deprecatedLookup(a.axis, a.dim), a.epsilon, a.name ?? undefined), ['tf.math.l2_normalize', 'tf.linalg.l2_normalize']),
  ],
};

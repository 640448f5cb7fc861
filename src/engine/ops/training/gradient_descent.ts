// ApplyGradientDescent and ApplyProximalGradientDescent. ApplyGradientDescent runs on every
// step of the seed's 784x10 weight: one tight loop, no allocation.
import type { OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { dataOf, defineApplyOp, scalarOf } from './apply_op';

export const ApplyGradientDescent = defineApplyOp({
  type: OpType.ApplyGradientDescent, inputs: ['var', 'alpha:scalar', 'delta'], slots: 0, attrs: {},
  update: ([v, alpha, delta]) => {
    const w = dataOf(v), g = dataOf(delta), lr = scalarOf(alpha);
    for (let i = 0, n = w.length; i < n; i++) w[i] -= lr * g[i];
  },
});

// prox = var − lr·g; var = sign(prox)·max(|prox| − lr·l1, 0) / (1 + lr·l2) (no shrink if l1 = 0).
export const ApplyProximalGradientDescent = defineApplyOp({
  type: OpType.ApplyProximalGradientDescent, inputs: ['var', 'alpha:scalar', 'l1:scalar', 'l2:scalar', 'delta'], slots: 0, attrs: {},
  update: ([v, alpha, l1In, l2In, delta]) => {
    const w = dataOf(v), g = dataOf(delta);
    const lr = scalarOf(alpha), l1 = scalarOf(l1In), l2 = scalarOf(l2In);
    const shrink = lr * l1, scale = 1 / (1 + lr * l2);
    for (let i = 0, n = w.length; i < n; i++) {
      const prox = w[i] - lr * g[i];
      w[i] = l1 > 0 ? Math.sign(prox) * Math.max(Math.abs(prox) - shrink, 0) * scale : prox * scale;
    }
  },
});

export const GRADIENT_DESCENT_OPS: OpGroup = { ops: [ApplyGradientDescent, ApplyProximalGradientDescent], api: [] };

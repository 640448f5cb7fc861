// ApplyAdagrad (accum += g²; var −= lr·g/sqrt(accum), no ε) and ApplyProximalAdagrad (the same
// step size a = lr/sqrt(accum) followed by the l1/l2 proximal map).
import type { OpGroup } from '../op_def';
import { attr } from '../attrs';
import { OpType } from '../op_types';
import { dataOf, defineApplyOp, scalarOf } from './apply_op';

export const ApplyAdagrad = defineApplyOp({
  type: OpType.ApplyAdagrad, inputs: ['var', 'accum', 'lr:scalar', 'grad'], slots: 1,
  attrs: { update_slots: attr.bool(true) }, tfAttrs: '; update_slots: bool = true',
  update: ([v, accumIn, lrIn, grad], op) => {
    const w = dataOf(v), a = dataOf(accumIn), g = dataOf(grad), lr = scalarOf(lrIn);
    const updateSlots = op.attrs.update_slots;
    for (let i = 0, n = w.length; i < n; i++) {
      if (updateSlots) a[i] += g[i] * g[i];
      w[i] -= g[i] * lr / Math.sqrt(a[i]);
    }
  },
});

export const ApplyProximalAdagrad = defineApplyOp({
  type: OpType.ApplyProximalAdagrad, inputs: ['var', 'accum', 'lr:scalar', 'l1:scalar', 'l2:scalar', 'grad'], slots: 1, attrs: {},
  update: ([v, accumIn, lrIn, l1In, l2In, grad]) => {
    const w = dataOf(v), a = dataOf(accumIn), g = dataOf(grad);
    const lr = scalarOf(lrIn), l1 = scalarOf(l1In), l2 = scalarOf(l2In);
    for (let i = 0, n = w.length; i < n; i++) {
      a[i] += g[i] * g[i];
      const step = lr / Math.sqrt(a[i]);
      const prox = w[i] - g[i] * step;
      w[i] = l1 > 0
        ? Math.sign(prox) * Math.max(Math.abs(prox) - step * l1, 0) / (1 + step * l2)
        : prox / (1 + step * l2);
    }
  },
});

export const ADAGRAD_OPS: OpGroup = { ops: [ApplyAdagrad, ApplyProximalAdagrad], api: [] };

// ApplyMomentum: accum = momentum·accum + g, then var −= lr·accum, or with Nesterov
// var −= lr·g + lr·momentum·accum (using the new accum).
import type { OpGroup } from '../op_def';
import { attr } from '../attrs';
import { OpType } from '../op_types';
import { dataOf, defineApplyOp, scalarOf } from './apply_op';

export const ApplyMomentum = defineApplyOp({
  type: OpType.ApplyMomentum, inputs: ['var', 'accum', 'lr:scalar', 'grad', 'momentum:scalar'], slots: 1,
  attrs: { use_nesterov: attr.bool(false) }, tfAttrs: '; use_nesterov: bool = false',
  update: ([v, accumIn, lrIn, grad, momIn], op) => {
    const w = dataOf(v), a = dataOf(accumIn), g = dataOf(grad);
    const lr = scalarOf(lrIn), mom = scalarOf(momIn);
    if (op.attrs.use_nesterov) {
      for (let i = 0, n = w.length; i < n; i++) {
        a[i] = a[i] * mom + g[i];
        w[i] -= g[i] * lr + a[i] * mom * lr;
      }
    } else {
      for (let i = 0, n = w.length; i < n; i++) {
        a[i] = a[i] * mom + g[i];
        w[i] -= a[i] * lr;
      }
    }
  },
});

export const MOMENTUM_OPS: OpGroup = { ops: [ApplyMomentum], api: [] };

// ApplyAdadelta. The kernel multiplies the update by lr (the api_def text leaves it out).
import type { OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { dataOf, defineApplyOp, roundFor, scalarOf } from './apply_op';

export const ApplyAdadelta = defineApplyOp({
  type: OpType.ApplyAdadelta, inputs: ['var', 'accum', 'accum_update', 'lr:scalar', 'rho:scalar', 'epsilon:scalar', 'grad'], slots: 2, attrs: {},
  update: ([v, accumIn, accumUpdateIn, lrIn, rhoIn, epsIn, grad]) => {
    const w = dataOf(v), a = dataOf(accumIn), au = dataOf(accumUpdateIn), g = dataOf(grad);
    const lr = scalarOf(lrIn), rho = scalarOf(rhoIn), eps = scalarOf(epsIn);
    const oneMinusRho = roundFor(v)(1 - rho);
    for (let i = 0, n = w.length; i < n; i++) {
      const gi = g[i];
      a[i] = a[i] * rho + gi * gi * oneMinusRho;
      const update = Math.sqrt(au[i] + eps) / Math.sqrt(a[i] + eps) * gi;
      w[i] -= update * lr;
      au[i] = au[i] * rho + update * update * oneMinusRho;
    }
  },
});

export const ADADELTA_OPS: OpGroup = { ops: [ApplyAdadelta], api: [] };

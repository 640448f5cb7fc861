// ApplyRMSProp and ApplyCenteredRMSProp: a decaying mean of g² (and of g when centered)
// scales the step; `mom` carries momentum; var −= mom.
import type { OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { dataOf, defineApplyOp, roundFor, scalarOf } from './apply_op';

export const ApplyRMSProp = defineApplyOp({
  type: OpType.ApplyRMSProp, inputs: ['var', 'ms', 'mom', 'lr:scalar', 'rho:scalar', 'momentum:scalar', 'epsilon:scalar', 'grad'], slots: 2, attrs: {},
  update: ([v, msIn, momIn, lrIn, rhoIn, momentumIn, epsIn, grad]) => {
    const w = dataOf(v), ms = dataOf(msIn), mom = dataOf(momIn), g = dataOf(grad);
    const lr = scalarOf(lrIn), decay = roundFor(v)(1 - scalarOf(rhoIn)), momentum = scalarOf(momentumIn), eps = scalarOf(epsIn);
    for (let i = 0, n = w.length; i < n; i++) {
      const gi = g[i];
      ms[i] += (gi * gi - ms[i]) * decay;
      mom[i] = mom[i] * momentum + lr * gi / Math.sqrt(ms[i] + eps);
      w[i] -= mom[i];
    }
  },
});

export const ApplyCenteredRMSProp = defineApplyOp({
  type: OpType.ApplyCenteredRMSProp, inputs: ['var', 'mg', 'ms', 'mom', 'lr:scalar', 'rho:scalar', 'momentum:scalar', 'epsilon:scalar', 'grad'], slots: 3, attrs: {},
  update: ([v, mgIn, msIn, momIn, lrIn, rhoIn, momentumIn, epsIn, grad]) => {
    const w = dataOf(v), mg = dataOf(mgIn), ms = dataOf(msIn), mom = dataOf(momIn), g = dataOf(grad);
    const lr = scalarOf(lrIn), decay = roundFor(v)(1 - scalarOf(rhoIn)), momentum = scalarOf(momentumIn), eps = scalarOf(epsIn);
    for (let i = 0, n = w.length; i < n; i++) {
      const gi = g[i];
      ms[i] += (gi * gi - ms[i]) * decay;
      mg[i] += (gi - mg[i]) * decay;
      mom[i] = mom[i] * momentum + lr * gi / Math.sqrt(ms[i] - mg[i] * mg[i] + eps);
      w[i] -= mom[i];
    }
  },
});

export const RMSPROP_OPS: OpGroup = { ops: [ApplyRMSProp, ApplyCenteredRMSProp], api: [] };

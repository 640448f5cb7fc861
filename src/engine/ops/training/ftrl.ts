// ApplyFtrl and ApplyFtrlV2 (FTRL-Proximal). V2 adds l2 shrinkage to the gradient that feeds
// `linear`; the accumulator always sees the raw gradient.
import type { NDArray } from '../../ndarray';
import type { OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { dataOf, defineApplyOp, scalarOf } from './apply_op';

function ftrlUpdate(v: NDArray, accumIn: NDArray, linearIn: NDArray, grad: NDArray, lr: number, l1: number, l2: number, shrinkage: number, lrPower: number): void {
  const w = dataOf(v), accum = dataOf(accumIn), linear = dataOf(linearIn), g = dataOf(grad);
  const sqrtPower = lrPower === -0.5;
  const power = (x: number) => (sqrtPower ? Math.sqrt(x) : Math.pow(x, -lrPower));
  for (let i = 0, n = w.length; i < n; i++) {
    const gi = g[i];
    const newAccum = accum[i] + gi * gi;
    const gShrunk = shrinkage > 0 ? gi + 2 * shrinkage * w[i] : gi;
    linear[i] += gShrunk - (power(newAccum) - power(accum[i])) / lr * w[i];
    const l = linear[i];
    const x = l1 * Math.sign(l) - l;
    const y = power(newAccum) / lr + 2 * l2;
    w[i] = Math.abs(l) > l1 ? x / y : 0;
    accum[i] = newAccum;
  }
}

export const ApplyFtrl = defineApplyOp({
  type: OpType.ApplyFtrl, inputs: ['var', 'accum', 'linear', 'grad', 'lr:scalar', 'l1:scalar', 'l2:scalar', 'lr_power:scalar'], slots: 2, attrs: {},
  update: ([v, accum, linear, grad, lr, l1, l2, lrPower]) =>
    ftrlUpdate(v, accum, linear, grad, scalarOf(lr), scalarOf(l1), scalarOf(l2), 0, scalarOf(lrPower)),
});

export const ApplyFtrlV2 = defineApplyOp({
  type: OpType.ApplyFtrlV2, inputs: ['var', 'accum', 'linear', 'grad', 'lr:scalar', 'l1:scalar', 'l2:scalar', 'l2_shrinkage:scalar', 'lr_power:scalar'], slots: 2, attrs: {},
  update: ([v, accum, linear, grad, lr, l1, l2, shrinkage, lrPower]) =>
    ftrlUpdate(v, accum, linear, grad, scalarOf(lr), scalarOf(l1), scalarOf(l2), scalarOf(shrinkage), scalarOf(lrPower)),
});

export const FTRL_OPS: OpGroup = { ops: [ApplyFtrl, ApplyFtrlV2], api: [] };

// ApplyFtrl and ApplyFtrlV2 (FTRL-Proximal). V2 adds l2 shrinkage to the gradient that feeds
// `linear`; the accumulator always sees the raw gradient.
import type { NDArray } from '../../ndarray';
import { registerApplyKernel, scalarOf, dataOf } from './apply_kernel';

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

registerApplyKernel({
  type: 'ApplyFtrl',
  inputs: ['var', 'accum', 'linear', 'grad', 'lr:scalar', 'l1:scalar', 'l2:scalar', 'lr_power:scalar'],
  update: ([v, accum, linear, grad, lr, l1, l2, lrPower]) =>
    ftrlUpdate(v, accum, linear, grad, scalarOf(lr), scalarOf(l1), scalarOf(l2), 0, scalarOf(lrPower)),
});

registerApplyKernel({
  type: 'ApplyFtrlV2',
  inputs: ['var', 'accum', 'linear', 'grad', 'lr:scalar', 'l1:scalar', 'l2:scalar', 'l2_shrinkage:scalar', 'lr_power:scalar'],
  update: ([v, accum, linear, grad, lr, l1, l2, shrinkage, lrPower]) =>
    ftrlUpdate(v, accum, linear, grad, scalarOf(lr), scalarOf(l1), scalarOf(l2), scalarOf(shrinkage), scalarOf(lrPower)),
});

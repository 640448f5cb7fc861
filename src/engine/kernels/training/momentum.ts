// ApplyMomentum: accum = momentum·accum + g, then var −= lr·accum, or with Nesterov
// var −= lr·g + lr·momentum·accum (using the new accum).
import { registerApplyKernel, scalarOf, dataOf } from './apply_kernel';

registerApplyKernel({
  type: 'ApplyMomentum',
  inputs: ['var', 'accum', 'lr:scalar', 'grad', 'momentum:scalar'],
  update: ([v, accumIn, lrIn, grad, momIn], op) => {
    const w = dataOf(v), a = dataOf(accumIn), g = dataOf(grad);
    const lr = scalarOf(lrIn), mom = scalarOf(momIn);
    if (op.attrs.use_nesterov === true) {
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

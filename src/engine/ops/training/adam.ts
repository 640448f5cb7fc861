// ApplyAdam: α = lr·sqrt(1 − β2^t)/(1 − β1^t); m += (g − m)(1 − β1); v += (g² − v)(1 − β2);
// var −= α·m/(sqrt(v) + ε). ε sits outside the square root (the paper's ε̂).
import type { OpGroup } from '../op_def';
import { attr } from '../attrs';
import { OpType } from '../op_types';
import { dataOf, defineApplyOp, roundFor, scalarOf } from './apply_op';
import { wasmApplyAdam } from '../../kernels/wasm/optim';

export const ApplyAdam = defineApplyOp({
  type: OpType.ApplyAdam, slots: 2,
  inputs: ['var', 'm', 'v', 'beta1_power:scalar', 'beta2_power:scalar', 'lr:scalar', 'beta1:scalar', 'beta2:scalar', 'epsilon:scalar', 'grad'],
  attrs: { use_nesterov: attr.bool(false) }, tfAttrs: '; use_nesterov: bool = false',
  update: ([variable, mIn, vIn, b1pIn, b2pIn, lrIn, b1In, b2In, epsIn, grad], op) => {
    const w = dataOf(variable), m = dataOf(mIn), v = dataOf(vIn), g = dataOf(grad);
    const r = roundFor(variable);
    const b1 = scalarOf(b1In), b2 = scalarOf(b2In), eps = scalarOf(epsIn);
    const alpha = r(scalarOf(lrIn) * Math.sqrt(r(1 - scalarOf(b2pIn))) / r(1 - scalarOf(b1pIn)));
    const c1 = r(1 - b1), c2 = r(1 - b2);
    const nesterov = op.attrs.use_nesterov;
    // Big float32 variables in the shared kernel memory: the same arithmetic in WebAssembly, split
    // across the kernel threads (kernels/wasm/optim.ts); the same bits as the loop below.
    if (wasmApplyAdam(w, m, v, g, c1, c2, b1, eps, alpha, nesterov)) return;
    for (let i = 0, n = w.length; i < n; i++) {
      const gi = g[i];
      m[i] += (gi - m[i]) * c1;
      v[i] += (gi * gi - v[i]) * c2;
      const num = nesterov ? gi * c1 + b1 * m[i] : m[i];
      w[i] -= (num * alpha) / (Math.sqrt(v[i]) + eps);
    }
  },
});

export const ADAM_OPS: OpGroup = { ops: [ApplyAdam], api: [] };

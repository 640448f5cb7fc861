// ApplyAdam: α = lr·sqrt(1 − β2^t)/(1 − β1^t); m += (g − m)(1 − β1); v += (g² − v)(1 − β2);
// var −= α·m/(sqrt(v) + ε). ε sits outside the square root (the paper's ε̂).
import type { OpGroup } from '../op_def';
import { attr } from '../attrs';
import { OpType } from '../op_types';
import { dataOf, defineApplyOp, roundFor, scalarOf } from './apply_op';
import { wasmApplyAdam } from '../../kernels/wasm/optim';

/** `locals` off runs the loop that re-reads m[i] and v[i] after storing them (tests and A/B compare). */
export const adamTuning = { locals: true };
/** Updates the locals loop ran (tests check the path they mean to test really ran). */
export const adamStats = { localLoops: 0 };

/**
 * The plain (not Nesterov) update with m[i] and v[i] kept in locals (issue 15, wave 14): the JS
 * engine cannot tell the arrays apart, so after each store the loop below reloaded the element
 * it had just written. The locals hold the float32 values those stores round to (Math.fround),
 * so every later use reads the same number: the same bits, ~0.8× the time on [156,512].
 */
function adamLocals(w: Float32Array, m: Float32Array, v: Float32Array, g: Float32Array, c1: number, c2: number, alpha: number, eps: number): void {
  for (let i = 0, n = w.length; i < n; i++) {
    const gi = g[i], m0 = m[i], v0 = v[i];
    const mi = Math.fround(m0 + (gi - m0) * c1), vi = Math.fround(v0 + (gi * gi - v0) * c2);
    m[i] = mi;
    v[i] = vi;
    w[i] -= (mi * alpha) / (Math.sqrt(vi) + eps);
  }
}

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
    if (!nesterov && adamTuning.locals && w instanceof Float32Array && m instanceof Float32Array && v instanceof Float32Array && g instanceof Float32Array
      && m.length === w.length && v.length === w.length && g.length === w.length) {
      adamLocals(w, m, v, g, c1, c2, alpha, eps);
      adamStats.localLoops++;
      return;
    }
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

// Finite-difference gradient check shared by every op family's tests. It compares tf.gradients
// (the graph ops our gradient registry builds) with central differences of
// L(x) = sum(y * w) for a fixed random weighting w, computed in float64.
import { strict as assert } from 'assert';
import * as tf from '../../src/engine';
import { clearDefaultGraphState } from '../../src/engine/graph/default_graph';

/** Op types whose gradient functions some finite-difference check exercised (coverage test). */
export const checkedGradientTypes = new Set<string>();

/**
 * Every op y depends on, including the ops inside the loops and conds it runs: their gradient
 * functions are what tf.gradients(y, xs) calls.
 */
function recordAncestors(y: tf.Tensor): void {
  const seen = new Set<tf.Operation>();
  const stack = [y.op];
  while (stack.length) {
    const op = stack.pop()!;
    if (seen.has(op)) continue;
    seen.add(op);
    checkedGradientTypes.add(op.gradientType);
    for (const t of op.inputs) stack.push(t.op);
    stack.push(...tf.innerOpsOf(op));
  }
}

export interface GradCheckOptions { eps?: number; rtol?: number; atol?: number; seed?: number }

/**
 * `build` receives float64 placeholders-like constants for each input value and returns the op
 * output to check. Inputs are fed as float64 so differences are accurate.
 */
export function checkGradient(build: (...xs: tf.Tensor[]) => tf.Tensor, inputs: tf.NDArray[], opts: GradCheckOptions = {}): void {
  clearDefaultGraphState();
  const eps = opts.eps ?? 1e-6, rtol = opts.rtol ?? 1e-4, atol = opts.atol ?? 1e-6;
  const xs = inputs.map((v, i) => tf.placeholder(v.dtype, v.shape.slice(), `x${i}`));
  const y = build(...xs);
  recordAncestors(y);
  const sess = new tf.Session();
  const feed = (vals: tf.NDArray[]) => xs.map((x, i) => [x, vals[i]] as [tf.Tensor, tf.NDArray]);
  const y0 = sess.run(y, feed(inputs)) as tf.NDArray;
  let state = opts.seed ?? 12345;
  const rand = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648 - 0.5; };
  const w = tf.NDArray.zeros(y0.dtype, y0.shape);
  for (let i = 0; i < w.size; i++) w.numeric[i] = rand();
  const wT = tf.constant(w);
  const grads = tf.gradients(y, xs, { gradYs: [wT] });
  const loss = (vals: tf.NDArray[]) => {
    const out = sess.run(y, feed(vals)) as tf.NDArray;
    let s = 0;
    for (let i = 0; i < out.size; i++) s += Number(out.numeric[i]) * w.numeric[i];
    return s;
  };
  inputs.forEach((x, k) => {
    if (x.dtype !== 'float64' && x.dtype !== 'float32') return;
    const g = grads[k];
    assert.ok(g, `no gradient for input ${k}`);
    const analytic = sess.run(g!, feed(inputs)) as tf.NDArray;
    assert.deepEqual(analytic.shape, x.shape, `gradient shape for input ${k}`);
    for (let i = 0; i < x.size; i++) {
      const plus = inputs.map(v => v.clone()); plus[k].numeric[i] += eps;
      const minus = inputs.map(v => v.clone()); minus[k].numeric[i] -= eps;
      const numeric = (loss(plus) - loss(minus)) / (2 * eps);
      const a = Number(analytic.numeric[i]);
      assert.ok(Math.abs(a - numeric) <= atol + rtol * Math.abs(numeric),
        `input ${k} element ${i}: analytic ${a} vs numeric ${numeric}`);
    }
  });
}

/** Random float64 array with values in [lo, hi). */
export function randomArray(shape: number[], lo = -1, hi = 1, seed = 7): tf.NDArray {
  const a = tf.NDArray.zeros('float64', shape);
  let s = seed;
  for (let i = 0; i < a.size; i++) { s = (s * 1103515245 + 12345) % 2147483648; a.numeric[i] = lo + (hi - lo) * (s / 2147483648); }
  return a;
}

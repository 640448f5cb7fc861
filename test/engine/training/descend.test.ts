// ApplyGradientDescent's loop four elements at a time (issue 15, wave 14; ops/training/
// gradient_descent.ts `descend`): every element must keep the bits of the one-at-a-time loop
// w[i] -= lr·g[i] (the double product subtracted, then stored), for every length (the tail of
// 1-3 elements), float32 and float64 variables, the gradient being the variable itself, and NaN,
// infinities, -0 and subnormals; and the op must update a variable to those bits.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { descend } from '../../../src/engine/ops/training/gradient_descent';

type Floats = Float32Array | Float64Array;

function oneAtATime(w: Floats, g: Floats, lr: number): void {
  for (let i = 0, n = w.length; i < n; i++) w[i] -= lr * g[i];
}

function values(n: number, seed: number, Type: { new (n: number): Floats }): Floats {
  const out = new Type(n);
  const special = [NaN, Infinity, -Infinity, -0, 0, 1e-45, -3e-39, 3.4e38, -1.7e308];
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    out[i] = s % 17 === 0 ? special[s % special.length] : ((s / 2 ** 32) - 0.5) * 2 ** ((s % 40) - 20);
  }
  return out;
}

const bitsOf = (a: Floats) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('training: ApplyGradientDescent four at a time', () => {
  it('keeps the bits of the one-at-a-time loop for every length, both float types, aliasing and special values', () => {
    for (const Type of [Float32Array, Float64Array]) {
      for (const lr of [0.5, Math.fround(0.1), 1e-3, -2, 0]) {
        for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 7840, 7843]) {
          const w0 = values(n, n * 31 + 7, Type), g = values(n, n * 17 + 3, Type);
          const want = w0.slice(), got = w0.slice();
          oneAtATime(want, g, lr);
          descend(got, g, lr);
          assert.ok(bitsOf(got).equals(bitsOf(want)), `${Type.name} n=${n} lr=${lr}`);
          // The gradient is the variable itself (w -= lr·w).
          const selfWant = w0.slice(), selfGot = w0.slice();
          oneAtATime(selfWant, selfWant, lr);
          descend(selfGot, selfGot, lr);
          assert.ok(bitsOf(selfGot).equals(bitsOf(selfWant)), `aliased ${Type.name} n=${n} lr=${lr}`);
        }
      }
    }
  });

  it('ApplyGradientDescent updates a [784,10] variable to those bits', () => {
    clearDefaultGraphState();
    const w0 = values(7840, 99, Float32Array) as Float32Array, g = values(7840, 5, Float32Array) as Float32Array;
    const v = new tf.Variable(tf.constant(new tf.NDArray('float32', [784, 10], w0.slice()) as never));
    const apply = tf.makeOp('ApplyGradientDescent', [v.ref, tf.constant(0.5), tf.constant(new tf.NDArray('float32', [784, 10], g) as never)], { use_locking: false });
    const sess = new tf.Session();
    try {
      sess.run(v.initializer);
      const out = sess.run(apply.outputs[0]) as tf.NDArray;
      const want = w0.slice();
      oneAtATime(want, g, Math.fround(0.5));
      assert.ok(bitsOf(out.numeric as Float32Array).equals(bitsOf(want)));
    } finally { sess.close(); }
  });
});

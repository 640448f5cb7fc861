// ReluGrad's branch-free float32 loop (reluGradF32) against the loop as written (`x > 0 ? g : 0`):
// the same bits for every x (±0, denormals, ±Infinity, NaNs with any payload, random bit patterns)
// and every g that is not NaN; NaN for NaN. Also through the op, with an offset view of a buffer.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { reluGradF32, reluGradLoop } from '../../../src/engine/ops/nn/activation_grads';

const isNaNBits = (b: number) => (b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0;

function bitPatterns(n: number, seed: number): Uint32Array {
  const edges = [0, 0x80000000, 1, 0x80000001, 0x007fffff, 0x00800000, 0x3f800000, 0xbf800000, 0x7f7fffff,
    0x7f800000, 0xff800000, 0x7f800001, 0x7fc00000, 0xffc00000, 0x7fffffff, 0xffffffff, 0x80800000, 0xff7fffff];
  const out = new Uint32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = i < edges.length * edges.length ? edges[i % edges.length] : (s & 7) === 0 ? edges[s % edges.length] : s;
  }
  return out;
}

function assertSame(expected: Float32Array, actual: Float32Array): void {
  const e = new Uint32Array(expected.buffer, expected.byteOffset, expected.length);
  const a = new Uint32Array(actual.buffer, actual.byteOffset, actual.length);
  for (let i = 0; i < e.length; i++) {
    if (e[i] !== a[i] && !(isNaNBits(e[i]) && isNaNBits(a[i]))) assert.fail(`element ${i}: 0x${a[i].toString(16)}, the loop gives 0x${e[i].toString(16)}`);
  }
}

describe('ReluGrad on float32 without branches', () => {
  it('gives the loop\'s bits for every kind of x and g', () => {
    const n = 100003;
    const x = new Float32Array(bitPatterns(n, 1).buffer);
    // g: every edge against every x edge (the first 18 x 18), then random patterns
    const gBits = bitPatterns(n, 2);
    for (let i = 0; i < 18 * 18; i++) gBits[i] = bitPatterns(18, 0)[Math.floor(i / 18)];
    const g = new Float32Array(gBits.buffer);
    const want = new Float32Array(n), got = new Float32Array(n).fill(7);
    reluGradLoop(g, x, want, n);
    reluGradF32(g, x, got, n);
    assertSame(want, got);
    assert.ok(want.some((v) => v === 0) && want.some((v) => v !== 0 && Number.isFinite(v)));
  });

  it('is what the ReluGrad op computes for float32, views included', () => {
    clearDefaultGraphState();
    const n = 4099;
    const backing = new Float32Array(bitPatterns(n + 3, 5).buffer);
    const x = backing.subarray(3); // an offset view
    const g = new Float32Array(bitPatterns(n, 6).buffer);
    const gp = tf.placeholder('float32', [n]), xp = tf.placeholder('float32', [n]);
    // relu's gradient is ReluGrad(g, relu(x)); the loop on relu(x) is the reference
    const grad = tf.gradients(tf.relu(xp), [xp], { gradYs: [gp] })[0] as tf.Tensor;
    const sess = new tf.Session();
    const r = sess.run(grad, [[gp, new tf.NDArray('float32', [n], g)], [xp, new tf.NDArray('float32', [n], x)]]) as tf.NDArray;
    const want = new Float32Array(n);
    const relu = sess.run(tf.relu(xp), [[xp, new tf.NDArray('float32', [n], x)]]) as tf.NDArray;
    reluGradLoop(g, relu.numeric as Float32Array, want, n);
    assertSame(want, r.numeric as Float32Array);
  });
});

// tf.nn.xw_plus_b, tf.nn.relu_layer and tf.nn.l2_normalize: values against loops written here,
// TF's scope names, and gradients by finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { run } from './helpers';

function affine(x: tf.NDArray, w: tf.NDArray, b: tf.NDArray): number[] {
  const [m, k] = x.shape, n = w.shape[1], out: number[] = [];
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = b.numeric[j];
    for (let t = 0; t < k; t++) s += x.numeric[i * k + t] * w.numeric[t * n + j];
    out.push(s);
  }
  return out;
}

describe('xw_plus_b, relu_layer, l2_normalize', () => {
  beforeEach(() => clearDefaultGraphState());

  it('xw_plus_b and relu_layer compute (relu of) x·W + b in their scopes', () => {
    const x = randomArray([3, 4]), w = randomArray([4, 2], -1, 1, 2), b = randomArray([2], -1, 1, 3);
    const y = tf.xwPlusB(tf.constant(x), tf.constant(w), tf.constant(b));
    const r = tf.reluLayer(tf.constant(x), tf.constant(w), tf.constant(b));
    assert.deepEqual([y.name, r.name], ['xw_plus_b:0', 'relu_layer:0']);
    assert.deepEqual([y.op.type, r.op.type], ['BiasAdd', 'Relu']);
    const want = affine(x, w, b);
    const [yv, rv] = new tf.Session().run([y, r]) as tf.NDArray[];
    want.forEach((v, i) => {
      assert.ok(Math.abs(yv.numeric[i] - v) < 1e-12);
      assert.ok(Math.abs(rv.numeric[i] - Math.max(v, 0)) < 1e-12);
    });
    checkGradient((a, c, d) => tf.reluLayer(a, c, d), [randomArray([2, 3]), randomArray([3, 2], -1, 1, 4), randomArray([2], -1, 1, 5)]);
  });

  it('l2_normalize divides by max(||x||, sqrt(epsilon)) along the axes', () => {
    const x = randomArray([3, 4], -2, 2);
    const y = run(tf.l2Normalize(tf.constant(x), 1));
    for (let r = 0; r < 3; r++) {
      const row = Array.from(x.numeric.slice(r * 4, r * 4 + 4)), norm = Math.sqrt(row.reduce((s, v) => s + v * v, 0));
      row.forEach((v, j) => assert.ok(Math.abs(y.numeric[r * 4 + j] - v / norm) < 1e-12));
    }
    assert.deepEqual(Array.from(run(tf.l2Normalize(tf.constant([0, 0], 'float64'))).numeric), [0, 0]);
    assert.equal(tf.l2Normalize(tf.constant(x)).name, 'l2_normalize_2:0');
    checkGradient(a => tf.l2Normalize(a, [0, 1]), [randomArray([2, 3], -1, 1, 6)]);
  });
});

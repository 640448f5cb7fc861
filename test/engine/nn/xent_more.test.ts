// weighted_cross_entropy_with_logits, the label gradient of softmax_cross_entropy_with_logits_v2
// and sigmoid_cross_entropy_with_logits' checks: values against float64 formulas written here,
// gradients by finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { assertThrowsText, run } from './helpers';

describe('cross entropies: weighted sigmoid, v2 label gradient, sigmoid checks', () => {
  beforeEach(() => clearDefaultGraphState());

  it('weighted_cross_entropy_with_logits = -(q·z·log σ(x) + (1 - z)·log(1 - σ(x)))', () => {
    const x = randomArray([12], -30, 30), z = randomArray([12], 0, 1, 3), q = 2.5;
    const y = tf.weightedCrossEntropyWithLogits(tf.constant(z), tf.constant(x), q);
    assert.equal(y.name, 'logistic_loss:0');
    const got = run(y);
    for (let i = 0; i < 12; i++) {
      const v = x.numeric[i], t = z.numeric[i];
      // log σ(x) = -log1p(exp(-x)), log(1 - σ(x)) = -x - log1p(exp(-x)), written stably per sign.
      const logSig = v > 0 ? -Math.log1p(Math.exp(-v)) : v - Math.log1p(Math.exp(v));
      const log1mSig = v > 0 ? -v - Math.log1p(Math.exp(-v)) : -Math.log1p(Math.exp(v));
      const want = -(q * t * logSig + (1 - t) * log1mSig);
      assert.ok(Math.abs(got.numeric[i] - want) < 1e-9 * (1 + Math.abs(want)), `element ${i}: ${got.numeric[i]} vs ${want}`);
    }
  });
  it('weighted_cross_entropy_with_logits gradient into logits, labels and a tensor pos_weight', () =>
    checkGradient((x, z, q) => tf.weightedCrossEntropyWithLogits(z, x, q), [randomArray([6], -3, 3), randomArray([6], 0, 1, 2), randomArray([6], 0.5, 3, 4)]));
  it('weighted_cross_entropy_with_logits: shapes must merge', () => {
    assertThrowsText(() => tf.weightedCrossEntropyWithLogits(tf.placeholder('float32', [2, 3]), tf.placeholder('float32', [2, 4]), 2), 'ValueError',
      'logits and labels must have the same shape ((2, 4) vs (2, 3))');
  });

  it('softmax_cross_entropy_with_logits_v2: the label gradient is -log_softmax(logits) per row', () => {
    const logits = randomArray([3, 4], -2, 2), labels = randomArray([3, 4], 0, 1, 5);
    const l = tf.constant(labels);
    const loss = tf.softmaxCrossEntropyWithLogitsV2({ labels: l, logits: tf.constant(logits) });
    const w = tf.constant([1, 2, -1], 'float64');
    const [gl] = tf.gradients(loss, [l], { gradYs: [w] });
    const got = run(gl!);
    for (let r = 0; r < 3; r++) {
      const row = Array.from(logits.numeric.slice(r * 4, r * 4 + 4));
      const m = Math.max(...row), lse = m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
      for (let j = 0; j < 4; j++) assert.ok(Math.abs(got.numeric[r * 4 + j] - [1, 2, -1][r] * (lse - row[j])) < 1e-12);
    }
  });

  it('sigmoid_cross_entropy_with_logits: named arguments only, and both given', () => {
    const x = tf.placeholder('float32', [2]);
    const positional = tf.sigmoidCrossEntropyWithLogits as unknown as (...a: unknown[]) => tf.Tensor;
    assertThrowsText(() => positional(x, x), 'ValueError', 'Only call `sigmoid_cross_entropy_with_logits` with named arguments (labels=..., logits=..., ...)');
    assertThrowsText(() => tf.sigmoidCrossEntropyWithLogits({ labels: x }), 'ValueError', 'Both labels and logits must be provided.');
  });
});

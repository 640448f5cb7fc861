// LRN (tf.nn.local_response_normalization): values against a float64 loop written here,
// LRNGrad through the finite-difference gradient check, and TF's shape error.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { assertThrowsText, run } from './helpers';

function lrnRef(x: tf.NDArray, r: number, bias: number, alpha: number, beta: number): number[] {
  const depth = x.shape[3], out: number[] = [];
  for (let i = 0; i < x.size; i++) {
    const base = i - (i % depth), d = i % depth;
    let s = 0;
    for (let j = Math.max(0, d - r); j <= Math.min(depth - 1, d + r); j++) s += x.numeric[base + j] ** 2;
    out.push(x.numeric[i] / (bias + alpha * s) ** beta);
  }
  return out;
}

describe('LRN', () => {
  beforeEach(() => clearDefaultGraphState());

  for (const [r, bias, alpha, beta] of [[5, 1, 1, 0.5], [1, 2, 0.3, 0.75], [0, 1, 1e-4, 0.75]]) {
    it(`matches the window sum for depth_radius=${r}, bias=${bias}, alpha=${alpha}, beta=${beta}`, () => {
      const x = randomArray([2, 3, 2, 7], -2, 2);
      const y = tf.localResponseNormalization(tf.constant(x), { depthRadius: r, bias, alpha, beta });
      assert.match(y.name, /^LRN(_\d+)?:0$/);
      const got = run(y), want = lrnRef(x, r, bias, alpha, beta);
      for (let i = 0; i < want.length; i++) assert.ok(Math.abs(got.numeric[i] - want[i]) < 1e-12, `element ${i}`);
    });
  }
  it('gradient through LRNGrad (finite differences)', () =>
    checkGradient(x => tf.localResponseNormalization(x, { depthRadius: 2, bias: 1.5, alpha: 0.4, beta: 0.75 }), [randomArray([1, 2, 2, 6], -1, 1, 4)]));
  it('needs a 4-D input', () => {
    assertThrowsText(() => tf.localResponseNormalization(tf.constant([[1, 2]], 'float32')), 'ValueError',
      "Shape must be rank 4 but is rank 2 for 'LRN' (op: 'LRN') with input shapes: [1,2].");
  });
});

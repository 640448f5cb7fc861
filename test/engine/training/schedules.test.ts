// Learning-rate schedules (tf1-semantics §5.3) against the §8 [computed] vectors, evaluated
// from a fed global step, and wired into an optimizer with a global step.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { getKernel } from '../../../src/engine/kernels/registry';
import { assertClose, value } from './helpers';

function at(build: (gs: tf.Tensor) => tf.Tensor, step: number): number {
  const gs = tf.placeholder('int32', [], 'gs');
  const lr = build(gs);
  return (new tf.Session().run(lr, [[gs, step]]) as tf.NDArray).toArray()[0];
}
// Cos belongs to the math family; the cosine schedules wait for it rather than fail.
const withCos = getKernel('Cos') ? it : it.skip;

describe('learning-rate schedules', () => {
  beforeEach(() => clearDefaultGraphState());

  it('exponential_decay: smooth and staircase', () => {
    assertClose([at(gs => tf.train.exponentialDecay(0.1, gs, 100, 0.96), 50)], [0.0979796]);
    assertClose([at(gs => tf.train.exponentialDecay(0.1, gs, 100, 0.96, true), 150)], [0.096]);
  });

  it('exponential_decay is named ExponentialDecay and needs a global step', () => {
    const gs = tf.placeholder('int32', []);
    assert.equal(tf.train.exponentialDecay(0.1, gs, 100, 0.96).op.name, 'ExponentialDecay');
    assert.equal(tf.train.exponentialDecay(0.1, gs, 100, 0.96).op.name, 'ExponentialDecay_1');
    assert.throws(() => tf.train.exponentialDecay(0.1, null as unknown as tf.Tensor, 100, 0.96), { message: 'global_step is required for exponential_decay.' });
  });

  it('polynomial_decay: mid-way, past the end, and cycling', () => {
    assertClose([at(gs => tf.train.polynomialDecay(0.1, gs, 10000, 0.01, 0.5), 5000)], [0.0736396]);
    assertClose([at(gs => tf.train.polynomialDecay(0.1, gs, 10000, 0.01, 0.5), 15000)], [0.01]);
    assertClose([at(gs => tf.train.polynomialDecay(0.1, gs, 10000, 0.01, 0.5, true), 15000)], [0.055]);
    assertClose([at(gs => tf.train.polynomialDecay(0.1, gs, 10000, 0.01, 0.5, true), 0)], [0.1]);
  });

  it('natural_exp_decay and inverse_time_decay', () => {
    assertClose([at(gs => tf.train.naturalExpDecay(0.1, gs, 100, 0.5), 50)], [0.1 * Math.exp(-0.25)]);
    assertClose([at(gs => tf.train.inverseTimeDecay(0.1, gs, 100, 0.5, true), 150)], [0.1 / 1.5]);
  });

  it('piecewise_constant: values[i] for b[i−1] < x ≤ b[i]', () => {
    const results = [0, 100, 101, 200, 201].map(step => {
      clearDefaultGraphState();
      return at(gs => tf.train.piecewiseConstant(gs, [100, 200], [1.0, 0.5, 0.1]), step);
    });
    assertClose(results, [1.0, 1.0, 0.5, 0.5, 0.1]);
    clearDefaultGraphState();
    const x = tf.placeholder('int32', []);
    assert.equal(tf.train.piecewiseConstant(x, [100, 200], [1.0, 0.5, 0.1]).op.name, 'PiecewiseConstant');
    assert.throws(() => tf.train.piecewiseConstant(x, [100], [1.0]), { name: 'ValueError' });
  });

  withCos('cosine_decay: a quarter of the way, and past the end with alpha', () => {
    assertClose([at(gs => tf.train.cosineDecay(0.1, gs, 1000), 250)], [0.0853553]);
    assertClose([at(gs => tf.train.cosineDecay(0.1, gs, 1000, 0.1), 2000)], [0.01]);
  });

  withCos('cosine_decay_restarts: periods double and restart at full amplitude', () => {
    // first period [0, 100), second [100, 300): at 200 we are half-way through the second.
    assertClose([at(gs => tf.train.cosineDecayRestarts(0.1, gs, 100), 200)], [0.05]);
    assertClose([at(gs => tf.train.cosineDecayRestarts(0.1, gs, 100, 1.0, 0.5), 150)], [0.025]);
  });

  it('a schedule drives the optimizer and advances with minimize’s global step', () => {
    const v = new tf.Variable(tf.constant([0, 0]));
    const gs = new tf.Variable(0, { name: 'global_step', trainable: false, dtype: 'int32' });
    const lr = tf.train.exponentialDecay(1.0, gs, 1, 0.5, true);
    const train = new tf.train.GradientDescentOptimizer(lr).minimize(tf.identity(v), { globalStep: gs });
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    for (let i = 0; i < 3; i++) sess.run(train);
    // steps use lr 1, 0.5, 0.25 on a gradient of ones.
    assertClose(value(sess, v), [-1.75, -1.75]);
    assert.equal(tf.train.globalStep(sess, gs), 3);
  });
});

// The Apply* kernels: TF's signature checks, in-place updates of the stored variable, no
// gradient, and the GD docstring example through minimize.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { registeredKernels } from '../../../src/engine/kernels/registry';
import { getGradient, hasGradientEntry } from '../../../src/engine/gradients/registry';
import { APPLY_OP_TYPES } from '../../../src/engine/ops/training/index';
import { assertClose, value } from './helpers';

describe('training kernels', () => {
  beforeEach(() => clearDefaultGraphState());

  it('every training kernel is registered and marked not differentiable', () => {
    const training = registeredKernels().filter(k => k.family === 'training').map(k => k.type).sort();
    assert.deepEqual(training, [...APPLY_OP_TYPES].sort());
    for (const t of training) assert.equal(getGradient(t), 'not-differentiable', t);
  });

  it('updates the session’s stored variable in place and returns it as the ref output', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const apply = tf.makeOp('ApplyGradientDescent', [v.ref, tf.constant(0.5), tf.constant([1, 1])], { use_locking: false });
    assert.equal(apply.outputs[0].dtypeName, 'float32_ref');
    assert.deepEqual(apply.outputs[0].shape, [2]);
    const sess = new tf.Session();
    sess.run(v.initializer);
    const stored = sess.variables.get('Variable')!;
    const out = sess.run(apply.outputs[0]) as tf.NDArray;
    assert.deepEqual(out.toArray(), [0.5, 1.5]);
    assert.equal(sess.variables.get('Variable'), stored, 'same storage object');
    assert.deepEqual(Array.from(stored.data as Float32Array), [0.5, 1.5]);
  });

  it('checks shapes and dtypes at graph build time with TF texts', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    assert.throws(() => tf.makeOp('ApplyGradientDescent', [v.ref, tf.constant(0.5), tf.constant([1, 1, 1])], {}),
      { message: "Dimension 0 in both shapes must be equal, but are 2 and 3. Shapes are [2] and [3]. for 'ApplyGradientDescent' (op: 'ApplyGradientDescent') with input shapes: [2], [], [3]." });
    assert.throws(() => tf.makeOp('ApplyGradientDescent', [v.ref, tf.constant([0.5, 1]), tf.constant([1, 1])], {}),
      { message: "Shape must be rank 0 but is rank 1 for 'ApplyGradientDescent_1' (op: 'ApplyGradientDescent') with input shapes: [2], [2], [2]." });
    assert.throws(() => tf.makeOp('ApplyGradientDescent', [v.ref, tf.constant(0.5, 'float64'), tf.constant([1, 1])], {}),
      { name: 'TypeError', message: "Input 'alpha' of 'ApplyGradientDescent' Op has type float64 that does not match type float32 of argument 'var'." });
  });

  it('checks runtime shapes when static shapes were unknown', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const g = tf.placeholder('float32', null);
    const apply = tf.makeOp('ApplyGradientDescent', [v.ref, tf.constant(0.5), g], {});
    const sess = new tf.Session();
    sess.run(v.initializer);
    assert.throws(() => sess.run(apply, [[g, [1, 2, 3]]]),
      (e: Error) => e.name === 'InvalidArgumentError' && e.message.startsWith('var and delta do not have the same shape[2] [3]'));
  });

  it('an uninitialized variable fails with FailedPreconditionError', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const train = new tf.train.GradientDescentOptimizer(1).applyGradients([[tf.constant([1, 1]), v]]);
    assert.throws(() => new tf.Session().run(train), (e: Error) => e.name === 'FailedPreconditionError' && /uninitialized value Variable/.test(e.message));
  });

  it('a large weight updates correctly in one tight loop (the seed’s 784x10)', () => {
    const w = new tf.Variable(tf.zeros([784, 10]));
    const grad = tf.NDArray.zeros('float32', [784, 10]);
    for (let i = 0; i < grad.size; i++) grad.numeric[i] = (i % 7) - 3;
    const train = new tf.train.GradientDescentOptimizer(0.5).applyGradients([[tf.constant(grad), w]]);
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    for (let s = 0; s < 3; s++) sess.run(train);
    const out = value(sess, w);
    for (const i of [0, 1, 6, 7840 - 1]) assertClose([out[i]], [-1.5 * ((i % 7) - 3)]);
  });

  const withMathGradients = hasGradientEntry('Mul') && hasGradientEntry('Add') ? it : it.skip;
  withMathGradients('GD docstring: cost = 5·var0 + 3·var1, lr 3.0, one step gives var0 = [−14, −13]', () => {
    const var0 = new tf.Variable(tf.constant([1, 2]));
    const var1 = new tf.Variable(tf.constant([3, 4]));
    const cost = tf.add(tf.multiply(5, var0), tf.multiply(3, var1));
    const gs = new tf.Variable(0, { name: 'global_step', trainable: false, dtype: 'int32' });
    const train = new tf.train.GradientDescentOptimizer(3.0).minimize(cost, { globalStep: gs, varList: [var0, var1] });
    assert.equal(train.name, 'GradientDescent');
    const sess = new tf.Session();
    sess.run(tf.globalVariablesInitializer());
    sess.run(train);
    assertClose(value(sess, var0), [-14, -13]);
    assertClose(value(sess, var1), [-6, -5]);
  });
});

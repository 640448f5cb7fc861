// Tensor-valued mean/stddev/minval/maxval in the random ops: TF multiplies and adds them onto a
// standard draw, so a Tensor works (the Glorot helper initialised a variable to all NaN).
import { strict as assert } from 'assert';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { newSession, errorOf } from '../helpers';

function run(source: string): string {
  const c = newSession();
  const r = c.session.runCell(source, '<cell>');
  if (!r.ok) assert.fail(r.error.traceback);
  return c.out.join('');
}

describe('random ops with Tensor parameters', () => {
  // Sessions share the default graph: leave none of this file's ops (some are huge) behind.
  beforeEach(() => clearDefaultGraphState());
  afterEach(() => clearDefaultGraphState());
  it('Glorot: tf.random_normal(shape, stddev=1. / tf.sqrt(shape[0] / 2.)) has that std, no NaN', () => {
    const out = run([
      'import tensorflow as tf', 'import numpy as np',
      'shape = [400, 300]',
      'w = tf.Variable(tf.random_normal(shape, stddev=1. / tf.sqrt(shape[0] / 2.), seed=1))',
      'mul = tf.get_default_graph().get_operation_by_name("random_normal/mul")',
      'print(mul.inputs[1].op.type)',
      'sess = tf.Session()', 'sess.run(tf.global_variables_initializer())', 'W = sess.run(w)',
      'print(bool(np.isnan(W).any()), abs(float(W.std()) - np.sqrt(2 / 400)) < 0.002, abs(float(W.mean())) < 0.002)',
    ].join('\n'));
    assert.equal(out, 'RealDiv\nFalse True True\n');
  });

  it('truncated_normal and random_uniform take Tensors and NumPy scalars too', () => {
    const out = run([
      'import tensorflow as tf', 'import numpy as np',
      't = tf.truncated_normal([20000], mean=tf.constant(5.0), stddev=np.float32(0.5), seed=2)',
      'u = tf.random_uniform([20000], minval=tf.constant(-3.0), maxval=tf.constant(-1.0) * 0.5, seed=3)',
      'sess = tf.Session()', 'T, U = sess.run([t, u])',
      'print(abs(float(T.mean()) - 5) < 0.02, float(T.min()) >= 4.0, float(T.max()) <= 6.0)',
      'print(float(U.min()) >= -3, float(U.max()) < -0.5, abs(float(U.mean()) + 1.75) < 0.03)',
    ].join('\n'));
    assert.equal(out, 'True True True\nTrue True True\n');
  });

  it('a stddev that is neither a number nor a tensor is a TypeError, not silent NaN', () => {
    const e = errorOf(newSession().session.runCell("import tensorflow as tf\ntf.random_normal([2], stddev='a')", '<cell>'));
    assert.equal(e.ename, 'TypeError');
  });

  it('a float64 tensor where the op is float32 is TF\'s ValueError', () => {
    const e = errorOf(newSession().session.runCell('import tensorflow as tf\ntf.random_normal([2], stddev=tf.constant(1.0, tf.float64))', '<cell>'));
    assert.equal(e.ename, 'ValueError');
    assert.match(e.evalue, /^Tensor conversion requested dtype float32 for Tensor with dtype float64/);
  });
});

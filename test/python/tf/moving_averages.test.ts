// tf.train.ExponentialMovingAverage (TF 1.15 moving_averages.py): shadow variables named
// `<op name>/<ema name>` that start at the variable's initial value (zeros for a tensor),
// `shadow -= (shadow - value) * (1 - decay)` per apply op run, decay capped by
// (1 + n) / (10 + n) with num_updates, and variables_to_restore() mapping the shadow names to
// the model variables.
import { strict as assert } from 'assert';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { py, pyError } from './layers/helpers';

describe('tf.train.ExponentialMovingAverage', () => {
  after(() => clearDefaultGraphState());

  it('averages variables and tensors with the decay, shadows named after the primary', () => {
    const out = py(`
import tensorflow as tf
v = tf.Variable(1.0, name='v')
t = tf.multiply(v, 2.0, name='twice')
ema = tf.train.ExponentialMovingAverage(0.5)
with tf.control_dependencies([tf.no_op()]):
    op = ema.apply([v, t])
print(ema.average(v).name, ema.average(t).name, ema.average_name(v), op.name)
print([x.name for x in tf.trainable_variables()], len(tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([ema.average(v), ema.average(t)]))
    sess.run(tf.assign(v, 3.0))
    sess.run(op)
    print(sess.run([ema.average(v), ema.average(t)]))
    sess.run(op)
    print(sess.run([ema.average(v), ema.average(t)]))
`);
    assert.equal(out, [
      'v/ExponentialMovingAverage:0 twice/ExponentialMovingAverage:0 v/ExponentialMovingAverage ExponentialMovingAverage',
      "['v:0'] 3",
      '[1.0, 0.0]',
      '[2.0, 3.0]',
      '[2.5, 4.5]',
    ].join('\n') + '\n');
  });

  it('caps the decay with num_updates and maps shadow names for restoring', () => {
    const out = py(`
import tensorflow as tf
step = tf.Variable(0, trainable=False, name='step')
w = tf.Variable(1.0, name='w')
ema = tf.train.ExponentialMovingAverage(0.99, step, name='avg')
op = ema.apply()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(tf.assign(w, 3.0))
    sess.run(op)
    print(round(float(sess.run(ema.average(w))), 5))
print(sorted((k, v.op.name) for k, v in ema.variables_to_restore().items()))
`);
    assert.equal(out, [
      '2.8',
      "[('step', 'step'), ('w/avg', 'w')]",
    ].join('\n') + '\n');
  });

  it('refuses a second apply of the same variable and zero_debias', () => {
    assert.match(pyError(`
import tensorflow as tf
v = tf.Variable(1.0)
ema = tf.train.ExponentialMovingAverage(0.9)
ema.apply([v])
ema.apply([v])
`), /ValueError: Moving average already computed for: Variable:0/);
    assert.match(pyError(`
import tensorflow as tf
tf.train.ExponentialMovingAverage(0.9, zero_debias=True)
`), /NotImplementedError: .*zero_debias/);
  });
});

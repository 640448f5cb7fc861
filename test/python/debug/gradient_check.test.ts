// tf.test.compute_gradient / compute_gradient_error (TF's gradient_checker semantics) and the
// gradient check of the seed model at its trained values.
import * as assert from 'node:assert/strict';
import { errorOf, run } from '../helpers';

const prelude = 'import tensorflow as tf\nimport numpy as np\ntf.reset_default_graph()\n';

describe('tf.test.compute_gradient', () => {
  it('returns [x_size, y_size] theoretical and numerical Jacobians that agree for y = x²·w', () => {
    const r = run(`${prelude}x = tf.placeholder(tf.float64, [2])\ny = tf.square(x) * tf.constant([1.0, 3.0], tf.float64)\nwith tf.Session():\n  t, n = tf.test.compute_gradient(x, [2], y, [2], x_init_value=np.array([0.5, 2.0]))\nprint(t.shape, t.dtype)\nprint(t)\nprint(np.abs(t - n).max() < 1e-8)`);
    assert.ok(r.result.ok, r.stderr);
    assert.equal(r.stdout, '(2, 2) float64\n[[ 1.  0.]\n [ 0. 12.]]\nTrue\n');
  });

  it('takes lists of tensors and shapes, giving one pair per x', () => {
    const r = run(`${prelude}a = tf.placeholder(tf.float32, [2, 3])\nb = tf.placeholder(tf.float32, [3, 1])\ny = tf.matmul(a, b)\nwith tf.Session():\n  pairs = tf.test.compute_gradient([a, b], [[2, 3], [3, 1]], y, [2, 1])\n  err = tf.test.compute_gradient_error([a, b], [[2, 3], [3, 1]], y, [2, 1])\nprint(len(pairs), pairs[0][0].shape, pairs[1][1].shape, err < 1e-2)`);
    assert.ok(r.result.ok, r.stderr);
    assert.equal(r.stdout, '2 (6, 2) (3, 2) True\n');
  });

  it('the seed model: cross-entropy gradients for w and b at trained values agree to 1e-3 (float32, so delta 1e-2: TF\'s default 1e-3 is at float32 noise, ~1.1e-3 here)', () => {
    const r = run(`${prelude}rng = np.random.RandomState(0)
xs = rng.rand(4, 784).astype(np.float32)
ys = np.eye(10, dtype=np.float32)[rng.randint(0, 10, 4)]
x = tf.placeholder(tf.float32, [None, 784])
y = tf.placeholder(tf.float32, [None, 10])
w = tf.Variable(tf.zeros([784, 10]))
b = tf.Variable(tf.zeros(10))
a = tf.nn.softmax(tf.matmul(x, w) + b)
cross_entropy = tf.reduce_mean(-tf.reduce_sum(y * tf.log(a), reduction_indices=[1]))
train = tf.train.GradientDescentOptimizer(0.05).minimize(cross_entropy)
x_fixed = tf.constant(xs)
y_fixed = tf.constant(ys)
with tf.Session() as sess:
  sess.run(tf.global_variables_initializer())
  for i in range(2):
    sess.run(train, feed_dict={x: xs, y: ys})
  loss_at = tf.reduce_mean(-tf.reduce_sum(y_fixed * tf.log(tf.nn.softmax(tf.matmul(x_fixed, w) + b)), reduction_indices=[1]))
  t, n = tf.test.compute_gradient(w, [784, 10], loss_at, [], x_init_value=sess.run(w), delta=1e-2)
  err = tf.test.compute_gradient_error(b, [10], loss_at, [], x_init_value=sess.run(b), delta=1e-2)
print(t.shape, np.abs(t).max() > 1e-3, np.abs(t - n).max() < 1e-3, err < 1e-3)`);
    assert.ok(r.result.ok, r.stderr + JSON.stringify(r.result));
    assert.equal(r.stdout, '(7840, 1) True True True\n');
  });

  it('differentiates through tf.while_loop, tf.cond and an LSTM run by tf.nn.dynamic_rnn (max relative error < 1e-3)', () => {
    const r = run(`${prelude}rng = np.random.RandomState(2)
def rel(x, x_shape, y):
    t, n = tf.test.compute_gradient(x, x_shape, y, [], x_init_value=sess.run(x))
    return np.abs(t).max() > 1e-2, np.abs(t - n).max() / np.abs(t).max() < 1e-3
w = tf.Variable(rng.rand(3) - 0.5)
x = tf.constant(rng.rand(3))
looped = tf.reduce_sum(tf.while_loop(lambda i, h: i < 4, lambda i, h: (i + 1, tf.tanh(h * w + x)), [0, x])[1])
branched = tf.cond(tf.reduce_sum(w) < 10.0, lambda: tf.reduce_sum(tf.sin(w * x)), lambda: tf.reduce_sum(w))
cell = tf.nn.rnn_cell.BasicLSTMCell(4)
outputs, state = tf.nn.dynamic_rnn(cell, tf.constant(rng.rand(2, 5, 3)), dtype=tf.float64)
lstm_loss = tf.reduce_sum(tf.square(outputs[:, -1])) + tf.reduce_sum(state.c)
kernel, bias = [v for v in tf.trainable_variables() if v.name.startswith('rnn/')]
with tf.Session() as sess:
  sess.run(tf.global_variables_initializer())
  print(rel(w, [3], looped), rel(w, [3], branched))
  print(rel(kernel, [7, 16], lstm_loss), rel(bias, [16], lstm_loss))`);
    assert.ok(r.result.ok, r.stderr + JSON.stringify(r.result));
    assert.equal(r.stdout, '(True, True) (True, True)\n(True, True) (True, True)\n');
  });

  it('needs a default session, and refuses init_targets', () => {
    const e = errorOf(run(`${prelude}x = tf.placeholder(tf.float32, [1])\ntf.test.compute_gradient(x, [1], x * 2.0, [1])`).result);
    assert.equal(e.ename, 'ValueError');
    assert.match(e.evalue, /compute_gradient\(\) needs a default session/);
    const u = errorOf(run(`${prelude}x = tf.placeholder(tf.float32, [1])\nwith tf.Session():\n  tf.test.compute_gradient(x, [1], x * 2.0, [1], init_targets=[x])`).result);
    assert.equal(u.ename, 'NotImplementedError');
  });
});

// The graph view's Check gradients of losses computed through control flow: a tf.while_loop, a
// tf.cond (each branch), and a small LSTM run by tf.nn.dynamic_rnn (TensorArrays inside a
// while loop). The check copies the loss into its own float64 graph, rebuilding each loop and
// cond around copies of its body (inspect/mirror_control_flow.ts), and compares tf.gradients of
// the copy with central differences. What it refuses (a loss read inside a loop body; a loss
// built from gradients through a loop), it refuses with the reason.
import * as assert from 'node:assert/strict';
import * as tf from '../../../src/engine';
import { Inspection } from '../../../src/engine/inspect/inspection';
import { checkRecordedLoss } from '../../../src/engine/inspect/check_recorded_loss';
import { buildGraphPayload } from '../../../src/engine/inspect/graph_payload';
import { checkableLoss, variablesFeeding } from '../../../src/renderers/graph/gradient_check';
import { run } from '../helpers';

const prelude = 'import tensorflow as tf\nimport numpy as np\ntf.reset_default_graph()\n';

/** Runs a program with an Inspection attached (as the kernel does), then checks `loss`. */
function check(source: string, loss: string, variables: string[]) {
  const inspection = new Inspection().attach();
  try {
    const r = run(prelude + source);
    assert.ok(r.result.ok, r.stderr + JSON.stringify(r.result));
    return { r, payload: checkRecordedLoss(inspection, tf.getDefaultGraph(), loss, variables) };
  } finally {
    inspection.detach();
  }
}

describe('Check gradients through while loops, conds and dynamic_rnn', function () {
  this.timeout(120_000);

  it('a loss computed by tf.while_loop (a weight and a feed read every iteration) agrees in float64', () => {
    const { payload } = check(`x = tf.placeholder(tf.float32, [None, 3])
w = tf.Variable([[0.5, -0.3, 0.2], [0.1, 0.4, -0.6], [-0.2, 0.3, 0.7]])
b = tf.Variable([0.1, -0.1, 0.05])
def body(i, h):
    return i + 1, tf.tanh(tf.matmul(h, w) + x + b)
_, h = tf.while_loop(lambda i, h: i < 5, body, [tf.constant(0), tf.zeros_like(x)])
loss = tf.reduce_mean(tf.square(h - 0.25))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
xs = np.random.RandomState(0).rand(4, 3).astype(np.float32)
for _ in range(3):
    sess.run(train, feed_dict={x: xs})
`, 'Mean:0', ['Variable', 'Variable_1']);
    assert.equal(payload.precision, 'float64');
    assert.deepEqual(payload.variables.map(v => [v.name, v.checked]), [['Variable', 9], ['Variable_1', 3]]);
    assert.ok(payload.rows.some(row => Math.abs(row.analytic) > 1e-3), 'gradients are not all zero');
    assert.ok(payload.maxRelativeError < 1e-3, String(payload.maxRelativeError));
    assert.equal(payload.passed, true);
  });

  it('a loss through tf.cond agrees on whichever branch the last run took, and with a loop nested in a branch', () => {
    for (const sign of ['1.0', '-1.0']) {
      const { payload } = check(`x = tf.placeholder(tf.float32, [3])
w = tf.Variable([0.3, -0.7, 1.1])
def looped():
    return tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, tf.sin(a * w) + x), [0, x])[1]
y = tf.cond(tf.reduce_sum(x) > 0, lambda: tf.reduce_sum(tf.exp(w * x)), lambda: tf.reduce_sum(tf.square(looped())))
loss = tf.identity(y, name='loss')
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print(sess.run(loss, feed_dict={x: ${sign} * np.array([0.2, 0.5, 0.1], np.float32)}))
`, 'loss:0', ['Variable']);
      assert.equal(payload.precision, 'float64', sign);
      assert.ok(payload.rows.every(row => Math.abs(row.analytic) > 1e-3), `${sign}: ${JSON.stringify(payload.rows)}`);
      assert.ok(payload.maxRelativeError < 1e-3, `${sign}: ${payload.maxRelativeError}`);
    }
  });

  it('a small LSTM run by tf.nn.dynamic_rnn: kernel and bias agree in float64', () => {
    const { payload } = check(`rng = np.random.RandomState(1)
inputs = tf.placeholder(tf.float32, [None, 6, 3])
targets = tf.placeholder(tf.float32, [None, 1])
cell = tf.nn.rnn_cell.BasicLSTMCell(5)
outputs, state = tf.nn.dynamic_rnn(cell, inputs, dtype=tf.float32)
pred = tf.layers.dense(outputs[:, -1], 1)
loss = tf.reduce_mean(tf.square(pred - targets))
train = tf.train.AdamOptimizer(0.01).minimize(loss)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
xs = rng.rand(4, 6, 3).astype(np.float32)
ys = xs.sum(axis=(1, 2))[:, None] / 9
for _ in range(5):
    sess.run(train, feed_dict={inputs: xs, targets: ys})
`, 'Mean:0', ['rnn/basic_lstm_cell/kernel', 'rnn/basic_lstm_cell/bias', 'dense/kernel']);
    // The Graph panel offers the check on the loss, listing the variables the loop reads too.
    const payload0 = buildGraphPayload(tf.getDefaultGraph());
    const mean = payload0.nodes.find(n => n.name === 'Mean')!;
    assert.equal(checkableLoss(mean), 'Mean:0');
    assert.deepEqual(variablesFeeding(payload0, mean.id), ['rnn/basic_lstm_cell/kernel', 'rnn/basic_lstm_cell/bias', 'dense/kernel', 'dense/bias']);
    assert.equal(payload.precision, 'float64');
    assert.deepEqual(payload.notes, []);
    assert.deepEqual(payload.variables.map(v => [v.name, v.size, v.checked]), [
      ['rnn/basic_lstm_cell/kernel', 160, 20], ['rnn/basic_lstm_cell/bias', 20, 20], ['dense/kernel', 5, 5],
    ]);
    assert.ok(payload.rows.filter(row => row.variable === 'rnn/basic_lstm_cell/kernel').some(row => Math.abs(row.analytic) > 1e-3));
    assert.ok(payload.maxRelativeError < 1e-3, String(payload.maxRelativeError));
    assert.equal(payload.passed, true);
  });

  it('tf.scan, tf.map_fn (TensorArrays in loops) and a while loop nested in a while loop agree in float64', () => {
    const { payload } = check(`x = tf.placeholder(tf.float32, [4, 3])
w = tf.Variable([0.3, -0.2, 0.5])
s = tf.scan(lambda acc, e: tf.tanh(acc * w + e), x, initializer=tf.zeros([3]))
m = tf.map_fn(lambda row: tf.reduce_sum(tf.sin(row * w)), x)
def outer(i, a):
    inner = tf.while_loop(lambda j, b: j < 2, lambda j, b: (j + 1, tf.cos(b * w)), [0, a])[1]
    return i + 1, inner + a
n = tf.while_loop(lambda i, a: i < 3, outer, [0, tf.ones([3])])[1]
loss = tf.add_n([tf.reduce_sum(s), tf.reduce_sum(m), tf.reduce_sum(n)], name='loss')
sess = tf.Session()
sess.run(tf.global_variables_initializer())
sess.run(loss, {x: np.random.RandomState(0).rand(4, 3)})
`, 'loss:0', ['Variable']);
    assert.equal(payload.precision, 'float64');
    assert.ok(payload.rows.every(row => Math.abs(row.analytic) > 1e-2), JSON.stringify(payload.rows));
    assert.ok(payload.maxRelativeError < 1e-3, String(payload.maxRelativeError));
  });

  it('catches a wrong gradient rule used inside a loop body (gradient_override_map)', () => {
    const { payload } = check(`x = tf.placeholder(tf.float32, [3])
w = tf.Variable([0.3, -0.7, 1.1])
def body(i, a):
    with tf.get_default_graph().gradient_override_map({'Tanh': 'Sigmoid'}):
        return i + 1, tf.tanh(a * w + x)
loss = tf.reduce_sum(tf.while_loop(lambda i, a: i < 3, body, [0, x])[1])
sess = tf.Session()
sess.run(tf.global_variables_initializer())
sess.run(loss, feed_dict={x: [0.2, 0.5, 0.1]})
`, 'Sum:0', ['Variable']);
    assert.equal(payload.passed, false);
    assert.ok(payload.maxRelativeError > 0.1, String(payload.maxRelativeError));
  });

  it('refuses, saying why, a loss read inside a loop body and a loss built from gradients through a loop', () => {
    const inspection = new Inspection().attach();
    try {
      const r = run(`${prelude}w = tf.Variable([0.3, -0.7])
def body(i, a):
    inner = tf.reduce_sum(a * w, name='inner')
    return i + 1, a * inner
out = tf.while_loop(lambda i, a: i < 3, body, [0, tf.ones([2])])[1]
g = tf.gradients(tf.reduce_sum(out), w)[0]
second = tf.reduce_sum(tf.square(g), name='grad_norm')
sess = tf.Session()
sess.run(tf.global_variables_initializer())
sess.run(second)
`);
      assert.ok(r.result.ok, r.stderr + JSON.stringify(r.result));
      const graph = tf.getDefaultGraph();
      assert.throws(() => checkRecordedLoss(inspection, graph, 'while/inner:0', ['Variable']),
        /^NotImplementedError: Check gradients: while\/inner:0 is computed inside a while loop or cond, where it has one value per iteration/);
      assert.throws(() => checkRecordedLoss(inspection, graph, 'grad_norm:0', ['Variable']),
        /^NotImplementedError: Check gradients: the loss reads .*second-order gradients through control flow, which the engine does not build/);
    } finally {
      inspection.detach();
    }
  });
});

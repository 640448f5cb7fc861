// The graph view's Check gradients through a real kernel process: the seed program
// (examples/mnist_softmax.py, verbatim: 2000 steps in a `with tf.Session()` block) checked at its
// trained values with the batch of its last training step; the same program with a wrong
// gradient rule for Softmax reported as failing; a request the check cannot serve answered with
// its error.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { KernelClient } from '../../src/kernel/kernelClient';
import { pythonKernel, RecordingSink } from '../kernel/helpers';

const seed = fs.readFileSync(path.resolve(__dirname, '../../examples/mnist_softmax.py'), 'utf8');
const softmaxLine = 'a = tf.nn.softmax(tf.matmul(x, w) + b)';

describe('kernel worker: Check gradients of the graph view', function () {
  this.timeout(120_000);
  let kernel: KernelClient;
  afterEach(async () => { await kernel?.dispose(); });

  async function ran(source: string): Promise<KernelClient> {
    kernel = pythonKernel();
    const sink = new RecordingSink();
    const r = await kernel.run(source, undefined, sink);
    assert.deepEqual(r, { status: 'ok' }, sink.text('stderr'));
    assert.match(sink.text(), /start to run session:\n0\.\d+\n$/, sink.text());
    return kernel;
  }

  it('agrees to 1e-3 on the seed program at its trained values, in float64, with its last batch', async () => {
    await ran(seed);
    const graph = (await kernel.graph())!;
    assert.deepEqual(graph.trainableVariables, ['Variable', 'Variable_1']);
    const { payload, error } = await kernel.checkGradients('Mean:0', ['Variable', 'Variable_1']);
    assert.equal(error, undefined);
    assert.ok(payload);
    assert.equal(payload.precision, 'float64');
    assert.equal(payload.tolerance, 1e-3);
    assert.ok(payload.maxRelativeError < 1e-3, String(payload.maxRelativeError));
    assert.equal(payload.passed, true);
    assert.match(payload.feedSource, /^the last run that computed Mean:0 \(run #2001 of its session\): fed Placeholder, Placeholder_1$/);
    assert.deepEqual(payload.variables.map((v) => [v.name, v.shape, v.checked]), [['Variable', [784, 10], 20], ['Variable_1', [10], 10]]);
    // Trained weights: the checked gradients are not all zero.
    assert.ok(payload.rows.some((r) => Math.abs(r.analytic) > 1e-3));
    // The session was closed by its `with` block; the check read its values at close and left the
    // Variables view's values alone.
    const vars = await kernel.variables();
    assert.ok(vars.graphVariables.every((v) => v.initialized));
  });

  it('reports a wrong gradient rule (Softmax differentiated as Sigmoid through gradient_override_map) as failing', async () => {
    const wrong = seed.replace(softmaxLine, `with tf.get_default_graph().gradient_override_map({'Softmax': 'Sigmoid'}):\n    ${softmaxLine}`);
    assert.notEqual(wrong, seed);
    await ran(wrong);
    const { payload } = await kernel.checkGradients('Mean:0', ['Variable', 'Variable_1']);
    assert.ok(payload);
    assert.equal(payload.passed, false);
    assert.ok(payload.maxRelativeError > payload.tolerance, String(payload.maxRelativeError));
  });

  it('checks a loss computed through tf.nn.dynamic_rnn (an LSTM in a while loop) and tf.cond, in float64', async () => {
    kernel = pythonKernel();
    const sink = new RecordingSink();
    const r = await kernel.run(`import numpy as np
import tensorflow as tf
rng = np.random.RandomState(3)
inputs = tf.placeholder(tf.float32, [None, 5, 2])
targets = tf.placeholder(tf.float32, [None, 1])
outputs, _ = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(3), inputs, dtype=tf.float32)
last = outputs[:, -1]
pred = tf.cond(tf.reduce_mean(last) > -10.0, lambda: tf.layers.dense(last, 1), lambda: tf.zeros_like(targets))
loss = tf.reduce_mean(tf.square(pred - targets), name='loss')
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
xs = rng.rand(4, 5, 2).astype(np.float32)
for _ in range(3):
    sess.run(train, feed_dict={inputs: xs, targets: xs.sum(axis=(1, 2))[:, None] / 10})
print('trained')`, undefined, sink);
    assert.deepEqual(r, { status: 'ok' }, sink.text('stderr'));
    const { payload, error } = await kernel.checkGradients('loss:0', ['rnn/basic_lstm_cell/kernel', 'dense/kernel']);
    assert.equal(error, undefined);
    assert.ok(payload);
    assert.equal(payload.precision, 'float64');
    assert.deepEqual(payload.variables.map((v) => [v.name, v.size, v.checked]), [['rnn/basic_lstm_cell/kernel', 60, 20], ['dense/kernel', 3, 3]]);
    assert.ok(payload.maxRelativeError < 1e-3, String(payload.maxRelativeError));
    assert.equal(payload.passed, true);
  });

  it('answers a request it cannot serve with the error, not a table', async () => {
    await ran(seed);
    assert.deepEqual(await kernel.checkGradients('Softmax:0', ['Variable']), {
      payload: null, error: 'ValueError: Check gradients needs a scalar loss; Softmax:0 has shape [?,10]',
    });
    assert.deepEqual(await kernel.checkGradients('NoSuchOp:0', ['Variable']), {
      payload: null, error: "ValueError: Check gradients: the graph has no tensor named 'NoSuchOp:0'",
    });
  });
});

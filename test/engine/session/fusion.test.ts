// Bias + ReLU fusion (src/engine/session/fusion.ts): the fused plan gives the same bits as the
// unfused one (forward values with NaN and -0, three Adam steps through dense, bias_add, bias-first
// and conv layers), the add's step is gone from the plan, a kept or fetched sum is not fused, and
// a failing add is still reported under the add's name.
import { strict as assert } from 'assert';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python/index';
import { resetDefaultGraph } from '../../../src/engine/graph/default_graph';
import { addRunObserver, type RunRecord } from '../../../src/engine/session/session';
import { setBiasReluFusion } from '../../../src/engine/session/fusion';

const PROGRAM = `
import numpy as np
import tensorflow as tf
rng = np.random.RandomState(0)
xv = rng.randn(8, 12).astype(np.float32)
iv = rng.randn(3, 5, 5, 2).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 12])
img = tf.placeholder(tf.float32, [None, 5, 5, 2])
W1 = tf.Variable(rng.randn(12, 6).astype(np.float32)); b1 = tf.Variable(rng.randn(6).astype(np.float32))
W2 = tf.Variable(rng.randn(6, 6).astype(np.float32)); b2 = tf.Variable(rng.randn(6).astype(np.float32))
W3 = tf.Variable(rng.randn(6, 4).astype(np.float32)); b3 = tf.Variable(rng.randn(4).astype(np.float32))
K = tf.Variable(rng.randn(3, 3, 2, 4).astype(np.float32)); cb = tf.Variable(rng.randn(4).astype(np.float32))
h1 = tf.nn.relu(tf.matmul(x, W1) + b1)
h2 = tf.nn.relu(tf.nn.bias_add(tf.matmul(h1, W2), b2))
h3 = tf.nn.relu(b3 + tf.matmul(h2, W3))
conv = tf.nn.relu(tf.nn.conv2d(img, K, [1, 1, 1, 1], 'SAME') + cb)
loss = tf.reduce_sum(tf.square(h3)) + tf.reduce_mean(conv)
train = tf.train.AdamOptimizer(0.01).minimize(loss)
special = tf.nn.relu(tf.nn.bias_add(tf.constant([[-0.0, float('nan'), 1.5, -2.0]]), tf.constant([-0.0, 1.0, float('inf'), 1.0])))
sess = tf.Session()
sess.run(tf.global_variables_initializer())
for i in range(3):
    sess.run(train, {x: xv, img: iv})
print(repr(sess.run(h3, {x: xv}).tolist()))
print(repr(sess.run(conv, {img: iv}).tolist()))
print(repr(sess.run([W1, b1, K, cb])))
print(repr(sess.run(special).tolist()))
`;

function runProgram(source: string, fused: boolean): { out: string; steps: RunRecord['plan']['steps'][] } {
  resetDefaultGraph();
  setBiasReluFusion(fused);
  const steps: RunRecord['plan']['steps'][] = [];
  const stop = addRunObserver((r) => steps.push(r.plan.steps));
  try {
    const out: string[] = [];
    const session = new PythonSession({ stdout: (t) => out.push(t), stderr: (t) => out.push(t), display: () => undefined });
    const r = session.runCell(source, 'fusion.py');
    if (!r.ok) out.push(String(r.error.traceback));
    return { out: out.join(''), steps };
  } finally {
    stop();
    setBiasReluFusion(true);
  }
}

describe('engine/session bias + ReLU fusion', function () {
  this.timeout(60000);

  it('gives the same bits as the unfused plan, forward and through three Adam steps', () => {
    const fused = runProgram(PROGRAM, true);
    const plain = runProgram(PROGRAM, false);
    assert.ok(!fused.out.includes('Traceback'), fused.out);
    assert.equal(fused.out, plain.out);
    assert.ok(fused.out.includes('[[-0.0, nan, inf, 0.0]]'), fused.out);
    const trainSteps = fused.steps[1];
    const fusedTypes = trainSteps.filter((s) => s.fusedFrom).map((s) => `${s.fusedFrom!.type}+${s.op.type}`).sort();
    assert.deepEqual(fusedTypes, ['Add+Relu', 'Add+Relu', 'Add+Relu', 'BiasAdd+Relu']);
    assert.equal(trainSteps.length + 4, plain.steps[1].length);
    assert.ok(plain.steps.every((steps) => steps.every((s) => !s.fusedFrom)));
  });

  it('keeps the add when its value is fetched, and names the add when it fails', () => {
    const program = `
import tensorflow as tf
a = tf.placeholder(tf.float32, [None, 3]); c = tf.placeholder(tf.float32, [None, 3])
s = a + c
r = tf.nn.relu(s)
with tf.Session() as sess:
    print(sess.run([r, s], {a: [[1, -2, 3]], c: [[-5, 1, 1]]}))
    print(sess.run(r, {a: [[1, -2, 3]], c: [[-5, 1, 1]]}))
    sess.run(r, {a: [[1, -2, 3], [4, 5, 6]], c: [[1, 1, 1], [2, 2, 2], [3, 3, 3]]})
`;
    const fused = runProgram(program, true);
    assert.equal(fused.steps.length, 2);
    const [both, reluOnly] = fused.steps;
    assert.ok(both.every((s) => !s.fusedFrom), 'a fetched sum is computed by its own step');
    assert.deepEqual(reluOnly.map((s) => s.fusedFrom?.type ?? s.op.type), ['Add']);
    const fusedError = fused.out.slice(fused.out.indexOf('Traceback'));
    const plain = runProgram(program, false).out;
    assert.match(fusedError, /InvalidArgumentError/);
    assert.match(fusedError, /node add/);
    assert.equal(fusedError, plain.slice(plain.indexOf('Traceback')));
  });
});

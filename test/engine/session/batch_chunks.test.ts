// Batch-chunked runs (session/batch_chunks.ts): a run feeding a batch whose row-wise activations
// would be hundreds of MB (the Deep MNIST tutorial's test-set accuracy in one sess.run) runs its
// conv/pool/bias/ReLU/matmul prefix chunk by chunk. The values must be the same bits as small
// unchunked runs of the same rows, the pool must never hold the full-batch activations, and
// runs that update variables are never chunked.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

const ROWS = 700; // conv1's [700, 28, 28, 32] float32 output is 70 MB: above the chunking threshold

function images(n: number, seed: number): tf.NDArray {
  const a = tf.NDArray.zeros('float32', [n, 784]);
  for (let i = 0; i < a.size; i++) a.numeric[i] = Math.fround((Math.sin(i * 0.013 + seed) + 1) / 2);
  return a;
}
function oneHot(n: number): tf.NDArray {
  const a = tf.NDArray.zeros('float32', [n, 10]);
  for (let i = 0; i < n; i++) a.numeric[i * 10 + ((i * 7) % 10)] = 1;
  return a;
}
const rowsOf = (a: tf.NDArray, lo: number, hi: number) => {
  const w = a.size / a.shape[0];
  return new tf.NDArray('float32', [hi - lo, ...a.shape.slice(1)], (a.numeric as Float32Array).slice(lo * w, hi * w));
};

function convNet() {
  clearDefaultGraphState();
  tf.setRandomSeed(3);
  const x = tf.placeholder('float32', [null, 784]);
  const y = tf.placeholder('float32', [null, 10]);
  const w1 = new tf.Variable(tf.truncatedNormal([5, 5, 1, 32], { stddev: 0.1 }));
  const b1 = new tf.Variable(tf.constant(0.1, 'float32', 'Const', [32]));
  const h1 = tf.maxPool(tf.relu(tf.add(tf.conv2d(tf.reshape(x, [-1, 28, 28, 1]), w1.value(), [1, 1, 1, 1], 'SAME'), b1.value())), [1, 2, 2, 1], [1, 2, 2, 1], 'SAME');
  const w2 = new tf.Variable(tf.truncatedNormal([14 * 14 * 32, 10], { stddev: 0.01 }));
  const logits = tf.matmul(tf.reshape(h1, [-1, 14 * 14 * 32]), w2.value());
  const accuracy = tf.reduceMean(tf.cast(tf.equal(tf.argmax(logits, 1), tf.argmax(y, 1)), 'float32'));
  const loss = tf.reduceMean(tf.softmaxCrossEntropyWithLogits({ labels: y, logits }));
  const train = new tf.train.GradientDescentOptimizer(0.01).minimize(loss);
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  return { x, y, logits, accuracy, train, w2, sess };
}

const peakLive = (sess: tf.Session) => (sess.runtime as unknown as { memoryStats(): { peakLiveBytes: number } }).memoryStats().peakLiveBytes;

describe('engine/session batch-chunked runs', () => {
  it('a large-batch conv run gives the same bits as unchunked runs of 100 rows, without the full-batch activations in the pool', () => {
    const net = convNet();
    const xs = images(ROWS, 1), ys = oneHot(ROWS);
    const [logits, accuracy] = net.sess.run([net.logits, net.accuracy], [[net.x, xs], [net.y, ys]]) as tf.NDArray[];
    // The activations of the whole batch are 70 MB (conv, bias add, ReLU); chunks keep the pool small.
    assert.ok(peakLive(net.sess) < 40 * 1024 * 1024, `peak live ${peakLive(net.sess)} bytes`);
    assert.deepEqual(logits.shape, [ROWS, 10]);
    const expected: number[] = [];
    let correct = 0;
    for (let lo = 0; lo < ROWS; lo += 100) {
      const [part, acc] = net.sess.run([net.logits, net.accuracy], [[net.x, rowsOf(xs, lo, lo + 100)], [net.y, rowsOf(ys, lo, lo + 100)]]) as tf.NDArray[];
      expected.push(...Array.from(part.numeric));
      correct += Math.round(Number(acc.numeric[0]) * 100);
    }
    assert.deepEqual(Array.from(logits.numeric), expected);
    assert.equal(Number(accuracy.numeric[0]), Math.fround(correct / ROWS));
  });

  it('a training run on the same large batch is not chunked: one update from the whole batch\'s gradient', () => {
    const net = convNet();
    const xs = images(ROWS, 2), ys = oneHot(ROWS);
    const before = Array.from((net.sess.run(net.w2.value()) as tf.NDArray).numeric);
    net.sess.run(net.train, [[net.x, xs], [net.y, ys]]);
    assert.ok(peakLive(net.sess) > 64 * 1024 * 1024, 'the whole batch went through at once');
    const after = Array.from((net.sess.run(net.w2.value()) as tf.NDArray).numeric);
    assert.notDeepEqual(after, before);
  });
});

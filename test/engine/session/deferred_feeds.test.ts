// next_batch's deferred images fed through reused memory (issue 15; session/feed_scratch.ts,
// DeferredNDArray in ndarray.ts, deferredUnitFloat in data/dataset.ts). The seed program must give
// the same bits with and without it (accuracy, weights, every batch the program keeps), on one
// thread (plain reused array) and with a thread pool (a block of the shared kernel memory, which
// the GEMMs read in place); a reader that could keep the fed value must get a value of its own.
import { strict as assert } from 'assert';
import '../../../src/python/modules/standard';
import { installNodeHost } from '../../../src/node';
import * as tf from '../../../src/engine';
import { NDArray, DeferredNDArray } from '../../../src/engine/ndarray';
import { deferredBatches } from '../../../src/engine/data/dataset';
import { FeedScratch, feedScratchTuning } from '../../../src/engine/session/feed_scratch';
import { serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { localKernels, wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { createThreadPool } from '../../../src/worker/threadPool';
import { run as runPython } from '../../python/helpers';
import { recordingEnvironment } from '../data/helpers';

installNodeHost();

// The seed program (examples/mnist_softmax.py) seeded, shortened to 130 steps (two reshuffles of
// the 5,000 bundled training digits), printing the bits of what it computed and of every batch it kept.
const SEED_PROGRAM = `
import hashlib
import numpy as np
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("MNIST_data/", one_hot=True, seed=11)
x = tf.placeholder(tf.float32, [None, 784])
y = tf.placeholder(tf.float32, [None, 10])
w = tf.Variable(tf.zeros([784, 10]))
b = tf.Variable(tf.zeros(10))
a = tf.nn.softmax(tf.matmul(x, w) + b)
cross_entropy = tf.reduce_mean(-tf.reduce_sum(y * tf.log(a), reduction_indices=[1]))
train = tf.train.GradientDescentOptimizer(0.5).minimize(cross_entropy)
kept = []
read_at_once = []
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(130):
        batch_xs, batch_ys = mnist.train.next_batch(100)
        sess.run(train, feed_dict={x: batch_xs, y: batch_ys})
        if i % 7 == 0:
            kept.append(batch_xs)
        if i % 31 == 0:
            read_at_once.append(float(batch_xs.sum()))
    correct = tf.equal(tf.argmax(a, 1), tf.argmax(y, 1))
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))
    print(sess.run(accuracy, feed_dict={x: mnist.test.images, y: mnist.test.labels}))
    print(hashlib.md5(sess.run(w).tobytes()).hexdigest(), hashlib.md5(sess.run(b).tobytes()).hexdigest())
    print(hashlib.md5(np.concatenate(kept).tobytes()).hexdigest(), read_at_once)
`;

function seedOutput(): string {
  const { result, stdout, stderr } = runPython(SEED_PROGRAM);
  assert.ok(result.ok, stderr);
  return stdout;
}

/**
 * Counts the feeds FeedScratch placed, how many of them in a SharedArrayBuffer (the kernel arena),
 * and how many in the local module's unshared memory (with a pool, when the GEMMs run serially).
 */
function countPlacements(): { placed: number; shared: number; local: number; restore(): void } {
  const proto = FeedScratch.prototype as unknown as { place: FeedScratch['place'] };
  const original = proto.place;
  const counts = { placed: 0, shared: 0, local: 0, restore: () => { proto.place = original; } };
  proto.place = function (this: FeedScratch, plan, feeds) {
    const originals = original.call(this, plan, feeds);
    for (const t of originals?.keys() ?? []) {
      counts.placed++;
      const buf = (feeds.get(t)!.data as Float32Array).buffer, local = localKernels();
      if (buf instanceof SharedArrayBuffer) counts.shared++;
      else if (local !== null && local !== wasmKernels() && buf === local.exports.memory.buffer) counts.local++;
    }
    return originals;
  };
  return counts;
}

function withSwitches<T>(on: boolean, fn: () => T): T {
  const saved = [deferredBatches.enabled, feedScratchTuning.enabled];
  deferredBatches.enabled = feedScratchTuning.enabled = on;
  try { return fn(); } finally { [deferredBatches.enabled, feedScratchTuning.enabled] = saved; }
}

describe('engine/session deferred batches fed through reused memory', function () {
  this.timeout(120_000);
  after(() => setParallelBackend(serialBackend));

  it('the seed program gives the same accuracy, weights and kept batches with and without it, on one thread', () => {
    setParallelBackend(serialBackend);
    const eager = withSwitches(false, seedOutput);
    const counts = countPlacements();
    try {
      const deferred = withSwitches(true, seedOutput);
      assert.equal(deferred, eager);
      assert.ok(counts.placed >= 120, `placed ${counts.placed} batches`);
      assert.equal(counts.shared, 0);
    } finally { counts.restore(); }
  });

  it('the same with a thread pool, the batches written into the local module\'s memory, or the shared kernel memory', () => {
    setParallelBackend(serialBackend);
    const eager = withSwitches(false, seedOutput);
    setParallelBackend(createThreadPool(2));
    let counts = countPlacements();
    try {
      const deferred = withSwitches(true, seedOutput);
      assert.equal(deferred, eager);
      // The seed's GEMMs run serially: the batches go where the local module reads them in place.
      assert.ok(counts.local >= 120, `placed ${counts.placed}, in local memory ${counts.local}`);
    } finally { counts.restore(); }
    feedScratchTuning.local = false;
    counts = countPlacements();
    try {
      const deferred = withSwitches(true, seedOutput);
      assert.equal(deferred, eager);
      assert.ok(counts.shared >= 120, `placed ${counts.placed}, in shared memory ${counts.shared}`);
    } finally { counts.restore(); feedScratchTuning.local = true; setParallelBackend(serialBackend); }
  });

  it('a reader that could keep the fed batch (Assign, a fetched Identity) gets a batch of its own', () => {
    const program = `
import hashlib
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("MNIST_data/", one_hot=True, seed=5)
x = tf.placeholder(tf.float32, [None, 784])
w = tf.Variable(tf.ones([784, 10]))
kept = tf.Variable(tf.zeros([100, 784]))
keep = tf.assign(kept, x)
y = tf.matmul(x, w)
h = lambda a: hashlib.md5(a.tobytes()).hexdigest()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    first, _ = mnist.train.next_batch(100)
    sess.run(keep, {x: first})
    second, _ = mnist.train.next_batch(100)
    ident = sess.run(tf.identity(x), {x: second})
    for i in range(5):
        later, _ = mnist.train.next_batch(100)
        sess.run(y, {x: later})
    print(h(sess.run(kept)) == h(first), h(ident) == h(second), h(first) != h(second))
`;
    const counts = countPlacements();
    try {
      const { result, stdout, stderr } = withSwitches(true, () => runPython(program));
      assert.ok(result.ok, stderr);
      assert.equal(stdout.trim().split('\n').pop(), 'True True True');
      assert.equal(counts.placed, 5); // only the MatMul-only runs
    } finally { counts.restore(); }
  });

  it('a deferred batch holds the eager gather\'s bits, built or written over garbage, for rows of any mix of zero words', () => {
    // 40 rows of 32 pixels: all-zero rows, full rows, and words with zero and non-zero bytes.
    const n = 40, w = 32, pixels = new Uint8Array(n * w);
    let s = 12345;
    const next = () => (s = (s * 1103515245 + 12345) >>> 0) >>> 16;
    for (let r = 0; r < n; r++) {
      for (let k = 0; k < w; k++) {
        const kind = r % 5;
        pixels[r * w + k] = kind === 0 ? 0 : kind === 1 ? 1 + (next() % 255) : next() % 3 === 0 ? next() % 256 : 0;
      }
    }
    const images = new NDArray('uint8', [n, w / 8, 8, 1], pixels);
    const labels = new NDArray('uint8', [n], new Uint8Array(n));
    const make = () => new tf.DataSet(images, labels, { seed: 9 });
    const deferred = withSwitches(true, make), eager = withSwitches(false, make);
    let deferredCount = 0;
    for (let b = 0; b < 12; b++) {
      const [d] = withSwitches(true, () => deferred.next_batch(7));
      const [e] = withSwitches(false, () => eager.next_batch(7));
      const want = new Uint32Array((e.data as Float32Array).slice().buffer);
      if (d instanceof DeferredNDArray && d.deferred) { // an epoch's end concatenates, which builds the batch
        deferredCount++;
        const over = new Float32Array(d.size).fill(-7.5);
        (d as DeferredNDArray).writeInto(over);
        assert.deepEqual(new Uint32Array(over.buffer), want);
      }
      assert.deepEqual(new Uint32Array((d.data as Float32Array).slice().buffer), want);
    }
    assert.ok(deferredCount >= 8, `${deferredCount} deferred batches`);
  });

  it('observers get the deferred batch itself, which keeps its values after later runs reuse the memory', () => {
    const ds = tf.readDataSets('', { oneHot: true, seed: 3 }, recordingEnvironment().env).train;
    const g = new tf.Graph();
    const seen: NDArray[] = [];
    let x!: tf.Tensor;
    const sess = tf.withDefaultGraph(g, () => {
      x = tf.placeholder('float32', [null, 784], 'x');
      const y = tf.matmul(x, tf.ones([784, 3]));
      const s = new tf.Session({ graph: g });
      return { s, y };
    });
    const detach = tf.addRunObserver((r) => { if (r.session === sess.s) seen.push(r.valueOf(x)!); });
    try {
      withSwitches(true, () => {
        const batches: NDArray[] = [];
        for (let i = 0; i < 4; i++) {
          const [images] = ds.next_batch(50);
          assert.ok(images instanceof DeferredNDArray && images.deferred);
          batches.push(images);
          sess.s.run(sess.y, [[x, images]]);
        }
        assert.equal(seen.length, 4);
        seen.forEach((v, i) => assert.equal(v, batches[i]));
        // Built only now, after three later batches went through the same memory.
        const again = tf.readDataSets('', { oneHot: true, seed: 3 }, recordingEnvironment().env).train;
        withSwitches(false, () => {
          for (let i = 0; i < 4; i++) {
            const [eager] = again.next_batch(50);
            assert.ok(!(eager instanceof DeferredNDArray));
            assert.deepEqual(new Uint32Array((batches[i].data as Float32Array).buffer), new Uint32Array((eager.data as Float32Array).slice().buffer));
          }
        });
      });
    } finally { detach(); sess.s.close(); }
  });
});

// A small convolutional network trained with Adam for a few steps, on one thread and with the
// parallel backend in real worker threads (its big weight matrix then stored in the shared kernel
// memory and read in place, as is its conv2 filter): the losses and trained weights are bit-identical.
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { parallelTuning, serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { AtomicsPool } from '../../../src/engine/parallel/pool';
import { createThreadPool } from '../../../src/worker/threadPool';

function train(): { losses: number[]; fc: Float32Array; filter: Float32Array; fcShared: boolean } {
  clearDefaultGraphState();
  tf.setRandomSeed(3);
  const x = tf.placeholder('float32', [null, 28, 28, 1]), y = tf.placeholder('float32', [null, 10]);
  const w1 = new tf.Variable(tf.truncatedNormal([5, 5, 1, 16], { stddev: 0.1 }));
  const pool = (a: tf.Tensor) => tf.maxPool(a, [1, 2, 2, 1], [1, 2, 2, 1], 'SAME');
  const h1 = pool(tf.relu(tf.conv2d(x, w1.value(), [1, 1, 1, 1], 'SAME')));
  const w2 = new tf.Variable(tf.truncatedNormal([5, 5, 16, 64], { stddev: 0.05 })); // 25.6K floats: read in place
  const h = pool(tf.relu(tf.conv2d(h1, w2.value(), [1, 1, 1, 1], 'SAME')));
  const wf = new tf.Variable(tf.truncatedNormal([7 * 7 * 64, 32], { stddev: 0.05 })); // 100K floats
  const f = tf.relu(tf.matmul(tf.reshape(h, [-1, 7 * 7 * 64]), wf.value()));
  const wo = new tf.Variable(tf.truncatedNormal([32, 10], { stddev: 0.1 }));
  const loss = tf.reduceMean(tf.softmaxCrossEntropyWithLogits({ labels: y, logits: tf.matmul(f, wo.value()) }));
  const trainOp = new tf.train.AdamOptimizer({ learningRate: 1e-3 }).minimize(loss);
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  let s = 7;
  const xs = tf.NDArray.zeros('float32', [8, 28, 28, 1]), ys = tf.NDArray.zeros('float32', [8, 10]);
  for (let i = 0; i < xs.size; i++) { s = (s * 1103515245 + 12345) >>> 0; xs.numeric[i] = s / 2 ** 32; }
  for (let i = 0; i < 8; i++) ys.numeric[i * 10 + (i % 10)] = 1;
  const losses: number[] = [];
  for (let step = 0; step < 3; step++) {
    const [l] = sess.run([loss, trainOp], [[x, xs], [y, ys]]) as tf.NDArray[];
    losses.push(Number(l.numeric[0]));
  }
  const stored = sess.runtime.variables.get(wf.op.name)!.data as Float32Array;
  const filter = sess.runtime.variables.get(w2.op.name)!.data as Float32Array;
  const k = wasmKernels();
  const shared = (a: Float32Array) => k !== null && k.arena.owns(a.buffer);
  return { losses, fc: Float32Array.from(stored), filter: Float32Array.from(filter), fcShared: shared(stored) && shared(filter) };
}

describe('training with the parallel backend in worker threads', function () {
  this.timeout(180000);
  const savedMin = parallelTuning.minMacs;
  before(() => { assertWasmSimd(); assertSharedMemory(); });
  after(() => { setParallelBackend(serialBackend); parallelTuning.minMacs = savedMin; });

  it('gives the serial losses and weights bit for bit', () => {
    setParallelBackend(serialBackend);
    const serial = train();
    assert.equal(serial.fcShared, false);
    const pool = createThreadPool(2) as AtomicsPool;
    setParallelBackend(pool);
    parallelTuning.minMacs = 10000;
    pool.stealing = false; // every posted part runs in a helper
    const par = train();
    assert.ok(pool.helperParts > 0, 'the helper ran none of the work');
    assert.equal(par.fcShared, true, 'the fc weights and the conv2 filter live in the shared kernel memory');
    assert.deepEqual(par.losses, serial.losses);
    assert.deepEqual(new Uint32Array(par.fc.buffer), new Uint32Array(serial.fc.buffer));
    assert.deepEqual(new Uint32Array(par.filter.buffer), new Uint32Array(serial.filter.buffer));
  });
});

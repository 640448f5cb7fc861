// The LSTM training step (bench/lstm.ts's graph, smaller: batch 8, 6 steps of 5 inputs, 12 units)
// gives the same losses and weights bit for bit with the performance paths on and off: the
// WebAssembly transpose in the GEMM's packing (gemmTuning.wasmTranspose) only moves bits.
import { strict as assert } from 'assert';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { gemmTuning } from '../../../src/engine/kernels/wasm/gemm';
import { wasmSimdSupported } from '../../../src/engine/kernels/wasm/module';

const PROGRAM = `
import tensorflow as tf, numpy as np
tf.reset_default_graph()
tf.set_random_seed(1)
x = tf.placeholder(tf.float32, [8, 6, 5])
y = tf.placeholder(tf.int64, [8])
cell = tf.nn.rnn_cell.BasicLSTMCell(12)
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
logits = tf.layers.dense(state.h, 10)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.AdamOptimizer(0.05).minimize(loss)
rng = np.random.RandomState(0)
xs = rng.rand(8, 6, 5).astype(np.float32)
ys = rng.randint(0, 10, 8)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
losses = [sess.run([train, loss], {x: xs, y: ys})[1] for _ in range(4)]
weights = sess.run(tf.trainable_variables())
result = np.concatenate([np.array(losses, np.float32)] + [w.astype(np.float32).ravel() for w in weights]).astype(np.float64).tolist()
`;

function trainedBits(): number[] {
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: () => undefined, display: () => undefined });
  const r = s.runCell(PROGRAM + 'print(result)\n', 'lstm_step_bits');
  if (!r.ok) throw new Error(r.error.traceback);
  // float32 values widened to float64 print exactly (repr round-trips), so equal lists are equal bits.
  return JSON.parse(out.replace(/\bnan\b/g, "null")) as number[];
}

describe('LSTM training step, performance paths bit for bit', function () {
  this.timeout(60000);
  before(function () { if (!wasmSimdSupported()) this.skip(); });
  after(() => { gemmTuning.wasmTranspose = true; });

  it('losses and weights after 4 Adam steps: WebAssembly transpose = JS packing', () => {
    gemmTuning.wasmTranspose = true;
    const fast = trainedBits();
    gemmTuning.wasmTranspose = false;
    const plain = trainedBits();
    gemmTuning.wasmTranspose = true;
    // 4 losses + kernel [17,48] + bias [48] + dense kernel [12,10] + dense bias [10]
    assert.equal(fast.length, 4 + 17 * 48 + 48 + 12 * 10 + 10);
    assert.ok(new Set(fast.slice(0, 4)).size > 1, 'the losses change from step to step');
    assert.deepEqual(fast, plain);
  });
});

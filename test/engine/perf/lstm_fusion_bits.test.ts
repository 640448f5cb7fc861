// Element-wise fusion in loop bodies (control/elementwise_fusion.ts) gives the same bits as the
// ops' own kernels one by one: BasicLSTMCell and LSTMCell (peepholes, cell_clip: row and scalar
// operands) through dynamic_rnn, with and without sequence_length, several Adam steps (losses,
// outputs, final state, weights), and a while loop over special values (NaN, ±Inf, -0,
// subnormals, overflow) with its gradient. Each comparison also checks that the fused loop ran:
// the SigmoidGrad kernel is not called with fusion on, nor Sigmoid with exp/tanh ops fused too.
import { strict as assert } from 'assert';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { registeredKernels } from '../../../src/engine/kernels/registry';
import { elementwiseFusionTuning } from '../../../src/engine/control/elementwise_fusion';
import { fusedWasmStats, fusedWasmTuning } from '../../../src/engine/kernels/wasm/fused_wasm';

interface Outcome { values: (number | null)[]; sigmoidCalls: number; sigmoidGradCalls: number; wasmCalls?: number }

function run(program: string): Outcome {
  let out = '';
  const sigmoid = registeredKernels().find(k => k.type === 'Sigmoid')!;
  const sigmoidGrad = registeredKernels().find(k => k.type === 'SigmoidGrad')!;
  const inner = sigmoid.compute, innerGrad = sigmoidGrad.compute;
  let calls = 0, gradCalls = 0;
  sigmoid.compute = function counted(inputs, op, rt) { calls++; return inner.call(sigmoid, inputs, op, rt); };
  sigmoidGrad.compute = function counted(inputs, op, rt) { gradCalls++; return innerGrad.call(sigmoidGrad, inputs, op, rt); };
  try {
    const s = new PythonSession({ stdout: t => { out += t; }, stderr: () => undefined, display: () => undefined });
    const r = s.runCell(program + 'print(result)\n', 'lstm_fusion_bits');
    if (!r.ok) throw new Error(r.error.traceback);
  } finally {
    sigmoid.compute = inner;
    sigmoidGrad.compute = innerGrad;
  }
  // float32 values widened to float64 print exactly (repr round-trips): equal lists are equal bits.
  return { values: JSON.parse(out.replace(/\bnan\b/g, 'null').replace(/-?\binf\b/g, m => (m[0] === '-' ? '"-inf"' : '"inf"'))), sigmoidCalls: calls, sigmoidGradCalls: gradCalls };
}

/**
 * The program's values and kernel calls with fusion off (plain), on (fused: exp/tanh ops keep
 * their kernels) and on with those fused too (all: every element-wise op in the loops). Fused
 * runs whose loops compile to WebAssembly (kernels/wasm/fused_wasm.ts, wave 16) take them from
 * 2 elements here; a fourth run with the JS fused loops must give the same values.
 */
function both(program: string): { fused: Outcome; all: Outcome; plain: Outcome } {
  const saved = { ...elementwiseFusionTuning }, savedWasm = { ...fusedWasmTuning };
  try {
    Object.assign(elementwiseFusionTuning, { enabled: true, keepCalls: true });
    Object.assign(fusedWasmTuning, { enabled: false });
    const jsLoops = run(program);
    Object.assign(fusedWasmTuning, { enabled: true, minElements: 2 });
    const wasmCalls = fusedWasmStats.calls;
    const fused = run(program);
    fused.wasmCalls = fusedWasmStats.calls - wasmCalls;
    assertSameBits(fused.values, jsLoops.values);
    Object.assign(elementwiseFusionTuning, { enabled: true, keepCalls: false });
    const all = run(program);
    Object.assign(elementwiseFusionTuning, { enabled: false, keepCalls: true });
    const plain = run(program);
    return { fused, all, plain };
  } finally {
    Object.assign(elementwiseFusionTuning, saved);
    Object.assign(fusedWasmTuning, savedWasm);
  }
}

/** -0 and 0 print differently ("-0.0"), but JSON.parse gives both as numbers: compare signs too. */
function assertSameBits(a: (number | null)[], b: (number | null)[]): void {
  assert.equal(a.length, b.length);
  for (let i = 0; i < a.length; i++) {
    assert.ok(Object.is(a[i], b[i]) || (a[i] === b[i]), `value ${i}: ${a[i]} vs ${b[i]}`);
  }
}

const lstmProgram = (cell: string, seqLen: boolean) => `
import tensorflow as tf, numpy as np
tf.reset_default_graph()
tf.set_random_seed(3)
x = tf.placeholder(tf.float32, [6, 7, 5])
y = tf.placeholder(tf.int64, [6])
lengths = tf.placeholder(tf.int32, [6])
cell = ${cell}
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32${seqLen ? ', sequence_length=lengths' : ''})
logits = tf.layers.dense(state.h, 4)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.AdamOptimizer(0.05).minimize(loss)
rng = np.random.RandomState(1)
xs = (rng.randn(6, 7, 5) * 2).astype(np.float32)
ys = rng.randint(0, 4, 6)
feed = {x: xs, y: ys, lengths: np.array([7, 3, 5, 1, 7, 6], np.int32)}
sess = tf.Session()
sess.run(tf.global_variables_initializer())
losses = [sess.run([train, loss], feed)[1] for _ in range(4)]
outs, st = sess.run([outputs, state], feed)
weights = sess.run(tf.trainable_variables())
result = np.concatenate([np.array(losses, np.float32), outs.ravel(), st.c.ravel(), st.h.ravel()] + [w.astype(np.float32).ravel() for w in weights]).astype(np.float64).tolist()
`;

describe('element-wise fusion in loop bodies, bit for bit', function () {
  this.timeout(120000);
  const cases: [string, string, boolean][] = [
    ['BasicLSTMCell', 'tf.nn.rnn_cell.BasicLSTMCell(9)', false],
    ['BasicLSTMCell with sequence_length', 'tf.nn.rnn_cell.BasicLSTMCell(9, forget_bias=0.5)', true],
    ['LSTMCell with peepholes and cell_clip', 'tf.nn.rnn_cell.LSTMCell(9, use_peepholes=True, cell_clip=1.5)', false],
    ['LSTMCell with peepholes, cell_clip and sequence_length', 'tf.nn.rnn_cell.LSTMCell(9, use_peepholes=True, cell_clip=1.5)', true],
  ];
  for (const [name, cell, seqLen] of cases) {
    it(`${name}: 4 Adam steps, outputs, state and weights`, () => {
      const { fused, all, plain } = both(lstmProgram(cell, seqLen));
      assert.equal(fused.values.length, plain.values.length);
      assert.ok(new Set(fused.values.slice(0, 4)).size > 1, 'the losses change from step to step');
      assertSameBits(fused.values, plain.values);
      assert.ok(fused.wasmCalls! > 0, 'fused loops ran in WebAssembly');
      assertSameBits(all.values, plain.values);
      assert.ok(plain.sigmoidCalls > 0 && plain.sigmoidGradCalls > 0);
      // The backward gate block ran as fused loops; with calls fused too, every gate's sigmoid
      // (peepholes' [units] diagonals as rows, forget_bias and the clip bounds as scalars).
      assert.equal(fused.sigmoidGradCalls, 0, `SigmoidGrad kernel calls with fusion on (off: ${plain.sigmoidGradCalls})`);
      assert.equal(all.sigmoidCalls, 0, `Sigmoid kernel calls with calls fused too (off: ${plain.sigmoidCalls})`);
      assert.equal(all.sigmoidGradCalls, 0);
    });
  }

  it('a while loop over special values and its gradient', () => {
    const program = `
import tensorflow as tf, numpy as np
tf.reset_default_graph()
big = np.float32(3.0e38)
v0 = tf.constant(np.array([np.nan, np.inf, -np.inf, -0.0, 0.0, 1e-45, -1e-45, 1.17e-38, big, -big, 88.7, -88.7, 0.5, -0.3, 20.0, -20.0, 1e-8, 7.25], np.float32))
w = tf.Variable(np.linspace(-2, 2, 18).astype(np.float32))
b = tf.constant(np.float32(0.1))
def body(i, v):
    a = tf.tanh(v * w + b) * tf.sigmoid(v) - v / 3.0
    c = tf.maximum(tf.minimum(a * a + tf.exp(-tf.square(v)), 2.0), -2.0)
    return i + 1, tf.add_n([c, tf.negative(tf.sigmoid(a) * w), a * 1e-3])
_, vn = tf.while_loop(lambda i, v: i < 3, body, [tf.constant(0), v0 * w])
g = tf.gradients(tf.reduce_sum(vn * vn), [w])[0]
sess = tf.Session()
sess.run(tf.global_variables_initializer())
out, gw = sess.run([vn, g])
result = np.concatenate([out, gw]).astype(np.float64).tolist()
`;
    const { fused, all, plain } = both(program);
    assert.equal(fused.values.length, 36);
    assertSameBits(fused.values, plain.values);
    assert.ok(fused.wasmCalls! > 0, 'fused loops ran in WebAssembly');
    assertSameBits(all.values, plain.values);
    assert.ok(fused.values.includes(null), 'a NaN goes through');
    assert.ok(plain.sigmoidCalls > 0 && plain.sigmoidGradCalls > 0);
    assert.equal(fused.sigmoidGradCalls, 0, `SigmoidGrad kernel calls with fusion on (off: ${plain.sigmoidGradCalls})`);
    assert.equal(all.sigmoidCalls, 0, `Sigmoid kernel calls with calls fused too (off: ${plain.sigmoidCalls})`);
  });

  it('operands that broadcast otherwise run the ops one by one inside the fused step, same bits', () => {
    const program = `
import tensorflow as tf, numpy as np
tf.reset_default_graph()
col = tf.placeholder(tf.float32, [None, None])
row = tf.placeholder(tf.float32, [None, None])
def body(i, v):
    a = tf.sigmoid(v * col + row)
    return i + 1, tf.tanh(a) * a
_, vn = tf.while_loop(lambda i, v: i < 3, body, [tf.constant(0), col * row], shape_invariants=[tf.TensorShape([]), tf.TensorShape([None, None])])
sess = tf.Session()
out = sess.run(vn, {col: np.array([[0.5], [-1.25], [3.0]], np.float32), row: np.array([[0.25, -2.0, 1.5, 0.75]], np.float32)})
result = out.astype(np.float64).ravel().tolist()
`;
    const { fused, all, plain } = both(program);
    assert.equal(fused.values.length, 12);
    assertSameBits(fused.values, plain.values);
    assertSameBits(all.values, plain.values);
    assert.equal(all.sigmoidCalls, plain.sigmoidCalls, 'the [3,1]·[1,4] operands took the ops\' own kernels');
    assert.ok(plain.sigmoidCalls >= 3);
  });

  it('a kernel error inside a fused step is named after its op', () => {
    const program = `
import tensorflow as tf, numpy as np
tf.reset_default_graph()
p = tf.placeholder(tf.float32, None)
q = tf.placeholder(tf.float32, None)
def body(i, v):
    a = tf.sigmoid(v)
    return i + 1, tf.add(a, q, name='bad_add') * a
_, vn = tf.while_loop(lambda i, v: i < 2, body, [tf.constant(0), p], shape_invariants=[tf.TensorShape([]), tf.TensorShape(None)])
sess = tf.Session()
try:
    sess.run(vn, {p: np.ones([2, 3], np.float32), q: np.ones([4], np.float32)})
    result = ['no error']
except tf.errors.InvalidArgumentError as e:
    result = [e.op.name if e.op is not None else None, 'Incompatible shapes' in e.message]
`;
    for (const [on, keepCalls] of [[true, true], [true, false], [false, true]]) {
      const saved = { ...elementwiseFusionTuning };
      Object.assign(elementwiseFusionTuning, { enabled: on, keepCalls });
      try {
        let out = '';
        const s = new PythonSession({ stdout: t => { out += t; }, stderr: () => undefined, display: () => undefined });
        const r = s.runCell(program + 'print(result)\n', 'lstm_fusion_error');
        if (!r.ok) throw new Error(r.error.traceback);
        assert.match(out, /bad_add/, `fusion ${on ? 'on' : 'off'}: ${out}`);
        assert.match(out, /True/, `fusion ${on ? 'on' : 'off'}: ${out}`);
      } finally {
        Object.assign(elementwiseFusionTuning, saved);
      }
    }
  });
});

// Loop-body fusion's loops compiled to WebAssembly SIMD (kernels/wasm/fused_wasm.ts) against a
// reference written here from the rule they follow: each member's expression evaluated in doubles
// by JS in a loop of its own over float32 arrays, as the unfused kernels do (AddN's partial sums
// stored one by one), stored values compared bit for bit (NaN payloads, -0, subnormals, overflow). Then the expression parser's
// subset (what compiles and what is left to JS), and an LSTM-like while loop through a session
// with the switch on and off, its outputs and gradients compared exactly (float32 printed as
// float64 round-trips); fusedWasmStats shows the path ran.
import { strict as assert } from 'assert';
import { assertWasmSimd } from '../capabilities';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { ADDN, FusedWasm, fusedWasmStats, fusedWasmTuning, parseArithmetic, type FusedMember } from '../../../src/engine/kernels/wasm/fused_wasm';

/** Values over the float32 range with the special ones mixed in. */
function values(n: number, seed: number): Float32Array {
  const a = new Float32Array(n), bits = new Uint32Array(a.buffer);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = ((s / 2 ** 32) - 0.5) * 2 ** ((s >>> 3) % 81 - 40);
  }
  const specials = [NaN, Infinity, -Infinity, -0, 0, 1e-45, -1e-40, 3.4e38, -3.4e38, 1, 0.5];
  for (let i = 0; i < specials.length; i++) a[(i * 37 + seed) % n] = specials[i];
  bits[(seed * 7) % n] = 0x7fa5a5a5; // a NaN with a payload
  bits[(seed * 11 + 3) % n] = 0xffc00001;
  return a;
}

/**
 * The unfused ops, in JS: each member a loop of its own over float32 arrays, storing float32 as
 * its kernel does (AddN storing each partial sum), the next member reading those arrays back.
 */
function reference(members: FusedMember[], stored: number[], ins: Float32Array[], n: number): Uint32Array[] {
  const whole = ins.map(a => (a.length === 1 ? new Float32Array(n).fill(a[0]) : a));
  const vals: Float32Array[] = [];
  const arg = (s: number) => (s >= 0 ? whole[s] : vals[~s]);
  const add = new Function('a', 'b', 'o', 'n', 'for (let i = 0; i < n; i++) { const x = a[i], y = b[i]; o[i] = x + y; }') as (a: Float32Array, b: Float32Array, o: Float32Array, n: number) => void;
  members.forEach((m, k) => {
    const o = new Float32Array(n);
    if (m.expr === ADDN) {
      add(arg(m.sources[0]), arg(m.sources[1]), o, n);
      for (let t = 2; t < m.sources.length; t++) add(o, arg(m.sources[t]), o, n);
    } else {
      const loop = new Function('a', 'b', 'o', 'n', `for (let i = 0; i < n; i++) { const x = a[i], y = b ? b[i] : 0; o[i] = ${m.expr}; }`) as (a: Float32Array, b: Float32Array | null, o: Float32Array, n: number) => void;
      loop(arg(m.sources[0]), m.sources.length > 1 ? arg(m.sources[1]) : null, o, n);
    }
    vals[k] = o;
  });
  return stored.map(m => new Uint32Array(vals[m].buffer));
}

/** An LSTM cell's backward gate block, shaped as the fusion pass builds it (5 inputs, 13 members, 4 stored). */
const LSTM_BACKWARD: FusedMember[] = [
  { expr: ADDN, sources: [0, 1] },              // dc = dc_next + dc_from_h
  { expr: 'y * (1 - x * x)', sources: [2, 1] }, // TanhGrad
  { expr: 'x * y', sources: [~0, 3] },          // dc · σf
  { expr: 'x * y', sources: [~0, 4] },          // dc · tanh j
  { expr: 'y * x * (1 - x)', sources: [3, ~3] },// SigmoidGrad
  { expr: 'x * y', sources: [~1, 2] },
  { expr: 'y * (1 - x * x)', sources: [4, ~5] },
  { expr: 'x + y', sources: [~4, ~6] },
  { expr: 'x - y', sources: [~7, 0] },
  { expr: 'x / y', sources: [~8, 2] },
  { expr: ADDN, sources: [~9, ~2, 1] },
  { expr: '(x - y) * (x - y)', sources: [~10, 4] },
  { expr: 'x * y', sources: [~11, ~10] },
];

describe('fused loop-body loops in WebAssembly SIMD (fused_wasm.ts)', () => {
  const saved = { ...fusedWasmTuning };
  before(() => assertWasmSimd());
  afterEach(() => Object.assign(fusedWasmTuning, saved));

  it('parses the arithmetic subset with JS precedence and leaves everything else to JS', () => {
    assert.deepEqual(parseArithmetic('y * x * (1 - x)'), { k: 'op', op: '*', a: { k: 'op', op: '*', a: { k: 'y' }, b: { k: 'x' } }, b: { k: 'op', op: '-', a: { k: 'num', v: 1 }, b: { k: 'x' } } });
    assert.deepEqual(parseArithmetic('x - y - 2.5'), { k: 'op', op: '-', a: { k: 'op', op: '-', a: { k: 'x' }, b: { k: 'y' } }, b: { k: 'num', v: 2.5 } });
    assert.deepEqual(parseArithmetic('x + y / 2'), { k: 'op', op: '+', a: { k: 'x' }, b: { k: 'op', op: '/', a: { k: 'y' }, b: { k: 'num', v: 2 } } });
    for (const e of ['Math.max(x, y)', '-x', 'x * -2', 'x > y ? x : y', 'sigmoid(x)', 'x % y', 'x +', '(x', 'z']) assert.equal(parseArithmetic(e), null, e);
  });

  for (const [name, members, stored, forms] of [
    ['the LSTM backward block, all inputs whole', LSTM_BACKWARD, [0, 4, 10, 12], 'aaaaa'],
    ['the LSTM backward block, two inputs single elements', LSTM_BACKWARD, [3, 7, 12], 'asaas'],
    ['one product', [{ expr: 'x * y', sources: [0, 1] }], [0], 'aa'],
  ] as [string, FusedMember[], number[], string][]) {
    it(`${name}: the reference's bits on 4096 and 258 elements`, () => {
      for (const n of [4096, 258]) {
        fusedWasmTuning.minElements = 2;
        const ins = forms.split('').map((f, e) => (f === 's' ? values(1, 100 + e).fill(e === 1 ? -0.75 : 3) : values(n, e * 13 + n)));
        const outs = stored.map(() => new Float32Array(n).fill(NaN));
        const before = fusedWasmStats.calls;
        assert.ok(new FusedWasm(members, stored).run(forms, ins, outs, n), 'ran in WebAssembly');
        assert.equal(fusedWasmStats.calls, before + 1);
        const want = reference(members, stored, ins, n);
        outs.forEach((o, k) => {
          const got = new Uint32Array(o.buffer);
          const bad = got.findIndex((b, i) => b !== want[k][i]);
          assert.equal(bad, -1, `stored value ${k} at ${bad}: 0x${want[k][bad]?.toString(16)} expected, 0x${got[bad]?.toString(16)} got`);
        });
      }
    });
  }

  it('leaves odd lengths, rows, short arrays, calls and the switched-off path to the JS loop', () => {
    const x = values(4096, 1), y = values(4096, 2), o = new Float32Array(4096);
    const mul = new FusedWasm([{ expr: 'x * y', sources: [0, 1] }], [0]);
    assert.ok(!mul.run('aa', [x.subarray(0, 4095), y.subarray(0, 4095)], [o.subarray(0, 4095)], 4095), 'odd length');
    assert.ok(!mul.run('ar', [x, y.subarray(0, 64)], [o], 4096), 'a row operand');
    assert.ok(!mul.run('aa', [x.subarray(0, 64), y.subarray(0, 64)], [o.subarray(0, 64)], 64), 'below minElements');
    assert.ok(!new FusedWasm([{ expr: 'Math.max(x, y)', sources: [0, 1] }], [0]).run('aa', [x, y], [o], 4096), 'a call');
    fusedWasmTuning.enabled = false;
    assert.ok(!mul.run('aa', [x, y], [o], 4096), 'switched off');
  });

  it('an LSTM-like while loop and its gradients through a session: the same values with the switch on and off', () => {
    const program = `
import tensorflow as tf, numpy as np
tf.reset_default_graph()
tf.set_random_seed(7)
rng = np.random.RandomState(3)
x = tf.constant(rng.randn(6, 16, 40).astype(np.float32))
cell = tf.nn.rnn_cell.BasicLSTMCell(64)
out, st = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
loss = tf.reduce_sum(out * out) + tf.reduce_sum(st.c)
grads = tf.gradients(loss, tf.trainable_variables())
sess = tf.Session()
sess.run(tf.global_variables_initializer())
vals = sess.run([out, st.c] + grads)
result = np.concatenate([v.ravel() for v in vals]).astype(np.float64).tolist()
`;
    const run = (on: boolean) => {
      fusedWasmTuning.enabled = on;
      let text = '';
      const s = new PythonSession({ stdout: t => { text += t; }, stderr: () => undefined, display: () => undefined });
      const before = fusedWasmStats.calls;
      const r = s.runCell(program + 'print(result)\n', 'fused_wasm');
      if (!r.ok) throw new Error(r.error.traceback);
      return { bits: JSON.parse(text) as number[], calls: fusedWasmStats.calls - before };
    };
    const js = run(false), wasm = run(true);
    assert.equal(js.calls, 0);
    assert.ok(wasm.calls >= 32, `the gate blocks ran in WebAssembly (${wasm.calls} calls)`);
    assert.equal(wasm.bits.length, js.bits.length);
    assert.deepEqual(wasm.bits, js.bits);
  });
});

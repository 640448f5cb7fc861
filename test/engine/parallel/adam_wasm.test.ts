// ApplyAdam in WebAssembly (kernels/wasm/optim.ts, optim.wat) over variables in the shared kernel
// memory must give the JS loop's bits (NaN for NaN: the loop's own NaN bits vary): var, m and v compared as bytes after several steps whose
// values include ±0, denormals, huge values, ±Infinity and NaN, with and without Nesterov, an
// element count that is not a multiple of 4, on one part and split across a real helper thread.
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { ApplyAdam } from '../../../src/engine/ops/training/adam';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { optimStats, optimTuning } from '../../../src/engine/kernels/wasm/optim';
import { serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import type { AtomicsPool } from '../../../src/engine/parallel/pool';
import { createThreadPool } from '../../../src/worker/threadPool';

const N = 3 * 16384 + 7; // in the kernel memory (>= 16 K floats), and a tail of 3 after the quads

/** Deterministic values with every kind of float32 the update may meet. */
function values(seed: number, n: number, positive = false): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  const rnd = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
  const special = [0, -0, 1e-45, -1e-45, 1.2e-38, 5e-39, 3.4e38, -3.4e38, 1e30, 1e-30, Infinity, -Infinity, NaN, 1, -1];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    let x: number;
    if (r < 0.08) x = special[Math.floor(rnd() * special.length)];
    else if (r < 0.2) x = (rnd() - 0.5) * 2 ** Math.floor(rnd() * 260 - 140); // denormals to 1e38
    else x = (rnd() - 0.5) * 0.2;
    out[i] = positive ? Math.abs(x) : x;
  }
  return out;
}

interface Result { w: Uint32Array; m: Uint32Array; v: Uint32Array; inMemory: boolean }

function train(nesterov: boolean): Result {
  clearDefaultGraphState();
  const mk = (name: string, init: Float32Array) => new tf.Variable(tf.constant(new tf.NDArray('float32', [N], init)), { name });
  const w = mk('w', values(1, N)), m = mk('m', values(2, N)), v = mk('v', values(3, N, true));
  const scalar = (name: string) => tf.placeholder('float32', [], name);
  const [b1p, b2p, lr, b1, b2, eps] = ['b1p', 'b2p', 'lr', 'b1', 'b2', 'eps'].map(scalar);
  const g = tf.placeholder('float32', [N], 'g');
  const step = ApplyAdam.make([w.ref, m.ref, v.ref, b1p, b2p, lr, b1, b2, eps, g], { use_nesterov: nesterov });
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  const hyper: number[][] = [ // beta1^t, beta2^t, lr, beta1, beta2, epsilon
    [0.9, 0.999, 1e-3, 0.9, 0.999, 1e-8],
    [0.81, 0.998001, 0.1, 0.9, 0.999, 1e-8],
    [0.5, 0.25, 3.7, 0.5, 0.75, 1e-3],
    [0.3, 0.9, 1e-4, 0.99, 0.9999, 1e-7],
  ];
  hyper.forEach((h, i) => {
    const feeds: [tf.Tensor, tf.NDArray][] = [b1p, b2p, lr, b1, b2, eps].map((t, j) => [t, tf.NDArray.scalar(h[j], 'float32')]);
    feeds.push([g, new tf.NDArray('float32', [N], values(10 + i, N))]);
    sess.run(step, feeds);
  });
  const k = wasmKernels();
  const stored = (x: tf.Variable) => sess.runtime.variables.get(x.op.name)!.data as Float32Array;
  const bits = (x: tf.Variable) => new Uint32Array(Float32Array.from(stored(x)).buffer);
  const inMemory = [w, m, v].every((x) => k !== null && stored(x).buffer === k.exports.memory.buffer);
  return { w: bits(w), m: bits(m), v: bits(v), inMemory };
}

const isNaN32 = (bits: number) => (bits & 0x7f800000) === 0x7f800000 && (bits & 0x7fffff) !== 0;

function assertSameBits(a: Result, b: Result, what: string): void {
  for (const key of ['w', 'm', 'v'] as const) {
    const x = a[key], y = b[key];
    let diff = -1;
    // NaN where the loop has NaN, but not necessarily its bits: V8's own NaN bits from the same JS
    // loop depend on the tier that runs it (0xffc00000 interpreted, 0x7fc00000 optimized here).
    for (let i = 0; i < x.length && diff < 0; i++) if (x[i] !== y[i] && !(isNaN32(x[i]) && isNaN32(y[i]))) diff = i;
    assert.equal(diff, -1, `${what}: ${key}[${diff}] is 0x${y[diff]?.toString(16)}, the JS loop gave 0x${x[diff]?.toString(16)}`);
  }
}

describe('ApplyAdam in WebAssembly', function () {
  this.timeout(120000);
  const saved = { ...optimTuning };
  let pool: AtomicsPool;
  before(() => {
    assertWasmSimd(); assertSharedMemory();
    pool = createThreadPool(2) as AtomicsPool;
    setParallelBackend(pool);
  });
  after(() => { setParallelBackend(serialBackend); Object.assign(optimTuning, saved); });

  for (const nesterov of [false, true]) {
    it(`gives the JS loop's bits${nesterov ? ' (use_nesterov)' : ''}, on one part and split across threads`, () => {
      optimTuning.wasm = false;
      const before = optimStats.wasmUpdates;
      const js = train(nesterov);
      assert.equal(optimStats.wasmUpdates, before, 'the JS reference ran in WebAssembly');
      assert.ok(js.inMemory, 'the variables live in the shared kernel memory');
      const special = Array.from(new Float32Array(js.w.buffer)).filter((x) => !Number.isFinite(x)).length;
      assert.ok(special > 0, 'the data reach NaN/Infinity');

      optimTuning.wasm = true;
      optimTuning.minSplitElements = 1 << 30; // one part, on this thread
      const one = train(nesterov);
      assert.equal(optimStats.wasmUpdates, before + 4, 'every step ran in WebAssembly');
      assertSameBits(js, one, 'one part');

      optimTuning.minSplitElements = 1000;
      pool.stealing = false; // the helper runs its part
      const helperParts = pool.helperParts;
      const split = train(nesterov);
      pool.stealing = true;
      assert.equal(optimStats.wasmUpdates, before + 8);
      assert.ok(pool.helperParts >= helperParts + 4, 'the helper ran its half of every update');
      assertSameBits(js, split, 'split across threads');
      Object.assign(optimTuning, saved);
    });
  }

  it('leaves float32 variables outside the kernel memory to the JS loop', () => {
    setParallelBackend(serialBackend);
    try {
      const before = optimStats.wasmUpdates;
      const r = train(false);
      assert.equal(r.inMemory, false);
      assert.equal(optimStats.wasmUpdates, before);
    } finally { setParallelBackend(pool); }
  });
});

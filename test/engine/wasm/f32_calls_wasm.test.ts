// The float32 Sigmoid and Tanh loops in WebAssembly SIMD (kernels/wasm/f32_calls.ts, gemm.wat's
// sigmoid_f32 and tanh_f32) against the reference expressions they stand for, bit for bit:
// `1 / (1 + Math.exp(-x))` and `Math.tanh(x)` stored into a Float32Array (the kernels' loops
// before issue 15). Every 4099th float32 bit pattern (~1 M, all exponents and signs), dense runs
// around each branch boundary, the special values, odd lengths (the last element is left to JS),
// operands in and outside the shared kernel memory, and the ops through a session with the
// switch on and off. f32CallsWasmStats shows the path ran and that it left elements to JS.
// (bench/f32_calls_wasm_check.ts is the exhaustive version over all 2^32 patterns.)
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { f32CallsWasmStats, f32CallsWasmTuning, wasmF32Call, type F32Call } from '../../../src/engine/kernels/wasm/f32_calls';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { createThreadPool } from '../../../src/worker/threadPool';

const REF: Record<F32Call, (a: Float32Array) => Uint32Array> = {
  sigmoid: a => { const o = new Float32Array(a.length); for (let i = 0; i < a.length; i++) { const x = a[i]; o[i] = 1 / (1 + Math.exp(-x)); } return new Uint32Array(o.buffer); },
  tanh: a => { const o = new Float32Array(a.length); for (let i = 0; i < a.length; i++) { const x = a[i]; o[i] = Math.tanh(x); } return new Uint32Array(o.buffer); },
};

/** The first few patterns where the wasm path's bits differ from the reference's. */
function differences(f: F32Call, xs: Float32Array, out = new Float32Array(xs.length)): string[] {
  assert.ok(wasmF32Call(f, xs, out, xs.length), `${f} ran in WebAssembly`);
  const want = REF[f](xs), got = new Uint32Array(out.buffer, out.byteOffset, out.length);
  const inBits = new Uint32Array(Float32Array.from(xs).buffer);
  const diffs: string[] = [];
  for (let i = 0; i < xs.length && diffs.length < 5; i++) {
    if (want[i] !== got[i]) diffs.push(`${f}(${xs[i]}) (0x${inBits[i].toString(16)}): 0x${want[i].toString(16)} expected, 0x${got[i].toString(16)} got`);
  }
  return diffs;
}

const fromBits = (list: ArrayLike<number>) => new Float32Array(Uint32Array.from(list).buffer);
function stride(step: number): Float32Array {
  const n = Math.floor(2 ** 32 / step), bits = new Uint32Array(n);
  for (let i = 0; i < n; i++) bits[i] = (i * step) >>> 0;
  return new Float32Array(bits.buffer);
}
/** 2^12 patterns on each side of each value and of its negation. */
function around(values: number[]): Float32Array {
  const one = new Float32Array(1), oneBits = new Uint32Array(one.buffer), list: number[] = [];
  for (const v of values) for (const s of [v, -v]) {
    one[0] = s;
    for (let d = -4096; d < 4096; d++) list.push((oneBits[0] + d) >>> 0);
  }
  return fromBits(list);
}
/** Branch boundaries of the fast paths, and where exp's reduction changes its power of two. */
const EDGES = [0, 2 ** -20, 0.0625, 9.5, 80, 1, 0.5, 88.7, 103.9, Math.LN2 / 2, Math.LN2 * 64];
const SPECIAL = Float32Array.from([NaN, -NaN, Infinity, -Infinity, 0, -0, 1e-45, -1e-45, 1.1754942e-38, 3.4028235e38, -3.4028235e38, 0.5, -0.5, 1, -1, 79.99999, -79.99999, 9.499999, -9.499999]);

describe('float32 Sigmoid and Tanh in WebAssembly SIMD (f32_calls.ts)', () => {
  const saved = { ...f32CallsWasmTuning };
  before(() => assertWasmSimd());
  afterEach(() => Object.assign(f32CallsWasmTuning, saved));

  for (const f of ['sigmoid', 'tanh'] as F32Call[]) {
    it(`${f}: the reference's bits on every 4099th pattern, and elements were left to JS`, () => {
      const before = { ...f32CallsWasmStats };
      assert.deepEqual(differences(f, stride(4099)), []);
      assert.equal(f32CallsWasmStats.calls, before.calls + 1);
      assert.ok(f32CallsWasmStats.fallbacks > before.fallbacks + 1000, 'NaN, large and rounding-test inputs went to the JS function');
    });
    it(`${f}: the reference's bits around every branch boundary, on special values, and on odd lengths`, () => {
      assert.deepEqual(differences(f, around(EDGES)), []);
      // NaN payloads (quiet and signalling, both signs) keep the reference's float32 NaN.
      const nans = fromBits([0x7fc00000, 0xffc00000, 0x7f800001, 0xff800001, 0x7fffffff, 0x7fa5a5a5]);
      const special = new Float32Array(SPECIAL.length + nans.length + 64);
      special.set(SPECIAL); special.set(nans, SPECIAL.length);
      for (let i = SPECIAL.length + nans.length; i < special.length; i++) special[i] = (i - 60) / 7;
      assert.deepEqual(differences(f, special), []);
      for (const n of [64, 65, 67, 127, 4097]) {
        const xs = new Float32Array(n);
        for (let i = 0; i < n; i++) xs[i] = Math.sin(i * 1.7) * 12;
        assert.deepEqual(differences(f, xs), [], `n=${n}`);
      }
    });
  }

  it('leaves short arrays, arrays longer than n, and the switched-off path to the JS loop', () => {
    const xs = new Float32Array(4096);
    assert.ok(!wasmF32Call('sigmoid', xs.subarray(0, 63), new Float32Array(63), 63), 'below minElements');
    assert.ok(!wasmF32Call('tanh', xs, new Float32Array(4096), 4000), 'n shorter than the arrays');
    f32CallsWasmTuning.enabled = false;
    assert.ok(!wasmF32Call('tanh', xs, new Float32Array(4096), 4096), 'switched off');
  });

  it('tf.sigmoid and tf.tanh through a session: the same bits with the switch on and off, and the path ran', () => {
    const xs = stride(65537 * 3);
    const run = (on: boolean) => {
      clearDefaultGraphState();
      f32CallsWasmTuning.enabled = on;
      const x = tf.placeholder('float32', [xs.length]);
      const sess = new tf.Session();
      const before = f32CallsWasmStats.calls;
      const out = sess.run([tf.sigmoid(x), tf.tanh(x)], [[x, new tf.NDArray('float32', [xs.length], xs)]]) as tf.NDArray[];
      return { bits: out.map(v => Array.from(new Uint32Array((v.numeric as Float32Array).slice().buffer))), calls: f32CallsWasmStats.calls - before };
    };
    const js = run(false), wasm = run(true);
    assert.equal(js.calls, 0);
    assert.equal(wasm.calls, 2, 'Sigmoid and Tanh ran in WebAssembly');
    assert.deepEqual(wasm.bits, js.bits);
    assert.deepEqual(wasm.bits[0], Array.from(REF.sigmoid(xs)));
    assert.deepEqual(wasm.bits[1], Array.from(REF.tanh(xs)));
  });

  describe('with the shared kernel memory', () => {
    before(() => { assertSharedMemory(); setParallelBackend(createThreadPool(2)); });
    after(() => setParallelBackend(serialBackend));

    it('reads and writes operands in place in the shared memory, and copies others through the local module', () => {
      const k = wasmKernels()!;
      assert.ok(k.arena.shared, 'the shared build is loaded');
      const xs = around([0.5, 9.5]);
      for (const f of ['sigmoid', 'tanh'] as F32Call[]) {
        const want = Array.from(REF[f](xs));
        const xv = k.arena.float32View(xs.length)!, ov = k.arena.float32View(xs.length)!;
        xv.set(xs);
        assert.ok(wasmF32Call(f, xv, ov, xs.length));
        assert.deepEqual(Array.from(new Uint32Array(ov.slice().buffer)), want, 'in place');
        const o2 = new Float32Array(xs.length);
        assert.ok(wasmF32Call(f, xv, o2, xs.length));
        assert.deepEqual(Array.from(new Uint32Array(o2.buffer)), want, 'x in place, the output outside');
        const o3 = new Float32Array(xs.length);
        assert.ok(wasmF32Call(f, xs, o3, xs.length));
        assert.deepEqual(Array.from(new Uint32Array(o3.buffer)), want, 'outside');
      }
    });
  });
});

// BiasAdd's and BiasAddGrad's float32 channels-last loops in WebAssembly (kernels/wasm/bias.ts,
// gemm.wat's bias_add_rows and column_sums) against the JS loops they replace, bit for bit: shapes
// whose channel count is and is not a multiple of 4, one row, many rows; values from 2^-30 to
// 2^30 with ±0, subnormals, ±Inf, NaN and sums that overflow; operands outside the kernel memory
// (copied in and out, serial and local modules) and inside the shared memory (read in place).
// Also the column sums against float32 partial sums written out here, and the op through a
// session with the switch on and off. biasWasmStats shows which path ran.
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { BiasAdd, BiasAddGrad } from '../../../src/engine/ops/nn/bias_add';
import { biasWasmStats, biasWasmTuning, wasmBiasAddF32, wasmColumnSumsF32 } from '../../../src/engine/kernels/wasm/bias';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { createThreadPool } from '../../../src/worker/threadPool';

function values(n: number, seed: number, specials: boolean): Float32Array {
  const a = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = ((s / 2 ** 32) - 0.5) * 2 ** ((s >>> 3) % 61 - 30);
  }
  if (specials && n > 40) {
    a[0] = -0; a[1] = 1e-45; a[2] = -1e-40; a[3] = Infinity; a[5] = NaN; a[n - 1] = -Infinity;
    a[17] = 3.4e38; a[33] = 3.4e38; // same column when channels divide 16: the sum overflows
    a[7] = -Infinity; a[11] = Infinity;
  }
  return a;
}

const bits = (a: Float32Array) => Array.from(new Uint32Array(Float32Array.from(a).buffer));

/** The JS loops of ops/nn/bias_add.ts, written out: x + b rounded on the store; partial sums rounded each row. */
function addRef(x: Float32Array, b: Float32Array, rows: number, ch: number): Float32Array {
  const o = new Float32Array(rows * ch);
  for (let r = 0; r < rows; r++) for (let c = 0; c < ch; c++) o[r * ch + c] = x[r * ch + c] + b[c];
  return o;
}
function sumRef(x: Float32Array, rows: number, ch: number): Float32Array {
  const o = new Float32Array(ch);
  for (let c = 0; c < ch; c++) {
    let s = 0;
    for (let r = 0; r < rows; r++) s = Math.fround(s + x[r * ch + c]);
    o[c] = s;
  }
  return o;
}

const SHAPES: [number, number][] = [[32, 512], [7, 300], [1, 2051], [2048, 1], [65, 129], [300, 8]];

describe('BiasAdd and BiasAddGrad in WebAssembly', () => {
  const saved = { ...biasWasmTuning };
  before(() => assertWasmSimd());
  afterEach(() => Object.assign(biasWasmTuning, saved));

  for (const [rows, ch] of SHAPES) {
    it(`[${rows},${ch}]: the JS loops' bits, operands copied in and out`, () => {
      for (const specials of [false, true]) {
        const x = values(rows * ch, rows * 31 + ch, specials), b = values(ch, 7, specials);
        const o = new Float32Array(rows * ch), s = new Float32Array(ch);
        const before = { ...biasWasmStats };
        assert.ok(wasmBiasAddF32(x, b, o, rows, ch), 'the add ran in WebAssembly');
        assert.ok(wasmColumnSumsF32(x, s, rows, ch), 'the sums ran in WebAssembly');
        assert.deepEqual([biasWasmStats.adds, biasWasmStats.sums], [before.adds + 1, before.sums + 1]);
        assert.deepEqual(bits(o), bits(addRef(x, b, rows, ch)));
        assert.deepEqual(bits(s), bits(sumRef(x, rows, ch)));
      }
    });
  }

  it('leaves small tensors and the switched-off path to the JS loops', () => {
    const x = values(512, 3, false), b = values(8, 4, false), o = new Float32Array(512), s = new Float32Array(8);
    assert.ok(!wasmBiasAddF32(x, b, o, 64, 8) && !wasmColumnSumsF32(x, s, 64, 8), 'below minElements');
    biasWasmTuning.enabled = false;
    const y = values(4096, 3, false), c = values(512, 4, false);
    assert.ok(!wasmBiasAddF32(y, c, new Float32Array(4096), 8, 512) && !wasmColumnSumsF32(y, new Float32Array(512), 8, 512), 'switched off');
  });

  it('the ops through a session: the same bits with the switch on and off, and the path ran', () => {
    const run = (on: boolean, x: Float32Array, b: Float32Array, shape: number[]) => {
      clearDefaultGraphState();
      biasWasmTuning.enabled = on;
      const xp = tf.placeholder('float32', shape), bp = tf.placeholder('float32', [shape[shape.length - 1]]);
      const y = BiasAdd.make1([xp, bp], {}), g = BiasAddGrad.make1([xp], {});
      const sess = new tf.Session();
      const before = biasWasmStats.adds + biasWasmStats.sums;
      const out = sess.run([y, g], [[xp, new tf.NDArray('float32', shape, x)], [bp, new tf.NDArray('float32', [b.length], b)]]) as tf.NDArray[];
      return { y: bits(out[0].numeric as Float32Array), g: bits(out[1].numeric as Float32Array), calls: biasWasmStats.adds + biasWasmStats.sums - before };
    };
    for (const shape of [[32, 512], [4, 9, 130]]) {
      const n = shape.reduce((p, d) => p * d, 1), ch = shape[shape.length - 1];
      const x = values(n, n, true), b = values(ch, 5, false);
      const js = run(false, x, b, shape), wasm = run(true, x, b, shape);
      assert.equal(js.calls, 0);
      assert.equal(wasm.calls, 2, 'BiasAdd and BiasAddGrad ran in WebAssembly');
      assert.deepEqual(wasm.y, js.y);
      assert.deepEqual(wasm.g, js.g);
    }
  });

  describe('with the shared kernel memory', () => {
    before(() => { assertSharedMemory(); setParallelBackend(createThreadPool(2)); });
    after(() => setParallelBackend(serialBackend));

    it('reads operands in place in the shared memory, and copies others through the local module', () => {
      const k = wasmKernels()!;
      assert.ok(k.arena.shared, 'the shared build is loaded');
      const [rows, ch] = [33, 516];
      const x = values(rows * ch, 11, true), b = values(ch, 12, false);
      const want = addRef(x, b, rows, ch), wantSums = sumRef(x, rows, ch);
      // In place: every operand a view of the shared memory.
      const xs = k.arena.float32View(rows * ch)!, bs = k.arena.float32View(ch)!, os = k.arena.float32View(rows * ch)!, ss = k.arena.float32View(ch)!;
      xs.set(x); bs.set(b);
      assert.ok(wasmBiasAddF32(xs, bs, os, rows, ch) && wasmColumnSumsF32(xs, ss, rows, ch));
      assert.deepEqual(bits(os), bits(want));
      assert.deepEqual(bits(ss), bits(wantSums));
      // Mixed: x in the shared memory, the output an ordinary array.
      const o2 = new Float32Array(rows * ch);
      assert.ok(wasmBiasAddF32(xs, b, o2, rows, ch));
      assert.deepEqual(bits(o2), bits(want));
      // Outside: through the local module.
      const o3 = new Float32Array(rows * ch), s3 = new Float32Array(ch);
      assert.ok(wasmBiasAddF32(x, b, o3, rows, ch) && wasmColumnSumsF32(x, s3, rows, ch));
      assert.deepEqual(bits(o3), bits(want));
      assert.deepEqual(bits(s3), bits(wantSums));
    });
  });
});

// Concat's, Split's and Pack's float32 chunk copies in WebAssembly (kernels/wasm/chunk_copy.ts,
// gemm.wat's copy_runs) against the JS copies, bit for bit: the LSTM's own shapes (join [32,28]
// and [32,128], split [32,512] in four), unequal pieces, an inner axis, empty pieces, chunks whose
// length is not a multiple of 4, NaN payloads (signalling too), -0 and subnormals, operands outside
// the kernel memory and in the shared memory. chunkCopyStats shows which path ran.
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { chunkCopyStats, chunkCopyTuning, wasmJoinChunksF32, wasmSplitChunksF32 } from '../../../src/engine/kernels/wasm/chunk_copy';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { createThreadPool } from '../../../src/worker/threadPool';

/** Values whose bits say where they came from, with NaNs carrying payloads (one signalling). */
function values(n: number, seed: number): Float32Array {
  const u = new Uint32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; u[i] = s; }
  const specials = [0x7fa00001, 0xffc12345, 0x80000000, 0x00000001, 0x7f800000];
  for (let i = 0; i < specials.length && i * 97 < n; i++) u[i * 97 + (seed % 7)] = specials[i];
  return new Float32Array(u.buffer);
}
const bits = (a: Float32Array) => Array.from(new Uint32Array(Float32Array.from(new Float32Array(a)).buffer));
const rawBits = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

/** The JS reference: chunk by chunk. */
function joinRef(pieces: Float32Array[], chunks: number[], outer: number): Float32Array {
  const row = chunks.reduce((s, c) => s + c, 0), out = new Uint32Array(row * outer);
  let at = 0;
  for (let o = 0; o < outer; o++) for (let k = 0; k < pieces.length; k++) {
    out.set(new Uint32Array(pieces[k].buffer, pieces[k].byteOffset + o * chunks[k] * 4, chunks[k]), at); at += chunks[k];
  }
  return new Float32Array(out.buffer);
}

const CASES: { name: string; chunks: number[]; outer: number }[] = [
  { name: 'LSTM join [32,28]+[32,128]', chunks: [28, 128], outer: 32 },
  { name: 'LSTM split [32,512] in four', chunks: [128, 128, 128, 128], outer: 32 },
  { name: 'unequal, odd lengths', chunks: [3, 17, 1, 30], outer: 41 },
  { name: 'an empty piece', chunks: [64, 0, 65], outer: 20 },
  { name: 'inner axis (chunks of rows)', chunks: [2 * 300, 5 * 300], outer: 8 },
];

describe('Concat and Split chunk copies in WebAssembly', () => {
  const saved = { ...chunkCopyTuning };
  before(() => assertWasmSimd());
  afterEach(() => Object.assign(chunkCopyTuning, saved));

  for (const c of CASES) {
    it(`${c.name}: the JS copies' bits, both ways`, () => {
      const pieces = c.chunks.map((ch, i) => values(ch * c.outer, 100 + i));
      const want = joinRef(pieces, c.chunks, c.outer);
      const out = new Float32Array(want.length);
      const before = { ...chunkCopyStats };
      assert.ok(wasmJoinChunksF32(out, pieces, c.chunks, c.outer), 'the join ran in WebAssembly');
      assert.deepEqual(rawBits(out), rawBits(want));
      const back = c.chunks.map(ch => new Float32Array(ch * c.outer));
      assert.ok(wasmSplitChunksF32(want, back, c.chunks, c.outer), 'the split ran in WebAssembly');
      back.forEach((b, i) => assert.deepEqual(rawBits(b), rawBits(pieces[i]), `piece ${i}`));
      assert.deepEqual([chunkCopyStats.joins, chunkCopyStats.splits], [before.joins + 1, before.splits + 1]);
    });
  }

  it('leaves small copies, shapes that do not add up and the switched-off path to JS', () => {
    const p = [values(8 * 4, 1), values(8 * 4, 2)];
    assert.ok(!wasmJoinChunksF32(new Float32Array(64), p, [4, 4], 8), 'small');
    const big = [values(64 * 32, 1), values(64 * 32, 2)];
    assert.ok(!wasmJoinChunksF32(new Float32Array(64 * 65), big, [32, 32], 64), 'wrong total');
    chunkCopyTuning.enabled = false;
    assert.ok(!wasmJoinChunksF32(new Float32Array(64 * 64), big, [32, 32], 64), 'switched off');
  });

  it('tf.concat, tf.split, tf.stack and tf.unstack through a session: the same bits on and off, and the path ran', () => {
    const run = (on: boolean) => {
      clearDefaultGraphState();
      chunkCopyTuning.enabled = on;
      const a = tf.placeholder('float32', [32, 28]), b = tf.placeholder('float32', [32, 128]), x = tf.placeholder('float32', [32, 512]);
      const fetches = [tf.concat([a, b], 1), ...(tf.split(x, 4, 1) as tf.Tensor[]), tf.stack([b, b, b], 1), ...(tf.unstack(tf.reshape(x, [32, 4, 128]), undefined, 1) as tf.Tensor[])];
      const before = chunkCopyStats.joins + chunkCopyStats.splits;
      const out = new tf.Session().run(fetches, [[a, new tf.NDArray('float32', [32, 28], values(32 * 28, 5))],
        [b, new tf.NDArray('float32', [32, 128], values(32 * 128, 6))], [x, new tf.NDArray('float32', [32, 512], values(32 * 512, 7))]]) as tf.NDArray[];
      return { bits: out.map(v => bits(v.numeric as Float32Array)), calls: chunkCopyStats.joins + chunkCopyStats.splits - before };
    };
    const js = run(false), wasm = run(true);
    assert.equal(js.calls, 0);
    assert.ok(wasm.calls >= 3, `concat, split and stack ran in WebAssembly (${wasm.calls} calls)`);
    assert.deepEqual(wasm.bits, js.bits);
  });

  describe('with the shared kernel memory', () => {
    before(() => { assertSharedMemory(); setParallelBackend(createThreadPool(2)); });
    after(() => setParallelBackend(serialBackend));

    it('reads and writes operands in place in the shared memory, and copies others through the local module', () => {
      const k = wasmKernels()!;
      assert.ok(k.arena.shared);
      const chunks = [28, 128], outer = 32;
      const pieces = chunks.map((ch, i) => values(ch * outer, 40 + i));
      const want = joinRef(pieces, chunks, outer);
      const inMem = pieces.map(p => { const v = k.arena.float32View(p.length)!; v.set(p); return v; });
      const out = k.arena.float32View(want.length)!;
      assert.ok(wasmJoinChunksF32(out, inMem, chunks, outer));
      assert.deepEqual(rawBits(out), rawBits(want));
      const back = chunks.map(ch => new Float32Array(ch * outer)); // outputs outside, source inside
      assert.ok(wasmSplitChunksF32(out, back, chunks, outer));
      back.forEach((b, i) => assert.deepEqual(rawBits(b), rawBits(pieces[i])));
      const out2 = new Float32Array(want.length);
      assert.ok(wasmJoinChunksF32(out2, pieces, chunks, outer));
      assert.deepEqual(rawBits(out2), rawBits(want));
    });
  });
});

// Ordinary float32 feeds copied once into the local module's memory (issue 15, wave 14;
// session/feed_scratch.ts copiedIntoLocal): with the thread pool installed, a built (not deferred)
// array fed to a placeholder that two or more serial MatMuls read, and nothing else keeps, is
// copied into a block of the local module's unshared memory before the run, and the GEMMs read it
// there in place instead of each copying it into its scratch. The training must keep the bits of
// the serial backend and of the path without the copy; the caller's array must stay as it was.
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import * as tf from '../../../src/engine';
import { NDArray } from '../../../src/engine/ndarray';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { FeedScratch, feedScratchTuning } from '../../../src/engine/session/feed_scratch';
import { gemmStats } from '../../../src/engine/kernels/wasm/gemm';
import { localKernels, wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { createThreadPool } from '../../../src/worker/threadPool';
import { bits, seedGraph, seedLabels } from './seed_graph';

/** Pixels in [0, 1] with zeros (deterministic per step), as a plain array. */
function pixels(step: number): Float32Array {
  const out = new Float32Array(100 * 784);
  let s = (4242 + step * 7919) >>> 0;
  for (let i = 0; i < out.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    const v = (s >>> 8) / 2 ** 24;
    out[i] = v < 0.55 ? 0 : Math.fround((v - 0.55) / 0.45);
  }
  return out;
}

/** Where each placed feed went ('local', 'shared' or 'plain'), by run with feeds. */
function spyPlacements(): { where: string[][]; restore(): void } {
  const proto = FeedScratch.prototype as unknown as { place: FeedScratch['place'] };
  const original = proto.place;
  const spy = { where: [] as string[][], restore: () => { proto.place = original; } };
  proto.place = function (this: FeedScratch, plan, feeds) {
    const originals = original.call(this, plan, feeds);
    const run: string[] = [];
    for (const t of originals?.keys() ?? []) {
      const buf = (feeds.get(t)!.data as Float32Array).buffer;
      const local = localKernels();
      run.push(local !== null && local !== wasmKernels() && buf === local.exports.memory.buffer ? 'local'
        : buf instanceof SharedArrayBuffer ? 'shared' : 'plain');
    }
    if (feeds.size > 0) spy.where.push(run);
    return originals;
  };
  return spy;
}

/** The seed graph trained `steps` steps on ordinary arrays; the losses, W and b bits, and whether every fed array was left as it was. */
function trainSeed(steps: number): { w: Uint32Array; b: Uint32Array; losses: number[]; untouched: boolean } {
  const { x, y, w, b, loss, train, sess, bitsOf } = seedGraph();
  const losses: number[] = [];
  let untouched = true;
  try {
    for (let s = 0; s < steps; s++) {
      const src = pixels(s), kept = src.slice();
      const out = sess.run([train, loss] as never, [[x, new NDArray('float32', [100, 784], src)], [y, new NDArray('float32', [100, 10], seedLabels(s))]] as never) as unknown[];
      losses.push(Number((out[1] as NDArray).numeric[0]));
      untouched &&= Buffer.from(src.buffer).equals(Buffer.from(kept.buffer));
    }
    return { w: bitsOf(w), b: bitsOf(b), losses, untouched };
  } finally { sess.close(); }
}

describe('engine/session ordinary feeds copied into the local (unshared) kernel memory', function () {
  this.timeout(120_000);
  let reference: ReturnType<typeof trainSeed>;

  before(() => {
    assertWasmSimd(); assertSharedMemory();
    setParallelBackend(serialBackend);
    reference = trainSeed(12);
    assert.ok(reference.losses.every(Number.isFinite) && reference.losses[11] !== reference.losses[0], String(reference.losses));
    setParallelBackend(createThreadPool(2));
  });
  after(() => { setParallelBackend(serialBackend); feedScratchTuning.copyBuilt = true; });
  afterEach(() => { feedScratchTuning.copyBuilt = true; });

  it('trains to the bits of the serial backend and of the GEMMs copying x themselves, x copied once a run into the local memory', () => {
    feedScratchTuning.copyBuilt = false;
    let spy = spyPlacements();
    let uncopied;
    try { uncopied = trainSeed(12); } finally { spy.restore(); }
    assert.deepEqual(spy.where, Array(12).fill([]), 'switched off: nothing placed');
    feedScratchTuning.copyBuilt = true;
    spy = spyPlacements();
    const [calls, fallbacks] = [gemmStats.localCalls, gemmStats.localFallbacks];
    let copied;
    try { copied = trainSeed(12); } finally { spy.restore(); }
    assert.deepEqual(spy.where, Array(12).fill(['local']), 'x (read by x·W and xᵀ·g) in the local memory; y (read by Mul) left alone');
    assert.ok(gemmStats.localCalls - calls >= 24, `the two GEMMs reading x ran locally (${gemmStats.localCalls - calls} calls)`);
    assert.equal(gemmStats.localFallbacks, fallbacks);
    assert.equal(localKernels()!.arena.pinned, false, 'unpinned after each run');
    for (const r of [uncopied, copied]) {
      assert.deepEqual(r.losses, reference.losses);
      assert.deepEqual(r.w, reference.w);
      assert.deepEqual(r.b, reference.b);
      assert.ok(r.untouched, "the caller's arrays are unchanged");
    }
  });

  it('leaves a feed with one MatMul reader, or a fetched one, where it is', () => {
    clearDefaultGraphState();
    const x = tf.placeholder('float32', [null, 784]);
    const w = tf.constant(new NDArray('float32', [784, 10], pixels(99).subarray(0, 7840)) as never);
    const once = tf.matmul(x, w);
    const twice = tf.add(once, tf.matmul(x, tf.multiply(w, tf.constant(2) as never) as never));
    const sess = new tf.Session();
    const spy = spyPlacements();
    try {
      const xs = new NDArray('float32', [100, 784], pixels(1));
      const r1 = sess.run(once as never, [[x, xs]] as never) as NDArray;
      const r2 = sess.run([twice, x] as never, [[x, xs]] as never) as NDArray[];
      const r3 = sess.run(twice as never, [[x, xs]] as never) as NDArray;
      assert.deepEqual(spy.where, [[], [], ['local']]);
      assert.deepEqual(bits(r2[1].numeric as Float32Array), bits(xs.numeric as Float32Array), 'the fetched feed has the fed values');
      assert.deepEqual(bits(r3.numeric as Float32Array), bits(r2[0].numeric as Float32Array), 'same product read in place as copied in');
      assert.equal(r1.shape.join(), '100,10');
    } finally { spy.restore(); sess.close(); }
  });
});

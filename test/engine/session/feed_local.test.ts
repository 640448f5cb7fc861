// Deferred batches placed in the local module's unshared memory (issue 15, wave 12;
// session/feed_scratch.ts, kernels/wasm/gemm.ts): with the thread pool installed, a fed batch whose
// MatMul readers all run serially goes into a block of the local module's memory, which those
// GEMMs read in place. The training must keep the bits of the shared placement and of the serial
// backend, and a growth of that unshared memory (which detaches every view into it) must never
// corrupt the batch: during a run the local arena is pinned and a GEMM without room runs in the
// shared module; between runs the block's view is re-made.
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import * as tf from '../../../src/engine';
import { DeferredNDArray, NDArray } from '../../../src/engine/ndarray';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { FeedScratch, feedScratchTuning } from '../../../src/engine/session/feed_scratch';
import { gemmStats } from '../../../src/engine/kernels/wasm/gemm';
import { localKernels, resetLocalKernelsForTests, wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { createThreadPool } from '../../../src/worker/threadPool';
import { bits, seedGraph, seedLabels } from './seed_graph';

/** Pixels in [0, 1] with zeros, as next_batch gives (deterministic per step). */
function batch(step: number): Float32Array {
  const out = new Float32Array(100 * 784);
  let s = (9001 + step * 7919) >>> 0;
  for (let i = 0; i < out.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    const v = (s >>> 8) / 2 ** 24;
    out[i] = v < 0.6 ? 0 : Math.fround((v - 0.6) * 2.5);
  }
  return out;
}

/** Where each placed feed went: 'local' (the local module's memory), 'shared' or 'plain'. */
function spyPlacements(): { where: string[]; restore(): void } {
  const proto = FeedScratch.prototype as unknown as { place: FeedScratch['place'] };
  const original = proto.place;
  const spy = { where: [] as string[], restore: () => { proto.place = original; } };
  proto.place = function (this: FeedScratch, plan, feeds) {
    const originals = original.call(this, plan, feeds);
    for (const t of originals?.keys() ?? []) {
      const buf = (feeds.get(t)!.data as Float32Array).buffer;
      const local = localKernels();
      spy.where.push(local !== null && local !== wasmKernels() && buf === local.exports.memory.buffer ? 'local'
        : buf instanceof SharedArrayBuffer ? 'shared' : 'plain');
    }
    return originals;
  };
  return spy;
}

/**
 * The seed graph (softmax, the naive cross-entropy, SGD 0.5) trained `steps` steps on deferred
 * batches; `before(s)` runs before step s. Returns the losses and the bits of W and b.
 */
function trainSeed(steps: number, before: (s: number) => void = () => undefined): { w: Uint32Array; b: Uint32Array; losses: number[] } {
  const { x, y, w, b, loss, train, sess, bitsOf } = seedGraph();
  const losses: number[] = [];
  try {
    for (let s = 0; s < steps; s++) {
      before(s);
      const src = batch(s);
      const xs = new DeferredNDArray([100, 784], (out) => out.set(src));
      const out = sess.run([train, loss] as never, [[x, xs], [y, new NDArray('float32', [100, 10], seedLabels(s))]] as never) as unknown[];
      assert.ok(xs.deferred, 'the batch was fed without being built');
      losses.push(Number((out[1] as NDArray).numeric[0]));
    }
    return { w: bitsOf(w), b: bitsOf(b), losses };
  } finally { sess.close(); }
}

/** Fills the local arena (pinned, so it cannot grow) and frees `room` bytes of it; returns the hog's blocks. */
function fillLocalArena(room: number): number[] {
  const arena = localKernels()!.arena;
  const hog: number[] = [];
  arena.pin();
  try {
    for (const size of [1 << 20, 64 << 10, 1024, 16]) for (let p; (p = arena.alloc(size)) >= 0;) hog.push(p, size);
  } finally { arena.unpin(); }
  assert.equal(arena.freeBytes(), 0);
  // One hole of exactly `room` bytes: the first 1 MB block freed, its head taken again.
  const [p0, size0] = hog.splice(0, 2);
  assert.ok(size0 === 1 << 20 && room <= size0);
  arena.release(p0, size0);
  if (room < size0) { arena.pin(); assert.equal(arena.alloc(size0 - room), p0); arena.unpin(); hog.push(p0, size0 - room); }
  assert.equal(arena.freeBytes(), room);
  return hog;
}

function releaseHog(hog: number[]): void {
  const arena = localKernels()!.arena;
  for (let i = 0; i < hog.length; i += 2) arena.release(hog[i], hog[i + 1]);
}

describe('engine/session deferred batches in the local (unshared) kernel memory', function () {
  this.timeout(120_000);
  let reference: ReturnType<typeof trainSeed>;

  before(() => {
    assertWasmSimd(); assertSharedMemory();
    setParallelBackend(serialBackend);
    reference = trainSeed(12);
    assert.ok(reference.losses.every(Number.isFinite) && reference.losses[11] !== reference.losses[0], String(reference.losses));
    setParallelBackend(createThreadPool(2));
  });
  after(() => { setParallelBackend(serialBackend); feedScratchTuning.local = true; });
  afterEach(() => { feedScratchTuning.local = true; });

  it('trains to the bits of the serial backend and of the shared placement, the GEMMs reading the batch in the local module', () => {
    feedScratchTuning.local = false;
    let spy = spyPlacements();
    let shared;
    try { shared = trainSeed(12); } finally { spy.restore(); }
    assert.deepEqual(spy.where, Array(12).fill('shared'));
    feedScratchTuning.local = true;
    spy = spyPlacements();
    const [calls, fallbacks] = [gemmStats.localCalls, gemmStats.localFallbacks];
    let local;
    try { local = trainSeed(12); } finally { spy.restore(); }
    assert.deepEqual(spy.where, Array(12).fill('local'));
    assert.ok(gemmStats.localCalls - calls >= 24, `the two GEMMs reading x ran locally (${gemmStats.localCalls - calls} calls)`);
    assert.equal(gemmStats.localFallbacks, fallbacks);
    assert.equal(localKernels()!.arena.pinned, false, 'unpinned after each run');
    for (const r of [shared, local]) {
      assert.deepEqual(r.losses, reference.losses);
      assert.deepEqual(r.w, reference.w);
      assert.deepEqual(r.b, reference.b);
    }
  });

  it('a GEMM that would grow the local memory mid-run runs in the shared module; a growth between runs re-makes the view', () => {
    resetLocalKernelsForTests(); // a fresh 4 MB local memory with no GEMM scratch in it
    const memory = localKernels()!.exports.memory;
    let hog: number[] = [];
    let grownFrom = 0;
    const [fallbacks, spy] = [gemmStats.localFallbacks, spyPlacements()];
    let r;
    try {
      r = trainSeed(12, (s) => {
        // Before the first run: room for the batch's block only, so no GEMM's scratch can be had
        // without growing the memory while the batch is in it (steps 0-6).
        if (s === 0) hog = fillLocalArena(100 * 784 * 4);
        // Step 7: the hog goes, and the memory grows between runs (the old block's view detaches).
        if (s === 7) {
          releaseHog(hog); hog = [];
          grownFrom = memory.buffer.byteLength;
          const big = localKernels()!.arena.alloc(grownFrom + (1 << 20));
          assert.ok(big >= 0 && memory.buffer.byteLength > grownFrom, 'the local memory grew');
          localKernels()!.arena.release(big, grownFrom + (1 << 20));
        }
      });
    } finally { spy.restore(); releaseHog(hog); }
    assert.deepEqual(spy.where, Array(12).fill('local'));
    assert.ok(gemmStats.localFallbacks - fallbacks >= 14, `GEMMs without room ran in the shared module (${gemmStats.localFallbacks - fallbacks})`);
    assert.ok(grownFrom > 0);
    assert.deepEqual(r.losses, reference.losses);
    assert.deepEqual(r.w, reference.w);
    assert.deepEqual(r.b, reference.b);
  });

  it('releases the pin when the run fails', () => {
    clearDefaultGraphState();
    const x = tf.placeholder('float32', [null, 784]);
    const z = tf.placeholder('float32');
    const out = tf.matmul(x, tf.ones([784, 10]));
    const bad = tf.matmul(out, z); // fails at run time: [100,10]·[3,2]
    const sess = new tf.Session();
    try {
      const src = batch(0);
      const feed = () => [[x, new DeferredNDArray([100, 784], (o) => o.set(src))]] as never;
      const good = sess.run(out as never, feed()) as NDArray;
      const zs = new NDArray('float32', [3, 2], new Float32Array(6));
      const spy = spyPlacements();
      try { assert.throws(() => sess.run(bad as never, [...(feed() as unknown[]), [z, zs]] as never), /size-incompatible/); } finally { spy.restore(); }
      assert.deepEqual(spy.where, ['local']);
      assert.equal(localKernels()!.arena.pinned, false);
      assert.deepEqual(bits((sess.run(out as never, feed()) as NDArray).numeric as Float32Array), bits(good.numeric as Float32Array));
    } finally { sess.close(); }
  });
});

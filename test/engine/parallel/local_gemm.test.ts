// With a shared kernel memory (the thread pool installed), GEMMs that stay on the calling thread
// and read nothing in the shared memory run in the local module over an unshared memory
// (kernels/wasm/module.ts localKernels, gemm.ts moduleFor), because V8 copies into and out of a
// SharedArrayBuffer ~4x slower. The products and the seed's training must keep the bits of the
// shared module and of the serial backend; operands in the shared memory, split calls and frozen
// operands stay in the shared module.
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import * as tf from '../../../src/engine';
import { gemmStats, wasmGemmF32 } from '../../../src/engine/kernels/wasm/gemm';
import { localKernelsTuning, wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { kernelMemoryFloat32 } from '../../../src/engine/kernels/wasm/tensor_memory';
import { freezeOperands } from '../../../src/engine/kernels/wasm/frozen_operands';
import { parallelTuning, serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import type { AtomicsPool } from '../../../src/engine/parallel/pool';
import { createThreadPool } from '../../../src/worker/threadPool';
import { bits, seedGraph, seedLabels } from '../session/seed_graph';
import { Case, random } from './gemm_cases';

const CASES: Case[] = [
  [100, 10, 784, false, false],  // the seed's x·W
  [784, 10, 100, true, false],   // its weight gradient xᵀ·g
  [100, 784, 10, false, true],   // g·Wᵀ (packed B)
  [8, 200, 300, false, true],    // the swapped NT form
  [101, 3, 257, false, false],   // N < 4: the dot form
  [37, 13, 29, true, true],      // odd everything
];

function product(c: Case, seed: number, inShared = false): Float32Array {
  const [M, N, K, tA, tB] = c;
  let A = random(M * K, seed, true);
  if (inShared) { const v = kernelMemoryFloat32(Math.max(M * K, 16 * 1024))!; v.set(A); A = v.subarray(0, M * K); }
  const B = random(K * N, seed + 1, true), C = new Float32Array(M * N);
  assert.ok(wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, tA, tB), 'the wasm kernels ran');
  return C;
}

/** The seed graph (softmax, log, the naive cross-entropy, SGD 0.5), batch 100, `steps` steps. */
function trainSeed(steps: number): { w: Uint32Array; b: Uint32Array; losses: number[] } {
  const { x, y, w, b, loss, train, sess, bitsOf } = seedGraph();
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    const xs = random(100 * 784, 1000 + s).map((v) => (v < 0 ? 0 : v * 2)); // pixels in [0, 1]
    const out = sess.run([train, loss] as never, [[x, new tf.NDArray('float32', [100, 784], xs)], [y, new tf.NDArray('float32', [100, 10], seedLabels(s))]] as never) as unknown[];
    losses.push(Number((out[1] as tf.NDArray).numeric[0]));
  }
  const result = { w: bitsOf(w), b: bitsOf(b), losses };
  sess.close();
  return result;
}

describe('serial GEMMs in the local (unshared) module', function () {
  this.timeout(120000);
  const savedMin = parallelTuning.minMacs;
  let pool: AtomicsPool;

  // A pool attaches to one kernel memory: each switch back from the serial backend takes a new one.
  const usePool = () => { pool = createThreadPool(2) as AtomicsPool; setParallelBackend(pool); assert.equal(wasmKernels()!.arena.shared, true); };

  before(() => { assertWasmSimd(); assertSharedMemory(); });
  after(() => { setParallelBackend(serialBackend); parallelTuning.minMacs = savedMin; localKernelsTuning.enabled = true; });
  afterEach(() => { localKernelsTuning.enabled = true; parallelTuning.minMacs = savedMin; });

  it('gives the bits of the shared module and of the serial backend, and really runs there', () => {
    setParallelBackend(serialBackend);
    const serial = CASES.map((c, i) => product(c, 10 * i));
    usePool();
    localKernelsTuning.enabled = false;
    let before = gemmStats.localCalls;
    const shared = CASES.map((c, i) => product(c, 10 * i));
    assert.equal(gemmStats.localCalls, before, 'disabled: every call stayed shared');
    localKernelsTuning.enabled = true;
    before = gemmStats.localCalls;
    const local = CASES.map((c, i) => product(c, 10 * i));
    assert.equal(gemmStats.localCalls - before, CASES.length, 'every call ran in the local module');
    CASES.forEach((c, i) => {
      assert.deepEqual(bits(local[i]), bits(serial[i]), `case ${c.join('x')} vs serial`);
      assert.deepEqual(bits(shared[i]), bits(serial[i]), `case ${c.join('x')} shared vs serial`);
    });
  });

  it('keeps calls with an operand in the shared memory, split calls and frozen operands in the shared module', () => {
    setParallelBackend(serialBackend);
    const serial = CASES.map((c, i) => product(c, 10 * i + 3));
    usePool();
    let before = gemmStats.localCalls;
    CASES.forEach((c, i) => assert.deepEqual(bits(product(c, 10 * i + 3, true)), bits(serial[i]), `case ${c.join('x')}, A shared`));
    assert.equal(gemmStats.localCalls, before, 'A in the shared memory: no local call');
    // Split calls interleaved with local ones: each module keeps its own scratch.
    parallelTuning.minMacs = 200_000;
    before = gemmStats.localCalls;
    const before2 = pool.helperParts + pool.stolenParts;
    for (let round = 0; round < 3; round++) {
      CASES.forEach((c, i) => assert.deepEqual(bits(product(c, 10 * i + 3)), bits(serial[i]), `case ${c.join('x')}, round ${round}`));
    }
    const split = CASES.filter(([M, N, K]) => M * N * K >= 2 * parallelTuning.minMacs).length;
    assert.ok(split > 0 && split < CASES.length);
    assert.equal(gemmStats.localCalls - before, 3 * (CASES.length - split), 'only the unsplit calls ran locally');
    assert.ok(pool.helperParts + pool.stolenParts > before2, 'the split calls were posted');
    parallelTuning.minMacs = savedMin;
    // A frozen B keeps its kept copy in the shared module.
    const [M, N, K] = [100, 10, 784];
    const A = random(M * K, 5, true), B = random(K * N, 6, true);
    const C1 = new Float32Array(M * N), C2 = new Float32Array(M * N);
    before = gemmStats.localCalls;
    const thaw = freezeOperands([B]);
    try { wasmGemmF32(A, 0, B, 0, C1, 0, M, N, K, false, false); } finally { thaw(); }
    assert.equal(gemmStats.localCalls, before, 'frozen B: no local call');
    wasmGemmF32(A, 0, B, 0, C2, 0, M, N, K, false, false);
    assert.equal(gemmStats.localCalls, before + 1);
    assert.deepEqual(bits(C1), bits(C2));
  });

  it('trains the seed graph to the same bits as the shared module and the serial backend', () => {
    setParallelBackend(serialBackend);
    const serial = trainSeed(12);
    usePool();
    localKernelsTuning.enabled = false;
    const shared = trainSeed(12);
    localKernelsTuning.enabled = true;
    const before = gemmStats.localCalls;
    const local = trainSeed(12);
    assert.ok(gemmStats.localCalls - before >= 24, `the step's GEMMs ran locally (${gemmStats.localCalls - before} calls)`);
    assert.ok(serial.losses.every(Number.isFinite) && serial.losses[11] !== serial.losses[0], String(serial.losses));
    for (const r of [shared, local]) {
      assert.deepEqual(r.losses, serial.losses);
      assert.deepEqual(r.w, serial.w);
      assert.deepEqual(r.b, serial.b);
    }
  });
});

// When the pool's helper threads start (src/engine/parallel/pool.ts, issue 15 wave 14): calls
// worth splitting run every part on the caller, starting no thread, until they have taken
// `serialSplitMs` (the kernel worker installs 50 ms, src/worker/threadPool.ts); the next call starts
// the helpers and posts its parts. Results are the same bits either way. A real helper thread is
// spawned so the later call's parts can really leave the caller.
import { strict as assert } from 'assert';
import { Worker } from 'node:worker_threads';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import { decodeBase64 } from '../../../src/engine/kernels/wasm/base64';
import { GEMM_SHARED_WASM_BASE64 } from '../../../src/engine/kernels/wasm/gemm_shared_wasm';
import type { KernelCall, KernelExports } from '../../../src/engine/parallel/backend';
import { serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { AtomicsPool, HELPER_SOURCE, type HelperInit } from '../../../src/engine/parallel/pool';
import { HELPER_START_AFTER_MS, installThreadPool } from '../../../src/worker/threadPool';

const workers: Worker[] = [];
let spawned = 0;
function spawn(init: HelperInit): void {
  spawned++;
  const w = new Worker(`${HELPER_SOURCE}\nhelper(require('node:worker_threads').workerData);\n`, { eval: true, workerData: init });
  w.unref();
  workers.push(w);
}

function setup(serialSplitMs: number): { pool: AtomicsPool; local: KernelExports; memory: WebAssembly.Memory } {
  const bytes = decodeBase64(GEMM_SHARED_WASM_BASE64);
  const memory = new WebAssembly.Memory({ initial: 16, maximum: 64, shared: true });
  const local = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports as unknown as KernelExports;
  const pool = new AtomicsPool(2, spawn);
  pool.serialSplitMs = serialSplitMs;
  pool.attach(bytes, memory);
  return { pool, local, memory };
}

/** C[M,N] = A[M,K]·B[K,N] at fixed addresses, as `count` row parts of gemm_outer. */
const M = 24, N = 16, K = 8, A = 0, B = 4096, C = 8192;
function parts(count: number): KernelCall[][] {
  const rows = M / count;
  return Array.from({ length: count }, (_, p) => [{ name: 'gemm_outer' as const, args: [A + p * rows * K * 4, K * 4, 4, B, N * 4, C + p * rows * N * 4, N * 4, rows, N, K] }]);
}
function fill(memory: WebAssembly.Memory): void {
  const h = new Float32Array(memory.buffer);
  for (let i = 0; i < M * K; i++) h[A / 4 + i] = (i % 7) - 3;
  for (let i = 0; i < K * N; i++) h[B / 4 + i] = (i % 5) * 0.5;
  h.fill(-1, C / 4, C / 4 + M * N);
}
/** The product computed in one call of the same kernel: the bits every split must give. */
function serialResult(): Float32Array {
  const { local, memory } = setup(0);
  fill(memory);
  for (const part of parts(1)) for (const call of part) local[call.name](...call.args);
  return new Float32Array(memory.buffer, C, M * N).slice();
}

describe('parallel pool: when the helpers start', function () {
  this.timeout(60000);
  before(() => { assertWasmSimd(); assertSharedMemory(); });
  after(() => { for (const w of workers) void w.terminate(); });

  it('runs split calls on the caller without starting a thread until they took serialSplitMs, then starts the helpers', () => {
    const want = serialResult();
    const { pool, local, memory } = setup(1e9);
    const before = spawned;
    pool.stealing = false; // once started, parts past 0 go to the helper
    for (let call = 0; call < 5; call++) {
      fill(memory);
      pool.run(local, parts(4));
      assert.deepEqual(new Float32Array(memory.buffer, C, M * N), want, `call ${call}`);
    }
    assert.equal(spawned, before, 'no helper thread while under the budget');
    assert.equal(pool.helpersStarted, false);
    assert.equal(pool.helperParts + pool.stolenParts, 0, 'nothing was posted');
    // The budget spent (here: lowered under what the calls took), the next split call starts them.
    pool.serialSplitMs = 1e-9;
    pool.run(local, parts(1)); // one part is not worth splitting: it starts nothing
    assert.equal(pool.helpersStarted, false);
    fill(memory);
    pool.run(local, parts(4));
    assert.deepEqual(new Float32Array(memory.buffer, C, M * N), want);
    assert.equal(spawned, before + 1, 'the split call past the budget started the helper');
    assert.equal(pool.helpersStarted, true);
    assert.equal(pool.helperParts, 3, 'the helper ran the parts past 0');
  });

  it('starts the helpers at the first split call by default', () => {
    const { pool, local, memory } = setup(0);
    const before = spawned;
    fill(memory);
    pool.run(local, parts(4));
    assert.equal(spawned, before + 1);
    assert.equal(pool.helpersStarted, true);
  });

  it("is what the kernel worker's pool does", () => {
    const pool = installThreadPool(2);
    try {
      assert.ok(pool instanceof AtomicsPool);
      assert.equal(pool.serialSplitMs, HELPER_START_AFTER_MS);
      assert.ok(HELPER_START_AFTER_MS >= 20, 'longer than the seed program\'s test-accuracy GEMM');
      assert.equal(pool.helpersStarted, false);
    } finally {
      setParallelBackend(serialBackend);
    }
  });
});

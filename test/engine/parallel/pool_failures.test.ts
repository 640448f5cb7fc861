// The pool's failure paths with real helper threads (src/engine/parallel/pool.ts): a helper whose
// module will not instantiate never claims a part, so the caller runs the whole job itself (and stops
// using helpers); a part that traps in a helper makes run() throw.
import { strict as assert } from 'assert';
import { Worker } from 'node:worker_threads';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import { decodeBase64 } from '../../../src/engine/kernels/wasm/base64';
import { GEMM_SHARED_WASM_BASE64 } from '../../../src/engine/kernels/wasm/gemm_shared_wasm';
import type { KernelCall, KernelExports } from '../../../src/engine/parallel/backend';
import { AtomicsPool, HELPER_SOURCE, type HelperInit } from '../../../src/engine/parallel/pool';

const workers: Worker[] = [];
function spawn(init: HelperInit): void {
  const w = new Worker(`${HELPER_SOURCE}\nhelper(require('node:worker_threads').workerData);\n`, { eval: true, workerData: init });
  w.unref();
  workers.push(w);
}

/** A pool over a fresh shared memory, its helpers given `helperBytes` as their module. */
function setup(helperBytes?: Uint8Array): { pool: AtomicsPool; local: KernelExports; memory: WebAssembly.Memory } {
  const bytes = decodeBase64(GEMM_SHARED_WASM_BASE64);
  const memory = new WebAssembly.Memory({ initial: 16, maximum: 64, shared: true });
  const local = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports as unknown as KernelExports;
  const pool = new AtomicsPool(2, spawn);
  pool.attach(helperBytes ?? bytes, memory);
  return { pool, local, memory };
}

/** C[M,N] = A[M,K]·B[K,N] at fixed addresses, as `parts` row parts of gemm_outer. */
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
function expected(): Float32Array {
  const out = new Float32Array(M * N);
  for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) {
    let s = 0;
    for (let k = 0; k < K; k++) s = Math.fround(s + Math.fround((((i * K + k) % 7) - 3) * (((k * N + j) % 5) * 0.5)));
    out[i * N + j] = s;
  }
  return out;
}

describe('parallel pool: failing helpers', function () {
  this.timeout(60000);
  before(() => { assertWasmSimd(); assertSharedMemory(); });
  after(() => { for (const w of workers) void w.terminate(); });

  it('runs every part on the caller when the helper cannot instantiate its module', () => {
    const { pool, local, memory } = setup(new Uint8Array([0, 1, 2, 3]));
    pool.stealing = false; // the caller takes parts past 0 only once it knows the helper failed
    for (let round = 0; round < 3; round++) {
      fill(memory);
      pool.run(local, parts(4));
      assert.deepEqual(new Float32Array(memory.buffer, C, M * N), expected(), `round ${round}`);
    }
    assert.equal(pool.helperParts, 0);
  });

  it('throws when a part traps in a helper, after the other parts ran', () => {
    const { pool, local, memory } = setup();
    pool.stealing = false; // part 1 runs in the helper
    fill(memory);
    const ps = parts(2);
    ps[1] = [{ name: 'gemm_outer', args: [0x7ffffff0, K * 4, 4, B, N * 4, C, N * 4, 3, N, K] }]; // out of bounds
    assert.throws(() => pool.run(local, ps), /a parallel kernel call failed in a helper thread/);
    // The pool still works afterwards.
    fill(memory);
    pool.run(local, parts(4));
    assert.deepEqual(new Float32Array(memory.buffer, C, M * N), expected());
    assert.ok(pool.helperParts > 0, 'the helper ran parts');
  });
});

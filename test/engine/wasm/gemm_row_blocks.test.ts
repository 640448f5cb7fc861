// The wasm gemm passes A and C through scratch a block of rows at a time once they exceed 4 MB
// (a whole test set's activations must not need a 56 MB copy): blocked products against the JS
// gemm (float64 accumulation), every transpose combination, both kernel forms, uneven last blocks.
// The block limit is lowered to 16 KB here, so small products take many blocks (and the arena,
// which cannot grow while other tests' views are alive, has room).
import { strict as assert } from 'assert';
import { assertWasmSimd } from '../capabilities';
import { gemm } from '../../../src/engine/kernels/math/gemm';
import { gemmBlocking, wasmGemmF32 } from '../../../src/engine/kernels/wasm/gemm';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';

function filled(n: number, seed: number, inMemory = false): Float32Array {
  const k = wasmKernels();
  const a = (inMemory && k ? k.arena.float32View(n) : null) ?? new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) { s = (s * 1664525 + 1013904223) >>> 0; a[i] = (s / 2 ** 32 - 0.5) * 4; }
  return a;
}

function check(M: number, N: number, K: number, ta: boolean, tb: boolean, opts: { aIn?: boolean; cIn?: boolean } = {}): void {
  const A = filled(M * K, M + K, opts.aIn), B = filled(K * N, N + 7);
  const want = new Float64Array(M * N), bound = new Float64Array(M * N);
  gemm(Float64Array.from(A), 0, Float64Array.from(B), 0, want, 0, M, N, K, ta, tb);
  gemm(Float64Array.from(A, Math.abs), 0, Float64Array.from(B, Math.abs), 0, bound, 0, M, N, K, ta, tb);
  const k = wasmKernels();
  const C = (opts.cIn && k ? k.arena.float32View(M * N) : null) ?? new Float32Array(M * N);
  C.fill(NaN);
  assert.equal(wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, ta, tb), true);
  for (let i = 0; i < M * N; i++) {
    const tol = 2 * (K + 2) * 2 ** -24 * bound[i] + 1e-30;
    if (!(Math.abs(C[i] - want[i]) <= tol)) assert.fail(`[${M},${N},${K}] ta=${ta} tb=${tb}: C[${i}] = ${C[i]}, want ${want[i]}`);
  }
}

describe('wasm SIMD gemm in row blocks', function () {
  const saved = gemmBlocking.blockBytes;
  before(() => { assertWasmSimd(); gemmBlocking.blockBytes = 16 * 1024; });
  after(() => { gemmBlocking.blockBytes = saved; });

  it('blocks of A (outer form, N >= 4) match, with a short last block', () => {
    for (const [ta, tb] of [[false, false], [true, false], [false, true], [true, true]] as const) check(301, 8, 70, ta, tb);
  });

  it('blocks of A in the dot form (N < 4) match', () => {
    for (const [ta, tb] of [[false, false], [true, false], [false, true], [true, true]] as const) check(303, 3, 70, ta, tb);
  });

  it('blocks of C alone when A lives in the kernel memory, and of A alone when C does', () => {
    check(110, 100, 9, false, false, { aIn: true });
    check(301, 8, 70, false, false, { cIn: true });
    check(301, 8, 70, true, false, { cIn: true });
  });
});

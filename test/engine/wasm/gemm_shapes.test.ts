// The wasm gemm's paths for large operands, on shapes small enough for a float64 reference:
// B rows a multiple of 1 KB (the padded copy), NT computed as Cᵀ = B·Aᵀ (both A layouts, A in
// and outside the kernel memory), and gemm_outer_acc adding onto C.
import { strict as assert } from 'assert';
import { assertWasmSimd } from '../capabilities';
import { gemm } from '../../../src/engine/kernels/math/gemm';
import { wasmGemmF32 } from '../../../src/engine/kernels/wasm/gemm';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { filled, rng } from './operands';

function assertMatches(C: Float32Array, A: Float32Array, B: Float32Array, M: number, N: number, K: number, ta: boolean, tb: boolean, what: string) {
  const want = new Float64Array(M * N), bound = new Float64Array(M * N);
  gemm(Float64Array.from(A), 0, Float64Array.from(B), 0, want, 0, M, N, K, ta, tb);
  gemm(Float64Array.from(A, Math.abs), 0, Float64Array.from(B, Math.abs), 0, bound, 0, M, N, K, ta, tb);
  for (let i = 0; i < M * N; i++) {
    const tol = 2 * (K + 2) * 2 ** -24 * bound[i] + 1e-30;
    if (!(Math.abs(C[i] - want[i]) <= tol)) assert.fail(`${what} [${M},${N},${K}] ta=${ta} tb=${tb}: C[${i}] = ${C[i]}, want ${want[i]}`);
  }
}

describe('wasm SIMD gemm, large-operand paths', function () {
  before(() => { assertWasmSimd(); });

  it('B with 1 KB rows (padded copy), NN and TN', () => {
    const next = rng(7);
    for (const [M, N, K, ta] of [[5, 256, 40, false], [9, 512, 33, true], [3, 1024, 7, false]] as [number, number, number, boolean][]) {
      const A = filled(M * K, next), B = filled(K * N, next), C = new Float32Array(M * N).fill(NaN);
      assert.equal(wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, ta, false), true);
      assertMatches(C, A, B, M, N, K, ta, false, 'padded');
    }
  });

  it('NT as Cᵀ = B·Aᵀ, A normal or transposed, inside or outside the kernel memory', () => {
    const next = rng(11);
    for (const [M, N, K] of [[4, 300, 64], [7, 129, 50], [50, 400, 30]]) {
      for (const ta of [false, true]) {
        for (const aIn of [false, true]) {
          const A = filled(M * K, next, aIn), B = filled(N * K, next), C = new Float32Array(M * N).fill(NaN);
          assert.equal(wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, ta, true), true);
          assertMatches(C, A, B, M, N, K, ta, true, 'swapped');
        }
      }
    }
  });

  it('gemm_outer_acc adds op(A)·B onto C (N a multiple of 4)', () => {
    const k = wasmKernels()!, next = rng(5);
    const M = 7, N = 20, K = 9;
    const A = filled(M * K, next, true), B = filled(K * N, next, true), C = filled(M * N, next, true);
    const before = Float32Array.from(C), product = new Float32Array(M * N);
    k.exports.gemm_outer_acc(A.byteOffset, K * 4, 4, B.byteOffset, N * 4, C.byteOffset, N * 4, M, N, K);
    assert.equal(wasmGemmF32(Float32Array.from(A), 0, Float32Array.from(B), 0, product, 0, M, N, K, false, false), true);
    for (let i = 0; i < M * N; i++) assert.ok(Math.abs(C[i] - (before[i] + product[i])) <= 1e-4 * (1 + Math.abs(C[i])), `C[${i}]`);
  });
});

// The outer-form kernels of gemm.wat computed bit for bit: every element of C must be the float32
// sum 0 + A(i,0)B(0,j) + A(i,1)B(1,j) + ... taken in k order, each product and each sum rounded
// to float32 (no fused multiply-add), whichever row band (3, 2 or 1 rows) and column block
// (12, 8, 4 and the overlapping last group) computes it. gemm_outer_acc adds that sum onto C
// with one more rounding. Shapes cover M = 1..8 (every mix of bands) and N = 4..14, 24, 25.
// Since wave 14 a row count of 3q + 1 ends in two bands of two, not a band of three and a single
// row (the 1x4 tiles are latency-bound): the single-row counter shows which path ran.
import { strict as assert } from 'assert';
import { assertWasmSimd } from '../capabilities';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { filled, rng } from './operands';

const f = Math.fround;

/** C[i,j] = the k-ordered float32 sum; A is [M,K] or, transposed, stored [K,M]. */
function sequential(A: Float32Array, B: Float32Array, M: number, N: number, K: number, transA: boolean): Float32Array {
  const C = new Float32Array(M * N);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let kk = 0; kk < K; kk++) s = f(s + f((transA ? A[kk * M + i] : A[i * K + kk]) * B[kk * N + j]));
      C[i * N + j] = s;
    }
  }
  return C;
}

/** Views into the kernel memory (one allocation each, refilled per shape: arena views are kept for good). */
function operands(): (n: number, slot: number, next: () => number) => Float32Array {
  const views = [0, 1, 2].map(() => filled(1024, rng(1), true));
  for (const v of views) assert.equal(v.buffer, wasmKernels()!.exports.memory.buffer, 'operand outside the kernel memory');
  return (n, slot, next) => { const v = views[slot].subarray(0, n); for (let i = 0; i < n; i++) v[i] = next() * 4; return v; };
}

function sameBits(got: Float32Array, want: Float32Array, what: string): void {
  const g = new Uint32Array(got.buffer, got.byteOffset, got.length);
  const w = new Uint32Array(want.buffer, want.byteOffset, want.length);
  for (let i = 0; i < w.length; i++) {
    if (g[i] !== w[i]) assert.fail(`${what}: C[${i}] = ${got[i]}, want ${want[i]} (bits differ)`);
  }
}

describe('wasm gemm_outer row bands, bit for bit', function () {
  before(() => { assertWasmSimd(); });

  it('gemm_outer equals the k-ordered float32 sum for every band and column remainder', () => {
    const k = wasmKernels()!, next = rng(23), fill = operands();
    for (const K of [1, 7, 33]) {
      for (let M = 1; M <= 8; M++) {
        for (const N of [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 24, 25]) {
          for (const transA of [false, true]) {
            const A = fill(M * K, 0, next), B = fill(K * N, 1, next), C = fill(M * N, 2, next);
            const sai = transA ? 4 : K * 4, sak = transA ? M * 4 : 4;
            k.exports.gemm_outer(A.byteOffset, sai, sak, B.byteOffset, N * 4, C.byteOffset, N * 4, M, N, K);
            sameBits(C, sequential(A, B, M, N, K, transA), `[${M},${N},${K}] transA=${transA}`);
          }
        }
      }
    }
  });

  it('leaves a single row only when M is 1: M = 3q + 1 ends in two bands of two (same bits above)', () => {
    const k = wasmKernels()!, next = rng(31), fill = operands();
    const counter = k.exports.single_rows;
    const singles = (M: number, N: number, K: number, transA: boolean): number => {
      const A = fill(M * K, 0, next), B = fill(K * N, 1, next), C = fill(M * N, 2, next);
      const before = counter.value as number;
      k.exports.gemm_outer(A.byteOffset, transA ? 4 : K * 4, transA ? M * 4 : 4, B.byteOffset, N * 4, C.byteOffset, N * 4, M, N, K);
      sameBits(C, sequential(A, B, M, N, K, transA), `[${M},${N},${K}] transA=${transA}`);
      return (counter.value as number) - before;
    };
    for (let M = 1; M <= 13; M++) {
      for (const transA of [false, true]) assert.equal(singles(M, 10, 9, transA), M === 1 ? 1 : 0, `M=${M} transA=${transA}`);
    }
    // The seed step's x·W has M = 100 = 3·32 + 2·2 (its xᵀ·g, M = 784, is 3·260 + 2·2).
    assert.equal(singles(100, 10, 7, false), 0);
    assert.equal(singles(100, 10, 7, true), 0);
  });

  it('gemm_outer_acc adds the same sum onto C, one rounding (N a multiple of 4)', () => {
    const k = wasmKernels()!, next = rng(29), fill = operands();
    for (let M = 1; M <= 8; M++) {
      for (const N of [4, 8, 12, 16, 20, 24]) {
        const K = 13;
        const A = fill(M * K, 0, next), B = fill(K * N, 1, next), C = fill(M * N, 2, next);
        const want = sequential(A, B, M, N, K, false);
        for (let i = 0; i < want.length; i++) want[i] = f(want[i] + C[i]);
        k.exports.gemm_outer_acc(A.byteOffset, K * 4, 4, B.byteOffset, N * 4, C.byteOffset, N * 4, M, N, K);
        sameBits(C, want, `acc [${M},${N},${K}]`);
      }
    }
  });
});

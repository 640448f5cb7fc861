// Transposed-A products with a long k walk (K >= 256, LSTM's weight gradient xᵀ·g) transpose A
// into [M,K] first and pad an in-memory B's 1 KB row stride (gemm.ts, gemmTuning.longKTransposedA).
// Every element of C must still be the float32 sum 0 + A(k=0,i)B(0,j) + A(1,i)B(1,j) + ... in
// k order, each product and sum rounded: checked against that sum written out here, and against
// the in-place path (switch off), operands inside and outside the kernel memory, at offsets.
import { strict as assert } from 'assert';
import { assertWasmSimd } from '../capabilities';
import { gemmStats, gemmTuning, wasmGemmF32 } from '../../../src/engine/kernels/wasm/gemm';
import { filled, rng } from './operands';

const f = Math.fround;
const bits = (a: Float32Array) => new Uint32Array(a.buffer, a.byteOffset, a.length);

/** C[i,j] = the k-ordered float32 sum of A(k,i)·B(k,j), A stored [K,M] at aOff, B [K,N] at bOff. */
function sequentialTN(A: Float32Array, aOff: number, B: Float32Array, bOff: number, M: number, N: number, K: number): Float32Array {
  const C = new Float32Array(M * N);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let kk = 0; kk < K; kk++) s = f(s + f(A[aOff + kk * M + i] * B[bOff + kk * N + j]));
      C[i * N + j] = s;
    }
  }
  return C;
}

function sameBits(got: Float32Array, gotOff: number, want: Float32Array, what: string): void {
  const g = bits(got), w = bits(want);
  for (let i = 0; i < want.length; i++) {
    if (g[gotOff + i] !== w[i]) assert.fail(`${what}: C[${i}] = ${got[gotOff + i]}, want ${want[i]} (bits differ)`);
  }
}

function withSwitch<T>(on: boolean, fn: () => T): T {
  const was = gemmTuning.longKTransposedA;
  gemmTuning.longKTransposedA = on;
  try { return fn(); } finally { gemmTuning.longKTransposedA = was; }
}

describe('wasm GEMM: transposed A with a long k walk', function () {
  this.timeout(60000);
  before(() => assertWasmSimd());

  // LSTM's weight gradient is [896,156]ᵀ·[896,512] (its bits: test/engine/perf/lstm_step_bits.test.ts);
  // these stay small enough for the test process's 4 MB arena, whose views are kept. N = 256 and
  // 512 (rows a multiple of 1 KB: B padded when in memory), M not a multiple of 3, N not a
  // multiple of 4 or 12, K just at and below the threshold.
  const shapes: [number, number, number][] = [[20, 512, 448], [7, 256, 300], [10, 13, 256], [5, 4, 255], [4, 256, 260]];
  for (const [M, N, K] of shapes) {
    for (const inMem of [true, false]) {
      it(`[${K},${M}]ᵀ·[${K},${N}] operands ${inMem ? 'in' : 'outside'} the kernel memory: the k-ordered float32 sums, switch on and off`, () => {
        const next = rng(M * 7 + N + K), off = 5;
        const A = filled(K * M + off, next, inMem), B = filled(K * N + off, next, inMem);
        const want = sequentialTN(A, off, B, off, M, N, K);
        for (const on of [false, true]) {
          const C = filled(M * N + 3, () => NaN, inMem);
          assert.equal(withSwitch(on, () => wasmGemmF32(A, off, B, off, C, 3, M, N, K, true, false)), true);
          sameBits(C, 3, want, `[${M},${N},${K}] switch ${on ? 'on' : 'off'}`);
        }
      });
    }
  }

  it('keeps NaN, -0 and Inf where the k-ordered sum has them', () => {
    const M = 9, N = 16, K = 300, next = rng(4);
    const A = filled(K * M, next, true), B = filled(K * N, next, true);
    A[0] = NaN; A[5 * M + 3] = Infinity; A[7 * M + 4] = -0;
    for (let kk = 0; kk < K; kk++) A[kk * M + 8] = -0;     // row 8 of C: sums of -0·x
    const C = filled(M * N, () => 1, true);
    assert.equal(wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, true, false), true);
    sameBits(C, 0, sequentialTN(A, 0, B, 0, M, N, K), 'special values');
  });

  it('is the path the product takes (switch on): the serial call does not fall back', () => {
    const before = gemmStats.localFallbacks, longK = gemmStats.longKCalls;
    const M = 12, N = 8, K = 400, next = rng(11);
    const A = filled(K * M, next, false), B = filled(K * N, next, false), C = new Float32Array(M * N);
    assert.equal(withSwitch(true, () => wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, true, false)), true);
    sameBits(C, 0, sequentialTN(A, 0, B, 0, M, N, K), 'outside memory');
    assert.equal(gemmStats.localFallbacks, before);
    assert.equal(gemmStats.longKCalls, longK + 1, 'the long-k path ran');
    assert.equal(withSwitch(false, () => wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, true, false)), true);
    assert.equal(gemmStats.longKCalls, longK + 1, 'switch off: the in-place path ran');
  });
});

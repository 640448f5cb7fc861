// Dense matrix multiply on contiguous row-major arrays: C[M,N] = op(A)·op(B), op = optional
// transpose. Transposes are never materialized: they only change the strides at which A and
// B are read. The work is a register-blocked micro-kernel: a 4×2 block of C lives in eight
// local accumulators while k runs, so each loaded A value feeds two multiply-adds and each B
// value four. The two columns of B a block needs are first packed into a contiguous float64
// panel, which makes the k loop walk memory linearly whatever B's layout is.
// Measured alternatives (i-k-j axpy rows, 2×4 and 4×4 blocks) were slower for the hot
// shapes [100,784]×[784,10] and [784,100]×[100,10].
import type { NumericArray } from '../../dtypes';

let panel = new Float64Array(256);

export function gemm(
  A: NumericArray, aOff: number, B: NumericArray, bOff: number, C: NumericArray, cOff: number,
  M: number, N: number, K: number, transA: boolean, transB: boolean,
): void {
  // A(i,k) = A[aOff + i*sai + k*sak];  B(k,j) = B[bOff + k*sbk + j*sbj]
  const sai = transA ? 1 : K, sak = transA ? M : 1;
  const sbk = transB ? 1 : N, sbj = transB ? K : 1;
  if (panel.length < 2 * K) panel = new Float64Array(2 * K);
  const P = panel;
  let j = 0;
  for (; j + 2 <= N; j += 2) {
    for (let k = 0, pb = bOff + j * sbj; k < K; k++, pb += sbk) { P[2 * k] = B[pb]; P[2 * k + 1] = B[pb + sbj]; }
    let i = 0;
    for (; i + 4 <= M; i += 4) {
      let c00 = 0, c01 = 0, c10 = 0, c11 = 0, c20 = 0, c21 = 0, c30 = 0, c31 = 0;
      let pa = aOff + i * sai;
      for (let k = 0; k < 2 * K; k += 2, pa += sak) {
        const a0 = A[pa], a1 = A[pa + sai], a2 = A[pa + 2 * sai], a3 = A[pa + 3 * sai];
        const b0 = P[k], b1 = P[k + 1];
        c00 += a0 * b0; c01 += a0 * b1; c10 += a1 * b0; c11 += a1 * b1;
        c20 += a2 * b0; c21 += a2 * b1; c30 += a3 * b0; c31 += a3 * b1;
      }
      const c = cOff + i * N + j;
      C[c] = c00; C[c + 1] = c01; C[c + N] = c10; C[c + N + 1] = c11;
      C[c + 2 * N] = c20; C[c + 2 * N + 1] = c21; C[c + 3 * N] = c30; C[c + 3 * N + 1] = c31;
    }
    for (; i < M; i++) {
      let c0 = 0, c1 = 0;
      for (let k = 0, pa = aOff + i * sai; k < K; k++, pa += sak) { const a = A[pa]; c0 += a * P[2 * k]; c1 += a * P[2 * k + 1]; }
      C[cOff + i * N + j] = c0; C[cOff + i * N + j + 1] = c1;
    }
  }
  if (j < N) {
    // Odd N: the last column alone.
    for (let k = 0, pb = bOff + j * sbj; k < K; k++, pb += sbk) P[k] = B[pb];
    for (let i = 0; i < M; i++) {
      let c0 = 0;
      for (let k = 0, pa = aOff + i * sai; k < K; k++, pa += sak) c0 += A[pa] * P[k];
      C[cOff + i * N + j] = c0;
    }
  }
}

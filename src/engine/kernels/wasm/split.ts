// Big kernel calls split across the parallel backend's threads (src/engine/parallel). A GEMM is
// split into row ranges of C, several per thread (splitTuning), multiples of 2 for the dot kernel
// (its row tile) and of 3 for the outer kernel (its bands are 3, 2 and 1 rows, so every part but
// the last runs full bands; which band a row falls in never changes its bits): each element is
// summed over k in the same order as in the serial call, so C is bit-identical to it. When C has too few rows to share,
// its columns are split instead (ranges of at least 4, the outer form's minimum width).
import { KernelCall, KernelExports, splitRange, threadsFor } from '../../parallel/backend';
import type { WasmKernels } from './module';

const exportsOf = (k: WasmKernels) => k.exports as unknown as KernelExports;

/** Runs the parts (one per thread) on the module's backend. */
export function runParts(k: WasmKernels, parts: KernelCall[][]): void {
  if (parts.length === 1) { for (const c of parts[0]) exportsOf(k)[c.name](...c.args); return; }
  k.parallel.run(exportsOf(k), parts);
}

/**
 * Row parts per thread of a split GEMM, and the fewest rows a part may have. More parts than
 * threads let the caller take the parts of a helper that starts late or is preempted (the pool
 * hands them out one at a time), instead of waiting for a helper's whole half; a part of 12+ rows
 * keeps the 3-row bands full. Rows per part only decide which thread computes a row, never its bits.
 */
export const splitTuning = { partsPerThread: 4, minPartRows: 12 };

/** Parts for a row split of m rows over t threads (at least t). */
function rowParts(m: number, t: number): number {
  return Math.max(t, Math.min(t * splitTuning.partsPerThread, Math.floor(m / splitTuning.minPartRows)));
}

/** Threads worth using on `macs` multiply-adds with this module (1 when it was loaded serial). */
export function threadsForCall(k: WasmKernels, macs: number): number {
  return k.parallel.threads > 1 ? threadsFor(macs) : 1;
}

/**
 * gemm_outer / gemm_outer_acc (C[m,n] (+)= A(i,k)·B[k,:]; strides in bytes, as in gemm.wat) as
 * one call per thread.
 */
export function outerCalls(k: WasmKernels, acc: boolean, a: number, sai: number, sak: number, b: number, ldb: number,
  c: number, ldc: number, m: number, n: number, kk: number): KernelCall[][] {
  const name = acc ? 'gemm_outer_acc' : 'gemm_outer';
  const t = threadsForCall(k, m * n * kk);
  if (t > 1 && m >= 4 * t) {
    return splitRange(m, rowParts(m, t), 3).map(([r0, r1]) => [{ name, args: [a + r0 * sai, sai, sak, b, ldb, c + r0 * ldc, ldc, r1 - r0, n, kk] }]);
  }
  // Columns: accumulate mode needs every part's width a multiple of 4 (its last group overlaps).
  if (t > 1 && n >= 8 && (!acc || n % 4 === 0)) {
    return splitRange(n, t, 4).map(([j0, j1]) => [{ name, args: [a, sai, sak, b + j0 * 4, ldb, c + j0 * 4, ldc, m, j1 - j0, kk] }]);
  }
  return [[{ name, args: [a, sai, sak, b, ldb, c, ldc, m, n, kk] }]];
}

/** gemm_dot (C[i,j] = dot(A[i,:], Bt[j,:])) as one call per thread, by rows of C. */
export function dotCalls(k: WasmKernels, a: number, lda: number, b: number, ldb: number, c: number, ldc: number,
  m: number, n: number, kk: number): KernelCall[][] {
  const t = threadsForCall(k, m * n * kk);
  if (t > 1 && m >= 4 * t) {
    return splitRange(m, rowParts(m, t), 2).map(([r0, r1]) => [{ name: 'gemm_dot', args: [a + r0 * lda, lda, b, ldb, c + r0 * ldc, ldc, r1 - r0, n, kk] }]);
  }
  return [[{ name: 'gemm_dot', args: [a, lda, b, ldb, c, ldc, m, n, kk] }]];
}

// float32 C[M,N] = op(A)·op(B) through the SIMD kernels of gemm.wat, on contiguous row-major
// arrays with the same calling convention as the JS gemm (math/gemm.ts). Operands that already
// live in the kernel memory (views from the arena) are read and written in place; others are
// copied into a reusable scratch block first, and C is copied out.
//
// Layout: gemm_outer wants B row-major [K,N] and reads A through strides, so it covers NN and
// TN as given, and NT/TT after packing B^T into [K,N] (for g·W^T, K=10, a dot-product form
// measured 2x slower than the JS gemm). It needs N >= 4; narrower outputs use gemm_dot, which
// wants A as [M,K] and B as [N,K], packing whichever is not. The dot form also served NN with
// B packed ([100,784]x[784,10]: 92 µs in place vs 64 µs for the outer form), so it lost there.
//
// Two measures for big operands (Deep MNIST's fc layer, [50,3136]x[3136,1024]):
// - B copied into scratch gets a padded row stride when its rows are a multiple of 1 KB (see
//   paddedStride): x·W 31 → 9 ms, xᵀ·g 14 → 7.5 ms. (Column panels of B sized for the L2 cache
//   were tried as well and gained nothing once the stride was padded.)
// - NT with a large B and few rows of A (g·Wᵀ) packed all of Wᵀ; computing Cᵀ = B·Aᵀ instead
//   packs only the small A and transposes the small C (14 → 9 ms). Taken only when those
//   copies are smaller than B, so the seed's g·Wᵀ ([100,10]x[10,784]) is unchanged.
// With a parallel backend, each block's kernel call is split by rows of C across its threads
// (wasm/split.ts); the packing around it stays on the calling thread.
import { localKernels, wasmKernels, WasmKernels } from './module';
import { dotCalls, outerCalls, runParts, threadsForCall } from './split';
import { frozenBlock, isFrozen } from './frozen_operands';

/**
 * Each module's scratch block and heap view (the shared module and the local one both run GEMMs,
 * alternately within a step): keyed by arena, so a reloaded module starts afresh.
 */
interface GemmScratch { ptr: number; bytes: number; heap: Float32Array | null }
const scratchOf = new WeakMap<WasmKernels['arena'], GemmScratch>();

function stateOf(k: WasmKernels): GemmScratch {
  let s = scratchOf.get(k.arena);
  if (s === undefined) { s = { ptr: 0, bytes: 0, heap: null }; scratchOf.set(k.arena, s); }
  return s;
}

function heapOf(k: WasmKernels): Float32Array {
  const s = stateOf(k);
  if (s.heap === null || s.heap.buffer !== k.exports.memory.buffer) s.heap = new Float32Array(k.exports.memory.buffer);
  return s.heap;
}

function inMemory(k: WasmKernels, a: Float32Array): boolean {
  return k.arena.owns(a.buffer);
}

/** The scratch block's byte address, holding at least `bytes`; -1 when the arena cannot provide it. */
function reserveScratch(k: WasmKernels, bytes: number): number {
  const s = stateOf(k);
  if (bytes <= s.bytes) return s.ptr;
  if (s.bytes) k.arena.release(s.ptr, s.bytes);
  s.bytes = 0;
  const want = Math.max(bytes, 64 * 1024);
  const ptr = k.arena.alloc(want);
  if (ptr < 0) return -1;
  s.ptr = ptr; s.bytes = want;
  return ptr;
}

/** Operand bytes up to which a serial call may run in the local module (its memory never shrinks). */
export const LOCAL_GEMM_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The module to run C = op(A)·op(B) in: with a shared kernel memory, a call that stays on one
 * thread and has no operand in that memory runs in the local (unshared) module instead, so its
 * copies in and out are ordinary memcpys (see localKernels). A frozen B keeps its kept copy in
 * the shared module.
 */
function moduleFor(k: WasmKernels, A: Float32Array, B: Float32Array, C: Float32Array, M: number, N: number, K: number): WasmKernels {
  if (!k.arena.shared || threadsForCall(k, M * N * K) > 1) return k;
  if ((M * K + K * N + M * N) * 4 > LOCAL_GEMM_MAX_BYTES) return k;
  if (inMemory(k, A) || inMemory(k, B) || inMemory(k, C) || isFrozen(B)) return k;
  const local = localKernels();
  if (local !== null) gemmStats.localCalls++;
  return local ?? k;
}

/**
 * Whether a [M,K]·[K,N] product whose operands are ordinary arrays or blocks of the local memory
 * would run in the local module (feed_scratch.ts places a fed batch there only then, so its GEMMs
 * read it in place instead of copying it into the shared memory).
 */
export function runsLocally(M: number, N: number, K: number): boolean {
  const k = wasmKernels();
  if (k === null || !k.arena.shared || threadsForCall(k, M * N * K) > 1) return false;
  return (M * K + K * N + M * N) * 4 <= LOCAL_GEMM_MAX_BYTES && localKernels() !== null;
}

/**
 * Calls that ran in the local module (tests check the path they mean to test really ran), and
 * local calls that found no room for their scratch in a pinned local memory (a fed batch's block
 * is in use) and ran in the shared module instead; transposed-A products that took the long-k
 * path (LONG_K).
 */
export const gemmStats = { localCalls: 0, localFallbacks: 0, longKCalls: 0 };

/**
 * Whether packing transposes in WebAssembly (the SIMD 4×4 tiles of gemm.wat's `transpose`) or in
 * the JS loop below. Both only move bits; tests and benches switch it to compare the two.
 */
export const gemmTuning = { wasmTranspose: true, longKTransposedA: readLongKFlag() };

function readLongKFlag(): boolean {
  return typeof process === 'undefined' || process.env?.GRADBOOK_GEMM_LONG_K_INPLACE !== '1';
}

/**
 * op(A) = Aᵀ with A stored [K,M] is read in place by gemm_outer (sai=4, sak=M*4): each step of
 * its k loop touches a new cache line of A, so a 3x12 block of C walks K lines of A, and with
 * K >= LONG_K they no longer stay in L1 from one 12-column block to the next (LSTM's weight
 * gradient xᵀ·g, [896,156]ᵀ·[896,512]: 896 lines, 57 KB, for every block). Such products
 * transpose A into [M,K] first (the SIMD transpose, ~60 µs for [896,156]) so each band of three
 * rows is 3·K contiguous floats, and copy a B in the kernel memory whose rows are a multiple of
 * 1 KB apart to the padded stride (paddedStride), as B copied from outside already gets. The
 * same kernel sums each element of C over k in the same order: the same bits (tests:
 * test/engine/math/gemm_long_k.test.ts). `GRADBOOK_GEMM_LONG_K_INPLACE=1` keeps the old path.
 */
const LONG_K = 256;

/** Bytes of scratch a transpose of `floats` from outside the memory stages its source in. */
const stagingBytes = (k: WasmKernels, src: Float32Array, floats: number) =>
  gemmTuning.wasmTranspose && !inMemory(k, src) ? align16(floats * 4) : 0;

/**
 * Writes the transpose of the rows×cols matrix at src[off] to the heap at float index `at`. In
 * WebAssembly the source must be in the memory: one outside it is first copied (a memcpy) to the
 * staging block at byte `stage` (stagingBytes of it reserved). The JS loop's strided stores cost
 * ~5 ns a float; LSTM's g·Wᵀ packed [32,512] and unpacked [156,32] 28 times a step (8 % of it).
 */
function transposeToHeap(k: WasmKernels, h: Float32Array, src: Float32Array, off: number, rows: number, cols: number, at: number, stage: number): void {
  if (!gemmTuning.wasmTranspose) { packTransposed(src, off, rows, cols, h, at); return; }
  let from: number;
  if (inMemory(k, src)) from = src.byteOffset + off * 4;
  else { from = stage; h.set(src.subarray(off, off + rows * cols), stage >> 2); }
  k.exports.transpose(from, rows, cols, at << 2);
}

/** dst[c*rows + r] = src[off + r*cols + c]: writes the transpose of a rows×cols matrix. */
function packTransposed(src: Float32Array, off: number, rows: number, cols: number, dst: Float32Array, at: number): void {
  for (let r = 0; r < rows; r++) {
    const s = off + r * cols;
    for (let c = 0, d = at + r; c < cols; c++, d += rows) dst[d] = src[s + c];
  }
}

const align16 = (bytes: number) => (bytes + 15) & ~15;

/**
 * Rows of B a multiple of 1 KB apart (N = 1024 floats: 4 KB) all fall into the same few cache
 * sets, so gemm_outer walking down a column block of them evicts its own lines: 64 bytes more
 * spreads them out (measured above).
 */
function paddedStride(bytes: number): number {
  return bytes >= 1024 && bytes % 1024 === 0 ? bytes + 64 : bytes;
}

/**
 * Runs the multiply in WebAssembly and returns true, or returns false (nothing written) when
 * the kernels are unavailable or the arena is full: the caller then runs the JS gemm.
 */
export function wasmGemmF32(
  A: Float32Array, aOff: number, B: Float32Array, bOff: number, C: Float32Array, cOff: number,
  M: number, N: number, K: number, transA: boolean, transB: boolean,
): boolean {
  const shared = wasmKernels();
  if (shared === null) return false;
  if (M === 0 || N === 0) return true;
  if (K === 0) { C.fill(0, cOff, cOff + M * N); return true; }
  const k = moduleFor(shared, A, B, C, M, N, K);
  if (gemmIn(k, A, aOff, B, bOff, C, cOff, M, N, K, transA, transB)) return true;
  if (k === shared) return false;
  // The local memory is pinned (a fed batch's block lives there for this run) and has no room for
  // this call's scratch: growing it would detach that block's view. The shared module runs the
  // same serial call (the same bits), copying operands from the local memory like any array.
  gemmStats.localFallbacks++;
  return gemmIn(shared, A, aOff, B, bOff, C, cOff, M, N, K, transA, transB);
}

/** wasmGemmF32 in module `k`; false (nothing written) when its arena cannot provide the scratch. */
function gemmIn(
  k: WasmKernels, A: Float32Array, aOff: number, B: Float32Array, bOff: number, C: Float32Array, cOff: number,
  M: number, N: number, K: number, transA: boolean, transB: boolean,
): boolean {
  if (N >= 4 && transB && M >= 4 && M * K + M * N < K * N) return swappedNT(k, A, aOff, B, bOff, C, cOff, M, N, K, transA);

  // Which form, and which operands must be rearranged on the way in.
  const outer = N >= 4;
  const packA = !outer && transA;          // dot form needs A as [M,K]
  const packB = outer === transB;          // outer needs B as [K,N], dot as [N,K]
  const cDirect = inMemory(k, C);
  const longK = outer && transA && !transB && gemmTuning.longKTransposedA && K >= LONG_K && M >= 4
    && M * (K + (cDirect ? 0 : N)) * 4 <= gemmBlocking.blockBytes;
  const aDirect = !packA && !longK && inMemory(k, A);
  const bDirect = !packB && inMemory(k, B) && !(longK && paddedStride(N * 4) !== N * 4);

  // B copied as is gets a row stride off the 1 KB grid when its rows are a multiple of it.
  const ldb = outer && !bDirect && !packB ? paddedStride(N * 4) : N * 4;
  // B frozen by the caller (a loop's captured weight): its copy or packed transpose is kept.
  const bKept = bDirect ? null : frozenBlock(k, B, packB ? `T${bOff}:${transB ? N : K}x${transB ? K : N}` : `C${bOff}:${K}x${N}:${ldb}`, K * ldb);
  const fillB = !bDirect && !bKept?.filled;
  // A and C pass through scratch a block of rows at a time, so a whole test set's activations
  // ([4500,3136]: 56 MB) need no more scratch than a batch's.
  const rows = blockRows(M, aDirect ? 0 : K, cDirect ? 0 : N);
  let need = 0;
  if (!aDirect) need += align16(rows * K * 4);
  if (!bDirect && !bKept) need += align16(K * ldb);
  if (!cDirect) need += align16(rows * N * 4);
  if (packB && fillB) need += stagingBytes(k, B, K * N);
  if (longK) need += stagingBytes(k, A, K * M);
  const base = need ? reserveScratch(k, need) : 0;
  if (base < 0) return false;
  if (longK) gemmStats.longKCalls++;
  const h = heapOf(k);

  let cursor = base;
  const claim = (bytes: number) => { const p = cursor; cursor += align16(bytes); return p; };
  let bPtr: number;
  if (bDirect) bPtr = B.byteOffset + bOff * 4;
  else {
    bPtr = bKept ? bKept.ptr : claim(K * ldb);
    if (fillB) {
      if (packB) transposeToHeap(k, h, B, bOff, transB ? N : K, transB ? K : N, bPtr >> 2, claim(stagingBytes(k, B, K * N)));
      else if (ldb === N * 4) h.set(B.subarray(bOff, bOff + K * N), bPtr >> 2);
      else for (let r = 0; r < K; r++) h.set(B.subarray(bOff + r * N, bOff + (r + 1) * N), (bPtr + r * ldb) >> 2);
      if (bKept) bKept.filled = true;
    }
  }
  const aBlock = aDirect ? 0 : claim(rows * K * 4);
  const cBlock = cDirect ? 0 : claim(rows * N * 4);
  const aStage = longK ? claim(stagingBytes(k, A, K * M)) : 0;

  for (let r0 = 0; r0 < M; r0 += rows) {
    const mb = Math.min(rows, M - r0);
    // op(A) rows r0..r0+mb: stored rows of A, or columns of A stored [K,M] when transposed.
    let aPtr: number, sai: number, sak: number;
    if (aDirect) {
      aPtr = A.byteOffset + (aOff + (transA ? r0 : r0 * K)) * 4;
      sai = transA ? 4 : K * 4; sak = transA ? M * 4 : 4;
    } else {
      aPtr = aBlock;
      if (packA) packColumns(A, aOff, K, M, r0, mb, h, aPtr >> 2);         // dot form: [mb,K]
      else if (longK) transposeToHeap(k, h, A, aOff, K, M, aPtr >> 2, aStage); // [M,K] (rows === M)
      else if (transA && mb < M) {                                         // outer form reads [K,mb]
        for (let kk = 0; kk < K; kk++) h.set(A.subarray(aOff + kk * M + r0, aOff + kk * M + r0 + mb), (aPtr >> 2) + kk * mb);
      } else h.set(A.subarray(aOff + r0 * K, aOff + (r0 + mb) * K), aPtr >> 2); // [mb,K], or all of A stored [K,M]
      sai = transA && !packA && !longK ? 4 : K * 4; sak = transA && !packA && !longK ? mb * 4 : 4;
    }
    const cPtr = cDirect ? C.byteOffset + (cOff + r0 * N) * 4 : cBlock;
    if (outer) runParts(k, outerCalls(k, false, aPtr, sai, sak, bPtr, ldb, cPtr, N * 4, mb, N, K));
    else runParts(k, dotCalls(k, aPtr, K * 4, bPtr, K * 4, cPtr, N * 4, mb, N, K));
    if (!cDirect) C.set(h.subarray(cPtr >> 2, (cPtr >> 2) + mb * N), cOff + r0 * N);
  }
  return true;
}

/** Scratch for one block of A's rows (K floats each) plus C's (N each) stays under `blockBytes` (tests lower it). */
export const gemmBlocking = { blockBytes: 4 * 1024 * 1024 };

/** Rows of op(A) per block: all of them when they fit, else a multiple of 4 (the kernels' row tile). */
function blockRows(M: number, aCols: number, cCols: number): number {
  const perRow = (aCols + cCols) * 4;
  const limit = gemmBlocking.blockBytes;
  if (perRow === 0 || M * perRow <= limit) return M;
  return Math.max(4, Math.floor(limit / perRow / 4) * 4);
}

/** dst[r*K + c] = src[off + c*M + r0 + r]: rows r0..r0+mb of the transpose of a K×M matrix. */
function packColumns(src: Float32Array, off: number, K: number, M: number, r0: number, mb: number, dst: Float32Array, at: number): void {
  for (let c = 0; c < K; c++) {
    const s = off + c * M + r0;
    for (let r = 0, d = at + c; r < mb; r++, d += K) dst[d] = src[s + r];
  }
}

/**
 * C = op(A)·Bᵀ as Cᵀ[N,M] = B[N,K]·op(A)ᵀ in the outer form: B is read in place as the strided
 * left operand, op(A)ᵀ ([K,M] row-major) is A itself when transposed, else packed; Cᵀ lands in
 * scratch and is transposed into C. For the many-columns, few-rows products only (M >= 4).
 */
function swappedNT(k: WasmKernels, A: Float32Array, aOff: number, B: Float32Array, bOff: number, C: Float32Array, cOff: number,
  M: number, N: number, K: number, transA: boolean): boolean {
  const bDirect = inMemory(k, B), aDirect = transA && inMemory(k, A);
  const bKept = bDirect ? null : frozenBlock(k, B, `C${bOff}:${N}x${K}:${K * 4}`, N * K * 4);
  const aStage = aDirect || transA ? 0 : stagingBytes(k, A, M * K);
  // Cᵀ is transposed in the memory into C itself when C lives there, else into a block copied out.
  const cStage = gemmTuning.wasmTranspose && !inMemory(k, C) ? align16(M * N * 4) : 0;
  const base = reserveScratch(k, (bDirect || bKept ? 0 : align16(N * K * 4)) + (aDirect ? 0 : align16(K * M * 4)) + align16(M * N * 4) + aStage + cStage);
  if (base < 0) return false;
  const h = heapOf(k);
  let cursor = base;
  const claim = (bytes: number) => { const p = cursor; cursor += align16(bytes); return p; };
  let bPtr: number, atPtr: number;
  if (bDirect) bPtr = B.byteOffset + bOff * 4;
  else {
    bPtr = bKept ? bKept.ptr : claim(N * K * 4);
    if (!bKept?.filled) { h.set(B.subarray(bOff, bOff + N * K), bPtr >> 2); if (bKept) bKept.filled = true; }
  }
  if (aDirect) atPtr = A.byteOffset + aOff * 4;
  else {
    atPtr = claim(K * M * 4);
    if (transA) h.set(A.subarray(aOff, aOff + K * M), atPtr >> 2);
    else transposeToHeap(k, h, A, aOff, M, K, atPtr >> 2, claim(aStage));
  }
  const ctPtr = claim(M * N * 4);
  runParts(k, outerCalls(k, false, bPtr, K * 4, 4, atPtr, M * 4, ctPtr, M * 4, N, M, K));
  if (!gemmTuning.wasmTranspose) packTransposed(h, ctPtr >> 2, N, M, C, cOff);
  else if (inMemory(k, C)) k.exports.transpose(ctPtr, N, M, C.byteOffset + cOff * 4);
  else {
    const cPtr = claim(cStage);
    k.exports.transpose(ctPtr, N, M, cPtr);
    C.set(h.subarray(cPtr >> 2, (cPtr >> 2) + M * N), cOff);
  }
  return true;
}

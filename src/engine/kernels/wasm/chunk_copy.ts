// Concat's and Split's chunk copies (kernels/array/chunks.ts) for float32 in WebAssembly (issue 15,
// wave 14). The JS path copies each chunk with `set(subarray(...))`, ~0.1 µs of object creation
// per chunk: an LSTM iteration joins [32,28] and [32,128] (64 chunks), splits [32,512] in four
// (128 chunks) and joins the four gate gradients back (128). Here each whole operand is copied in
// or out with one memcpy and the kernel moves the chunks (gemm.wat's copy_runs). Only moves bits
// (a float32 NaN keeps its payload, as `set` keeps it).
import { copyOut, moduleFor, OperandScratch } from './operands';

/** Switches for tests and A/B benchmarks: small copies stay in JS (the calls cost more than they save). */
export const chunkCopyTuning = { enabled: true, minElements: 2048, minChunks: 16 };

/** Calls that ran here (tests check the path they mean to test really ran). */
export const chunkCopyStats = { joins: 0, splits: 0 };

const scratch = new OperandScratch();

function worthIt(total: number, parts: number, outer: number): boolean {
  return chunkCopyTuning.enabled && total >= chunkCopyTuning.minElements && parts * outer >= chunkCopyTuning.minChunks;
}

/** Whether each part holds outer chunks of its size and they add up to the whole. */
function fits(whole: Float32Array, parts: readonly Float32Array[], chunks: readonly number[], outer: number): boolean {
  let row = 0;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].length !== chunks[i] * outer) return false;
    row += chunks[i];
  }
  return whole.length === row * outer;
}

/** out[o] = pieces[0][o] ++ pieces[1][o] ++ ... for each outer o; false (nothing written) when it cannot run here. */
export function wasmJoinChunksF32(out: Float32Array, pieces: readonly Float32Array[], chunks: readonly number[], outer: number): boolean {
  if (!worthIt(out.length, pieces.length, outer) || !fits(out, pieces, chunks, outer)) return false;
  const k = moduleFor([out, ...pieces]);
  if (k === null) return false;
  const at = scratch.place(k, [...pieces, out], [...pieces.map(() => true), false]);
  if (at === null) return false;
  const dst = at[pieces.length], rowBytes = out.length / outer * 4;
  for (let i = 0, off = 0; i < pieces.length; off += chunks[i] * 4, i++) {
    if (chunks[i] > 0) k.exports.copy_runs(at[i], chunks[i] * 4, dst + off, rowBytes, chunks[i] * 4, outer);
  }
  copyOut(k, out, dst);
  chunkCopyStats.joins++;
  return true;
}

/** The inverse: cut each outer row of src into consecutive runs, one per output. */
export function wasmSplitChunksF32(src: Float32Array, outs: readonly Float32Array[], chunks: readonly number[], outer: number): boolean {
  if (!worthIt(src.length, outs.length, outer) || !fits(src, outs, chunks, outer)) return false;
  const k = moduleFor([src, ...outs]);
  if (k === null) return false;
  const at = scratch.place(k, [src, ...outs], [true, ...outs.map(() => false)]);
  if (at === null) return false;
  const rowBytes = src.length / outer * 4;
  for (let i = 0, off = 0; i < outs.length; off += chunks[i] * 4, i++) {
    if (chunks[i] > 0) k.exports.copy_runs(at[0] + off, rowBytes, at[i + 1], chunks[i] * 4, chunks[i] * 4, outer);
  }
  for (let i = 0; i < outs.length; i++) copyOut(k, outs[i], at[i + 1]);
  chunkCopyStats.splits++;
  return true;
}

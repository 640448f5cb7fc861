// Concat, Pack, Unpack and Split all move contiguous chunks: for each "outer" index (the
// dims before the axis) each piece owns one run of `chunk` elements. Numeric data moves with
// TypedArray.set, strings with a loop.
import type { NDArray } from '../../ndarray';
import { elementsOf } from './static';
import { wasmJoinChunksF32, wasmSplitChunksF32 } from '../wasm/chunk_copy';

const allF32 = (arrays: readonly NDArray[]) => arrays.every(a => a.data instanceof Float32Array);
const f32 = (arrays: readonly NDArray[]) => arrays.map(a => a.data as Float32Array);

export function copyRun(dst: NDArray, dstStart: number, src: NDArray, srcStart: number, n: number): void {
  if (n === 0) return;
  if (Array.isArray(dst.data)) {
    const d = elementsOf(dst), s = elementsOf(src);
    for (let i = 0; i < n; i++) d[dstStart + i] = s[srcStart + i];
  } else {
    (dst.data as Float64Array).set((src.data as Float64Array).subarray(srcStart, srcStart + n), dstStart);
  }
}

/** Product of dims [from, to). */
export function prod(shape: readonly number[], from = 0, to = shape.length): number {
  let n = 1;
  for (let i = from; i < to; i++) n *= shape[i];
  return n;
}

/** Interleave pieces along an axis: out[o] = piece0[o] ++ piece1[o] ++ ... for each outer o. */
export function joinChunks(out: NDArray, pieces: readonly NDArray[], chunks: readonly number[], outer: number): void {
  if (out.data instanceof Float32Array && allF32(pieces) && wasmJoinChunksF32(out.data, f32(pieces), chunks, outer)) return;
  let at = 0;
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < pieces.length; k++) { copyRun(out, at, pieces[k], o * chunks[k], chunks[k]); at += chunks[k]; }
  }
}

/** The inverse: cut each outer row of `src` into consecutive runs, one per output. */
export function splitChunks(src: NDArray, outs: readonly NDArray[], chunks: readonly number[], outer: number): void {
  if (src.data instanceof Float32Array && allF32(outs) && wasmSplitChunksF32(src.data, f32(outs), chunks, outer)) return;
  let at = 0;
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < outs.length; k++) { copyRun(outs[k], o * chunks[k], src, at, chunks[k]); at += chunks[k]; }
  }
}

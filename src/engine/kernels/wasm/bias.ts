// BiasAdd's and BiasAddGrad's float32 channels-last loops in WebAssembly (gemm.wat's
// bias_add_rows and column_sums; issue 15, wave 14). In the LSTM step these are 28 + 28 calls on
// [32,512]: the JS loops stored one float32 at a time (an add loop took ~3× the column sums'
// time for the same elements), the SIMD loops do four per instruction, and the copies in and out
// of the kernel memory are memcpys. Each element is one float32 add, as the JS loops' double add
// rounded on its store, in the same order (rows in order for the sums): the same bits.
import { localKernels, wasmKernels, type WasmKernels } from './module';
import { align16, heapF32, ScratchBlock } from './scratch';

/** Switches for tests and A/B benchmarks; below `minElements` the JS loops run (the call and copies cost more). */
export const biasWasmTuning = { enabled: true, minElements: 2048 };

/** Calls that ran here (tests check the path they mean to test really ran). */
export const biasWasmStats = { adds: 0, sums: 0 };

/** One scratch block per module (the local and the shared module both run these, alternately). */
const blocks = new WeakMap<WasmKernels['arena'], ScratchBlock>();
function blockOf(k: WasmKernels): ScratchBlock {
  let b = blocks.get(k.arena);
  if (b === undefined) { b = new ScratchBlock(); blocks.set(k.arena, b); }
  return b;
}

/**
 * The module to run in: the shared one when an operand already lives in its memory (read in
 * place), else the local one (copies into an unshared memory are plain memcpys; see localKernels).
 */
function moduleFor(arrays: Float32Array[]): WasmKernels | null {
  const shared = wasmKernels();
  if (shared === null) return null;
  if (arrays.some(a => shared.arena.owns(a.buffer))) return shared;
  return localKernels() ?? shared;
}

/**
 * Places each array in the memory of `k`: its own address when it lives there, else a region of
 * the scratch block (filled from the array when `copyIn`). Returns byte addresses, or null when
 * the arena cannot provide the scratch (the caller runs the JS loop).
 */
function place(k: WasmKernels, arrays: Float32Array[], copyIn: boolean[]): number[] | null {
  const inside = arrays.map(a => k.arena.owns(a.buffer));
  const need = arrays.reduce((s, a, i) => s + (inside[i] ? 0 : align16(a.length * 4)), 0);
  const base = need ? blockOf(k).reserve(k, need) : 0;
  if (base < 0) return null;
  // Reserving may have grown an unshared memory: views into it are re-checked after.
  if (arrays.some((a, i) => inside[i] && !k.arena.owns(a.buffer))) return null;
  const h = heapF32(k);
  let cursor = base;
  return arrays.map((a, i) => {
    if (inside[i]) return a.byteOffset;
    const p = cursor;
    cursor += align16(a.length * 4);
    if (copyIn[i]) h.set(a, p >> 2);
    return p;
  });
}

/** o[r,c] = x[r,c] + b[c] (rows × channels); false (nothing written) when it cannot run here. */
export function wasmBiasAddF32(x: Float32Array, b: Float32Array, o: Float32Array, rows: number, channels: number): boolean {
  const n = rows * channels;
  if (!biasWasmTuning.enabled || n < biasWasmTuning.minElements || x.length !== n || o.length !== n || b.length !== channels) return false;
  const k = moduleFor([x, b, o]);
  if (k === null) return false;
  const at = place(k, [x, b, o], [true, true, false]);
  if (at === null) return false;
  k.exports.bias_add_rows(at[0], at[1], at[2], rows, channels);
  if (!k.arena.owns(o.buffer)) o.set(heapF32(k).subarray(at[2] >> 2, (at[2] >> 2) + n));
  biasWasmStats.adds++;
  return true;
}

/** o[c] = Σ_r x[r,c], float32 partial sums in row order; false (nothing written) when it cannot run here. */
export function wasmColumnSumsF32(x: Float32Array, o: Float32Array, rows: number, channels: number): boolean {
  const n = rows * channels;
  if (!biasWasmTuning.enabled || n < biasWasmTuning.minElements || x.length !== n || o.length !== channels) return false;
  const k = moduleFor([x, o]);
  if (k === null) return false;
  const at = place(k, [x, o], [true, false]);
  if (at === null) return false;
  k.exports.column_sums(at[0], at[1], rows, channels);
  if (!k.arena.owns(o.buffer)) o.set(heapF32(k).subarray(at[1] >> 2, (at[1] >> 2) + channels));
  biasWasmStats.sums++;
  return true;
}

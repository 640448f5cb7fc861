// BiasAdd's and BiasAddGrad's float32 channels-last loops in WebAssembly (gemm.wat's
// bias_add_rows and column_sums; issue 15, wave 14). In the LSTM step these are 28 + 28 calls on
// [32,512]: the JS loops stored one float32 at a time (an add loop took ~3× the column sums'
// time for the same elements), the SIMD loops do four per instruction, and the copies in and out
// of the kernel memory are memcpys. Each element is one float32 add, as the JS loops' double add
// rounded on its store, in the same order (rows in order for the sums): the same bits.
import { copyOut, moduleFor, OperandScratch } from './operands';

/** Switches for tests and A/B benchmarks; below `minElements` the JS loops run (the call and copies cost more). */
export const biasWasmTuning = { enabled: true, minElements: 2048 };

/** Calls that ran here (tests check the path they mean to test really ran). */
export const biasWasmStats = { adds: 0, sums: 0 };

const scratch = new OperandScratch();

/** o[r,c] = x[r,c] + b[c] (rows × channels); false (nothing written) when it cannot run here. */
export function wasmBiasAddF32(x: Float32Array, b: Float32Array, o: Float32Array, rows: number, channels: number): boolean {
  const n = rows * channels;
  if (!biasWasmTuning.enabled || n < biasWasmTuning.minElements || x.length !== n || o.length !== n || b.length !== channels) return false;
  const k = moduleFor([x, b, o]);
  if (k === null) return false;
  const at = scratch.place(k, [x, b, o], [true, true, false]);
  if (at === null) return false;
  k.exports.bias_add_rows(at[0], at[1], at[2], rows, channels);
  copyOut(k, o, at[2]);
  biasWasmStats.adds++;
  return true;
}

/** o[c] = Σ_r x[r,c], float32 partial sums in row order; false (nothing written) when it cannot run here. */
export function wasmColumnSumsF32(x: Float32Array, o: Float32Array, rows: number, channels: number): boolean {
  const n = rows * channels;
  if (!biasWasmTuning.enabled || n < biasWasmTuning.minElements || x.length !== n || o.length !== channels) return false;
  const k = moduleFor([x, o]);
  if (k === null) return false;
  const at = scratch.place(k, [x, o], [true, false]);
  if (at === null) return false;
  k.exports.column_sums(at[0], at[1], rows, channels);
  copyOut(k, o, at[1]);
  biasWasmStats.sums++;
  return true;
}

// The float32 Sigmoid and Tanh loops in WebAssembly SIMD (gemm.wat's sigmoid_f32 and tanh_f32;
// issue 15, wave 16). kernels/math/float32_calls.ts computes each element as a cheap double, keeps
// its float32 when a rounding test proves it is the reference's, else calls the reference; that
// JS loop was still ~7 ns an element (the LSTM's 140 gate calls on [32,128] a step, a fifth of its
// CPU). The wasm loop computes the same doubles two at a time (same operations, order, constants
// and table: see gemm.wat), stores the float32 where the JS function would keep it, and lists the
// other elements (the rounding test failed, outside the fast range, the n mod 4 after the last
// group of four), which this wrapper then computes with the JS functions themselves. So every
// element has the JS function's bits, which bench/f32_calls_check.ts proved equal to the
// reference's over all 2^32 inputs; `bench/f32_calls_check.ts wasm` compares this path too.
import { sigmoidF32, tanhF32, TABLE } from '../math/float32_calls';
import { copyOut, moduleFor, OperandScratch } from './operands';

/** Switches for tests and A/B benchmarks (env GRADBOOK_NO_WASM_F32_CALLS=1 turns it off); below `minElements` the JS loop runs. */
export const f32CallsWasmTuning = { enabled: !process.env.GRADBOOK_NO_WASM_F32_CALLS, minElements: 64 };

/** Calls that ran here and the elements left to JS (tests check the path ran and the fallbacks were exercised). */
export const f32CallsWasmStats = { calls: 0, fallbacks: 0 };

export type F32Call = 'sigmoid' | 'tanh';

const scratch = new OperandScratch();
/** The table as float32 words, so the scratch copies its bits (a same-type `set` is a memcpy). */
const TABLE_WORDS = new Float32Array(TABLE.buffer);
/** Stands for the fallback list's region (never copied in or out): only its length is read. */
let listRegion = new Float32Array(0);
let ints: Int32Array | null = null;

/** o[i] = f(x[i]) for i < n, float32 bits of sigmoidF32 / tanhF32; false (nothing written) when it cannot run here. */
export function wasmF32Call(f: F32Call, x: Float32Array, o: Float32Array, n: number): boolean {
  if (!f32CallsWasmTuning.enabled || n < f32CallsWasmTuning.minElements || x.length !== n || o.length !== n) return false;
  const k = moduleFor([x, o]);
  if (k === null || k.exports.sigmoid_f32 === undefined) return false;
  if (listRegion.length < n) listRegion = new Float32Array(n);
  const at = scratch.place(k, [x, o, TABLE_WORDS, listRegion], [true, false, true, false]);
  if (at === null) return false;
  const count = (f === 'tanh' ? k.exports.tanh_f32 : k.exports.sigmoid_f32)(at[0], at[1], n, at[2], at[3]);
  copyOut(k, o, at[1]);
  if (count > 0) {
    const buffer = k.exports.memory.buffer;
    if (ints === null || ints.buffer !== buffer) ints = new Int32Array(buffer);
    const fn = f === 'tanh' ? tanhF32 : sigmoidF32;
    for (let j = at[3] >> 2, end = j + count; j < end; j++) { const i = ints[j]; o[i] = fn(x[i]); }
    f32CallsWasmStats.fallbacks += count;
  }
  f32CallsWasmStats.calls++;
  return true;
}

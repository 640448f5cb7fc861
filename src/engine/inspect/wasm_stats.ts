// The per-step statistics of float32 arrays in WebAssembly SIMD (kernels/wasm/stats.wat): after
// every training step telemetry reads each gradient (mean, min, max, norm) and each variable's
// step (‖after − before‖), and the kernel's inspection each variable's norm and finiteness. In JS
// these passes were two float64 lanes of scalar code (~1-4 ns a float inside the step); here one
// pass does eight lanes. The arrays live in JS memory, so they are staged into this module's own
// memory a chunk (32 KB) at a time: the chunk stays in the L1 cache between its copy and its read.
//
// The sums are float64 over float32 values promoted exactly, in eight lanes instead of the JS
// loops' two, so means and norms may differ from them in the last bits (display only; tested
// against a float64 reference). NaN and ±Infinity are counted exactly and left out of the other
// numbers, as the JS statistics do (a lane mask: x - x is 0 exactly for finite x); squares of
// float32 values cannot overflow a float64. min/max follow Math.min/Math.max (-0 < +0).
import { STATS_WASM_BASE64 } from '../kernels/wasm/stats_wasm';
import { decodeBase64 } from '../kernels/wasm/base64';
import { wasmKernelsEnabled } from '../kernels/wasm/module';

interface StatsExports {
  memory: WebAssembly.Memory;
  moments(p: number, n: number, acc: number): void;
  diff_squares(a: number, b: number, n: number, acc: number): void;
}

/** Below this many floats the JS loops are as fast (no call, no staging); tests lower it. */
export const wasmStatsTuning = { enabled: true, minLength: 2048 };

/** Floats per staged chunk (a multiple of 8). */
const CHUNK = 8192;
const ACC = 0, A = 256, B = A + CHUNK * 4;

let loaded: { exports: StatsExports; f32: Float32Array; f64: Float64Array; i32: Int32Array } | null | undefined;

function module(): typeof loaded {
  if (loaded !== undefined) return loaded;
  loaded = null;
  try {
    if (typeof WebAssembly !== 'object') return null;
    const bytes = decodeBase64(STATS_WASM_BASE64);
    if (!WebAssembly.validate(bytes)) return null;
    const exports = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as StatsExports;
    const need = B + CHUNK * 4;
    const have = exports.memory.buffer.byteLength;
    if (have < need) exports.memory.grow(Math.ceil((need - have) / 65536));
    const buffer = exports.memory.buffer;
    loaded = { exports, f32: new Float32Array(buffer), f64: new Float64Array(buffer), i32: new Int32Array(buffer) };
  } catch {
    loaded = null;
  }
  return loaded;
}

function usable(n: number): NonNullable<typeof loaded> | null {
  if (!wasmStatsTuning.enabled || n < wasmStatsTuning.minLength || !wasmKernelsEnabled()) return null;
  return module() ?? null;
}

/**
 * Of the finite elements of a float32 array: their count, Σx and Σx² (float64), min and max
 * (Infinity and -Infinity when there are none). NaN and ±Infinity are left out and not counted.
 */
export interface Moments { finite: number; sum: number; squares: number; min: number; max: number }
const moments: Moments = { finite: 0, sum: 0, squares: 0, min: 0, max: 0 };

/**
 * The moments of `x` through the SIMD pass, or null when it does not run (disabled, no
 * WebAssembly SIMD, or a short array). The returned object is reused by the next call.
 */
export function wasmMoments(x: Float32Array): Moments | null {
  const n = x.length;
  const m = usable(n);
  if (m === null) return null;
  const { exports, f32, f64, i32 } = m;
  f64.fill(0, 0, 16);
  f32.fill(Infinity, 32, 36);
  f32.fill(-Infinity, 36, 40);
  i32.fill(0, 40, 44);
  const whole = n - (n % 8);
  for (let i = 0; i < whole; i += CHUNK) {
    const len = Math.min(CHUNK, whole - i);
    f32.set(x.subarray(i, i + len), A >> 2);
    exports.moments(A, len, ACC);
  }
  // Lanes in a fixed order: element i went to lane i mod 8.
  let sum = 0, squares = 0;
  for (let l = 0; l < 8; l++) { sum += f64[l]; squares += f64[8 + l]; }
  let min = Math.min(f32[32], f32[33], f32[34], f32[35]);
  let max = Math.max(f32[36], f32[37], f32[38], f32[39]);
  let finite = i32[40] + i32[41] + i32[42] + i32[43];
  for (let i = whole; i < n; i++) {
    const v = x[i];
    if (v - v !== 0) continue;
    finite++; sum += v; squares += v * v;
    min = Math.min(min, v); max = Math.max(max, v);
  }
  moments.finite = finite; moments.sum = sum; moments.squares = squares; moments.min = min; moments.max = max;
  return moments;
}

/** Σ(after − before)² over two float32 arrays of one length, or null when the SIMD pass does not run. */
export function wasmDifferenceSquares(before: Float32Array, after: Float32Array): number | null {
  const n = after.length;
  const m = usable(n);
  if (m === null || before.length !== n) return null;
  const { exports, f32, f64 } = m;
  f64.fill(0, 0, 8);
  const whole = n - (n % 8);
  for (let i = 0; i < whole; i += CHUNK) {
    const len = Math.min(CHUNK, whole - i);
    f32.set(before.subarray(i, i + len), A >> 2);
    f32.set(after.subarray(i, i + len), B >> 2);
    exports.diff_squares(A, B, len, ACC);
  }
  let s = 0;
  for (let l = 0; l < 8; l++) s += f64[l];
  for (let i = whole; i < n; i++) { const d = after[i] - before[i]; s += d * d; }
  return s;
}

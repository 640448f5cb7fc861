// Sigmoid and Tanh for float32 outputs, bit-identical with `1 / (1 + Math.exp(-x))` and
// `Math.tanh(x)` rounded to float32, without V8's C call per element in the common case.
//
// The float32 kernels store a double computed by fdlibm (V8's ieee754::exp / tanh, < 1 ulp of a
// double) into a Float32Array, which rounds it to nearest-even. Only that float32 matters. So each
// function here first computes a cheaper double `s` (a table-driven exp, relative error < 2^-40
// against the reference double, see below), and keeps `fround(s)` only if the whole interval
// [s(1-2^-32), s(1+2^-32)] rounds to the same float32: then so does the reference, which lies in
// that interval. Otherwise (about one input in 2^7 at most, near a float32 rounding midpoint, and
// every input outside the fast range: NaN, ±Inf, |x| large, tiny x, -0) it returns the reference
// expression itself. Ziv's rounding test, with the reference as the slow path.
//
// Proof beyond the error analysis: `bench/f32_calls_check.ts` compares both functions with the
// reference over all 2^32 float32 bit patterns (NaNs included, bit for bit); see docs/ENGINE.md
// section 12, "Sigmoid and Tanh without the C call". test/engine/math/float32_calls.test.ts checks
// a few million of them (every 1021st pattern, plus dense ranges around the branch boundaries).
//
// exp(v) = 2^m · 2^(j/256) · e^r with v = (256m + j)·ln2/256 + r, |r| ≤ ln2/512 ≈ 0.00135: the
// degree-4 Taylor polynomial leaves r^5/120 < 2^-57 relative; the table entries (Math.pow, < 1
// ulp) and the few roundings of the reduction and the products keep the total far below 2^-40.
// Sigmoid's 1/(1+E) does not magnify a relative error of E; Tanh's 1 - 2/(E+1) does, by up to
// ~16x at the smallest argument it serves (|x| = 1/16), still below 2^-40. Below 1/16 Tanh uses
// its odd Taylor series to x^11 (next term < 2^-50 relative there).

const N = 256;
const INV_LN2_N = N / Math.LN2;
/** ln2/256 in two parts: HI has 24 significant bits, so k·HI is exact for |k| < 2^29. */
const LN2_N_HI = Math.fround(Math.LN2 / N);
const LN2_N_LO = Math.LN2 / N - LN2_N_HI;
/** 2^(j/256), j = 0..255 (kernels/wasm/f32_calls.ts copies it into the kernel memory). */
export const TABLE = new Float64Array(N);
for (let j = 0; j < N; j++) TABLE[j] = Math.pow(2, j / N);
/** 2^m, m = -512..511 (the fast range needs |m| ≤ 120). */
const POW2 = new Float64Array(1024);
for (let m = -512; m < 512; m++) POW2[m + 512] = Math.pow(2, m);
/** Adding and subtracting 1.5·2^52 rounds a double of magnitude < 2^51 to an integer (nearest-even). */
const SHIFT = 6755399441055744;
const MARGIN = Math.pow(2, -32), BELOW = 1 - MARGIN, ABOVE = 1 + MARGIN;

/** e^v for |v| < 200, relative error < 2^-50 (not correctly rounded: the callers test). */
function expCore(v: number): number {
  const kf = (v * INV_LN2_N + SHIFT) - SHIFT;
  const r = (v - kf * LN2_N_HI) - kf * LN2_N_LO;
  const k = kf | 0;
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24))));
  return TABLE[k & 255] * p * POW2[(k >> 8) + 512];
}

/** fround(1 / (1 + Math.exp(-x))) for a float32 x, bit for bit. */
export function sigmoidF32(x: number): number {
  if (x > -80 && x < 80) {
    const s = 1 / (1 + expCore(-x));
    const lo = Math.fround(s * BELOW);
    if (lo === Math.fround(s * ABOVE)) return lo;
  }
  return Math.fround(1 / (1 + Math.exp(-x)));
}

/** fround(Math.tanh(x)) for a float32 x, bit for bit. */
export function tanhF32(x: number): number {
  const a = Math.abs(x);
  let t: number;
  if (a < 0.0625) {
    if (!(a >= 1 / 1048576)) return Math.fround(Math.tanh(x));
    const a2 = a * a;
    t = a + a * a2 * (-1 / 3 + a2 * (2 / 15 + a2 * (-17 / 315 + a2 * (62 / 2835 + a2 * (-1382 / 155925)))));
  } else if (a < 9.5) {
    t = 1 - 2 / (expCore(2 * a) + 1);
  } else {
    return Math.fround(Math.tanh(x));
  }
  const lo = Math.fround(t * BELOW);
  if (lo === Math.fround(t * ABOVE)) return x < 0 ? -lo : lo;
  return Math.fround(Math.tanh(x));
}

/**
 * Float32 loops' replacements for whole expressions (a unary loop whose expression is exactly the
 * key). Only whole expressions: inside a larger one the double before rounding is used.
 */
export const FLOAT32_FORMS: ReadonlyMap<string, string> = new Map([
  ['sigmoid(x)', 'sigmoidF32(x)'],
  ['Math.tanh(x)', 'tanhF32(x)'],
]);

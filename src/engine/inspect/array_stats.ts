// Statistics of an array, computed in one place for every view: the tensor view, the Variables
// view, the graph view's value summaries, training telemetry's gradient statistics and norms.
// One pass over the data; NaN and ±Infinity are counted, never mixed into the other numbers.

export interface ArrayStatistics {
  /** finite elements */
  count: number;
  /** over the finite elements; NaN when there are none */
  min: number;
  max: number;
  mean: number;
  std: number;
  /** ‖x‖₂ of the finite elements */
  norm: number;
  nan: number;
  posInf: number;
  negInf: number;
  zeros: number;
}

import { fullPass, gradientPass, squaresPass } from './stat_loops';
import { wasmMoments } from './wasm_stats';

type Numbers = ArrayLike<number>;

/**
 * Sums are kept relative to the first element (a constant array has std exactly 0, and a large
 * offset does not swamp the variance) in two independent lanes so the adds pipeline; the rare
 * non-finite values are only looked for, in a slower pass, when the sums show one.
 */
export function arrayStatistics(data: Numbers): ArrayStatistics {
  const n = data.length;
  if (n === 0) return empty(0, 0, 0, 0);
  const shift = finiteOrZero(data[0]);
  const end = n - (n % 2);
  const acc = fullPass(data, end, shift);
  let d0 = acc[1], q0 = acc[3], s0 = acc[5], z0 = acc[7];
  const d1 = acc[2], q1 = acc[4], s1 = acc[6], z1 = acc[8];
  let min = acc[9], max = acc[10];
  if (end < n) {
    const a = data[end], da = a - shift;
    d0 += da; q0 += da * da; s0 += a * a;
    if (a === 0) z0++;
    if (a < min) min = a;
    if (a > max) max = a;
  }
  const squares = s0 + s1;
  // x - x is NaN exactly when x is NaN or ±Infinity.
  if (squares - squares !== 0 || q0 + q1 - (q0 + q1) !== 0) return finiteOnly(data);
  return finish(n, shift, d0 + d1, q0 + q1, squares, min, max, z0 + z1, 0, 0, 0);
}

/** What training telemetry records of a gradient after every step. */
export interface GradientStatistics { mean: number; min: number; max: number; norm: number; nonFinite: number }

/**
 * `arrayStatistics` cut to what telemetry records after every training step (mean, min, max,
 * norm, non-finite count), the same bits. For float32 data it runs a copy of the two-lane pass
 * without the variance and zero counts and only ever sees Float32Array, so it stays monomorphic
 * while the views call `arrayStatistics` with every array type. (Squares of float32 values cannot
 * overflow a double, so the sums of squares alone tell when a value is NaN or infinite; the full
 * pass then decides, as before.) Other data goes through `arrayStatistics`.
 */
export function gradientStatistics(data: ArrayLike<number>): GradientStatistics {
  if (!(data instanceof Float32Array) || data.length === 0) return fromFull(arrayStatistics(data));
  const n = data.length;
  // Long arrays: one SIMD pass (wasm_stats.ts; its float64 sums are in eight lanes, so the mean
  // and norm may differ from the JS lanes' in the last bits). It counts NaN and ±Infinity exactly
  // and leaves them out of the other numbers, as the JS pass does.
  const m = wasmMoments(data);
  if (m !== null) {
    if (m.finite === 0) return { mean: NaN, min: NaN, max: NaN, norm: 0, nonFinite: n };
    return { mean: m.sum / m.finite, min: m.min, max: m.max, norm: Math.sqrt(m.squares), nonFinite: n - m.finite };
  }
  const shift = finiteOrZero(data[0]);
  const end = n - (n % 2);
  const acc = gradientPass(data, end, shift);
  let d0 = acc[1], s0 = acc[3], min = acc[5], max = acc[6];
  const d1 = acc[2], s1 = acc[4];
  if (end < n) {
    const a = data[end];
    d0 += a - shift; s0 += a * a;
    if (a < min) min = a;
    if (a > max) max = a;
  }
  const squares = s0 + s1;
  // Float32 squares cannot overflow: a non-finite sum means a NaN or infinity, for which
  // arrayStatistics' own first pass would hand over to finiteOnly too.
  if (squares - squares !== 0) return fromFull(finiteOnly(data));
  return { mean: shift + (d0 + d1) / n, min, max, norm: Math.sqrt(squares), nonFinite: 0 };
}

function fromFull(s: ArrayStatistics): GradientStatistics {
  return { mean: s.mean, min: s.min, max: s.max, norm: s.norm, nonFinite: s.nan + s.posInf + s.negInf };
}

/**
 * finiteNorm's first pass: ‖x‖₂ when the sum of squares is finite, which proves every element
 * finite (a NaN or ±Infinity element makes it NaN or Infinity), else NaN (a non-finite element, or
 * a float64 overflow). The run observers use the proof: NanWatch then skips its own scan of the
 * same weights after the same step (gradient_capture.ts, RunRecord.finiteData).
 */
export function normIfAllFinite(data: Numbers): number {
  const n = data.length;
  const end = n - (n % 4);
  const acc = squaresPass(data, end);
  let s0 = acc[0];
  // The last one to three elements in the first lane, in order (no loop: see stat_loops.ts).
  if (end < n) { const a = data[end]; s0 += a * a; }
  if (end + 1 < n) { const a = data[end + 1]; s0 += a * a; }
  if (end + 2 < n) { const a = data[end + 2]; s0 += a * a; }
  const squares = s0 + acc[1] + acc[2] + acc[3];
  return squares - squares === 0 ? Math.sqrt(squares) : NaN;
}

/**
 * `arrayStatistics(data).norm` alone: ‖x‖₂ of the finite elements. Four lanes of squares only,
 * a third of the full pass's work (the gradient view's weight norm after every training step);
 * the full statistics decide when a square is not finite (NaN, ±Infinity or overflow).
 */
export function finiteNorm(data: Numbers): number {
  const norm = normIfAllFinite(data);
  if (norm === norm) return norm;
  // float32: a NaN or infinity (its squares cannot overflow): the finite elements' squares, from
  // the SIMD pass for a long array (eight lanes: the last bits may differ), else from finiteOnly,
  // to which arrayStatistics' own full pass would hand over anyway; other types may overflow,
  // and take the full statistics.
  if (data instanceof Float32Array) {
    const m = wasmMoments(data);
    return m !== null ? Math.sqrt(m.squares) : finiteOnly(data).norm;
  }
  return arrayStatistics(data).norm;
}

function finiteOnly(data: Numbers): ArrayStatistics {
  let shift = NaN;
  let count = 0, d = 0, q = 0, s = 0, zeros = 0, nan = 0, posInf = 0, negInf = 0;
  let min = Infinity, max = -Infinity;
  for (let i = 0, n = data.length; i < n; i++) {
    const x = data[i];
    if (x !== x) { nan++; continue; }
    if (x === Infinity) { posInf++; continue; }
    if (x === -Infinity) { negInf++; continue; }
    if (shift !== shift) shift = x;
    const dx = x - shift;
    count++; d += dx; q += dx * dx; s += x * x;
    if (x === 0) zeros++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (count === 0) return empty(nan, posInf, negInf, 0);
  return finish(count, shift, d, q, s, min, max, zeros, nan, posInf, negInf);
}

function finish(count: number, shift: number, d: number, q: number, squares: number, min: number, max: number, zeros: number, nan: number, posInf: number, negInf: number): ArrayStatistics {
  const meanOffset = d / count;
  const variance = Math.max(0, q / count - meanOffset * meanOffset);
  return { count, min, max, mean: shift + meanOffset, std: Math.sqrt(variance), norm: Math.sqrt(squares), nan, posInf, negInf, zeros };
}

function empty(nan: number, posInf: number, negInf: number, zeros: number): ArrayStatistics {
  return { count: 0, min: NaN, max: NaN, mean: NaN, std: NaN, norm: 0, nan, posInf, negInf, zeros };
}

function finiteOrZero(x: number): number { return x - x === 0 ? x : 0; }

/** Equal-width bins over [min, max] of the finite elements; a constant array gets a single bin. */
export function histogram(data: Numbers, stats: ArrayStatistics, bins = 40): { min: number; max: number; counts: number[] } | null {
  if (stats.count === 0) return null;
  const { min, max } = stats;
  const count = max > min ? bins : 1;
  const counts = new Array<number>(count).fill(0);
  const scale = max > min ? count / (max - min) : 0;
  for (let i = 0, len = data.length; i < len; i++) {
    const x = data[i];
    if (!(x - x === 0)) continue;
    const k = Math.min(count - 1, Math.floor((x - min) * scale));
    counts[k]++;
  }
  return { min, max, counts };
}

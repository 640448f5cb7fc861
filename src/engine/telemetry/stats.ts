// Per-step statistics, one pass over a typed array each, no allocation: what a training step
// already computed, summarised for the monitor and the gradient view.

export interface GradientStats { norm: number; mean: number; min: number; max: number; nonFinite: number }

type Numbers = ArrayLike<number>;

export function gradientStats(g: Numbers): GradientStats {
  const n = g.length;
  // Four independent accumulators break the add-latency chain; non-finite values are rare, so
  // they are only looked for (in a second, slower pass) when the sums show one.
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, q0 = 0, q1 = 0, q2 = 0, q3 = 0;
  let min = Infinity, max = -Infinity;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const a = g[i], b = g[i + 1], c = g[i + 2], d = g[i + 3];
    s0 += a; s1 += b; s2 += c; s3 += d;
    q0 += a * a; q1 += b * b; q2 += c * c; q3 += d * d;
    const lo = a < b ? a : b, lo2 = c < d ? c : d, hi = a > b ? a : b, hi2 = c > d ? c : d;
    if (lo < min || lo2 < min) min = lo < lo2 ? lo : lo2;
    if (hi > max || hi2 > max) max = hi > hi2 ? hi : hi2;
  }
  for (; i < n; i++) {
    const a = g[i];
    s0 += a; q0 += a * a;
    if (a < min) min = a;
    if (a > max) max = a;
  }
  const sum = s0 + s1 + s2 + s3, sumSq = q0 + q1 + q2 + q3;
  if (sumSq - sumSq !== 0) return finiteOnlyStats(g);
  return { norm: Math.sqrt(sumSq), mean: n ? sum / n : NaN, min: n ? min : NaN, max: n ? max : NaN, nonFinite: 0 };
}

/** The slow path: skip NaN and ±Infinity elements and count them. */
function finiteOnlyStats(g: Numbers): GradientStats {
  const n = g.length;
  let sum = 0, sumSq = 0, min = Infinity, max = -Infinity, nonFinite = 0;
  for (let i = 0; i < n; i++) {
    const x = g[i];
    // x - x is NaN exactly when x is NaN or ±Infinity.
    if (x - x !== 0) { nonFinite++; continue; }
    sum += x;
    sumSq += x * x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const finite = n - nonFinite;
  return { norm: Math.sqrt(sumSq), mean: finite ? sum / finite : NaN, min: finite ? min : NaN, max: finite ? max : NaN, nonFinite };
}

/** ‖after − before‖₂: the size of the step a variable just took. */
export function differenceNorm(before: Numbers, after: Numbers): number {
  const n = after.length;
  let s0 = 0, s1 = 0, i = 0;
  for (; i + 1 < n; i += 2) {
    const d0 = after[i] - before[i], d1 = after[i + 1] - before[i + 1];
    s0 += d0 * d0; s1 += d1 * d1;
  }
  if (i < n) { const d = after[i] - before[i]; s0 += d * d; }
  return Math.sqrt(s0 + s1);
}

/** ‖x‖₂. */
export function norm(x: Numbers): number {
  let s = 0;
  for (let i = 0, n = x.length; i < n; i++) s += x[i] * x[i];
  return Math.sqrt(s);
}

/** Sum of the elements (a non-scalar loss is minimized as its sum). */
export function total(x: Numbers): number {
  let s = 0;
  for (let i = 0, n = x.length; i < n; i++) s += x[i];
  return s;
}

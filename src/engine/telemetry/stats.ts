// Per-step statistics, one pass over a typed array each, no allocation: what a training step
// already computed, summarised for the monitor and the gradient view.

export interface GradientStats { norm: number; mean: number; min: number; max: number; nonFinite: number }

type Numbers = ArrayLike<number>;

export function gradientStats(g: Numbers): GradientStats {
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
  return {
    norm: Math.sqrt(sumSq),
    mean: finite ? sum / finite : NaN,
    min: finite ? min : NaN,
    max: finite ? max : NaN,
    nonFinite,
  };
}

/** ‖after − before‖₂: the size of the step a variable just took. */
export function differenceNorm(before: Numbers, after: Numbers): number {
  let s = 0;
  for (let i = 0, n = after.length; i < n; i++) { const d = after[i] - before[i]; s += d * d; }
  return Math.sqrt(s);
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

// Per-step arithmetic training telemetry needs beyond an array's statistics (those come from
// inspect/array_stats.ts): the size of a variable's step, and a non-scalar loss as its sum.

type Numbers = ArrayLike<number>;

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

/** Sum of the elements (a non-scalar loss is minimized as its sum). */
export function total(x: Numbers): number {
  let s = 0;
  for (let i = 0, n = x.length; i < n; i++) s += x[i];
  return s;
}

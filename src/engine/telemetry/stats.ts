// Per-step arithmetic training telemetry needs beyond an array's statistics (those come from
// inspect/array_stats.ts): the size of a variable's step, and a non-scalar loss as its sum.

import { differencePass } from '../inspect/stat_loops';
import { wasmDifferenceSquares } from '../inspect/wasm_stats';

type Numbers = ArrayLike<number>;

/** ‖after − before‖₂: the size of the step a variable just took. */
export function differenceNorm(before: Numbers, after: Numbers): number {
  const n = after.length;
  // Two long float32 arrays: the SIMD pass (eight float64 lanes: the last bits may differ from
  // the two JS lanes'; NaN and infinities propagate the same way).
  if (before instanceof Float32Array && after instanceof Float32Array) {
    const s = wasmDifferenceSquares(before, after);
    if (s !== null) return Math.sqrt(s);
  }
  const end = n - (n % 2);
  const acc = differencePass(before, after, end);
  let s0 = acc[0];
  if (end < n) { const d = after[end] - before[end]; s0 += d * d; }
  return Math.sqrt(s0 + acc[1]);
}

/** Sum of the elements (a non-scalar loss is minimized as its sum). */
export function total(x: Numbers): number {
  let s = 0;
  for (let i = 0, n = x.length; i < n; i++) s += x[i];
  return s;
}

// Statistics of an array for the tensor view: one pass for min/max/mean/std and the NaN/Inf
// counts, one more for the histogram. Non-finite values are counted, not mixed into the stats.
import type { ArrayStats, Histogram } from '../../shared/payloads/tensor';

export function arrayStats(data: ArrayLike<number>): ArrayStats {
  let n = 0, mean = 0, m2 = 0, min = Infinity, max = -Infinity;
  let nan = 0, posInf = 0, negInf = 0, zeros = 0;
  for (let i = 0, len = data.length; i < len; i++) {
    const x = data[i];
    if (x !== x) { nan++; continue; }
    if (x === Infinity) { posInf++; continue; }
    if (x === -Infinity) { negInf++; continue; }
    if (x === 0) zeros++;
    if (x < min) min = x;
    if (x > max) max = x;
    // Welford's update keeps the variance exact enough for millions of float32 pixels.
    n++;
    const d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }
  if (!n) return { min: null, max: null, mean: null, std: null, nan, posInf, negInf, zeros };
  return { min, max, mean, std: Math.sqrt(m2 / n), nan, posInf, negInf, zeros };
}

/** Equal-width bins over the finite range; a constant array gets a single bin. */
export function histogram(data: ArrayLike<number>, stats: ArrayStats, bins = 40): Histogram | null {
  if (stats.min === null || stats.max === null) return null;
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

/** ‖x‖₂ over all elements. */
export function l2norm(data: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0, len = data.length; i < len; i++) s += data[i] * data[i];
  return Math.sqrt(s);
}

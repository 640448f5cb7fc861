// tf.summary.histogram's HistogramProto, as TF1's C++ histogram::Histogram builds it
// (core/lib/histogram/histogram.cc): fixed exponential bucket limits ±1e-12·1.1^k up to 1e20
// plus 0 and ±DBL_MAX, values counted into the first limit above them, then runs of empty
// buckets collapsed into one entry (tf1-formats.md §3.4).
import { invalidArgumentError } from '../errors';
import type { HistogramProtoFields } from '../events/event_proto';

const DBL_MAX = Number.MAX_VALUE;
let defaultLimits: Float64Array | null = null;

/** The 1551 default limits; computed by repeated multiplication exactly as TF does. */
export function defaultBucketLimits(): Float64Array {
  if (!defaultLimits) {
    const pos: number[] = [];
    for (let v = 1.0e-12; v < 1.0e20; v *= 1.1) pos.push(v);
    const limits = [-DBL_MAX, ...pos.map(v => -v).reverse(), 0, ...pos, DBL_MAX];
    defaultLimits = Float64Array.from(limits);
  }
  return defaultLimits;
}

/** Index of the first limit strictly greater than v (std::upper_bound). */
function upperBound(limits: Float64Array, v: number): number {
  let lo = 0, hi = limits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (limits[mid] > v) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** The HistogramSummary op's proto for `values`; NaN/Inf raise TF's InvalidArgument texts. */
export function histogramProto(values: ArrayLike<number>, opName = 'HistogramSummary'): HistogramProtoFields {
  const limits = defaultBucketLimits();
  const counts = new Float64Array(limits.length);
  let min = DBL_MAX, max = -DBL_MAX, num = 0, sum = 0, sumSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const v = Number(values[i]);
    if (Number.isNaN(v)) throw invalidArgumentError(`Nan in summary histogram for: ${opName}`);
    if (!Number.isFinite(v)) throw invalidArgumentError(`Infinity in summary histogram for: ${opName}`);
    counts[Math.min(upperBound(limits, v), limits.length - 1)] += 1;
    if (v < min) min = v;
    if (v > max) max = v;
    num++;
    sum += v;
    sumSquares += v * v;
  }
  const bucketLimit: number[] = [], bucket: number[] = [];
  for (let i = 0; i < counts.length;) {
    let end = limits[i], count = counts[i];
    i++;
    if (count <= 0) {
      while (i < counts.length && counts[i] <= 0) { end = limits[i]; count = counts[i]; i++; }
    }
    bucketLimit.push(end);
    bucket.push(count);
  }
  if (!bucketLimit.length) { bucketLimit.push(DBL_MAX); bucket.push(0); }
  return { min, max, num, sum, sum_squares: sumSquares, bucket_limit: bucketLimit, bucket };
}

// A few numbers about an array (min/max/mean of its finite values, and the first values), so a
// view can describe the last value of every op without shipping the arrays.
import { NDArray } from '../ndarray';
import type { ValueSummaryJson } from '../../shared/payloads/graph';
import { arrayStatistics } from './array_stats';

const HEAD = 8;

export function summarizeValue(v: NDArray): ValueSummaryJson {
  const shape = v.shape.slice();
  if (v.dtype === 'string') {
    return { dtype: v.dtype, shape, size: v.size, head: [] };
  }
  const data = v.numeric;
  const head = Array.from(data.subarray(0, HEAD), Number);
  const s = arrayStatistics(data);
  if (s.count === 0) return { dtype: v.dtype, shape, size: v.size, head };
  return { dtype: v.dtype, shape, size: v.size, min: s.min, max: s.max, mean: s.mean, head };
}

/** `int32 [2] = [784, 10]`: how a constant attr reads in the details pane. */
export function describeArray(v: NDArray): string {
  const shape = `[${v.shape.join(',')}]`;
  const values = v.dtype === 'string' ? (v.data as string[]).slice(0, HEAD).map((s) => JSON.stringify(s)) : Array.from(v.numeric.subarray(0, HEAD), (x) => String(Number(x.toPrecision(6))));
  const more = v.size > HEAD ? ', …' : '';
  return `${v.dtype} ${shape} = ${v.shape.length === 0 ? values[0] : `[${values.join(', ')}${more}]`}`;
}

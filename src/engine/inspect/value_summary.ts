// A few numbers about an array (min/max/mean and the first values), so a view can describe the
// last value of every op without shipping the arrays.
import { NDArray } from '../ndarray';
import type { ValueSummaryJson } from '../../shared/payloads/graph';

const HEAD = 8;

export function summarizeValue(v: NDArray): ValueSummaryJson {
  const shape = v.shape.slice();
  if (v.dtype === 'string') {
    return { dtype: v.dtype, shape, size: v.size, head: [] };
  }
  const data = v.numeric;
  const head = Array.from(data.subarray(0, HEAD), Number);
  if (v.size === 0) return { dtype: v.dtype, shape, size: 0, head };
  let min = Infinity, max = -Infinity, sum = 0;
  for (let i = 0; i < data.length; i++) {
    const x = data[i];
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
  }
  return { dtype: v.dtype, shape, size: v.size, min, max, mean: sum / v.size, head };
}

/** `int32 [2] = [784, 10]`: how a constant attr reads in the details pane. */
export function describeArray(v: NDArray): string {
  const shape = `[${v.shape.join(',')}]`;
  const values = v.dtype === 'string' ? (v.data as string[]).slice(0, HEAD).map((s) => JSON.stringify(s)) : Array.from(v.numeric.subarray(0, HEAD), (x) => String(Number(x.toPrecision(6))));
  const more = v.size > HEAD ? ', …' : '';
  return `${v.dtype} ${shape} = ${v.shape.length === 0 ? values[0] : `[${values.join(', ')}${more}]`}`;
}

// sum, prod, mean, var, std, max, min, argmax, argmin, any, all, cumsum, cumprod with axis/keepdims.
// Float sums follow NumPy's order — pairwise within each contiguous run, runs in sequence —
// so float32 results match NumPy to the bit, not just approximately.
import { NDArray } from '../engine/ndarray';
import { DType, NumericArray, castScalar } from '../engine/dtypes';
import { asarray } from './convert';
import { isFloatDType, sumResultType } from './dtype_rules';
import { Axis, ReducePlan, normaliseAxes, planReduction } from './reduce_plan';
import { ArrayLike, pyError, scalarIfZeroDim } from './values';
import { binary } from './binary_ufuncs';

const PAIRWISE_BLOCK = 128;

/** NumPy's pairwise_sum: 8 accumulators up to 128 elements, halving above that. */
function pairwiseSum(d: { readonly [i: number]: number }, start: number, n: number, round: (v: number) => number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r = round(r + d[start + i]);
    return r;
  }
  if (n <= PAIRWISE_BLOCK) {
    const r = [d[start], d[start + 1], d[start + 2], d[start + 3], d[start + 4], d[start + 5], d[start + 6], d[start + 7]];
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] = round(r[j] + d[start + i + j]);
    let res = round(round(round(r[0] + r[1]) + round(r[2] + r[3])) + round(round(r[4] + r[5]) + round(r[6] + r[7])));
    for (; i < n; i++) res = round(res + d[start + i]);
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return round(pairwiseSum(d, start, half, round) + pairwiseSum(d, start + half, n - half, round));
}

const identity = (v: number) => v;

function finish(out: NDArray, plan: ReducePlan, keepdims: boolean): NDArray {
  return keepdims ? out.reshape(plan.keptShape) : scalarIfZeroDim(out);
}

/** Sum of `x` (already in the accumulation dtype) over the plan, NumPy's order. */
function sumPlan(x: NDArray, plan: ReducePlan): NDArray {
  const out = NDArray.zeros(x.dtype, plan.outShape);
  const src = x.data as NumericArray, dst = out.data as NumericArray;
  const round = x.dtype === 'float32' ? Math.fround : identity;
  const pairwise = isFloatDType(x.dtype) && plan.runLength > 1;
  for (let o = 0; o < plan.bases.length; o++) {
    const base = plan.bases[o];
    let acc = 0;
    for (let r = 0; r < plan.runStarts.length; r++) {
      const s = base + plan.runStarts[r];
      if (pairwise) acc = round(acc + pairwiseSum(src, s, plan.runLength, round));
      else for (let i = 0; i < plan.runLength; i++) acc = round(acc + src[s + i]);
    }
    dst[o] = castScalar(acc, x.dtype);
  }
  return out;
}

/** Visit each output's reduced elements in C order. */
function foldPlan(x: NDArray, plan: ReducePlan, outDtype: DType, init: number, step: (acc: number, v: number, k: number) => number): NDArray {
  const out = NDArray.zeros(outDtype, plan.outShape);
  const src = x.data as NumericArray, dst = out.data as NumericArray;
  for (let o = 0; o < plan.bases.length; o++) {
    let acc = init, k = 0;
    for (let r = 0; r < plan.runStarts.length; r++) {
      const s = plan.bases[o] + plan.runStarts[r];
      for (let i = 0; i < plan.runLength; i++) acc = step(acc, src[s + i], k++);
    }
    dst[o] = castScalar(acc, outDtype);
  }
  return out;
}

export function sum(a: ArrayLike, axis?: Axis, keepdims = false, dtype?: DType | null): NDArray {
  const x = asarray(a);
  const plan = planReduction(x.shape, axis);
  return finish(sumPlan(x.astype(dtype ?? sumResultType(x.dtype)), plan), plan, keepdims);
}

export function prod(a: ArrayLike, axis?: Axis, keepdims = false): NDArray {
  const x = asarray(a);
  const plan = planReduction(x.shape, axis);
  const d = sumResultType(x.dtype);
  if (isFloatDType(d)) {
    const round = d === 'float32' ? Math.fround : identity;
    return finish(foldPlan(x, plan, d, 1, (acc, v) => round(acc * v)), plan, keepdims);
  }
  // Integer products wrap around at 64 bits like NumPy's (BigInt once past 2^53).
  const out = NDArray.zeros(d, plan.outShape);
  const src = x.data as NumericArray, dst = out.data as NumericArray;
  for (let o = 0; o < plan.bases.length; o++) {
    let acc = 1, big: bigint | null = null;
    for (const start of plan.runStarts) {
      for (let i = 0; i < plan.runLength; i++) {
        const v = src[plan.bases[o] + start + i];
        if (big === null && Number.isSafeInteger(acc * v)) acc *= v;
        else big = BigInt.asIntN(64, (big ?? BigInt(acc)) * BigInt(v));
      }
    }
    dst[o] = big === null ? acc : Number(big);
  }
  return finish(out, plan, keepdims);
}

function meanOf(x: NDArray, plan: ReducePlan): NDArray {
  const accType = isFloatDType(x.dtype) ? x.dtype : 'float64';
  const s = sumPlan(x.astype(accType), plan);
  const d = s.data as NumericArray;
  for (let i = 0; i < d.length; i++) d[i] = castScalar(d[i] / plan.count, accType);
  return s;
}

export function mean(a: ArrayLike, axis?: Axis, keepdims = false): NDArray {
  const x = asarray(a);
  const plan = planReduction(x.shape, axis);
  return finish(meanOf(x, plan), plan, keepdims);
}

/**
 * np.median over `axis` (None: all elements; an int or a tuple of ints). Ints and bools give float64,
 * floats keep their dtype; an even count averages the two middle values as NumPy's mean of them does
 * ((lo + hi) rounded to the dtype, then / 2); a lane holding a NaN gives NaN; an empty lane gives NaN.
 */
export function median(a: ArrayLike, axis?: Axis, keepdims = false): NDArray {
  const x0 = asarray(a);
  const accType = isFloatDType(x0.dtype) ? x0.dtype : 'float64';
  const x = x0.astype(accType);
  const plan = planReduction(x.shape, axis);
  const out = NDArray.zeros(accType, plan.outShape);
  const src = x.data as NumericArray, dst = out.data as NumericArray;
  const lane = new Float64Array(plan.count);
  for (let o = 0; o < plan.bases.length; o++) {
    let n = 0;
    for (let r = 0; r < plan.runStarts.length; r++) {
      const start = plan.bases[o] + plan.runStarts[r];
      for (let i = 0; i < plan.runLength; i++) lane[n++] = src[start + i];
    }
    if (n === 0 || lane.some(Number.isNaN)) { dst[o] = NaN; continue; }
    lane.sort();
    const mid = n >> 1;
    dst[o] = n % 2 === 1 ? lane[mid] : castScalar(castScalar(lane[mid - 1] + lane[mid], accType) / 2, accType);
  }
  return finish(out, plan, keepdims);
}

/**
 * np.quantile with NumPy's default 'linear' method: for each q in [0, 1], the value at
 * q*(n-1) between the two sorted neighbours, interpolated as NumPy's _lerp does (from the
 * upper neighbour when t >= 0.5) so results match it bit for bit. One q gives the reduced shape,
 * a list of them a leading axis of that length.
 */
export function quantile(a: ArrayLike, qs: readonly number[], scalarQ: boolean, axis?: Axis, keepdims = false): NDArray {
  const x0 = asarray(a);
  const accType = isFloatDType(x0.dtype) ? x0.dtype : 'float64';
  const x = x0.astype(accType);
  const plan = planReduction(x.shape, axis);
  const per = plan.bases.length;
  // The interpolation runs in float64 (q is a float64 array in NumPy); a list of q promotes the
  // result to float64, one q keeps a float32 input's dtype.
  const out = NDArray.zeros(scalarQ ? accType : 'float64', [qs.length * per]);
  const src = x.data as NumericArray, dst = out.data as NumericArray;
  const lane = new Float64Array(plan.count);
  for (let o = 0; o < per; o++) {
    let n = 0;
    for (let r = 0; r < plan.runStarts.length; r++) {
      const start = plan.bases[o] + plan.runStarts[r];
      for (let i = 0; i < plan.runLength; i++) lane[n++] = src[start + i];
    }
    const hasNaN = n === 0 || lane.some(Number.isNaN);
    if (!hasNaN) lane.sort();
    qs.forEach((q, k) => {
      if (hasNaN) { dst[k * per + o] = NaN; return; }
      const index = q * (n - 1), lo = Math.floor(index), hi = Math.min(lo + 1, n - 1);
      const t = index - lo, below = lane[lo], above = lane[hi], diff = above - below;
      dst[k * per + o] = t >= 0.5 ? above - diff * (1 - t) : below + diff * t;
    });
  }
  const reduced = keepdims ? plan.keptShape : plan.outShape;
  const shaped = out.reshape(scalarQ ? reduced : [qs.length, ...reduced]);
  return scalarQ && !keepdims ? scalarIfZeroDim(shaped) : shaped;
}

export function variance(a: ArrayLike, axis?: Axis, keepdims = false, ddof = 0): NDArray {
  const x = asarray(a);
  const plan = planReduction(x.shape, axis);
  const m = meanOf(x, plan).reshape(plan.keptShape);
  const dev = binary('subtract', x.astype(m.dtype), m);
  const sq = binary('multiply', dev, dev);
  const s = sumPlan(sq, plan);
  const d = s.data as NumericArray;
  const div = Math.max(plan.count - ddof, 0);
  for (let i = 0; i < d.length; i++) d[i] = castScalar(d[i] / div, s.dtype);
  return finish(s, plan, keepdims);
}

export function std(a: ArrayLike, axis?: Axis, keepdims = false, ddof = 0): NDArray {
  const v = variance(a, axis, true, ddof);
  const d = v.data as NumericArray;
  for (let i = 0; i < d.length; i++) d[i] = castScalar(Math.sqrt(d[i]), v.dtype);
  const x = asarray(a);
  const plan = planReduction(x.shape, axis);
  return finish(new NDArray(v.dtype, plan.outShape, v.data), plan, keepdims);
}

function extreme(name: 'max' | 'min', a: ArrayLike, axis: Axis, keepdims: boolean): NDArray {
  const x = asarray(a);
  const plan = planReduction(x.shape, axis);
  if (plan.count === 0) throw pyError('ValueError', `zero-size array to reduction operation ${name === 'max' ? 'maximum' : 'minimum'} which has no identity`);
  const better = name === 'max' ? (v: number, acc: number) => v > acc : (v: number, acc: number) => v < acc;
  const out = foldPlan(x, plan, x.dtype, NaN, (acc, v, k) => (k === 0 || Number.isNaN(v) || (!Number.isNaN(acc) && better(v, acc)) ? v : acc));
  return finish(out, plan, keepdims);
}
export const max = (a: ArrayLike, axis?: Axis, keepdims = false) => extreme('max', a, axis, keepdims);
export const min = (a: ArrayLike, axis?: Axis, keepdims = false) => extreme('min', a, axis, keepdims);

function argExtreme(name: 'argmax' | 'argmin', a: ArrayLike, axis: number | null | undefined, keepdims: boolean): NDArray {
  let x = asarray(a);
  if (axis === null || axis === undefined) x = x.reshape([x.size]);
  const ax = axis === null || axis === undefined ? 0 : axis;
  const plan = planReduction(x.shape, ax);
  if (plan.count === 0) throw pyError('ValueError', `attempt to get ${name} of an empty sequence`);
  const better = name === 'argmax' ? (v: number, b: number) => v > b : (v: number, b: number) => v < b;
  let best = 0;
  const out = foldPlan(x, plan, 'int64', 0, (acc, v, k) => {
    if (k === 0 || (!Number.isNaN(best) && (Number.isNaN(v) || better(v, best)))) { best = v; return k; }
    return acc;
  });
  if (axis === null || axis === undefined) return keepdims ? out.reshape(asarray(a).shape.map(() => 1)) : scalarIfZeroDim(out);
  return finish(out, plan, keepdims);
}
export const argmax = (a: ArrayLike, axis?: number | null, keepdims = false) => argExtreme('argmax', a, axis, keepdims);
export const argmin = (a: ArrayLike, axis?: number | null, keepdims = false) => argExtreme('argmin', a, axis, keepdims);

export function any(a: ArrayLike, axis?: Axis, keepdims = false): NDArray {
  const x = asarray(a);
  const plan = planReduction(x.shape, axis);
  return finish(foldPlan(x, plan, 'bool', 0, (acc, v) => (acc || (v !== 0) ? 1 : 0)), plan, keepdims);
}

export function all(a: ArrayLike, axis?: Axis, keepdims = false): NDArray {
  const x = asarray(a);
  const plan = planReduction(x.shape, axis);
  return finish(foldPlan(x, plan, 'bool', 1, (acc, v) => (acc && (v !== 0) ? 1 : 0)), plan, keepdims);
}

export function count_nonzero(a: ArrayLike, axis?: Axis, keepdims = false): NDArray {
  const x = asarray(a);
  const plan = planReduction(x.shape, axis);
  const out = foldPlan(x, plan, 'int64', 0, (acc, v) => acc + (v !== 0 ? 1 : 0));
  return finish(out, plan, keepdims);
}

/** cumsum along an axis (flattened when axis is None), summed in sequence like NumPy. */
export function cumsum(a: ArrayLike, axis?: number | null, dtype?: DType | null): NDArray {
  return accumulate(a, axis, dtype, 0, dt => {
    const round = dt === 'float32' ? Math.fround : identity;
    return (acc, v) => round(acc + v);
  });
}

/** cumprod along an axis (flattened when axis is None), multiplied in sequence like NumPy. */
export function cumprod(a: ArrayLike, axis?: number | null, dtype?: DType | null): NDArray {
  return accumulate(a, axis, dtype, 1, dt => (dt === 'int64' ? wrappingProduct : (acc, v) => castScalar(acc * v, dt)));
}

/** An int64 product wrapping around at 64 bits like NumPy's (through BigInt once past 2^53). */
function wrappingProduct(acc: number, v: number): number {
  const p = acc * v;
  return Number.isSafeInteger(p) ? p : Number(BigInt.asIntN(64, BigInt(acc) * BigInt(v)));
}

/** A running fold along one axis, in the accumulation dtype (sum's: small ints and bools widen to int64). */
function accumulate(a: ArrayLike, axis: number | null | undefined, dtype: DType | null | undefined, init: number,
  stepFor: (dt: DType) => (acc: number, v: number) => number): NDArray {
  let x = asarray(a);
  if (axis === null || axis === undefined) { x = x.reshape([x.size]); axis = 0; }
  const [ax] = normaliseAxes(axis, x.shape.length);
  const outDtype = dtype ?? sumResultType(x.dtype);
  const src = x.astype(outDtype);
  const out = NDArray.zeros(outDtype, x.shape);
  const s = src.data as NumericArray, d = out.data as NumericArray;
  const step = stepFor(outDtype);
  let inner = 1;
  for (let i = ax + 1; i < x.shape.length; i++) inner *= x.shape[i];
  const len = x.shape[ax], outer = x.size / Math.max(1, len * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let acc = init;
      for (let k = 0; k < len; k++) {
        const at = (o * len + k) * inner + i;
        acc = step(acc, s[at]);
        d[at] = castScalar(acc, outDtype);
      }
    }
  }
  return out;
}

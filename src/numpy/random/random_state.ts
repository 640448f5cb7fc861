// numpy.random.RandomState with its legacy streams: the same seed gives the same numbers as
// NumPy, so notebooks that call np.random.seed(0) reproduce the data their authors saw.
import { NDArray, shapeSize } from '../../engine/ndarray';
import { DType, NumericArray } from '../../engine/dtypes';
import { MT19937 } from './mt19937';
import { preciseLog } from './precise_log';
import { ArrayLike as Values, NumpyScalar, pyError } from '../values';
import { drawAll, drawPlan } from './params';
import { BinomialSampler } from './binomial';

/** OverflowError is not among the engine's error types; the interpreter maps it by `pyType`. */
class OverflowError extends Error {
  readonly pyType = 'OverflowError';
}

/** `size=` as NumPy takes it: null for "one Python scalar", a number or a shape. */
export type Size = number | readonly number[] | null | undefined;

export class RandomState {
  private readonly mt: MT19937;
  private hasGauss = false;
  private gauss = 0;

  constructor(seed?: number) {
    this.mt = new MT19937();
    this.seed(seed);
  }

  /** seed(None) draws fresh entropy, as NumPy does. */
  seed(seed?: number | null): void {
    if (seed === undefined || seed === null) seed = Math.floor(Math.random() * 2 ** 32);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw pyError('ValueError', 'Seed must be between 0 and 2**32 - 1');
    this.mt.seed(seed);
    this.hasGauss = false;
    this.gauss = 0;
  }

  // ---- uniform doubles ----
  random_sample(size?: Size): number | NDArray { return this.fillDoubles(size, () => this.mt.nextDouble()); }
  random(size?: Size): number | NDArray { return this.random_sample(size); }
  rand(...dims: number[]): number | NDArray { return this.random_sample(dims.length ? dims : null); }
  /** low and high may be arrays (broadcast together and with size); each draw is low + (high - low)·U. */
  uniform(low: Values = 0, high: Values = 1, size?: Size): number | NDArray {
    const plan = drawPlan([low, high], size);
    plan.check(([lo, hi]) => { if (!Number.isFinite(hi - lo)) throw new OverflowError('Range exceeds valid bounds'); });
    return drawAll(plan, 'float64', ([lo, hi]) => lo + (hi - lo) * this.mt.nextDouble());
  }

  // ---- normals (polar Box–Muller; the second value of each pair is kept for the next call) ----
  standard_normal(size?: Size): number | NDArray { return this.fillDoubles(size, () => this.nextGauss()); }
  randn(...dims: number[]): number | NDArray { return this.standard_normal(dims.length ? dims : null); }
  /** loc and scale may be arrays (broadcast together and with size). */
  normal(loc: Values = 0, scale: Values = 1, size?: Size): number | NDArray {
    const plan = drawPlan([loc, scale], size);
    plan.check(([, s]) => { if (s < 0) throw pyError('ValueError', 'scale < 0'); });
    return drawAll(plan, 'float64', ([l, s]) => l + s * this.nextGauss());
  }

  /** binomial(n, p, size=None): n truncates to an integer; int64 draws (a Python int for scalars). */
  binomial(n: Values, p: Values, size?: Size): bigint | NDArray {
    const plan = drawPlan([n, p], size);
    plan.check(([trials]) => { if (Math.trunc(trials) < 0) throw pyError('ValueError', 'n < 0'); });
    plan.check(([, prob]) => { if (!(prob >= 0 && prob <= 1)) throw pyError('ValueError', 'p < 0, p > 1 or p is NaN'); });
    const next = () => this.mt.nextDouble();
    const sampler = new BinomialSampler();
    const out = drawAll(plan, 'int64', ([trials, prob]) => sampler.draw(next, Math.trunc(trials), prob));
    return typeof out === 'number' ? BigInt(out) : out;
  }

  // ---- integers ----
  /** randint(low, high=None, size=None, dtype=int64): high exclusive; returns a Python int for size None. */
  randint(low: number, high?: number | null, size?: Size, dtype: DType = 'int64'): bigint | NDArray {
    if (high === undefined || high === null) {
      if (low <= 0) throw pyError('ValueError', 'high <= 0');
      high = low; low = 0;
    } else if (low >= high) throw pyError('ValueError', 'low >= high');
    const range = high - low - 1;
    if (dtype !== 'int64' && dtype !== 'int32') throw pyError('TypeError', `Unsupported dtype ${dtype} for randint`);
    if (dtype === 'int32' && (low < -(2 ** 31) || high > 2 ** 31)) throw pyError('ValueError', `high is out of bounds for int32`);
    const draw = () => low + this.boundedMasked(range);
    if (size === null || size === undefined) {
      const v = draw();
      return dtype === 'int64' ? BigInt(v) : (NumpyScalar.of(dtype, v));
    }
    const out = NDArray.zeros(dtype, shapeOf(size));
    const d = out.data as NumericArray;
    for (let i = 0; i < d.length; i++) d[i] = draw();
    return out;
  }

  /** A value in [0, range] by masked rejection: draw, keep the low bits, retry if too big. */
  private boundedMasked(range: number): number {
    if (range === 0) return 0;
    if (range <= 0xffffffff) {
      if (range === 0xffffffff) return this.mt.nextUint32();
      const mask = maskFor(range);
      let v: number;
      do v = (this.mt.nextUint32() & mask) >>> 0; while (v > range);
      return v;
    }
    const r = BigInt(range);
    let mask = r;
    for (const s of [1n, 2n, 4n, 8n, 16n, 32n]) mask |= mask >> s;
    let v: bigint;
    do v = this.mt.nextUint64() & mask; while (v > r);
    return Number(v);
  }

  /** random_interval: used by shuffle; same masked rejection, 32-bit draws while they suffice. */
  private interval(max: number): number { return this.boundedMasked(max); }

  // ---- permutations ----
  /** Shuffle in place along the first axis (Fisher–Yates from the end). */
  shuffle(x: NDArray): void {
    if (x.shape.length === 0) throw pyError('TypeError', "object of type 'numpy.float64' has no len()");
    const n = x.shape[0];
    const row = n === 0 ? 0 : x.size / n;
    const d = x.data as NumericArray;
    const tmp = d.slice(0, row);
    for (let i = n - 1; i > 0; i--) {
      const j = this.interval(i);
      if (row === 1) { const t = d[i]; d[i] = d[j]; d[j] = t; continue; }
      tmp.set(d.subarray(i * row, (i + 1) * row));
      d.copyWithin(i * row, j * row, (j + 1) * row);
      d.set(tmp, j * row);
    }
  }

  /** permutation(n) → shuffled arange(n); permutation(arr) → shuffled copy (rows for N-d). */
  permutation(x: number | NDArray): NDArray {
    if (typeof x === 'number') {
      const a = NDArray.zeros('int64', [x]);
      const d = a.data as NumericArray;
      for (let i = 0; i < x; i++) d[i] = i;
      this.shuffle(a);
      return a;
    }
    if (x.shape.length === 0) throw pyError('IndexError', 'x must be an integer or at least 1-dimensional');
    const copy = x.clone();
    this.shuffle(copy);
    return copy;
  }

  /**
   * choice(a, size=None, replace=True, p=None). `a` is a population size or a 1-d array; returns
   * indices (for an int) or elements. A size-None draw returns a Python int (int `a`) or
   * a NumPy scalar (array `a`).
   */
  choice(a: number | NDArray, size?: Size, replace = true, p?: ArrayLike<number> | null): bigint | NDArray {
    const population = typeof a === 'number' ? a : a.shape.length === 1 ? a.shape[0] : -1;
    if (population < 0) throw pyError('ValueError', typeof a !== 'number' && a.shape.length === 0 ? 'a must be 1-dimensional or an integer' : 'a must be 1-dimensional');
    const shape = size === null || size === undefined ? [] : shapeOf(size);
    const count = shapeSize(shape);
    if (typeof a === 'number' && population <= 0 && count !== 0) throw pyError('ValueError', 'a must be greater than 0 unless no samples are taken');
    if (typeof a !== 'number' && population === 0 && count !== 0) throw pyError('ValueError', "'a' cannot be empty unless no samples are taken");
    let probs: Float64Array | null = null;
    if (p) {
      probs = Float64Array.from(p);
      if (probs.length !== population) throw pyError('ValueError', "'a' and 'p' must have same size");
      let sum = 0;
      for (const v of probs) sum += v;
      if (Number.isNaN(sum)) throw pyError('ValueError', 'probabilities contain NaN');
      if (probs.some(v => v < 0)) throw pyError('ValueError', 'probabilities are not non-negative');
      if (Math.abs(sum - 1) > Math.sqrt(2.220446049250313e-16)) throw pyError('ValueError', 'probabilities do not sum to 1');
    }
    let idx: number[];
    if (replace) {
      if (probs) {
        const cdf = normalisedCdf(probs);
        idx = [];
        for (let i = 0; i < count; i++) idx.push(searchRight(cdf, this.mt.nextDouble()));
      } else {
        idx = [];
        for (let i = 0; i < count; i++) idx.push(this.boundedMasked(population - 1));
      }
    } else {
      if (count > population) throw pyError('ValueError', "Cannot take a larger sample than population when 'replace=False'");
      if (probs) {
        if (probs.filter(v => v > 0).length < count) throw pyError('ValueError', 'Fewer non-zero entries in p than size');
        idx = [];
        const weights = probs.slice();
        while (idx.length < count) {
          const draws: number[] = [];
          for (let i = idx.length; i < count; i++) draws.push(this.mt.nextDouble());
          for (const f of idx) weights[f] = 0;
          const cdf = normalisedCdf(weights);
          // keep each new index once, in order of first appearance
          const seen = new Set<number>();
          for (const u of draws) {
            const k = searchRight(cdf, u);
            if (!seen.has(k)) { seen.add(k); idx.push(k); }
          }
        }
      } else {
        idx = Array.from(this.permutation(population).data as NumericArray).slice(0, count);
      }
    }
    const scalar = size === null || size === undefined;
    if (typeof a === 'number') {
      if (scalar) return BigInt(idx[0]);
      return NDArray.from(idx, 'int64').reshape(shape);
    }
    const src = a.data as NumericArray;
    if (scalar) return NumpyScalar.of(a.dtype, src[idx[0]]);
    const out = NDArray.zeros(a.dtype, shape);
    const d = out.data as NumericArray;
    idx.forEach((k, i) => { d[i] = src[k]; });
    return out;
  }

  private nextGauss(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      return this.gauss;
    }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * this.mt.nextDouble() - 1;
      x2 = 2 * this.mt.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt(-2 * preciseLog(r2) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  private fillDoubles(size: Size, next: () => number): number | NDArray {
    if (size === null || size === undefined) return next();
    const out = NDArray.zeros('float64', shapeOf(size));
    const d = out.data as NumericArray;
    for (let i = 0; i < d.length; i++) d[i] = next();
    return out;
  }
}

function shapeOf(size: number | readonly number[]): number[] {
  const shape = typeof size === 'number' ? [size] : size.slice();
  if (shape.some(d => d < 0 || !Number.isInteger(d))) throw pyError('ValueError', 'negative dimensions are not allowed');
  return shape;
}

function maskFor(range: number): number {
  let m = range;
  m |= m >>> 1; m |= m >>> 2; m |= m >>> 4; m |= m >>> 8; m |= m >>> 16;
  return m >>> 0;
}

/** cumsum(p) / cumsum(p)[-1], summed left to right like np.cumsum. */
function normalisedCdf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let acc = 0;
  for (let i = 0; i < p.length; i++) { acc += p[i]; cdf[i] = acc; }
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/** searchsorted(cdf, u, side='right'): how many entries are <= u. */
function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0, hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] <= u) lo = mid + 1; else hi = mid;
  }
  return lo;
}

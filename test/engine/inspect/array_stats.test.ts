// The one array-statistics function every view and telemetry use: finite-only numbers, counted
// non-finite values, exact zeros for constant arrays, and agreement with a plain two-pass formula.
import { strict as assert } from 'assert';
import { arrayStatistics, finiteNorm, gradientStatistics, histogram } from '../../../src/engine/inspect/array_stats';
import { wasmStatsTuning } from '../../../src/engine/inspect/wasm_stats';

function twoPass(xs: number[]) {
  const finite = xs.filter((x) => Number.isFinite(x));
  const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
  const std = Math.sqrt(finite.reduce((a, b) => a + (b - mean) ** 2, 0) / finite.length);
  return { mean, std, norm: Math.sqrt(finite.reduce((a, b) => a + b * b, 0)), min: Math.min(...finite), max: Math.max(...finite) };
}

const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);

describe('arrayStatistics', () => {
  it('agrees with the two-pass formula on random data of odd and even length', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (const n of [1, 2, 3, 1001, 4096]) {
      const xs = Array.from({ length: n }, rand);
      const s = arrayStatistics(Float64Array.from(xs));
      const t = twoPass(xs);
      for (const k of ['mean', 'std', 'norm', 'min', 'max'] as const) close(s[k], t[k], `${k} of ${n}`);
      assert.equal(s.count, n);
    }
  });

  it('gives a constant array std 0 exactly, also far from zero', () => {
    assert.equal(arrayStatistics(new Float32Array(1000).fill(0.1)).std, 0);
    const s = arrayStatistics(Float64Array.from([1e9 + 1, 1e9 + 2, 1e9 + 3]));
    close(s.std, Math.sqrt(2 / 3), 'std beside a large offset');
  });

  it('counts NaN, +Inf, -Inf and zeros, and leaves them out of the other numbers', () => {
    const s = arrayStatistics(Float32Array.from([NaN, 1, Infinity, 0, -Infinity, 3, NaN]));
    assert.deepEqual([s.count, s.nan, s.posInf, s.negInf, s.zeros], [3, 2, 1, 1, 1]);
    assert.deepEqual([s.min, s.max, s.mean], [0, 3, 4 / 3]);
    close(s.norm, Math.sqrt(10), 'norm of the finite values');
  });

  it('has no min, max or mean for an empty or all-NaN array, and no histogram', () => {
    for (const data of [new Float32Array(0), Float32Array.from([NaN, Infinity])]) {
      const s = arrayStatistics(data);
      assert.equal(s.count, 0);
      assert.ok(Number.isNaN(s.min) && Number.isNaN(s.mean));
      assert.equal(s.norm, 0);
      assert.equal(histogram(data, s), null);
    }
  });

  it('bins the finite values; a constant array gets one bin', () => {
    const data = Float32Array.from([0, 1, 2, 3, NaN]);
    assert.deepEqual(histogram(data, arrayStatistics(data), 4)!.counts, [1, 1, 1, 1]);
    const flat = new Float32Array(5).fill(2);
    assert.deepEqual(histogram(flat, arrayStatistics(flat))!.counts, [5]);
  });
});

describe('finiteNorm', () => {
  it('is the norm of the full statistics for every length and remainder', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (const n of [0, 1, 2, 3, 4, 5, 7, 7840]) {
      const xs = Float32Array.from({ length: n }, rand);
      close(finiteNorm(xs), twoPass([...xs]).norm || 0, `n=${n}`);
      close(finiteNorm(xs), arrayStatistics(xs).norm, `n=${n} vs arrayStatistics`);
    }
  });

  it('leaves out NaN and ±Infinity, and overflows to Infinity as the full statistics do', () => {
    const data = new Float64Array([3, NaN, 4, Infinity, -Infinity, 0]);
    assert.equal(finiteNorm(data), 5);
    assert.equal(finiteNorm(new Float64Array([NaN, Infinity])), 0);
    const huge = new Float64Array([1e200, 1e200]);
    assert.equal(finiteNorm(huge), arrayStatistics(huge).norm);
    assert.equal(finiteNorm(huge), Infinity);
  });
});

describe('gradientStatistics', () => {
  // The JS lanes' bits; long arrays' SIMD pass (other lanes) is tested in wasm_stats.test.ts.
  before(() => { wasmStatsTuning.enabled = false; });
  after(() => { wasmStatsTuning.enabled = true; });
  // Object.is tells NaN from NaN-free values and -0 from 0: the same bits, not close numbers.
  const same = (data: ArrayLike<number>, what: string) => {
    const g = gradientStatistics(data), s = arrayStatistics(data);
    for (const k of ['mean', 'min', 'max', 'norm'] as const) assert.ok(Object.is(g[k], s[k]), `${k} of ${what}: ${g[k]} vs ${s[k]}`);
    assert.equal(g.nonFinite, s.nan + s.posInf + s.negInf, `non-finite count of ${what}`);
  };

  it('is the full statistics of float32 data, bit for bit, for every length and with offsets', () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (const n of [0, 1, 2, 3, 5, 10, 7840, 7841]) {
      same(Float32Array.from({ length: n }, rand), `n=${n}`);
      same(Float32Array.from({ length: n }, () => 1e6 + rand() * 1e-3), `offset n=${n}`);
      same(Float32Array.from({ length: n }, () => rand() * 3e38), `huge n=${n}`);
    }
    same(new Float32Array([-0, 0, -0]), 'signed zeros');
    same(new Float32Array(1000).fill(0.1), 'constant');
  });

  it('counts NaN and ±Infinity as the full statistics do, and serves other array types through them', () => {
    same(new Float32Array([1, NaN, 2, Infinity, -Infinity, 3, 4]), 'non-finite float32');
    same(new Float32Array([NaN, 1, 2]), 'NaN first');
    same(new Float32Array([Infinity, Infinity]), 'all infinite');
    same(new Float64Array([1e200, -1e200, 1e154, -1e154]), 'float64 overflow');
    same(new Int32Array([5, -3, 7]), 'int32');
    same([1, 2, NaN], 'plain array');
  });
});

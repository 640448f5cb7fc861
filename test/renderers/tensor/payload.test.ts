// The tensor view's payload for numpy values from the seed session: exact values, statistics
// over every element (also beyond the included values), NaN/Inf counts, a consistent histogram.
import { strict as assert } from 'assert';
import { runSeed, type SeedRun } from '../seed';
import { Mime } from '../../../src/shared/mimes';
import { decodeValues, imageLayout, type TensorPayload } from '../../../src/shared/payloads/tensor';
import { defaultMaxValues } from '../../../src/engine/inspect/tensor_payload';

describe('tensor view payload (seed session)', function () {
  this.timeout(30_000);
  let seed: SeedRun;
  before(() => { seed = runSeed(5); });

  const arrayOf = (expr: string) => (seed.value(expr) as unknown as { array: { data: Float32Array; shape: number[] } }).array;

  it('carries mnist.test.images[:10] exactly, with its statistics and a histogram of every pixel', () => {
    const p = seed.bundle('mnist.test.images[:10]')[Mime.tensor] as TensorPayload;
    const a = arrayOf('mnist.test.images[:10]');
    assert.deepEqual([p.shape, p.dtype, p.size], [[10, 784], 'float32', 7840]);
    assert.deepEqual(Array.from(decodeValues(p.values!)), Array.from(a.data));
    let sum = 0, zeros = 0;
    for (const x of a.data) { sum += x; if (x === 0) zeros++; }
    const mean = sum / a.data.length;
    let sq = 0;
    for (const x of a.data) sq += (x - mean) ** 2;
    assert.ok(Math.abs(p.stats!.mean! - mean) < 1e-9 && Math.abs(p.stats!.std! - Math.sqrt(sq / a.data.length)) < 1e-9);
    assert.deepEqual([p.stats!.min, p.stats!.max, p.stats!.zeros, p.stats!.nan], [0, 1, zeros, 0]);
    assert.equal(p.histogram!.counts.reduce((x, y) => x + y, 0), 7840);
    const firstBin = Array.from(a.data).filter((x) => x < 1 / 40).length;
    assert.equal(p.histogram!.counts[0], firstBin, 'the first of 40 bins holds the pixels below 1/40, the blank ones among them');
    assert.ok(firstBin >= zeros);
    assert.deepEqual(imageLayout(p.shape), { count: 10, side: 28, axis: 'rows' });
  });

  it('keeps statistics of a large array exact while including only the leading values', () => {
    const p = seed.bundle('mnist.test.images')[Mime.tensor] as TensorPayload;
    const a = arrayOf('mnist.test.images');
    assert.ok(p.size > defaultMaxValues);
    assert.equal(p.values!.length, defaultMaxValues);
    let sum = 0;
    for (const x of a.data) sum += x;
    assert.ok(Math.abs(p.stats!.mean! - sum / a.data.length) < 1e-9);
    assert.equal(p.histogram!.counts.reduce((x, y) => x + y, 0), p.size);
  });

  it('counts NaN and infinities apart from the statistics', () => {
    seed.run('import numpy as np');
    const p = seed.bundle('np.array([[1.0, np.nan, np.inf], [-np.inf, 0.0, 2.5]], dtype=np.float32)')[Mime.tensor] as TensorPayload;
    assert.deepEqual({ ...p.stats, mean: null, std: null }, { min: 0, max: 2.5, mean: null, std: null, nan: 1, posInf: 1, negInf: 1, zeros: 1 });
    assert.ok(Math.abs(p.stats!.mean! - 3.5 / 3) < 1e-12);
    assert.ok(Math.abs(p.stats!.std! - Math.sqrt(((1 - 3.5 / 3) ** 2 + (3.5 / 3) ** 2 + (2.5 - 3.5 / 3) ** 2) / 3)) < 1e-12);
    const v = decodeValues(p.values!);
    assert.ok(Number.isNaN(v[1]) && v[2] === Infinity && v[3] === -Infinity);
  });

  it('names an array by the global bound to it; scalars and ints stay as expected', () => {
    seed.run('imgs = mnist.test.images[:3]\nlabels = np.argmax(mnist.test.labels[:4], 1)');
    assert.equal((seed.bundle('imgs')[Mime.tensor] as TensorPayload).name, 'imgs');
    const labels = seed.bundle('labels')[Mime.tensor] as TensorPayload;
    assert.equal(labels.values!.encoding, labels.dtype === 'int32' ? 'i32' : 'f64');
    assert.deepEqual(Object.keys(seed.bundle('np.float32(2.5)')), [Mime.text], 'a NumPy scalar is text');
    assert.deepEqual(Object.keys(seed.bundle('3')), [Mime.text]);
  });
});

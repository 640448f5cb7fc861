import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DataSet, denseToOneHot, readDataSets, RngFactory } from '../../../src/engine/data';
import { NDArray } from '../../../src/engine/ndarray';
import { recordingEnvironment } from './helpers';

// numpy.random.RandomState(seed).permutation(n), generated once by scripts/numpy-permutation-fixture.py
const numpy = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/numpy-permutations.json'), 'utf8'));

// The first n real digits of the bundled test split, as uint8 [n, 28, 28, 1] and class ids.
const bundled = readDataSets('', { dtype: 'uint8', reshape: false }, recordingEnvironment().env).test;
function realDigits(n: number): { images: NDArray; labels: NDArray } {
  return {
    images: new NDArray('uint8', [n, 28, 28, 1], bundled.images.numeric.slice(0, n * 784)),
    labels: new NDArray('uint8', [n], bundled.labels.numeric.slice(0, n)),
  };
}

/** Which original digit each row of a batch is, recognised by its pixels. */
function originalIndices(batch: NDArray, original: NDArray): number[] {
  // Batches are float32 in [0,1]; originals are uint8. Compare as bytes.
  const key = (a: NDArray, i: number) =>
    Array.from(a.numeric.subarray(i * 784, i * 784 + 784), (v) => (a.dtype === 'uint8' ? v : Math.round(v * 255))).join();
  const byPixels = new Map<string, number>();
  for (let i = 0; i < original.shape[0]; i++) byPixels.set(key(original, i), i);
  return Array.from({ length: batch.shape[0] }, (_, i) => byPixels.get(key(batch, i))!);
}

describe('engine/data DataSet', () => {
  it('flattens to [n, 784] float32 in [0,1] by default, bit-identical to numpy\'s scaling', () => {
    const { images, labels } = realDigits(50);
    const ds = new DataSet(images, labels);
    assert.deepStrictEqual(ds.images.shape, [50, 784]);
    const bits = new Uint32Array(ds.images.numeric.buffer as ArrayBuffer, ds.images.numeric.byteOffset, ds.images.size);
    const expected: number[] = numpy.pixel_scale_float32_bits;
    for (let i = 0; i < images.size; i++) assert.strictEqual(bits[i], expected[images.numeric[i]]);
  });

  it('gathers shuffled batches with numpy\'s scaling bits, from word-aligned pixels and from pixels that are not', () => {
    const { images, labels } = realDigits(20);
    const unaligned = new Uint8Array(images.size + 1).subarray(1);
    unaligned.set(images.numeric as Uint8Array);
    const expected: number[] = numpy.pixel_scale_float32_bits;
    for (const pixels of [images.numeric as Uint8Array, unaligned]) {
      const ds = new DataSet(new NDArray('uint8', images.shape, pixels), labels, { seed: 3 });
      const [x] = ds.next_batch(7);
      const rows = originalIndices(x, images);
      const bits = new Uint32Array(x.numeric.buffer as ArrayBuffer, x.numeric.byteOffset, x.size);
      for (let r = 0; r < rows.length; r++) {
        for (let k = 0; k < 784; k++) assert.strictEqual(bits[r * 784 + k], expected[pixels[rows[r] * 784 + k]]);
      }
    }
  });

  it('keeps uint8 pixels and [n, 28, 28, 1] when asked, and rejects other dtypes like TF', () => {
    const { images, labels } = realDigits(5);
    const ds = new DataSet(images, labels, { dtype: 'uint8', reshape: false });
    assert.deepStrictEqual([ds.images.dtype, ds.images.shape], ['uint8', [5, 28, 28, 1]]);
    assert.throws(() => new DataSet(images, labels, { dtype: 'float64' as 'float32' }),
      { name: 'TypeError', message: 'Invalid image dtype tf.float64, expected uint8 or float32' });
    assert.throws(() => new DataSet(images, realDigits(4).labels), { name: 'AssertionError', message: 'images.shape: (5, 28, 28, 1) labels.shape: (4,)' });
  });

  it('shuffles on the first call with the seed, giving numpy RandomState(seed)\'s order', () => {
    const { images, labels } = realDigits(10);
    const ds = new DataSet(images, labels, { seed: 0 });
    const [batch, batchLabels] = ds.next_batch(3);
    const perm: number[] = numpy['0:10'];
    assert.deepStrictEqual(originalIndices(batch, images), perm.slice(0, 3));
    assert.deepStrictEqual(Array.from(batchLabels.numeric), perm.slice(0, 3).map((i) => labels.numeric[i]));
    assert.deepStrictEqual(originalIndices(ds.images, images), perm, 'images property shows the current order');
  });

  it('at the epoch end takes the rest, reshuffles, and concatenates the head of the new epoch', () => {
    const { images, labels } = realDigits(20);
    const ds = new DataSet(images, labels, { seed: 5 });
    const [first, second]: number[][] = numpy['5:20:twice'];
    for (let call = 0; call < 3; call++) ds.next_batch(6);
    assert.strictEqual(ds.epochs_completed, 0);
    const [batch, batchLabels] = ds.next_batch(6);
    assert.strictEqual(ds.epochs_completed, 1);
    // Rows 18, 19 of epoch 0's order, then rows 0..3 of that order permuted again.
    const epoch1 = second.map((j) => first[j]);
    const expected = [first[18], first[19], ...epoch1.slice(0, 4)];
    assert.deepStrictEqual(originalIndices(batch, images), expected);
    assert.deepStrictEqual(Array.from(batchLabels.numeric), expected.map((i) => labels.numeric[i]));
    assert.deepStrictEqual(originalIndices(ds.next_batch(6)[0], images), epoch1.slice(4, 10));
  });

  it('serves every example exactly once per epoch, whatever the batch size', () => {
    const { images, labels } = realDigits(10);
    const ds = new DataSet(images, labels, { seed: 7 });
    const stream: number[] = [];
    for (let call = 0; call < 10; call++) stream.push(...originalIndices(ds.next_batch(3)[0], images));
    assert.strictEqual(ds.epochs_completed, 2);
    for (let epoch = 0; epoch < 3; epoch++) {
      assert.deepStrictEqual(stream.slice(epoch * 10, epoch * 10 + 10).sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });

  it('does not wrap on a batch ending exactly at N; the next call starts a new epoch with an empty tail', () => {
    const { images, labels } = realDigits(10);
    const ds = new DataSet(images, labels, { seed: 1 });
    const epoch0 = [...originalIndices(ds.next_batch(5)[0], images), ...originalIndices(ds.next_batch(5)[0], images)];
    assert.strictEqual(ds.epochs_completed, 0);
    const [batch] = ds.next_batch(5);
    assert.strictEqual(ds.epochs_completed, 1);
    assert.strictEqual(batch.shape[0], 5);
    assert.deepStrictEqual(originalIndices(batch, images), originalIndices(ds.images, images).slice(0, 5));
    assert.deepStrictEqual(epoch0.sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('with shuffle=false walks the file order and wraps by concatenation', () => {
    const { images, labels } = realDigits(10);
    const ds = new DataSet(images, labels, { seed: 3 });
    assert.deepStrictEqual(originalIndices(ds.next_batch(4, false, false)[0], images), [0, 1, 2, 3]);
    assert.deepStrictEqual(originalIndices(ds.next_batch(4, false, false)[0], images), [4, 5, 6, 7]);
    const [batch, batchLabels] = ds.next_batch(4, false, false);
    assert.deepStrictEqual(originalIndices(batch, images), [8, 9, 0, 1]);
    assert.deepStrictEqual(Array.from(batchLabels.numeric), [8, 9, 0, 1].map((i) => labels.numeric[i]));
    assert.strictEqual(ds.epochs_completed, 1);
  });

  it('over several reshuffles, each epoch\'s batches are the consecutive rows of images as read in that epoch, labels alongside', () => {
    const { images, labels } = realDigits(12);
    const ds = new DataSet(images, labels, { seed: 4 });
    const seen: NDArray[] = [];
    for (let epoch = 0; epoch < 4; epoch++) {
      const batches = [ds.next_batch(4), ds.next_batch(4), ds.next_batch(4)];
      // Read after the epoch's first batch: the order that epoch's batches come from.
      const order = originalIndices(ds.images, images);
      seen.push(ds.images);
      assert.deepStrictEqual(Array.from(ds.labels.numeric), order.map((i) => labels.numeric[i]));
      assert.deepStrictEqual(batches.flatMap(([x]) => originalIndices(x, images)), order);
      // Batches are scaled from the uint8 pixels as they are gathered: the same float32 bits as `images`.
      assert.deepStrictEqual(batches.flatMap(([x]) => Array.from(x.numeric)), Array.from(ds.images.numeric));
      assert.deepStrictEqual(batches.flatMap(([, y]) => Array.from(y.numeric)), order.map((i) => labels.numeric[i]));
      assert.strictEqual(ds.epochs_completed, epoch);
    }
    // Arrays handed out earlier keep their epoch's order; the epochs are differently shuffled.
    assert.notDeepStrictEqual(originalIndices(seen[0], images), originalIndices(seen[3], images));
  });

  it('batches a program keeps stay as scaled, over many next_batch calls and reshuffles', () => {
    // The gathers skip zero pixel words, relying on each batch being a fresh (zero) array: a
    // reused or pooled buffer would leave another batch's values in those places, or change a
    // kept batch when a later one is written.
    const { images, labels } = realDigits(60);
    const expected: number[] = numpy.pixel_scale_float32_bits;
    const pixels = images.numeric as Uint8Array;
    const ds = new DataSet(images, labels, { seed: 5 });
    const kept: { x: NDArray; rows: number[]; copy: Uint32Array }[] = [];
    for (let call = 0; call < 40; call++) {
      const [x] = ds.next_batch(call % 2 === 0 ? 13 : 7);
      if (call % 6 === 0) {
        kept.push({ x, rows: originalIndices(x, images), copy: new Uint32Array(x.numeric.buffer.slice(x.numeric.byteOffset, x.numeric.byteOffset + x.size * 4)) });
      }
    }
    assert.ok(ds.epochs_completed >= 5);
    for (const { x, rows, copy } of kept) {
      const bits = new Uint32Array(x.numeric.buffer as ArrayBuffer, x.numeric.byteOffset, x.size);
      assert.deepStrictEqual(bits, copy);
      for (let r = 0; r < rows.length; r++) {
        for (let k = 0; k < 784; k++) assert.strictEqual(bits[r * 784 + k], expected[pixels[rows[r] * 784 + k]]);
      }
    }
  });

  it('scales images of any length and alignment with numpy\'s bits, in file order and once shuffled', () => {
    const expected: number[] = numpy.pixel_scale_float32_bits;
    // 45 pixels: the word loop's tail; the unaligned copy takes the byte loop.
    const small = new Uint8Array(46).subarray(1);
    for (let i = 0; i < small.length; i++) small[i] = i % 3 === 0 ? 0 : (i * 37) % 256;
    for (const pixels of [Uint8Array.from(small), small]) {
      const ds = new DataSet(new NDArray('uint8', [5, 3, 3, 1], pixels), new NDArray('uint8', [5], new Uint8Array(5)));
      const bits = new Uint32Array(ds.images.numeric.buffer as ArrayBuffer, ds.images.numeric.byteOffset, 45);
      for (let i = 0; i < 45; i++) assert.strictEqual(bits[i], expected[pixels[i]]);
    }
    const { images, labels } = realDigits(30);
    const ds = new DataSet(images, labels, { seed: 4 });
    ds.next_batch(10);
    const all = ds.images;
    const rows = originalIndices(all, images);
    const bits = new Uint32Array(all.numeric.buffer as ArrayBuffer, all.numeric.byteOffset, all.size);
    for (let r = 0; r < 30; r++) {
      for (let k = 0; k < 784; k++) assert.strictEqual(bits[r * 784 + k], expected[images.numeric[rows[r] * 784 + k]]);
    }
  });

  it('leaves earlier batches intact when it reshuffles', () => {
    const { images, labels } = realDigits(10);
    const ds = new DataSet(images, labels, { seed: 2 });
    const [early] = ds.next_batch(8);
    const before = Array.from(early.numeric);
    ds.next_batch(8);
    assert.deepStrictEqual(Array.from(early.numeric), before);
  });

  it('shuffles with the injected generator, created once per DataSet with its seed', () => {
    const seeds: Array<number | undefined> = [];
    const reverse: RngFactory = (seed) => {
      seeds.push(seed);
      return { permutation: (n) => Int32Array.from({ length: n }, (_, i) => n - 1 - i) };
    };
    const { images, labels } = realDigits(6);
    const ds = new DataSet(images, labels, { seed: 9, rng: reverse });
    assert.deepStrictEqual(originalIndices(ds.next_batch(2)[0], images), [5, 4]);
    readDataSets('', { seed: 11 }, { ...recordingEnvironment().env, rng: reverse });
    assert.deepStrictEqual(seeds, [9, 11, 11, 11]);
  });
});

describe('engine/data one-hot labels', () => {
  it('encodes class ids as float32 rows with a single 1', () => {
    const hot = denseToOneHot(NDArray.from([3, 0, 9], 'uint8'));
    assert.deepStrictEqual([hot.dtype, hot.shape], ['float32', [3, 10]]);
    assert.deepStrictEqual(hot.toNested(), [
      [0, 0, 0, 1, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]]);
  });

  it('readDataSets(oneHot) labels agree with the class ids and follow the shuffle', () => {
    const env = recordingEnvironment().env;
    const ids = readDataSets('', { seed: 4 }, env);
    const hot = readDataSets('', { seed: 4, oneHot: true }, env);
    assert.deepStrictEqual(hot.test.labels.shape, [4500, 10]);
    const [, idBatch] = ids.train.next_batch(100);
    const [, hotBatch] = hot.train.next_batch(100);
    for (let i = 0; i < 100; i++) {
      const row = Array.from(hotBatch.numeric.subarray(i * 10, i * 10 + 10));
      assert.strictEqual(row.reduce((a, b) => a + b), 1);
      assert.strictEqual(row.indexOf(1), idBatch.numeric[i]);
    }
  });
});

describe('engine/data fake data', () => {
  it('gives 10,000 fake examples of all-ones images, label 0 or one-hot [1, 0, ...]', () => {
    const env = recordingEnvironment();
    const ds = readDataSets('ignored', { fakeData: true, oneHot: true }, env.env);
    assert.deepStrictEqual(env.lines, []);
    assert.strictEqual(ds.train.num_examples, 10000);
    const [images, labels] = ds.train.next_batch(3, true);
    assert.deepStrictEqual(images.shape, [3, 784]);
    assert.ok(images.numeric.every((v) => v === 1));
    assert.deepStrictEqual(labels.toNested(), Array(3).fill([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    const plain = readDataSets('ignored', { fakeData: true }, env.env).test.next_batch(2, true)[1];
    assert.deepStrictEqual(plain.toArray(), [0, 0]);
  });
});

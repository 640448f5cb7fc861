// read_data_sets reads real MNIST IDX .gz files from train_dir through the session's FileSystem.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { PythonSession } from '../../../src/python/index';

function idx(magic: number, dims: number[], data: number[]): Buffer {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header.writeUInt32BE(magic, 0);
  dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
  return zlib.gzipSync(Buffer.concat([header, Buffer.from(data)]));
}

describe('input_data.read_data_sets with real IDX files', () => {
  it('reads the four .gz files in the given folder (relative to cwd) and prints TF\'s Extracting lines', () => {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-mnist-')));
    const dir = path.join(root, 'MNIST_data');
    fs.mkdirSync(dir);
    // 3 training images of 2x2 pixels, labels 7, 8, 9; 1 test image, label 4. Pixels scale as TF's
    // np.multiply(images.astype(float32), 1.0 / 255.0) (values checked with NumPy).
    fs.writeFileSync(path.join(dir, 'train-images-idx3-ubyte.gz'), idx(2051, [3, 2, 2], [0, 51, 102, 255, 1, 2, 3, 4, 5, 6, 7, 8]));
    fs.writeFileSync(path.join(dir, 'train-labels-idx1-ubyte.gz'), idx(2049, [3], [7, 8, 9]));
    fs.writeFileSync(path.join(dir, 't10k-images-idx3-ubyte.gz'), idx(2051, [1, 2, 2], [255, 0, 0, 255]));
    fs.writeFileSync(path.join(dir, 't10k-labels-idx1-ubyte.gz'), idx(2049, [1], [4]));
    const out: string[] = [];
    const session = new PythonSession({ stdout: t => out.push(t), stderr: () => {}, display: () => {} }, { cwd: root, roots: [root] });
    const r = session.runCell([
      'from tensorflow.examples.tutorials.mnist import input_data',
      "mnist = input_data.read_data_sets('MNIST_data/', one_hot=True, validation_size=1)",
      'print(mnist.train.num_examples, mnist.validation.num_examples, mnist.test.num_examples)',
      'print(mnist.validation.images[0].tolist(), mnist.train.labels.argmax(axis=1).tolist(), mnist.test.images.tolist())',
    ].join('\n'), '<cell>');
    fs.rmSync(root, { recursive: true });
    assert.ok(r.ok, r.ok ? '' : r.error.traceback);
    assert.equal(out.join(''), [
      'Extracting MNIST_data/train-images-idx3-ubyte.gz',
      'Extracting MNIST_data/train-labels-idx1-ubyte.gz',
      'Extracting MNIST_data/t10k-images-idx3-ubyte.gz',
      'Extracting MNIST_data/t10k-labels-idx1-ubyte.gz',
      '2 1 1',
      '[0.0, 0.20000001788139343, 0.40000003576278687, 1.0] [8, 9] [[1.0, 0.0, 0.0, 1.0]]',
      '',
    ].join('\n'));
  });
});

// NumPy pickles written by Debian's python3 + python3-numpy 1.24 (pickles/generate.py): a CIFAR-10
// batch as Python 2's cPickle wrote it, a notMNIST-style dict of arrays (highest protocol), an
// MNIST-style gzip'd Python 2 pickle; and Gradbook's own pickles of arrays equal NumPy's bytes.
import { strict as assert } from 'assert';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python/index';

const dir = path.join(__dirname, 'pickles');

function run(source: string): string {
  const out: string[] = [];
  const session = new PythonSession({ stdout: t => out.push(t), stderr: t => out.push(t), display: () => undefined }, { cwd: dir, roots: [dir] });
  const r = session.runCell(source, '<cell 1>');
  if (!r.ok) assert.fail(r.error.traceback);
  return out.join('');
}

describe('pickle: NumPy data written by CPython and NumPy 1.24', () => {
  it('loads a CIFAR-10 style batch (Python 2 pickle, encoding="bytes"): uint8 data, int labels, bytes keys', () => {
    const out = run([
      'import pickle',
      "with open('cifar_like_batch', 'rb') as f:",
      "    d = pickle.load(f, encoding='bytes')",
      "x = d[b'data']",
      "print(sorted(d), d[b'labels'], x.dtype, x.shape, x[1, :4], int(x.sum()), d[b'filenames'][1])",
      'print(x.reshape(5, 3, 32, 32).transpose(0, 2, 3, 1)[0, 0, 1])',
    ].join('\n'));
    // data[i] = (i * 7) % 256 over the 5 * 3072 values.
    const flat = Array.from({ length: 5 * 3072 }, (_, i) => (i * 7) % 256);
    const sum = flat.reduce((a, b) => a + b, 0);
    const pixel = [0, 1024, 2048].map(c => flat[c + 1]);
    // NumPy pads every element to the widest one.
    const show = (vs: number[]) => { const w = Math.max(...vs.map(v => String(v).length)); return `[${vs.map(v => String(v).padStart(w)).join(' ')}]`; };
    assert.equal(out, `[b'batch_label', b'data', b'filenames', b'labels'] [6, 9, 9, 4, 1] uint8 (5, 3072) ${show(flat.slice(3072, 3076))} ${sum} b'camion_s_000148.png'\n${show(pixel)}\n`);
  });

  it('loads a notMNIST-style dict of float32/int32/int64/float64/bool arrays, a Fortran-order array, a scalar and a 0-d array', () => {
    const out = run([
      'import pickle',
      "n = pickle.load(open('notmnist_like.pickle', 'rb'))",
      "for k in sorted(n): print(k, n[k].dtype, n[k].shape)",
      "print(n['train_labels'], n['valid_labels'], n['mask'], n['fortran'].tolist(), n['scalar'], n['zero_d'])",
    ].join('\n'));
    assert.equal(out, [
      'fortran float64 (2, 3)', 'mask bool (3,)', 'scalar float32 ()', 'train_dataset float32 (4, 28, 28)', 'train_labels int32 (4,)',
      'valid_labels int64 (3,)', 'weights float64 (2, 3)', 'zero_d float64 ()',
      '[0 3 9 1] [2 2 7] [ True False  True] [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]] 0.25 7.5', '',
    ].join('\n'));
  });

  it("loads a gzip'd Python 2 MNIST-style pickle with encoding='latin1'", () => {
    const out = run("import gzip, pickle\nwith gzip.open('mnist_like.pkl.gz', 'rb') as f:\n    train, test = pickle.load(f, encoding='latin1')\nprint(train[0].dtype, train[0].shape, train[1], test[1], test[0].sum())");
    assert.equal(out, 'float32 (3, 784) [5 0 4] [7] 0.0\n');
  });

  it('pickles arrays of every Gradbook dtype byte for byte as NumPy 1.24 does (protocol 4)', () => {
    const out = run("import pickle\nraw = open('numpy_written_p4.pickle', 'rb').read()\nback = pickle.loads(raw)\nprint(pickle.dumps(back, 4) == raw, len(raw), [a.dtype.name for a in back[:6]])");
    assert.equal(out, "True 639 ['float32', 'int64', 'int32', 'uint8', 'bool', 'float64']\n");
  });

  it('raises NotImplementedError naming a dtype Gradbook arrays do not have', () => {
    // pickle.dumps(np.array([1, 2], dtype=np.int16), 2) from NumPy 1.24.
    const out = run([
      'import pickle',
      "raw = b'\\x80\\x02cnumpy.core.multiarray\\n_reconstruct\\nq\\x00cnumpy\\nndarray\\nq\\x01K\\x00\\x85q\\x02c_codecs\\nencode\\nq\\x03X\\x01\\x00\\x00\\x00bq\\x04X\\x06\\x00\\x00\\x00latin1q\\x05\\x86q\\x06Rq\\x07\\x87q\\x08Rq\\t(K\\x01K\\x02\\x85q\\ncnumpy\\ndtype\\nq\\x0bX\\x02\\x00\\x00\\x00i2q\\x0c\\x89\\x88\\x87q\\rRq\\x0e(K\\x03X\\x01\\x00\\x00\\x00<q\\x0fNNNJ\\xff\\xff\\xff\\xffJ\\xff\\xff\\xff\\xffK\\x00tq\\x10b\\x89h\\x03X\\x04\\x00\\x00\\x00\\x01\\x00\\x02\\x00q\\x11h\\x05\\x86q\\x12Rq\\x13tq\\x14b.'",
      'try:\n    pickle.loads(raw)\nexcept NotImplementedError as e:\n    print(e)',
    ].join('\n'));
    assert.match(out, /NumPy arrays of dtype int16 \('i2'\) are not supported by Gradbook/);
  });
});

// Dataset.flat_map (TF 1.15): map_func returns a Dataset per element and the results are
// concatenated in input order; the element structure and static shapes are the inner dataset's.
// The usual tutorial use: one TextLineDataset per file name, header lines skipped.
import { strict as assert } from 'assert';
import { py, pyError } from './run';

const DRAIN = (next: string) => ['out = []', 'try:', '    while True:', `        out.append(sess.run(${next}))`, 'except tf.errors.OutOfRangeError:', '    pass'];

describe('tf.data.Dataset.flat_map', () => {
  it('range(1, 4).flat_map(n -> from_tensors(n).repeat(n)) gives 1, 2, 2, 3, 3, 3', () => {
    const out = py(['sess = tf.Session()', 'd = tf.data.Dataset.range(1, 4).flat_map(lambda n: tf.data.Dataset.from_tensors(n).repeat(n))',
      'print(d.output_types, d.output_shapes)', 'nxt = d.make_one_shot_iterator().get_next()', ...DRAIN('nxt'), 'print([int(v) for v in out])']);
    assert.equal(out, "<dtype: 'int64'> ()\n[1, 2, 2, 3, 3, 3]\n");
  });
  it('file names to lines: TextLineDataset(f).skip(1) per file, batched across files', () => {
    const out = py(['import os, tempfile', 'tmp = tempfile.mkdtemp()', 'for i in range(2):',
      "    with open(os.path.join(tmp, 'f%d.csv' % i), 'w') as f:", "        f.write('header\\n%d\\n%d\\n' % (i * 10, i * 10 + 1))",
      "files = tf.data.Dataset.from_tensor_slices([os.path.join(tmp, 'f0.csv'), os.path.join(tmp, 'f1.csv')])",
      'nxt = files.flat_map(lambda f: tf.data.TextLineDataset(f).skip(1)).batch(3).make_one_shot_iterator().get_next()',
      'sess = tf.Session()', ...DRAIN('nxt'), 'print([b.tolist() for b in out])']);
    assert.equal(out, "[[b'0', b'1', b'10'], [b'11']]\n");
  });
  it('a structured inner dataset (a tuple built from each row); a re-initialized iterator starts over', () => {
    const out = py(['sess = tf.Session()', 'rows = tf.placeholder(tf.float32, [None, 2])',
      'pairs = tf.data.Dataset.from_tensor_slices(rows).flat_map(lambda r: tf.data.Dataset.from_tensor_slices((r, r * 10)))',
      'print(pairs.output_types, pairs.output_shapes)', 'it = pairs.make_initializable_iterator()', 'x, y = it.get_next()',
      'sess.run(it.initializer, {rows: [[1, 2], [3, 4]]})', ...DRAIN('[x, y]'), 'print([[float(a), float(b)] for a, b in out])',
      'sess.run(it.initializer, {rows: [[5, 6]]})', ...DRAIN('[x, y]'), 'print([[float(a), float(b)] for a, b in out])']);
    assert.equal(out, '(tf.float32, tf.float32) (TensorShape([]), TensorShape([]))\n[[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [4.0, 40.0]]\n[[5.0, 50.0], [6.0, 60.0]]\n');
  });
  it("a map_func that returns no Dataset is TF's TypeError; interleave still names itself as unsupported", () => {
    assert.equal(pyError(['tf.data.Dataset.range(3).flat_map(lambda n: n)']), 'TypeError: `map_func` must return a `Dataset` object.');
    assert.match(pyError(['tf.data.Dataset.range(3).interleave(lambda n: tf.data.Dataset.range(n), cycle_length=2)']), /^NotImplementedError: Dataset\.interleave\(\) is not supported by Gradbook/);
  });
});

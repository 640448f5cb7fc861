// tf.edit_distance from Python: TF's documented example (a missing truth is inf when normalized,
// a missing hypothesis 1), integer sequences, the static output shape, and the kernel's checks.
import { strict as assert } from 'assert';
import { py, pyError } from '../data/run';

describe('tf.edit_distance', () => {
  it("gives the docstring's [[inf, 1.0], [0.5, 1.0]] and the raw counts without normalize", () => {
    const out = py([
      'sess = tf.Session()',
      "hypothesis = tf.SparseTensor([[0, 0, 0], [1, 0, 0]], ['a', 'b'], (2, 1, 1))",
      "truth = tf.SparseTensor([[0, 1, 0], [1, 0, 0], [1, 0, 1], [1, 1, 0]], ['a', 'b', 'c', 'a'], (2, 2, 2))",
      'd = tf.edit_distance(hypothesis, truth)',
      'print(d.dtype, d.shape, d.op.type, d.op.name)',
      'print(sess.run(d).tolist())',
      'print(sess.run(tf.edit_distance(hypothesis, truth, normalize=False)).tolist())',
    ]);
    assert.equal(out, "<dtype: 'float32'> (2, 2) EditDistance edit_distance\n[[inf, 1.0], [0.5, 1.0]]\n[[1.0, 1.0], [1.0, 1.0]]\n");
  });
  it('compares integer sequences; placeholders make the shape unknown; SparseTensorValue feeds work', () => {
    const out = py([
      'sess = tf.Session()',
      'h = tf.sparse_placeholder(tf.int32)', 't = tf.sparse_placeholder(tf.int32)',
      'd = tf.edit_distance(h, t, normalize=False)', 'print(d.shape)',
      'feed = {h: tf.SparseTensorValue([[0, 0], [0, 1], [0, 2], [1, 0]], [1, 2, 3, 7], [2, 3]),',
      '        t: tf.SparseTensorValue([[0, 0], [0, 1], [1, 0], [1, 1]], [1, 3, 7, 7], [2, 2])}',
      'print(sess.run(d, feed).tolist())',
    ]);
    assert.equal(out, '<unknown>\n[1.0, 1.0]\n');
  });
  it("raises TF's errors: rank below 2, mismatched ranks, dtypes, not a SparseTensor", () => {
    assert.match(pyError(['tf.Session().run(tf.edit_distance(tf.SparseTensor([[0]], [1], [1]), tf.SparseTensor([[0]], [1], [1])))']),
      /InvalidArgumentError: Input SparseTensors must have rank at least 2, but truth_shape rank is: 1/);
    assert.match(pyError(['tf.edit_distance(tf.SparseTensor([[0, 0]], [1], [1, 1]), tf.SparseTensor([[0, 0, 0]], [1], [1, 1, 1]))']),
      /matching ranks/);
    assert.match(pyError(["tf.edit_distance(tf.SparseTensor([[0, 0]], [1], [1, 1]), tf.SparseTensor([[0, 0]], ['a'], [1, 1]))"]),
      /TypeError: Input 'truth_values' of 'EditDistance' Op has type string that does not match type int32/);
    assert.match(pyError(['tf.edit_distance([1, 2], [1, 2])']), /TypeError: .*SparseTensor/);
  });
});

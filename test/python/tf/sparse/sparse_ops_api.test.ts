// The tf.sparse_* functions and their tf.sparse.* names from Python, with TF's documented
// examples: add (with threshold), concat, reshape, slice, split, fill_empty_rows, reorder,
// transpose, retain, softmax, merge, to_indicator, and `sparse * dense` / `sparse / dense`.
import { strict as assert } from 'assert';
import { py, pyError } from '../data/run';

const SHOW = [
  'sess = tf.Session()',
  'def show(st):',
  '    v = sess.run(st)',
  '    print(v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())',
];

describe('tf.sparse functions from Python', () => {
  it('every function has its TF1 name and its tf.sparse.* name, the same object', () => {
    const out = py([
      "pairs = [('add', 'sparse_add'), ('concat', 'sparse_concat'), ('reshape', 'sparse_reshape'), ('slice', 'sparse_slice'), ('split', 'sparse_split'),",
      "         ('fill_empty_rows', 'sparse_fill_empty_rows'), ('reorder', 'sparse_reorder'), ('transpose', 'sparse_transpose'), ('retain', 'sparse_retain'),",
      "         ('softmax', 'sparse_softmax'), ('merge', 'sparse_merge'), ('to_indicator', 'sparse_to_indicator'), ('placeholder', 'sparse_placeholder'),",
      "         ('to_dense', 'sparse_tensor_to_dense'), ('sparse_dense_matmul', 'sparse_tensor_dense_matmul'), ('maximum', 'sparse_maximum'), ('minimum', 'sparse_minimum')]",
      'print(all(getattr(tf.sparse, a) is getattr(tf, b) for a, b in pairs), tf.sparse.SparseTensor is tf.SparseTensor)',
    ]);
    assert.equal(out, 'True True\n');
  });
  it('sparse_add: two SparseTensors give a SparseTensor; threshold drops small sums; sparse + dense is dense', () => {
    const out = py([...SHOW,
      'a = tf.SparseTensor([[0, 1], [1, 0]], [2.0, 5.0], [3, 3])', 'b = tf.SparseTensor([[0, 1], [2, 2]], [-1.9, 1.0], [3, 3])',
      'show(tf.sparse.add(a, b, threshold=0.2))', 'print(type(tf.sparse_add(a, b)).__name__)',
      'print(sess.run(tf.sparse_add(a, tf.ones([3, 3]))).tolist())']);
    assert.equal(out, '[[1, 0], [2, 2]] [5.0, 1.0] [3, 3]\nSparseTensor\n[[1.0, 3.0, 1.0], [6.0, 1.0, 1.0], [1.0, 1.0, 1.0]]\n');
    assert.match(pyError(['tf.sparse_add(tf.ones([2]), tf.ones([2]))']), /TypeError: At least one input should be SparseTensor/);
  });
  it('sparse_concat (the documented axis-1 example), sparse_reshape, sparse_slice, sparse_split by keyword', () => {
    const out = py([...SHOW,
      "a = tf.SparseTensor([[0, 2], [1, 0], [1, 1]], ['a', 'b', 'c'], [2, 3])", "b = tf.SparseTensor([[0, 1], [0, 2]], ['d', 'e'], [2, 4])",
      'v = sess.run(tf.sparse_concat(1, [a, b]))', 'print(v.indices.tolist(), [x.decode() for x in v.values], v.dense_shape.tolist())',
      'x = tf.SparseTensor([[0, 0], [0, 1], [0, 4], [1, 2], [1, 3], [1, 4], [1, 5]], [1, 2, 3, 4, 5, 6, 7], [2, 7])',
      'show(tf.sparse_reshape(x, [7, 2]))',
      'show(tf.sparse_slice(x, [0, 4], [2, 3]))',
      'for part in tf.sparse_split(sp_input=x, num_split=2, axis=1): show(part)',
    ]);
    assert.equal(out, [
      "[[0, 2], [0, 4], [0, 5], [1, 0], [1, 1]] ['a', 'd', 'e', 'b', 'c'] [2, 7]",
      '[[0, 0], [0, 1], [2, 0], [4, 1], [5, 0], [5, 1], [6, 0]] [1, 2, 3, 4, 5, 6, 7] [7, 2]',
      '[[0, 0], [1, 0], [1, 1]] [3, 6, 7] [2, 3]',
      '[[0, 0], [0, 1], [1, 2], [1, 3]] [1, 2, 4, 5] [2, 4]',
      '[[0, 0], [1, 0], [1, 1]] [3, 6, 7] [2, 3]', '',
    ].join('\n'));
    assert.match(pyError(['tf.sparse_split(tf.SparseTensor([[0, 0]], [1], [1, 1]), 2, 1)']), /TypeError: .*takes 0 positional arguments/);
  });
  it('fill_empty_rows (documented), reorder, transpose, retain, softmax', () => {
    const out = py([...SHOW,
      'x = tf.SparseTensor([[0, 1], [0, 3], [2, 0], [3, 1]], [1, 2, 3, 4], [5, 6])',
      'filled, empty = tf.sparse_fill_empty_rows(x, -1)', 'show(filled)', 'print(sess.run(empty).tolist())',
      'y = tf.SparseTensor([[1, 0], [0, 2], [0, 1]], [1.0, 2.0, 3.0], [2, 3])',
      'show(tf.sparse_reorder(y))', 'show(tf.sparse_transpose(y))',
      'show(tf.sparse_retain(y, np.array([True, False, True])))',
      'v = sess.run(tf.sparse_softmax(tf.sparse_reorder(y)))', 'print(np.round(v.values.astype(np.float64), 6).tolist())',
    ]);
    assert.equal(out, [
      '[[0, 1], [0, 3], [1, 0], [2, 0], [3, 1], [4, 0]] [1, 2, -1, 3, 4, -1] [5, 6]',
      '[False, True, False, False, True]',
      '[[0, 1], [0, 2], [1, 0]] [3.0, 2.0, 1.0] [2, 3]',
      '[[0, 1], [1, 0], [2, 0]] [1.0, 3.0, 2.0] [3, 2]',
      '[[1, 0], [0, 1]] [1.0, 3.0] [2, 3]',
      '[0.731059, 0.268941, 1.0]', '',
    ].join('\n'));
  });
  it('sparse_merge and sparse_to_indicator: the documented batch of ids', () => {
    const out = py([...SHOW,
      'ids = tf.SparseTensor([[0, 0], [0, 1], [0, 2], [2, 0]], tf.constant([0, 10, 13, 10], tf.int64), [4, 3])',
      'vals = tf.SparseTensor([[0, 0], [0, 1], [0, 2], [2, 0]], [-0.1, 0.2, 0.5, 0.3], [4, 3])',
      'show(tf.sparse_merge(ids, vals, 20))',
      'ind = sess.run(tf.sparse_to_indicator(ids, 20))', 'print(ind.shape, [[int(i), int(j)] for i, j in zip(*np.nonzero(ind))])',
    ]);
    const v = (x: number) => Math.fround(x);
    assert.equal(out, `[[0, 0], [0, 10], [0, 13], [2, 10]] [${v(-0.1)}, ${v(0.2)}, ${v(0.5)}, ${v(0.3)}] [4, 20]\n(4, 20) [[0, 0], [0, 10], [0, 13], [2, 10]]\n`);
  });
  it('sparse * dense and sparse / dense keep the sparse indices; dense * sparse is a TypeError as in TF', () => {
    const out = py([...SHOW,
      'x = tf.SparseTensor([[0, 1], [1, 0], [1, 2]], [2.0, 3.0, 4.0], [2, 3])',
      'm = x * tf.constant([10.0, 20.0, 30.0])', 'print(type(m).__name__, m.values.op.name)', 'show(m)',
      'show(x / tf.constant([[2.0], [4.0]]))',
    ]);
    assert.equal(out, 'SparseTensor mul\n[[0, 1], [1, 0], [1, 2]] [40.0, 30.0, 120.0] [2, 3]\n[[0, 1], [1, 0], [1, 2]] [1.0, 0.75, 1.0] [2, 3]\n');
    assert.match(pyError(['x = tf.SparseTensor([[0, 1]], [2.0], [2, 3])', 'tf.constant(1.0) * x']), /TypeError/);
  });
  it('sparse maximum / minimum: the documented example (missing entries count as 0)', () => {
    const out = py([...SHOW,
      'zero = tf.SparseTensor([[0]], [0], [7])', 'one = tf.SparseTensor([[1]], [1], [7])',
      'show(tf.sparse.maximum(zero, one))',
      'a = tf.SparseTensor([[0, 0], [1, 1]], [-2.0, 3.0], [2, 2])', 'b = tf.SparseTensor([[1, 1], [1, 0]], [1.0, -1.0], [2, 2])',
      'show(tf.sparse_maximum(a, b))', 'show(tf.sparse_minimum(a, b))']);
    assert.equal(out, [
      '[[0], [1]] [0, 1] [7]',
      '[[0, 0], [1, 0], [1, 1]] [0.0, 0.0, 3.0] [2, 2]',
      '[[0, 0], [1, 0], [1, 1]] [-2.0, -1.0, 1.0] [2, 2]', '',
    ].join('\n'));
  });
  it('sparse expand_dims (at 0, at the end by default, negative) and eye', () => {
    const out = py([...SHOW,
      'x = tf.SparseTensor([[0, 1], [1, 2]], [5, 6], [2, 3])',
      'show(tf.sparse.expand_dims(x, 0))', 'show(tf.sparse.expand_dims(x))', 'show(tf.sparse.expand_dims(x, -2))',
      'show(tf.sparse.eye(2, 3))', "e = tf.sparse.eye(2, dtype=tf.int32)", 'print(e.dtype)', 'show(e)']);
    assert.equal(out, [
      '[[0, 0, 1], [0, 1, 2]] [5, 6] [1, 2, 3]',
      '[[0, 1, 0], [1, 2, 0]] [5, 6] [2, 3, 1]',
      '[[0, 0, 1], [1, 0, 2]] [5, 6] [2, 1, 3]',
      '[[0, 0], [1, 1]] [1.0, 1.0] [2, 3]',
      "<dtype: 'int32'>", '[[0, 0], [1, 1]] [1, 1] [2, 2]', '',
    ].join('\n'));
  });
});

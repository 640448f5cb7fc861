// tf.SparseTensor from Python: sparse_placeholder fed a SparseTensorValue or a tuple, a fetch's
// SparseTensorValue and its repr, SparseTensor.eval(), tf.sparse_reduce_sum / reduce_max and
// sparse_tensor_dense_matmul by their TF1 and tf.sparse.* names. Expected values: TF's docstring
// examples, and products worked by hand on the dense form.
import { strict as assert } from 'assert';
import { py, pyError } from '../data/run';

const X = ['x = tf.SparseTensor(indices=[[0, 0], [0, 2], [1, 1]], values=[1, 1, 1], dense_shape=[2, 3])', 'sess = tf.Session()'];

describe('tf.SparseTensor from Python', () => {
  it('sparse_placeholder fed a SparseTensorValue and an (indices, values, dense_shape) tuple', () => {
    const out = py([
      'sp = tf.sparse_placeholder(tf.float32)',
      'print(sp.indices.shape, sp.values.shape, sp.dense_shape.shape, sp.values.op.type)',
      'total = tf.sparse_reduce_sum(sp)',
      'dense = tf.sparse.to_dense(sp)',
      'with tf.Session() as sess:',
      '    v = tf.SparseTensorValue(np.array([[0, 0], [1, 1]], np.int64), np.array([1.5, 2.5], np.float32), np.array([2, 2], np.int64))',
      '    print(sess.run(total, feed_dict={sp: v}))',
      '    print(sess.run(dense, feed_dict={sp: ([[0, 1]], [4.0], [1, 3])}).tolist())',
    ]);
    assert.equal(out, '(?, ?) (?,) (?,) Placeholder\n4.0\n[[0.0, 4.0, 0.0]]\n');
  });
  it('a placeholder with a known shape has a constant dense_shape and knows its rank', () => {
    const out = py(["sp = tf.sparse_placeholder(tf.float32, shape=[3, 4], name='s')", 'print(sp.indices.name, sp.values.name, sp.dense_shape.name, sp.indices.shape, sp.shape)']);
    assert.equal(out, 's/indices:0 s/values:0 s/shape:0 (?, 2) (3, 4)\n');
  });
  it('sess.run of a SparseTensor gives a SparseTensorValue with TF\'s repr; eval() does the same', () => {
    const out = py([...X,
      'v = sess.run(x)', 'print(type(v).__name__, v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())', 'print(repr(v))',
      'with sess.as_default():', '    print(x.eval().values.tolist())',
      'i, val, s = sess.run(x)', 'print(s)']);
    assert.equal(out, [
      'SparseTensorValue [[0, 0], [0, 2], [1, 1]] [1, 1, 1] [2, 3]',
      'SparseTensorValue(indices=array([[0, 0],\n       [0, 2],\n       [1, 1]]), values=array([1, 1, 1], dtype=int32), dense_shape=array([2, 3]))',
      '[1, 1, 1]', '[2 3]', '',
    ].join('\n'));
  });
  it('the reduce_sum docstring example by both names, keepdims and the deprecated keep_dims / reduction_axes', () => {
    const out = py([...X,
      'print(sess.run(tf.sparse_reduce_sum(x)), sess.run(tf.sparse.reduce_sum(x, 0)), sess.run(tf.sparse_reduce_sum(x, 1)))',
      'print(sess.run(tf.sparse.reduce_sum(x, 1, keepdims=True)).tolist(), sess.run(tf.sparse_reduce_sum(x, reduction_axes=[0, 1], keep_dims=True)).tolist())',
      'print(sess.run(tf.sparse.reduce_max(tf.SparseTensor([[0, 0], [1, 0], [1, 1]], [-7, 4, 3], [3, 2]), 1)))',
    ]);
    assert.equal(out, '3 [1 1 1] [2 1]\n[[2], [1]] [[3]]\n[-7  4  0]\n');
  });
  it('both axis and reduction_axes is an error; output_is_sparse is not supported', () => {
    assert.match(pyError([...X, 'tf.sparse_reduce_sum(x, axis=0, reduction_axes=0)']), /ValueError: Cannot specify both 'axis' and 'reduction_axes'/);
    assert.match(pyError([...X, 'tf.sparse.reduce_sum(x, output_is_sparse=True)']), /NotImplementedError: .*output_is_sparse/);
    assert.match(pyError(['tf.sparse_reduce_sum(tf.constant([1.0]))']), /TypeError: .*Input must be a SparseTensor/);
  });
  it('sparse_tensor_dense_matmul against a dense matrix, adjoint_a, and a SparseTensorValue operand', () => {
    const out = py([
      'st = tf.SparseTensor(indices=[[0, 0], [1, 2], [2, 1]], values=[1.0, 2.0, 3.0], dense_shape=[3, 4])',
      'm = tf.constant(np.arange(8, dtype=np.float32).reshape(4, 2))',
      'sess = tf.Session()',
      'print(sess.run(tf.sparse_tensor_dense_matmul(st, m)).tolist())',
      'print(sess.run(tf.sparse.sparse_dense_matmul(st, tf.ones([3, 1]), adjoint_a=True)).tolist())',
      'v = tf.SparseTensorValue([[0, 1]], [2.0], [1, 4])',
      'print(sess.run(tf.sparse_tensor_dense_matmul(v, m)).tolist())',
    ]);
    assert.equal(out, '[[0.0, 1.0], [8.0, 10.0], [6.0, 9.0]]\n[[1.0], [3.0], [2.0], [0.0]]\n[[4.0, 6.0]]\n');
  });
});

describe('tf.SparseTensor construction', () => {
  it("names its tensors under the 'SparseTensor' scope, indices and dense_shape int64, as TF prints them", () => {
    const out = py(['print(tf.SparseTensor([[0, 0]], [1.0], [2, 2]))', 'print(tf.SparseTensor([[1, 1]], [2], [2, 2]).values.name)']);
    assert.equal(out, 'SparseTensor(indices=Tensor("SparseTensor/indices:0", shape=(1, 2), dtype=int64), values=Tensor("SparseTensor/values:0", shape=(1,), dtype=float32), dense_shape=Tensor("SparseTensor/dense_shape:0", shape=(2,), dtype=int64))\nSparseTensor_1/values:0\n');
  });
});

# Models: tensorflow/tensorflow tensorflow/docs_src/api_guides/python/sparse_ops.md (tf.SparseTensor, sparse_placeholder, sparse_tensor_dense_matmul)
# Checks: a tf.SparseTensor(indices, values, dense_shape) turned dense with
# tf.sparse_tensor_to_dense, tf.sparse_reduce_sum over an axis, tf.sparse_tensor_dense_matmul
# against a dense matrix, tf.sparse_placeholder fed a tf.SparseTensorValue, and
# tf.nn.embedding_lookup_sparse with combiner='sum' (bag of words); values checked against the
# same products computed with NumPy on the dense form.
import numpy as np
import tensorflow as tf

st = tf.SparseTensor(indices=[[0, 0], [1, 2], [2, 1]], values=[1.0, 2.0, 3.0], dense_shape=[3, 4])
dense = tf.sparse_tensor_to_dense(st)
row_sums = tf.sparse_reduce_sum(st, axis=1)
m = tf.constant(np.arange(8, dtype=np.float32).reshape(4, 2))
product = tf.sparse_tensor_dense_matmul(st, m)

sp = tf.sparse_placeholder(tf.float32)
sp_total = tf.sparse_reduce_sum(sp)

params = tf.constant(np.arange(10, dtype=np.float32).reshape(5, 2))
ids = tf.SparseTensor(indices=[[0, 0], [0, 1], [1, 0]], values=tf.constant([1, 3, 4], tf.int64), dense_shape=[2, 2])
bag = tf.nn.embedding_lookup_sparse(params, ids, None, combiner='sum')

with tf.Session() as sess:
    d = sess.run(dense)
    print(d)
    print('row sums', sess.run(row_sums))
    print('product', sess.run(product).tolist())
    print('numpy  ', d.dot(np.arange(8, dtype=np.float32).reshape(4, 2)).tolist())
    value = tf.SparseTensorValue(indices=np.array([[0, 0], [1, 1]], dtype=np.int64),
                                 values=np.array([1.5, 2.5], dtype=np.float32),
                                 dense_shape=np.array([2, 2], dtype=np.int64))
    print('fed sum', sess.run(sp_total, feed_dict={sp: value}))
    print('bag', sess.run(bag).tolist())

# expect-line: [[1. 0. 0. 0.]
# expect-line: [0. 0. 2. 0.]
# expect-line: [0. 3. 0. 0.]]
# expect-line: row sums [1. 2. 3.]
# expect-line: product [[0.0, 1.0], [8.0, 10.0], [6.0, 9.0]]
# expect-line: numpy   [[0.0, 1.0], [8.0, 10.0], [6.0, 9.0]]
# expect-line: fed sum 4.0
# expect-line: bag [[8.0, 10.0], [8.0, 9.0]]

# Models: tensorflow/tensorflow tensorflow/docs_src/api_guides/python/math_ops.md (Segmentation: tf.segment_sum, segment_mean, unsorted_segment_sum ...)
# Checks: the segmentation examples of the TF1 API guide (segment_sum over the rows of a matrix,
# segment_prod/min/max/mean, unsorted_segment_sum/max with out-of-order ids, the sparse_segment
# variants gathering rows by index), per-class sums as a k-means update uses them, and the
# gradient of segment_sum flowing back to every row of its segment.
import numpy as np
import tensorflow as tf

c = tf.constant([[1, 2, 3, 4], [-1, -2, -3, -4], [5, 6, 7, 8]])
c_float = tf.constant([[1., 2., 3., 4.], [-1., -2., -3., -4.], [5., 6., 7., 8.]])

with tf.Session() as sess:
    print("segment_sum:", sess.run(tf.segment_sum(c, tf.constant([0, 0, 1]))).tolist())
    print("segment_prod:", sess.run(tf.segment_prod(c, tf.constant([0, 0, 1]))).tolist())
    print("segment_min:", sess.run(tf.segment_min(c, tf.constant([0, 0, 1]))).tolist())
    print("segment_max:", sess.run(tf.segment_max(c, tf.constant([0, 0, 1]))).tolist())
    print("segment_mean:", sess.run(tf.segment_mean(c_float, tf.constant([0, 0, 1]))).tolist())
    print("unsorted_segment_sum:",
          sess.run(tf.unsorted_segment_sum(c, tf.constant([0, 1, 0]), num_segments=2)).tolist())
    print("unsorted_segment_max:",
          sess.run(tf.unsorted_segment_max(c, tf.constant([1, 0, 1]), num_segments=2)).tolist())
    # Select two rows, one segment.
    print("sparse_segment_sum:",
          sess.run(tf.sparse_segment_sum(c, tf.constant([0, 1]), tf.constant([0, 0]))).tolist())
    # Select all rows, two segments.
    print("sparse_segment_sum 2:",
          sess.run(tf.sparse_segment_sum(c, tf.constant([0, 1, 2]), tf.constant([0, 0, 1]))).tolist())
    print("sparse_segment_mean:",
          sess.run(tf.sparse_segment_mean(c_float, tf.constant([0, 2]), tf.constant([0, 1]))).tolist())

    # Per-cluster means, as in a k-means update.
    points = tf.constant(np.array([[0., 0.], [1., 1.], [10., 10.], [11., 9.]], dtype=np.float32))
    assignments = tf.constant([0, 0, 1, 1])
    sums = tf.unsorted_segment_sum(points, assignments, 2)
    counts = tf.unsorted_segment_sum(tf.ones_like(points), assignments, 2)
    print("cluster means:", sess.run(sums / counts).tolist())

    # Gradients of segment_sum.
    v = tf.Variable(c_float)
    sess.run(tf.global_variables_initializer())
    s = tf.segment_sum(v, tf.constant([0, 0, 1]))
    w = tf.constant([[1., 1., 1., 1.], [2., 2., 2., 2.]])
    g = tf.gradients(tf.reduce_sum(s * w), v)[0]
    print("segment_sum gradient:", sess.run(g).tolist())
    gm = tf.gradients(tf.reduce_sum(tf.segment_mean(v, tf.constant([0, 0, 1]))), v)[0]
    print("segment_mean gradient:", sess.run(gm).tolist())

# expect-line: segment_sum: [[0, 0, 0, 0], [5, 6, 7, 8]]
# expect-line: segment_prod: [[-1, -4, -9, -16], [5, 6, 7, 8]]
# expect-line: segment_min: [[-1, -2, -3, -4], [5, 6, 7, 8]]
# expect-line: segment_max: [[1, 2, 3, 4], [5, 6, 7, 8]]
# expect-line: segment_mean: [[0.0, 0.0, 0.0, 0.0], [5.0, 6.0, 7.0, 8.0]]
# expect-line: unsorted_segment_sum: [[6, 8, 10, 12], [-1, -2, -3, -4]]
# expect-line: unsorted_segment_max: [[-1, -2, -3, -4], [5, 6, 7, 8]]
# expect-line: sparse_segment_sum: [[0, 0, 0, 0]]
# expect-line: sparse_segment_sum 2: [[0, 0, 0, 0], [5, 6, 7, 8]]
# expect-line: sparse_segment_mean: [[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]
# expect-line: cluster means: [[0.5, 0.5], [10.5, 9.5]]
# expect-line: segment_sum gradient: [[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [2.0, 2.0, 2.0, 2.0]]
# expect-line: segment_mean gradient: [[0.5, 0.5, 0.5, 0.5], [0.5, 0.5, 0.5, 0.5], [1.0, 1.0, 1.0, 1.0]]

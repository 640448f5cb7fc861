# Models: tensorflow/tensorflow tensorflow/docs_src/api_guides/python/check_ops.md and control_flow_ops.md (tf.Print, tf.check_numerics, tf.assert_*)
# Checks: tf.Print passing its input through (and logging to stderr), tf.check_numerics raising
# InvalidArgumentError on a NaN, tf.assert_equal / tf.assert_positive wired in with
# tf.control_dependencies, tf.add_check_numerics_ops, and tf.verify_tensor_all_finite.
import numpy as np
import tensorflow as tf

x = tf.placeholder(tf.float32, [3])
x_logged = tf.Print(x, [x, tf.reduce_sum(x)], message="x and its sum: ")
doubled = x_logged * 2

checked = tf.check_numerics(tf.log(x), "log of x")

with tf.control_dependencies([tf.assert_positive(x, message="x must be positive")]):
    safe_sqrt = tf.sqrt(x)

with tf.control_dependencies([tf.assert_equal(tf.shape(x)[0], 3)]):
    total = tf.identity(tf.reduce_sum(x))

finite = tf.verify_tensor_all_finite(x * 1.0, "x is finite")

with tf.Session() as sess:
    print(sess.run(doubled, {x: [1., 2., 3.]}))
    print(sess.run(checked, {x: [1., 1., 1.]}))
    try:
        sess.run(checked, {x: [1., -1., 1.]})
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError:", "log of x" in e.message)
    print(sess.run(safe_sqrt, {x: [1., 4., 9.]}))
    try:
        sess.run(safe_sqrt, {x: [1., -4., 9.]})
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError:", "x must be positive" in e.message)
    print(sess.run(total, {x: [1., 2., 3.]}))
    try:
        sess.run(finite, {x: [1., np.inf, 3.]})
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError:", "x is finite" in e.message)

# expect-line: [2. 4. 6.]
# expect-line: [0. 0. 0.]
# expect-count: /^InvalidArgumentError: True$/ 3
# expect-line: [1. 2. 3.]
# expect-line: 6.0

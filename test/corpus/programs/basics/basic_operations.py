# Models: aymericdamien/TensorFlow-Examples examples/1_Introduction/basic_operations.py
# Checks: constant arithmetic, placeholders fed through feed_dict, and a 1x2 by 2x1 matmul.
from __future__ import print_function

import tensorflow as tf

# Constants: the value returned by the constructor is the output of the op.
left = tf.constant(4)
right = tf.constant(6)

with tf.Session() as sess:
    print("left=4, right=6")
    print("Sum of constants: %i" % sess.run(left + right))
    print("Product of constants: %i" % sess.run(left * right))

# Placeholders: the value is given when the graph runs.
p = tf.placeholder(tf.int16)
q = tf.placeholder(tf.int16)
added = tf.add(p, q)
multiplied = tf.multiply(p, q)

with tf.Session() as sess:
    print("Sum of variables: %i" % sess.run(added, feed_dict={p: 4, q: 6}))
    print("Product of variables: %i" % sess.run(multiplied, feed_dict={p: 4, q: 6}))

# Matrix product of a 1x2 row and a 2x1 column.
row = tf.constant([[2., 5.]])
column = tf.constant([[3.], [1.]])
product = tf.matmul(row, column)

with tf.Session() as sess:
    value = sess.run(product)
    print(value)
    print(value.shape, value.dtype)

# expect-line: Sum of constants: 10
# expect-line: Product of constants: 24
# expect-line: Sum of variables: 10
# expect-line: Product of variables: 24
# expect-line: [[11.]]
# expect-line: (1, 1) float32

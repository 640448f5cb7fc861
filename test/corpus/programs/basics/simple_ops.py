# Models: chiphuyen/stanford-tensorflow-tutorials examples/02_simple_tf.py
# Checks: the constant-producing ops (zeros_like, ones, fill, linspace, range), elementwise math
# and integer division as TF1 prints them through NumPy.
import os
os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'

import numpy as np
import tensorflow as tf

# Example 1: a sum, with a name for the graph view.
a = tf.constant([2, 2], name='a')
b = tf.constant([[0, 1], [2, 3]], name='b')
x = tf.multiply(a, b, name='mul')
with tf.Session() as sess:
    print(sess.run(x))

# Example 2: tensors filled with a value.
y = tf.zeros_like([[0, 1], [2, 3], [4, 5]])
z = tf.ones([2, 3], tf.int32)
w = tf.fill([2, 3], 8)
with tf.Session() as sess:
    print(sess.run(y))
    print(sess.run(z))
    print(sess.run(w))

# Example 3: sequences.
lin = tf.linspace(10.0, 13.0, 4)
rng = tf.range(3, 18, 3)
lim = tf.range(5)
with tf.Session() as sess:
    print(sess.run(lin))
    print(sess.run(rng))
    print(sess.run(lim))

# Example 4: division flavours.
num = tf.constant([7, 8, 9])
den = tf.constant([2, 3, 4])
with tf.Session() as sess:
    print(sess.run(tf.div(num, den)))
    print(sess.run(tf.truediv(num, den)))
    print(sess.run(tf.floordiv(num, den)))
    print(sess.run(tf.mod(num, den)))

# Example 5: dtypes carry over to NumPy.
t_0 = 19
print(tf.zeros_like(t_0).dtype)
t_1 = [b"apple", b"peach", b"grape"]
t_2 = [[True, False, False], [False, False, True], [False, True, False]]
with tf.Session() as sess:
    print(sess.run(tf.ones_like(t_2)))
print(tf.int32 == np.int32)

# expect-line: [[0 2]
# expect-line:  [4 6]]
# expect-line: [[1 1 1]
# expect-line: [[8 8 8]
# expect-line: [10. 11. 12. 13.]
# expect-line: [ 3  6  9 12 15]
# expect-line: [0 1 2 3 4]
# expect-line: [3 2 2]
# expect-line: [3.5        2.66666667 2.25      ]
# tf.mod([7, 8, 9], [2, 3, 4]) is [1 2 1] (NumPy's np.mod agrees); an earlier [1 1 1] here was a typo.
# expect-line: [1 2 1]
# expect-line: <dtype: 'int32'>
# expect-line: [[ True  True  True]
# expect-line: True

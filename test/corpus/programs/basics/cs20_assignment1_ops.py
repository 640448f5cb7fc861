# Models: chiphuyen/stanford-tensorflow-tutorials assignments/01/q1_sol.py
# Checks: the CS 20 assignment 1 warm-up, one small graph per question: tf.cond on two random
# scalars (1a), tf.case with a dict of predicates, a default and exclusive=True (1b), tf.equal with
# tf.zeros_like (1c), tf.where on a condition and tf.gather of the indices it returns (1d), tf.diag
# of tf.range(1, 7) (1e), tf.matrix_determinant of a random 10x10 matrix (1f), tf.unique's values and
# indices (1g), and tf.cond choosing between an MSE and a sum of absolute values from the sign of the
# mean difference of two random vectors (1h). Every random question fetches its inputs in the same
# sess.run as its output so the program can print whether the answer is the one NumPy computes from
# those inputs (all "True"); the fixed-input questions (1c, 1d, 1e, 1g) are compared line by line
# with NumPy (reference/basics/cs20_assignment1_ops.txt).
import os
os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'

import numpy as np
import tensorflow as tf

sess = tf.InteractiveSession()
###############################################################################
# 1a: Create two random 0-d tensors x and y of any distribution.
# Create a TensorFlow object that returns x + y if x > y, and x - y otherwise.
###############################################################################

x = tf.random_uniform([])  # Empty array as shape creates a scalar.
y = tf.random_uniform([])
out = tf.cond(tf.greater(x, y), lambda: x + y, lambda: x - y)
xv, yv, ov = sess.run([x, y, out])
print('1a:', ov, np.isclose(ov, xv + yv if xv > yv else xv - yv))

###############################################################################
# 1b: Create two 0-d tensors x and y randomly selected from the range [-1, 1).
# Return x + y if x < y, x - y if x > y, 0 otherwise.
###############################################################################

x = tf.random_uniform([], -1, 1, dtype=tf.float32)
y = tf.random_uniform([], -1, 1, dtype=tf.float32)
out = tf.case({tf.less(x, y): lambda: tf.add(x, y),
               tf.greater(x, y): lambda: tf.subtract(x, y)},
              default=lambda: tf.constant(0.0), exclusive=True)
xv, yv, ov = sess.run([x, y, out])
expected = xv + yv if xv < yv else (xv - yv if xv > yv else 0.0)
print('1b:', ov, np.isclose(ov, expected), -1 <= xv < 1, -1 <= yv < 1)

###############################################################################
# 1c: Create the tensor x of the value [[0, -2, -1], [0, 1, 2]]
# and y as a tensor of zeros with the same shape as x.
# Return a boolean tensor that yields Trues if x equals y element-wise.
###############################################################################

x = tf.constant([[0, -2, -1], [0, 1, 2]])
y = tf.zeros_like(x)
out = tf.equal(x, y)
print('1c:', sess.run(out).tolist())

###############################################################################
# 1d: Create the tensor x of value
# [29.05088806,  27.61298943,  31.19073486,  29.35532951,
#  30.97266006,  26.67541885,  38.08450317,  20.74983215,
#  34.94445419,  34.45999146,  29.06485367,  36.01657104,
#  27.88236427,  20.56035233,  30.20379066,  29.51215172,
#  33.71149445,  28.59134293,  36.05556488,  28.66994858].
# Get the indices of elements in x whose values are greater than 30.
# Then extract elements whose values are greater than 30.
###############################################################################

x = tf.constant([29.05088806,  27.61298943,  31.19073486,  29.35532951,
                 30.97266006,  26.67541885,  38.08450317,  20.74983215,
                 34.94445419,  34.45999146,  29.06485367,  36.01657104,
                 27.88236427,  20.56035233,  30.20379066,  29.51215172,
                 33.71149445,  28.59134293,  36.05556488,  28.66994858])
indices = tf.where(x > 30)
out = tf.gather(x, indices)
idx, vals = sess.run([indices, out])
print('1d indices:', idx.ravel().tolist(), idx.shape, idx.dtype)
print('1d values:', ' '.join('%.4f' % v for v in vals.ravel()), vals.shape)

###############################################################################
# 1e: Create a diagnoal 2-d tensor of size 6 x 6 with the diagonal values of 1,
# 2, ..., 6
###############################################################################

values = tf.range(1, 7)
out = tf.diag(values)
d = out.eval()
print('1e:', d.shape, d.dtype, d.trace(), d[3].tolist())

###############################################################################
# 1f: Create a random 2-d tensor of size 10 x 10 from any distribution.
# Calculate its determinant.
###############################################################################

m = tf.random_normal([10, 10], mean=10, stddev=1)
out = tf.matrix_determinant(m)
mv, det = sess.run([m, out])
print('1f:', np.isclose(det, np.linalg.det(mv.astype(np.float64)), rtol=1e-3))

###############################################################################
# 1g: Create tensor x with value [5, 2, 3, 5, 10, 6, 2, 3, 4, 2, 1, 1, 0, 9].
# Return the unique elements in x
# Hint: use tf.unique(). Keep in mind that tf.unique() returns a tuple.
###############################################################################

x = tf.constant([5, 2, 3, 5, 10, 6, 2, 3, 4, 2, 1, 1, 0, 9])
unique_values, indices = tf.unique(x)
uv, ui = sess.run([unique_values, indices])
print('1g values:', uv)
print('1g indices:', ui)

###############################################################################
# 1h: Create two tensors x and y of shape 300 from any normal distribution,
# as long as they are from the same distribution.
# Use tf.cond() to return:
# - The mean squared error of (x - y) if the average of all elements in (x - y)
#   is negative, or
# - The sum of absolute value of all elements in the tensor (x - y) otherwise.
# Hint: see the Huber loss function in the lecture slides 3.
###############################################################################

x = tf.random_normal([300], mean=5, stddev=1)
y = tf.random_normal([300], mean=5, stddev=1)
average = tf.reduce_mean(x - y)
def f1(): return tf.reduce_mean(tf.square(x - y))
def f2(): return tf.reduce_sum(tf.abs(x - y))
out = tf.cond(average < 0, f1, f2)
xv, yv, ov = sess.run([x, y, out])
diff = xv.astype(np.float64) - yv
expected = np.mean(diff ** 2) if diff.mean() < 0 else np.sum(np.abs(diff))
print('1h:', np.isclose(ov, expected, rtol=1e-4))

# expect-count: /^1[abfh].* True/ 4
# expect-count: /^1b: \S+ True True True$/ 1

# Models: nfmcclure/tensorflow_cookbook 02_TensorFlow_Way/02_Layering_Nested_Operations/02_layering_nested_operations.py
# Checks: the cookbook's nested operations: x_vals = np.array([my_array, my_array + 1]) (a
# [2, 3, 5] float64 stack), a float32 placeholder of shape (3, 5) fed each [3, 5] slice by
# iterating over the array, tf.constant column matrices m1 = [[1.], [0.], [-1.], [2.], [4.]],
# m2 = [[2.]], a1 = [[10.]], the chain tf.add(tf.matmul(tf.matmul(x_data, m1), m2), a1), the two
# printed [3, 1] results (exact: 2 * (x @ m1) + 10 gives [[102.] [66.] [58.]] and, with every x one
# larger, 12 more: [[114.] [78.] [70.]], as the book prints), the static shapes, and the
# tensorboard tail (tf.summary.merge_all() and tf.summary.FileWriter on a 'tensorboard_logs/'
# folder made with os.makedirs when missing), here in a fresh temporary folder.
import os
import tempfile

import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
ops.reset_default_graph()
os.chdir(tempfile.mkdtemp())

# Start a graph session
sess = tf.Session()

# Create the data and variables
my_array = np.array([[1., 3., 5., 7., 9.],
                     [-2., 0., 2., 4., 6.],
                     [-6., -3., 0., 3., 6.]])
x_vals = np.array([my_array, my_array + 1])
x_data = tf.placeholder(tf.float32, shape=(3, 5))

# Constants for matrix multiplication:
m1 = tf.constant([[1.], [0.], [-1.], [2.], [4.]])
m2 = tf.constant([[2.]])
a1 = tf.constant([[10.]])

# Create our multiple operations
prod1 = tf.matmul(x_data, m1)
prod2 = tf.matmul(prod1, m2)
add1 = tf.add(prod2, a1)

# Now feed data through placeholder and print results
for x_val in x_vals:
    print(sess.run(add1, feed_dict={x_data: x_val}))

print(x_vals.shape, prod1.shape, add1.shape, add1.dtype)

# View the tensorboard graph by running the following code and then
#    going to the terminal and typing:
#    $ tensorboard --logdir=tensorboard_logs
merged = tf.summary.merge_all()
if not os.path.exists('tensorboard_logs/'):
    os.makedirs('tensorboard_logs/')

my_writer = tf.summary.FileWriter('tensorboard_logs/', sess.graph)

# expect-line: [[102.]
# expect-line:  [ 66.]
# expect-line:  [ 58.]]
# expect-line: [[114.]
# expect-line:  [ 78.]
# expect-line:  [ 70.]]
# expect-line: (2, 3, 5) (3, 1) (3, 1) <dtype: 'float32'>

# Models: nfmcclure/tensorflow_cookbook 02_TensorFlow_Way/03_Working_with_Multiple_Layers/03_multiple_layers.py
# Checks: the cookbook's two-layer graph: a random 4x4 "image" (np.random.uniform(size=[1, 4, 4, 1])),
# a moving-average layer tf.nn.conv2d(x_data, tf.constant(0.25, shape=[2, 2, 1, 1]), [1, 2, 2, 1],
# padding='SAME', name='Moving_Avg_Window') (tf.constant filling a shape from one scalar), a
# custom_layer function under tf.name_scope('Custom_Layer') as scope that squeezes the
# [1, 2, 2, 1] output with tf.squeeze and returns tf.sigmoid(tf.matmul(A, x) + b), the printed
# 2x2 result, then the TF1.x tail of the recipe: merged = tf.summary.merge_all() (None: the graph
# has no summaries), os.makedirs of 'tensorboard_logs/' when missing and
# tf.summary.FileWriter('tensorboard_logs/', sess.graph). The first edition's
# tf.merge_all_summaries / tf.train.SummaryWriter are the pre-1.0 names of these two. The program
# works in a fresh temporary folder so the log directory does not land in the corpus. The input
# comes from np.random.seed(0), which NumPy reproduces, so the averages and the sigmoid layer are
# recomputed in float64 NumPy (reference/generate_books.py; the program also prints both arrays
# rounded to 6 decimals with .tolist(), so the comparison does not hang on float32 print spacing).
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
import os
import tempfile
from tensorflow.python.framework import ops
ops.reset_default_graph()
os.chdir(tempfile.mkdtemp())
np.random.seed(0)

# Create graph
sess = tf.Session()

# Create tensors

# Create a small random 'image' of size 4x4
x_shape = [1, 4, 4, 1]
x_val = np.random.uniform(size=x_shape)

x_data = tf.placeholder(tf.float32, shape=x_shape)

# Create a layer that takes a spatial moving window average
# Our window will be 2x2 with a stride of 2 for height and width
# The filter value will be 0.25 because we want the average of the 2x2 window
my_filter = tf.constant(0.25, shape=[2, 2, 1, 1])
my_strides = [1, 2, 2, 1]
mov_avg_layer = tf.nn.conv2d(x_data, my_filter, my_strides,
                             padding='SAME', name='Moving_Avg_Window')


# Define a custom layer which will be sigmoid(Ax+b) where
# x is a 2x2 matrix and A and b are 2x2 matrices
def custom_layer(input_matrix):
    input_matrix_sqeezed = tf.squeeze(input_matrix)
    A = tf.constant([[1., 2.], [-1., 3.]])
    b = tf.constant(1., shape=[2, 2])
    temp1 = tf.matmul(A, input_matrix_sqeezed)
    temp = tf.add(temp1, b)  # Ax + b
    return(tf.sigmoid(temp))


# Add custom layer to graph
with tf.name_scope('Custom_Layer') as scope:
    custom_layer1 = custom_layer(mov_avg_layer)

# The output should be an array that is 2x2, but size (1,2,2,1)
averages = sess.run(mov_avg_layer, feed_dict={x_data: x_val})
print(averages.shape)

# After custom operation, size is now 2x2 (squeezed out size 1 dims)
layer_output = sess.run(custom_layer1, feed_dict={x_data: x_val})
print(layer_output)
print('averages:', np.round(averages.reshape(2, 2).astype(np.float64), 6).tolist())
print('layer:', np.round(layer_output.astype(np.float64), 6).tolist())
print(mov_avg_layer.name, custom_layer1.name, scope)

merged = tf.summary.merge_all()
print('merged:', merged)

if not os.path.exists('tensorboard_logs/'):
    os.makedirs('tensorboard_logs/')

my_writer = tf.summary.FileWriter('tensorboard_logs/', sess.graph)
my_writer.close()
print('event files:', len([f for f in os.listdir('tensorboard_logs/') if f.startswith('events.out.tfevents')]))

# expect-line: (1, 2, 2, 1)
# expect-line: Moving_Avg_Window:0 Custom_Layer/Sigmoid:0 Custom_Layer/
# expect-line: merged: None
# expect-line: event files: 1

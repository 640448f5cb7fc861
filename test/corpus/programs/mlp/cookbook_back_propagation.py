# Models: nfmcclure/tensorflow_cookbook 02_TensorFlow_Way/05_Implementing_Back_Propagation/05_back_propagation.py
# Checks: the cookbook's back-propagation recipe, two models in one script. Regression: x from
# np.random.normal(1, 0.1, 100), y = np.repeat(10., 100), shape=[1] placeholders fed with
# one-element Python lists ([x_vals[rand_index]] with rand_index = np.random.choice(100), a NumPy
# int), A = tf.Variable(tf.random_normal(shape=[1])), the loss tf.square(my_output - y_target) (a
# [1] tensor minimized directly), the optimizer created after the initializer ran (its
# GradientDescent has no slots), and 'Step #25 A = [..]' / 'Loss = [..]' every 25 steps. Then
# ops.reset_default_graph() and a new session for classification: two normal clusters, A from
# tf.random_normal(mean=10, shape=[1]), my_output = tf.add(x_data, A), tf.expand_dims to add the
# batch dimension, tf.nn.sigmoid_cross_entropy_with_logits(logits=, labels=), GradientDescent 0.05
# for 1400 steps, and the accuracy from predictions made one sample at a time with
# sess.run(tf.round(tf.sigmoid(my_output))) inside the loop (a new op per sample, as the cookbook
# does) summed with sum(x==y for x,y in zip(...))/100. A should end near -(mean1 + mean2)/2 = -1,
# the regression A near 10 (the fitted A for x near 1 and y = 10) and the accuracy >= 0.9.
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
ops.reset_default_graph()

# Create graph
sess = tf.Session()
np.random.seed(5)
tf.set_random_seed(5)

# Regression Example:
# x-data: 100 random samples from a normal ~ N(1, 0.1)
# target: 100 values of the value 10.
# We will fit the model: x-data * A = target
# Theoretically, A = 10.

# Create data
x_vals = np.random.normal(1, 0.1, 100)
y_vals = np.repeat(10., 100)
x_data = tf.placeholder(shape=[1], dtype=tf.float32)
y_target = tf.placeholder(shape=[1], dtype=tf.float32)

# Create variable (one model parameter = A)
A = tf.Variable(tf.random_normal(shape=[1]))

# Add operation to graph
my_output = tf.multiply(x_data, A)

# Add L2 loss operation to graph
loss = tf.square(my_output - y_target)

# Initialize variables
init = tf.global_variables_initializer()
sess.run(init)

# Create Optimizer
my_opt = tf.train.GradientDescentOptimizer(0.02)
train_step = my_opt.minimize(loss)

# Run Loop
for i in range(100):
    rand_index = np.random.choice(100)
    rand_x = [x_vals[rand_index]]
    rand_y = [y_vals[rand_index]]
    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})
    if (i + 1) % 25 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)))
        print('Loss = ' + str(sess.run(loss, feed_dict={x_data: rand_x, y_target: rand_y})))

# Classification Example
# x-data: 50 values from N(-1, 1) + 50 values from N(3, 1)
# target: 50 values of 0 + 50 values of 1.
# If sigmoid(x+A) < 0.5 -> 0 else 1
# Theoretically, A should be -(mean1 + mean2)/2

ops.reset_default_graph()

# Create graph
sess = tf.Session()

# Create data
x_vals = np.concatenate((np.random.normal(-1, 1, 50), np.random.normal(3, 1, 50)))
y_vals = np.concatenate((np.repeat(0., 50), np.repeat(1., 50)))
x_data = tf.placeholder(shape=[1], dtype=tf.float32)
y_target = tf.placeholder(shape=[1], dtype=tf.float32)

# Create variable (one model parameter = A)
A = tf.Variable(tf.random_normal(mean=10, shape=[1]))

# Add operation to graph
# Want to create the operstion sigmoid(x + A)
# Note, the sigmoid() part is in the loss function
my_output = tf.add(x_data, A)

# Now we have to add another dimension to each (batch size of 1)
my_output_expanded = tf.expand_dims(my_output, 0)
y_target_expanded = tf.expand_dims(y_target, 0)

# Initialize variables
init = tf.global_variables_initializer()
sess.run(init)

# Add classification loss (cross entropy)
xentropy = tf.nn.sigmoid_cross_entropy_with_logits(logits=my_output_expanded, labels=y_target_expanded)

# Create Optimizer
my_opt = tf.train.GradientDescentOptimizer(0.05)
train_step = my_opt.minimize(xentropy)

# Run loop
for i in range(1400):
    rand_index = np.random.choice(100)
    rand_x = [x_vals[rand_index]]
    rand_y = [y_vals[rand_index]]

    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})
    if (i + 1) % 200 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)))
        print('Loss = ' + str(sess.run(xentropy, feed_dict={x_data: rand_x, y_target: rand_y})))

# Evaluate Predictions
predictions = []
for i in range(len(x_vals)):
    x_val = [x_vals[i]]
    prediction = sess.run(tf.round(tf.sigmoid(my_output)), feed_dict={x_data: x_val})
    predictions.append(prediction[0])

accuracy = sum(x == y for x, y in zip(predictions, y_vals)) / 100.
print('Ending Accuracy = ' + str(np.round(accuracy, 2)))
print('graph ops after the prediction loop:', len(tf.get_default_graph().get_operations()) > 200)

# expect-count: /^Step #\d+ A = \[-?[\d.]+\]$/ 11
# expect-value: /^Step #100 A = \[(-?[\d.]+)\]$/ ~= 10 1.5
# expect-value: /^Step #1400 A = \[(-?[\d.]+)\]$/ ~= -1 0.8
# expect-count: /^Loss = \[\[?[\d.e-]+\]\]?$/ 11
# expect-value: /^Ending Accuracy = ([\d.]+)$/ >= 0.9
# expect-line: graph ops after the prediction loop: True

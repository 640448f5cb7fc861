# Models: nfmcclure/tensorflow_cookbook 02_TensorFlow_Way/06_Working_with_Batch_and_Stochastic_Training/06_batch_stochastic_training.py
# Checks: the cookbook's batch-versus-stochastic recipe, run twice in one script with
# ops.reset_default_graph() and a new tf.Session() in between: x from np.random.normal(1, 0.1, 100),
# y = np.repeat(10., 100), one weight A = tf.Variable(tf.random_normal(shape=[1, 1])), the model
# tf.matmul(x_data, A) fed through [None, 1] placeholders (batch of 1 by np.transpose of a
# one-element list, batch of 20 by np.random.choice), the L2 loss with GradientDescentOptimizer
# (0.02), the 'Step #5 A = [[...]]' / 'Loss = ...' log every 5 steps collected into lists, and
# the two loss curves drawn with plt.plot(range(0, 100, 5), ...) and
# plt.legend(loc='upper right', prop={'size': 11}). A fits y = A x with x near 1 and y = 10, so
# both runs end with A within 1.5 of 10 (the least-squares A is sum(x*10) / sum(x*x), about 9.9)
# and the batch run's loss falls by more than half.
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
ops.reset_default_graph()
np.random.seed(3)
tf.set_random_seed(3)

# We will implement a regression example in stochastic and batch training

# Stochastic Training:
# Create graph
sess = tf.Session()

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

# Create Optimizer
my_opt = tf.train.GradientDescentOptimizer(0.02)
train_step = my_opt.minimize(loss)

# Initialize variables
init = tf.global_variables_initializer()
sess.run(init)

loss_stochastic = []
# Run Loop
for i in range(100):
    rand_index = np.random.choice(100)
    rand_x = [x_vals[rand_index]]
    rand_y = [y_vals[rand_index]]
    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})
    if (i + 1) % 5 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)))
        temp_loss = sess.run(loss, feed_dict={x_data: rand_x, y_target: rand_y})
        print('Loss = ' + str(temp_loss))
        loss_stochastic.append(temp_loss)
print('stochastic A:', sess.run(A)[0])

# Batch Training:
# Re-initialize graph
ops.reset_default_graph()
sess = tf.Session()

# Declare batch size
batch_size = 20

# Create data
x_vals = np.random.normal(1, 0.1, 100)
y_vals = np.repeat(10., 100)
x_data = tf.placeholder(shape=[None, 1], dtype=tf.float32)
y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)

# Create variable (one model parameter = A)
A = tf.Variable(tf.random_normal(shape=[1, 1]))

# Add operation to graph
my_output = tf.matmul(x_data, A)

# Add L2 loss operation to graph
loss = tf.reduce_mean(tf.square(my_output - y_target))

# Create Optimizer
my_opt = tf.train.GradientDescentOptimizer(0.02)
train_step = my_opt.minimize(loss)

# Initialize variables
init = tf.global_variables_initializer()
sess.run(init)

loss_batch = []
# Run Loop
for i in range(100):
    rand_index = np.random.choice(100, size=batch_size)
    rand_x = np.transpose([x_vals[rand_index]])
    rand_y = np.transpose([y_vals[rand_index]])
    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})
    if (i + 1) % 5 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)))
        temp_loss = sess.run(loss, feed_dict={x_data: rand_x, y_target: rand_y})
        print('Batch Loss = ' + str(temp_loss))
        loss_batch.append(temp_loss)
print('batch A:', sess.run(A)[0][0])
print('least squares A: %.4f' % (np.sum(x_vals * y_vals) / np.sum(x_vals * x_vals)))

plt.plot(range(0, 100, 5), loss_stochastic, 'b-', label='Stochastic Loss')
plt.plot(range(0, 100, 5), loss_batch, 'r--', label='Batch Loss, size=20')
plt.legend(loc='upper right', prop={'size': 11})
plt.show()

# expect-count: /^Step #\d+ A = / 40
# expect-value: /^stochastic A: ([-\d.]+)/ ~= 10 1.5
# expect-value: /^batch A: ([-\d.]+)/ ~= 10 1.5
# expect-decrease: /^Batch Loss = ([\d.e+-]+)$/ 0.5

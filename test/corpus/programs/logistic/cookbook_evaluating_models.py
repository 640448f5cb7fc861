# Models: nfmcclure/tensorflow_cookbook 02_TensorFlow_Way/08_Evaluating_Models/08_evaluating_models.py
# Checks: the cookbook's model-evaluation recipe, a regression then a classifier in one script.
# Regression: x from np.random.normal(1, 0.1, 100), y = np.repeat(10., 100), an 80/20 split with
# np.random.choice(..., round(len(x_vals)*0.8), replace=False) and a set difference, A from
# tf.random_normal(shape=[1,1]), the MSE of tf.matmul(x_data, A), GradientDescent 0.02 on batches
# of 25 fed through np.transpose([x_vals_train[rand_index]]), the 'Step #25 A = [[..]]' log, and
# 'MSE on test:' / 'MSE on train:' printed with str(np.round(mse, 2)). Classification: two normal
# clusters, [1, None] placeholders fed with a list holding one NumPy array ([x_vals_train[
# rand_index]]), A from tf.random_normal(mean=10, shape=[1]), tf.reduce_mean of
# tf.nn.sigmoid_cross_entropy_with_logits(logits=, labels=) (named since TF 1.0), 1800 steps, then
# y_prediction = tf.squeeze(tf.round(tf.nn.sigmoid(tf.add(x_data, A)))) compared with tf.equal
# against the [1, N] target (broadcast to [1, N]) for train and test accuracy, and the histogram
# figure (plt.hist with bins from np.linspace, alpha and color='white' / 'red', the threshold
# line plotted from a tuple pair, a title built from np.round of the accuracy). The regression A
# ends near 10 (least squares gives about 9.9 for x near 1), so both MSEs are small; the clusters
# at -1 and 2 are separated by a threshold near -A = 0.5, so the accuracies are >= 0.8.
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
ops.reset_default_graph()

# Create graph
sess = tf.Session()
np.random.seed(11)
tf.set_random_seed(11)

# Regression Example:
# x-data: 100 random samples from a normal ~ N(1, 0.1)
# target: 100 values of the value 10.
# We will fit the model: x-data * A = target
# Theoretically, A = 10.

# Declare batch size
batch_size = 25

# Create data
x_vals = np.random.normal(1, 0.1, 100)
y_vals = np.repeat(10., 100)
x_data = tf.placeholder(shape=[None, 1], dtype=tf.float32)
y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)

# Split data into train/test = 80%/20%
train_indices = np.random.choice(len(x_vals), round(len(x_vals) * 0.8), replace=False)
test_indices = np.array(list(set(range(len(x_vals))) - set(train_indices)))
x_vals_train = x_vals[train_indices]
x_vals_test = x_vals[test_indices]
y_vals_train = y_vals[train_indices]
y_vals_test = y_vals[test_indices]

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

# Run Loop
for i in range(100):
    rand_index = np.random.choice(len(x_vals_train), size=batch_size)
    rand_x = np.transpose([x_vals_train[rand_index]])
    rand_y = np.transpose([y_vals_train[rand_index]])
    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})
    if (i + 1) % 25 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)))
        print('Loss = ' + str(sess.run(loss, feed_dict={x_data: rand_x, y_target: rand_y})))

# Evaluate accuracy (loss) on test set
mse_test = sess.run(loss, feed_dict={x_data: np.transpose([x_vals_test]), y_target: np.transpose([y_vals_test])})
mse_train = sess.run(loss, feed_dict={x_data: np.transpose([x_vals_train]), y_target: np.transpose([y_vals_train])})
print('MSE on test:' + str(np.round(mse_test, 2)))
print('MSE on train:' + str(np.round(mse_train, 2)))

# Classification Example
# x-data: 50 values from N(-1, 1) + 50 values from N(2, 1)
# target: 50 values of 0 + 50 values of 1.
# If sigmoid(x+A) < 0.5 -> 0 else 1
# Theoretically, A should be -(mean1 + mean2)/2

ops.reset_default_graph()

# Create graph
sess = tf.Session()

# Declare batch size
batch_size = 25

# Create data
x_vals = np.concatenate((np.random.normal(-1, 1, 50), np.random.normal(2, 1, 50)))
y_vals = np.concatenate((np.repeat(0., 50), np.repeat(1., 50)))
x_data = tf.placeholder(shape=[1, None], dtype=tf.float32)
y_target = tf.placeholder(shape=[1, None], dtype=tf.float32)

# Split data into train/test = 80%/20%
train_indices = np.random.choice(len(x_vals), round(len(x_vals) * 0.8), replace=False)
test_indices = np.array(list(set(range(len(x_vals))) - set(train_indices)))
x_vals_train = x_vals[train_indices]
x_vals_test = x_vals[test_indices]
y_vals_train = y_vals[train_indices]
y_vals_test = y_vals[test_indices]

# Create variable (one model parameter = A)
A = tf.Variable(tf.random_normal(mean=10, shape=[1]))

# Add operation to graph
# Want to create the operstion sigmoid(x + A)
# Note, the sigmoid() part is in the loss function
my_output = tf.add(x_data, A)

# Add classification loss (cross entropy)
xentropy = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(logits=my_output, labels=y_target))

# Create Optimizer
my_opt = tf.train.GradientDescentOptimizer(0.05)
train_step = my_opt.minimize(xentropy)

# Initialize variables
init = tf.global_variables_initializer()
sess.run(init)

# Run loop
for i in range(1800):
    rand_index = np.random.choice(len(x_vals_train), size=batch_size)
    rand_x = [x_vals_train[rand_index]]
    rand_y = [y_vals_train[rand_index]]
    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})
    if (i + 1) % 200 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)))
        print('Loss = ' + str(sess.run(xentropy, feed_dict={x_data: rand_x, y_target: rand_y})))

# Evaluate Predictions on test set
y_prediction = tf.squeeze(tf.round(tf.nn.sigmoid(tf.add(x_data, A))))
correct_prediction = tf.equal(y_prediction, y_target)
accuracy = tf.reduce_mean(tf.cast(correct_prediction, tf.float32))
acc_value_test = sess.run(accuracy, feed_dict={x_data: [x_vals_test], y_target: [y_vals_test]})
acc_value_train = sess.run(accuracy, feed_dict={x_data: [x_vals_train], y_target: [y_vals_train]})
print('Accuracy on train set: ' + str(acc_value_train))
print('Accuracy on test set: ' + str(acc_value_test))

# Plot classification result
A_result = -sess.run(A)
bins = np.linspace(-5, 5, 50)
plt.hist(x_vals[0:50], bins, alpha=0.5, label='N(-1,1)', color='white')
plt.hist(x_vals[50:100], bins[0:50], alpha=0.5, label='N(2,1)', color='red')
plt.plot((A_result, A_result), (0, 8), 'k--', linewidth=3, label='A = ' + str(np.round(A_result, 2)))
plt.legend(loc='upper right')
plt.title('Binary Classifier, Accuracy=' + str(np.round(acc_value_test, 2)))
plt.show()

# expect-count: /^Step #\d+ A = \[\[-?[\d.]+\]\]$/ 4
# expect-value: /^Step #100 A = \[\[(-?[\d.]+)\]\]$/ ~= 10 1.5
# expect-value: /^MSE on test:([\d.]+)$/ < 2
# expect-value: /^MSE on train:([\d.]+)$/ < 2
# expect-count: /^Step #\d+ A = \[-?[\d.]+\]$/ 9
# expect-value: /^Step #1800 A = \[(-?[\d.]+)\]$/ ~= -0.5 0.75
# expect-value: /^Accuracy on train set: ([\d.]+)$/ >= 0.8
# expect-value: /^Accuracy on test set: ([\d.]+)$/ >= 0.8

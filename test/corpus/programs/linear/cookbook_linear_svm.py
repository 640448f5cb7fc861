# Models: nfmcclure/tensorflow_cookbook 04_Support_Vector_Machines/02_Working_with_Linear_SVMs/02_linear_svm.py
# Checks: the cookbook's soft-margin linear SVM: iris rows (read here from the corpus CSVs instead of
# sklearn.datasets.load_iris) with sepal length and petal width as x and +1 / -1 labels for setosa,
# an 80/20 split with np.random.choice(..., replace=False) and np.array(list(set(...) - set(...))),
# A and b from tf.random_normal, model_output = tf.subtract(tf.matmul(x_data, A), b), the hinge term
# tf.reduce_mean(tf.maximum(0., tf.subtract(1., tf.multiply(model_output, y_target)))) plus
# alpha * tf.reduce_sum(tf.square(A)) with alpha = tf.constant([0.01]), tf.sign predictions,
# GradientDescent 0.01 on random batches, the 'Step #100 A = [[...]] b = [[...]]' / 'Loss = [...]'
# log through str() of NumPy arrays, train and test accuracy of a separable problem, and the
# separating line [[a1], [a2]] = sess.run(A) plotted over the two classes.
import csv
import os

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops

ops.reset_default_graph()
np.random.seed(41)
tf.set_random_seed(41)
sess = tf.Session()

rows = []
for name in ['iris_training.csv', 'iris_test.csv']:
    with open(os.path.join('..', '..', 'data', name)) as f:
        rows += [r for r in csv.reader(f)][1:]
data = np.array([[float(v) for v in r[:4]] for r in rows])
target = np.array([int(r[4]) for r in rows])
x_vals = np.array([[x[0], x[3]] for x in data])
y_vals = np.array([1 if y == 0 else -1 for y in target])

# Split data into train/test = 80%/20%
train_indices = np.random.choice(len(x_vals), round(len(x_vals) * 0.8), replace=False)
test_indices = np.array(list(set(range(len(x_vals))) - set(train_indices)))
x_vals_train = x_vals[train_indices]
x_vals_test = x_vals[test_indices]
y_vals_train = y_vals[train_indices]
y_vals_test = y_vals[test_indices]
print('train/test sizes:', len(x_vals_train), len(x_vals_test))

batch_size = 100
x_data = tf.placeholder(shape=[None, 2], dtype=tf.float32)
y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)
A = tf.Variable(tf.random_normal(shape=[2, 1]))
b = tf.Variable(tf.random_normal(shape=[1, 1]))

model_output = tf.subtract(tf.matmul(x_data, A), b)
l2_norm = tf.reduce_sum(tf.square(A))
alpha = tf.constant([0.01])
classification_term = tf.reduce_mean(tf.maximum(0., tf.subtract(1., tf.multiply(model_output, y_target))))
loss = tf.add(classification_term, tf.multiply(alpha, l2_norm))

prediction = tf.sign(model_output)
accuracy = tf.reduce_mean(tf.cast(tf.equal(prediction, y_target), tf.float32))

my_opt = tf.train.GradientDescentOptimizer(0.01)
train_step = my_opt.minimize(loss)
init = tf.global_variables_initializer()
sess.run(init)

loss_vec = []
train_accuracy = []
test_accuracy = []
for i in range(500):
    rand_index = np.random.choice(len(x_vals_train), size=batch_size)
    rand_x = x_vals_train[rand_index]
    rand_y = np.transpose([y_vals_train[rand_index]])
    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})
    temp_loss = sess.run(loss, feed_dict={x_data: rand_x, y_target: rand_y})
    loss_vec.append(temp_loss)
    train_acc_temp = sess.run(accuracy, feed_dict={x_data: x_vals_train, y_target: np.transpose([y_vals_train])})
    train_accuracy.append(train_acc_temp)
    test_acc_temp = sess.run(accuracy, feed_dict={x_data: x_vals_test, y_target: np.transpose([y_vals_test])})
    test_accuracy.append(test_acc_temp)
    if (i + 1) % 100 == 0:
        print('Step #{} A = {}, b = {}'.format(str(i + 1), str(sess.run(A)), str(sess.run(b))))
        print('Loss = ' + str(temp_loss))

# Extract coefficients
[[a1], [a2]] = sess.run(A)
[[b]] = sess.run(b)
slope = -a2 / a1
y_intercept = b / a1
print('slope %.3f intercept %.3f' % (slope, y_intercept))
print('final train accuracy: %.3f, test accuracy: %.3f' % (train_accuracy[-1], test_accuracy[-1]))

x1_vals = [d[1] for d in x_vals]
best_fit = [slope * i + y_intercept for i in x1_vals]
setosa_x = [d[1] for i, d in enumerate(x_vals) if y_vals[i] == 1]
setosa_y = [d[0] for i, d in enumerate(x_vals) if y_vals[i] == 1]
not_setosa_x = [d[1] for i, d in enumerate(x_vals) if y_vals[i] == -1]
not_setosa_y = [d[0] for i, d in enumerate(x_vals) if y_vals[i] == -1]
plt.plot(setosa_x, setosa_y, 'o', label='I. setosa')
plt.plot(not_setosa_x, not_setosa_y, 'x', label='Non-setosa')
plt.plot(x1_vals, best_fit, 'r-', label='Linear Separator', linewidth=3)
plt.ylim([0, 10])
plt.legend(loc='lower right')
plt.title('Sepal Length vs Petal Width')
plt.xlabel('Petal Width')
plt.ylabel('Sepal Length')
plt.show()
plt.plot(loss_vec, 'k-')
plt.title('Loss per Generation')
plt.show()

# expect-line: train/test sizes: 120 30
# expect-count: /^Step #\d00 A = \[\[ *-?[\d.e-]+ *\]$/ 5
# expect-count: /^Loss = \[[\d.e-]+\]$/ 5
# expect-decrease: /^Loss = \[([\d.e-]+)\]$/ 0.9
# expect-value: /final train accuracy: ([\d.]+),/ >= 0.9
# expect-value: /test accuracy: ([\d.]+)$/ >= 0.9

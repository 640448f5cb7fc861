# Models: nfmcclure/tensorflow_cookbook 02_TensorFlow_Way/07_Combining_Everything_Together/07_combining_everything_together.py
# Checks: the cookbook's "combining everything" recipe: a setosa / not-setosa classifier on petal
# length and width (iris read from the corpus CSVs instead of sklearn.datasets.load_iris), binary
# targets from a list comprehension, three [None, 1] placeholders, A and b from
# tf.random_normal(shape=[1, 1]), the separating line as my_output = tf.subtract(x1_data,
# tf.add(tf.matmul(x2_data, A), b)), tf.nn.sigmoid_cross_entropy_with_logits(logits=, labels=),
# GradientDescentOptimizer(0.05) on random batches of 20 from np.random.choice, the
# "Step #200 A = [[8.73...]], b = [[-3.55...]]" log through str() of the fetched 1x1 arrays,
# unpacking [[slope]] = sess.run(A), the line's values over np.linspace(0, 3, num=50), and the
# figure ('rx' / 'ro' markers with ms= and mew=, plt.xlim / ylim, plt.suptitle(..., fontsize=20),
# legend(loc='lower right')). The classes are linearly separable in these two features, so the
# learned line classifies >= 0.95 of the 150 flowers (computed with NumPy from slope and
# intercept; the cookbook's run draws a line between the two clusters) and the slope is positive.
import csv
import os
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
ops.reset_default_graph()
np.random.seed(7)
tf.set_random_seed(7)

# Load the data: iris.data = [(Sepal Length, Sepal Width, Petal Length, Petal Width)]
rows = []
for name in ['iris_training.csv', 'iris_test.csv']:
    with open(os.path.join('..', '..', 'data', name)) as f:
        rows += [r for r in csv.reader(f)][1:]
iris_data = np.array([[float(v) for v in r[:4]] for r in rows])
iris_target = np.array([int(r[4]) for r in rows])
binary_target = np.array([1. if x == 0 else 0. for x in iris_target])
iris_2d = np.array([[x[2], x[3]] for x in iris_data])
print('flowers:', len(iris_2d), 'setosa:', int(binary_target.sum()))

# Declare batch size
batch_size = 20

# Create graph
sess = tf.Session()

# Declare placeholders
x1_data = tf.placeholder(shape=[None, 1], dtype=tf.float32)
x2_data = tf.placeholder(shape=[None, 1], dtype=tf.float32)
y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)

# Create variables A and b (0 = x1 - A*x2 + b)
A = tf.Variable(tf.random_normal(shape=[1, 1]))
b = tf.Variable(tf.random_normal(shape=[1, 1]))

# Add model to graph:
# x1 - A*x2 + b
my_mult = tf.matmul(x2_data, A)
my_add = tf.add(my_mult, b)
my_output = tf.subtract(x1_data, my_add)

# Add classification loss (cross entropy)
xentropy = tf.nn.sigmoid_cross_entropy_with_logits(logits=my_output, labels=y_target)

# Create Optimizer
my_opt = tf.train.GradientDescentOptimizer(0.05)
train_step = my_opt.minimize(xentropy)

# Initialize variables
init = tf.global_variables_initializer()
sess.run(init)

# Run Loop
for i in range(1000):
    rand_index = np.random.choice(len(iris_2d), size=batch_size)
    rand_x = iris_2d[rand_index]
    rand_x1 = np.array([[x[0]] for x in rand_x])
    rand_x2 = np.array([[x[1]] for x in rand_x])
    rand_y = np.array([[y] for y in binary_target[rand_index]])
    sess.run(train_step, feed_dict={x1_data: rand_x1, x2_data: rand_x2, y_target: rand_y})
    if (i + 1) % 200 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)) + ', b = ' + str(sess.run(b)))


# Visualize Results
# Pull out slope/intercept
[[slope]] = sess.run(A)
[[intercept]] = sess.run(b)

# Create fitted line
x = np.linspace(0, 3, num=50)
ablineValues = []
for i in x:
    ablineValues.append(slope * i + intercept)

# How well the line separates the flowers (setosa: x1 - (A*x2 + b) > 0)
predicted = (iris_2d[:, 0] - (slope * iris_2d[:, 1] + intercept)) > 0
print('slope positive:', slope > 0)
print('accuracy: %.4f' % np.mean(predicted == (binary_target == 1)))

# Plot the fitted line over the data
setosa_x = [a[1] for i, a in enumerate(iris_2d) if binary_target[i] == 1]
setosa_y = [a[0] for i, a in enumerate(iris_2d) if binary_target[i] == 1]
non_setosa_x = [a[1] for i, a in enumerate(iris_2d) if binary_target[i] == 0]
non_setosa_y = [a[0] for i, a in enumerate(iris_2d) if binary_target[i] == 0]
plt.plot(setosa_x, setosa_y, 'rx', ms=10, mew=2, label='setosa')
plt.plot(non_setosa_x, non_setosa_y, 'ro', label='Non-setosa')
plt.plot(x, ablineValues, 'b-')
plt.xlim([0.0, 2.7])
plt.ylim([0.0, 7.1])
plt.suptitle('Linear Separator For I.setosa', fontsize=20)
plt.xlabel('Petal Length')
plt.ylabel('Petal Width')
plt.legend(loc='lower right')
plt.show()

# expect-line: flowers: 150 setosa: 50
# expect-count: /^Step #\d+ A = \[\[[-\d.e]+\]\], b = \[\[[-\d.e]+\]\]$/ 5
# expect-line: slope positive: True
# expect-value: /^accuracy: ([\d.]+)/ >= 0.95

# Models: nfmcclure/tensorflow_cookbook 03_Linear_Regression/05_Implementing_Deming_Regression/05_deming_regression.py
# Checks: the cookbook's Deming (total least squares) regression of sepal length on petal width:
# iris from sklearn.datasets.load_iris() (x = [x[3] for x in iris.data], y = [y[0] ...]), A and b
# from tf.random_normal(shape=[1,1]), the loss tf.reduce_mean(tf.truediv(|y - (xA + b)|,
# tf.sqrt(A^2 + 1))) (the perpendicular distance to the line), GradientDescent 0.1 on batches of 50
# from np.random.choice, the 'Step #50 A = [[...]] b = [[...]]' / 'Loss = ...' log every 50 steps,
# [slope] = sess.run(A) unpacking, the best-fit list built in a loop over x_vals, and the two
# figures (the data with the fitted line; the loss per generation). NumPy's generator is
# reproduced exactly, so the whole SGD run is replayed in float64 NumPy from the printed start
# (reference/generate_books.py): every logged A, b and loss, the final slope and intercept and the
# mean perpendicular distance over all 150 rows. From this start (A = -1.25) gradient descent on
# the Deming loss walks to the steep negative branch (A about -4.2), not to the principal-axis fit
# (slope 0.89): the perpendicular distance has more than one basin, as the cookbook's text warns
# that Deming regression is sensitive to its starting point.
# reference-tolerance: 1e-3
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn import datasets
from tensorflow.python.framework import ops
ops.reset_default_graph()

# Create graph
sess = tf.Session()

# Set a random seed
seed = 43
np.random.seed(seed)
tf.set_random_seed(seed)

# Load the data
# iris.data = [(Sepal Length, Sepal Width, Petal Length, Petal Width)]
iris = datasets.load_iris()
x_vals = np.array([x[3] for x in iris.data])
y_vals = np.array([y[0] for y in iris.data])

# Declare batch size
batch_size = 50

# Initialize placeholders
x_data = tf.placeholder(shape=[None, 1], dtype=tf.float32)
y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)

# Create variables for linear regression
A = tf.Variable(tf.random_normal(shape=[1, 1]))
b = tf.Variable(tf.random_normal(shape=[1, 1]))

# Declare model operations
model_output = tf.add(tf.matmul(x_data, A), b)

# Declare Deming loss function
deming_numerator = tf.abs(tf.subtract(y_target, tf.add(tf.matmul(x_data, A), b)))
deming_denominator = tf.sqrt(tf.add(tf.square(A), 1))
loss = tf.reduce_mean(tf.truediv(deming_numerator, deming_denominator))

# Declare optimizer
my_opt = tf.train.GradientDescentOptimizer(0.1)
train_step = my_opt.minimize(loss)

# Initialize variables
init = tf.global_variables_initializer()
sess.run(init)
print('Start A = ' + str(sess.run(A)) + ' b = ' + str(sess.run(b)))

# Training loop
loss_vec = []
for i in range(250):
    rand_index = np.random.choice(len(x_vals), size=batch_size)
    rand_x = np.transpose([x_vals[rand_index]])
    rand_y = np.transpose([y_vals[rand_index]])
    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})
    temp_loss = sess.run(loss, feed_dict={x_data: rand_x, y_target: rand_y})
    loss_vec.append(temp_loss)
    if (i + 1) % 50 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)) + ' b = ' + str(sess.run(b)))
        print('Loss = ' + str(temp_loss))

# Get the optimal coefficients
[slope] = sess.run(A)
[y_intercept] = sess.run(b)
print('slope: %.3f intercept: %.3f' % (slope[0], y_intercept[0]))

# Get best fit line
best_fit = []
for i in x_vals:
    best_fit.append(slope * i + y_intercept)

full_loss = sess.run(loss, feed_dict={x_data: np.transpose([x_vals]), y_target: np.transpose([y_vals])})
print('mean perpendicular distance: %.4f' % full_loss)

# Plot the result
plt.plot(x_vals, y_vals, 'o', label='Data Points')
plt.plot(x_vals, best_fit, 'r-', label='Best fit line', linewidth=3)
plt.legend(loc='upper left')
plt.title('Sepal Length vs Petal Width')
plt.xlabel('Petal Width')
plt.ylabel('Sepal Length')
plt.show()

# Plot loss over time
plt.plot(loss_vec, 'k-')
plt.title('Deming Loss per Generation')
plt.xlabel('Generation')
plt.ylabel('Deming Loss')
plt.show()

# expect-count: /^Step #\d+ A = \[\[-?[\d.]+\]\] b = \[\[-?[\d.]+\]\]$/ 5
# expect-count: /^Loss = [\d.]+$/ 5

# Models: nfmcclure/tensorflow_cookbook 03_Linear_Regression/06_Implementing_Lasso_and_Ridge_Regression/06_lasso_and_ridge_regression.py
# Checks: the cookbook's lasso and ridge recipe, both variants in one run as its later edition
# chooses them with regression_type = 'LASSO' / 'Ridge' (here a for loop over the two, with
# ops.reset_default_graph() and a new tf.Session() each time): sepal length on petal width from
# sklearn.datasets.load_iris(), the lasso loss as the MSE plus a steep sigmoid "heavyside step"
# tf.truediv(1., tf.add(1., tf.exp(tf.multiply(-50., tf.subtract(A, lasso_param))))) times 99 that
# keeps the slope under 0.9, the ridge loss as the MSE plus tf.reduce_mean(tf.square(A)), that one
# wrapped in tf.expand_dims(..., 0) so the fetched loss is a one-element array (loss_vec.append(
# temp_loss[0]), 'Loss = [0.123]' printed through str(); the lasso loss keeps A's [1, 1] shape so
# its temp_loss[0] is a one-element array, formatted with '%.3f'), GradientDescent 0.001 for 1500 steps
# of 50 rows, the 'Step #300 A = [[...]] b = [[...]]' log every 300 steps, and the loss curves
# plotted. Least squares on these rows gives slope 0.89 and intercept 4.78 (NumPy), so the lasso
# run ends with A just under 0.9 and the ridge one with a smaller slope; with lr 0.001 both are still
# moving after 1500 steps (as in the cookbook's printed run), so the checks are on the direction:
# the loss falls and the slopes stay positive, lasso's below its 0.9 wall.
import sys

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn import datasets
from tensorflow.python.framework import ops

# Load the data
# iris.data = [(Sepal Length, Sepal Width, Petal Length, Petal Width)]
iris = datasets.load_iris()
x_vals = np.array([x[3] for x in iris.data])
y_vals = np.array([y[0] for y in iris.data])

# Declare batch size
batch_size = 50

for regression_type in ['LASSO', 'Ridge']:
    ops.reset_default_graph()
    # Create graph
    sess = tf.Session()
    seed = 13
    np.random.seed(seed)
    tf.set_random_seed(seed)

    # Initialize placeholders
    x_data = tf.placeholder(shape=[None, 1], dtype=tf.float32)
    y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)

    # Create variables for linear regression
    A = tf.Variable(tf.random_normal(shape=[1, 1]))
    b = tf.Variable(tf.random_normal(shape=[1, 1]))

    # Declare model operations
    model_output = tf.add(tf.matmul(x_data, A), b)

    # Select appropriate loss function based on regression type
    if regression_type == 'LASSO':
        # Declare Lasso loss function
        # Lasso Loss = L2_Loss + heavyside_step,
        # Where heavyside_step ~ 0 if A < constant, otherwise ~ 99
        lasso_param = tf.constant(0.9)
        heavyside_step = tf.truediv(1., tf.add(1., tf.exp(tf.multiply(-50., tf.subtract(A, lasso_param)))))
        regularization_param = tf.multiply(heavyside_step, 99.)
        loss = tf.add(tf.reduce_mean(tf.square(y_target - model_output)), regularization_param)
    elif regression_type == 'Ridge':
        # Declare the Ridge loss function
        # Ridge loss = L2_loss + L2 norm of slope
        ridge_param = tf.constant(1.)
        ridge_loss = tf.reduce_mean(tf.square(A))
        loss = tf.expand_dims(tf.add(tf.reduce_mean(tf.square(y_target - model_output)), tf.multiply(ridge_param, ridge_loss)), 0)
    else:
        print('Invalid regression_type parameter value', file=sys.stderr)

    # Declare optimizer
    my_opt = tf.train.GradientDescentOptimizer(0.001)
    train_step = my_opt.minimize(loss)

    # Initialize variables
    init = tf.global_variables_initializer()
    sess.run(init)

    # Training loop
    loss_vec = []
    for i in range(1500):
        rand_index = np.random.choice(len(x_vals), size=batch_size)
        rand_x = np.transpose([x_vals[rand_index]])
        rand_y = np.transpose([y_vals[rand_index]])
        sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})
        temp_loss = sess.run(loss, feed_dict={x_data: rand_x, y_target: rand_y})
        loss_vec.append(temp_loss[0])
        if (i + 1) % 300 == 0:
            print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)) + ' b = ' + str(sess.run(b)))
            print('Loss = ' + str(temp_loss))
            print('\n')

    # Get the optimal coefficients
    [slope] = sess.run(A)
    [y_intercept] = sess.run(b)
    print('%s loss shape: %s, first %.3f, last %.3f' % (regression_type, loss.shape, loss_vec[0], loss_vec[-1]))
    print('%s slope: %.4f' % (regression_type, slope[0]))

    # Get best fit line
    best_fit = []
    for i in x_vals:
        best_fit.append(slope * i + y_intercept)

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
    plt.title(regression_type + ' Loss per Generation')
    plt.xlabel('Generation')
    plt.ylabel('Loss')
    plt.show()

# expect-count: /^Step #\d+ A = \[\[-?[\d.]+\]\] b = \[\[-?[\d.]+\]\]$/ 10
# expect-count: /^Loss = \[\[?[\d.]+\]\]?$/ 10
# expect-value: /^LASSO slope: (-?[\d.]+)$/ < 0.9
# expect-value: /^LASSO slope: (-?[\d.]+)$/ > 0
# expect-value: /^Ridge slope: (-?[\d.]+)$/ > 0
# expect-value: /^LASSO loss shape: \(1, 1\), first [\d.]+, last ([\d.]+)$/ < 3
# expect-value: /^Ridge loss shape: \(1,\), first [\d.]+, last ([\d.]+)$/ < 3

# Models: aymericdamien/TensorFlow-Examples examples/2_BasicModels/linear_regression.py
# Checks: per-sample SGD on a 1-D linear model from numpy.random.randn starting values, the
# "Epoch: 0050 cost= ..." log, the training cost reaching the least-squares level, and the
# matplotlib figures of the fit (plt.plot / legend / show).
from __future__ import print_function

import tensorflow as tf
import numpy
import matplotlib.pyplot as plt
rng = numpy.random

# Parameters
learning_rate = 0.1
training_epochs = 200
display_step = 50

# Training data: y is about 0.3 x + 0.6.
train_X = numpy.asarray([2.1, 3.4, 4.0, 5.2, 5.9, 6.6, 7.3, 8.1, 8.8, 9.5, 3.0, 6.1, 7.7, 4.6, 9.9])
train_Y = numpy.asarray([1.25, 1.58, 1.86, 2.05, 2.42, 2.49, 2.83, 3.01, 3.29, 3.38, 1.52, 2.37, 2.95, 1.97, 3.61])
n_samples = train_X.shape[0]

X = tf.placeholder("float")
Y = tf.placeholder("float")

W = tf.Variable(rng.randn(), name="weight")
b = tf.Variable(rng.randn(), name="bias")

pred = tf.add(tf.multiply(X, W), b)
cost = tf.reduce_sum(tf.pow(pred - Y, 2)) / (2 * n_samples)
optimizer = tf.train.GradientDescentOptimizer(learning_rate).minimize(cost)

init = tf.global_variables_initializer()

with tf.Session() as sess:
    sess.run(init)
    for epoch in range(training_epochs):
        for (x, y) in zip(train_X, train_Y):
            sess.run(optimizer, feed_dict={X: x, Y: y})
        if (epoch + 1) % display_step == 0:
            c = sess.run(cost, feed_dict={X: train_X, Y: train_Y})
            print("Epoch:", '%04d' % (epoch + 1), "cost=", "{:.9f}".format(c),
                  "W=", sess.run(W), "b=", sess.run(b))

    print("Optimization Finished!")
    training_cost = sess.run(cost, feed_dict={X: train_X, Y: train_Y})
    print("Training cost=", training_cost, "W=", sess.run(W), "b=", sess.run(b), '\n')

    plt.plot(train_X, train_Y, 'ro', label='Original data')
    plt.plot(train_X, sess.run(W) * train_X + sess.run(b), label='Fitted line')
    plt.legend()
    plt.show()

    test_X = numpy.asarray([6.83, 4.668, 8.9, 7.91, 5.7])
    test_Y = numpy.asarray([2.64, 1.98, 3.25, 2.96, 2.33])
    print("Testing... (Mean square loss Comparison)")
    testing_cost = sess.run(tf.reduce_sum(tf.pow(pred - Y, 2)) / (2 * test_X.shape[0]),
                            feed_dict={X: test_X, Y: test_Y})
    print("Testing cost=", testing_cost)
    print("Absolute mean square loss difference:", abs(training_cost - testing_cost))

    plt.plot(test_X, test_Y, 'bo', label='Testing data')
    plt.plot(train_X, sess.run(W) * train_X + sess.run(b), label='Fitted line')
    plt.legend()
    plt.show()

# expect-count: /^Epoch: \d{4} cost= \d+\.\d{9} W= / 4
# expect-value: /^Training cost= ([\d.e-]+) W=/ <= 0.01
# expect-value: /^Testing cost= ([\d.e-]+)/ <= 0.02

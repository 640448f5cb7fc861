# Models: chiphuyen/stanford-tensorflow-tutorials examples/03_linreg_dataset.py
# Checks: the same per-sample regression as 03_linreg_placeholder but fed by tf.data: a Dataset of
# the (birth rate, life expectancy) columns, an initializable iterator re-initialized each epoch,
# OutOfRangeError ending the epoch, a huber loss from a local module built with tf.cond, and the
# epoch losses and final w, b against a float64 NumPy run (reference/data/linreg_dataset.txt).
import os
os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'
import time

import numpy as np
import tensorflow as tf

import utils

DATA_FILE = '../../data/birth_life_2010.txt'

data, n_samples = utils.read_birth_life_data(DATA_FILE)

dataset = tf.data.Dataset.from_tensor_slices((data[:, 0], data[:, 1]))
iterator = dataset.make_initializable_iterator()
X, Y = iterator.get_next()

w = tf.get_variable('weights', initializer=tf.constant(0.0))
b = tf.get_variable('bias', initializer=tf.constant(0.0))

Y_predicted = X * w + b

loss = utils.huber_loss(Y, Y_predicted)

optimizer = tf.train.GradientDescentOptimizer(learning_rate=0.001).minimize(loss)

start = time.time()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    writer = tf.summary.FileWriter('/tmp/corpus_graphs/linear_reg_dataset', sess.graph)

    for i in range(30):
        sess.run(iterator.initializer)
        total_loss = 0
        try:
            while True:
                _, l = sess.run([optimizer, loss])
                total_loss += l
        except tf.errors.OutOfRangeError:
            pass
        if i % 10 == 9:
            print('Epoch {0}: {1:.4f}'.format(i, total_loss / n_samples))

    writer.close()
    w_out, b_out = sess.run([w, b])
    print('w: %f, b: %f' % (w_out, b_out))
print('Took: %f seconds' % (time.time() - start))
# reference-tolerance: 1e-3

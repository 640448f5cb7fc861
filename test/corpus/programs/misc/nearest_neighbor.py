# Models: aymericdamien/TensorFlow-Examples examples/2_BasicModels/nearest_neighbor.py
# Checks: L1 distances with tf.reduce_sum(tf.abs(tf.add(xtr, tf.negative(xte))), reduction_indices=1),
# tf.arg_min, next_batch(5000) / next_batch(100) for the data, the per-sample "Test 0 Prediction: 7
# True Class: 7" log, and accuracy >= 0.85.
from __future__ import print_function

import numpy as np
import tensorflow as tf

from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("/tmp/data/", one_hot=True)

Xtr, Ytr = mnist.train.next_batch(5000)  # 5000 for training (nn candidates)
Xte, Yte = mnist.test.next_batch(100)  # 100 for testing

xtr = tf.placeholder("float", [None, 784])
xte = tf.placeholder("float", [784])

distance = tf.reduce_sum(tf.abs(tf.add(xtr, tf.negative(xte))), reduction_indices=1)
pred = tf.arg_min(distance, 0)

accuracy = 0.

init = tf.global_variables_initializer()

with tf.Session() as sess:
    sess.run(init)
    for i in range(len(Xte)):
        nn_index = sess.run(pred, feed_dict={xtr: Xtr, xte: Xte[i, :]})
        if i < 5:
            print("Test", i, "Prediction:", np.argmax(Ytr[nn_index]), "True Class:", np.argmax(Yte[i]))
        if np.argmax(Ytr[nn_index]) == np.argmax(Yte[i]):
            accuracy += 1. / len(Xte)
    print("Done!")
    print("Accuracy:", accuracy)

# expect-count: /^Test [0-4] Prediction: \d True Class: \d$/ 5
# expect-line: Done!
# expect-value: /^Accuracy: ([\d.]+)$/ >= 0.85

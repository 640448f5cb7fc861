# Models: chiphuyen/stanford-tensorflow-tutorials examples/03_linreg_placeholder.py
# Checks: reading a tab-separated text file through a local helper module (import utils), per-sample
# SGD from zero weights (fully deterministic), the epoch log and the final w and b, compared with a
# float64 NumPy run of the same updates (reference/linear/linreg_birth_life.txt).
import os
os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'
import time

import numpy as np
import tensorflow as tf

import utils

DATA_FILE = '../../data/birth_life_2010.txt'

# Step 1: read in data from the .txt file
data, n_samples = utils.read_birth_life_data(DATA_FILE)

# Step 2: create placeholders for X (birth rate) and Y (life expectancy)
X = tf.placeholder(tf.float32, name='X')
Y = tf.placeholder(tf.float32, name='Y')

# Step 3: create weight and bias, initialized to 0
w = tf.get_variable('weights', initializer=tf.constant(0.0))
b = tf.get_variable('bias', initializer=tf.constant(0.0))

# Step 4: build model to predict Y
Y_predicted = w * X + b

# Step 5: use the squared error as the loss function
loss = tf.square(Y - Y_predicted, name='loss')

# Step 6: gradient descent with learning rate of 0.001 to minimize loss
optimizer = tf.train.GradientDescentOptimizer(learning_rate=0.001).minimize(loss)

start = time.time()
writer = tf.summary.FileWriter('/tmp/corpus_graphs/linear_reg', tf.get_default_graph())
with tf.Session() as sess:
    # Step 7: initialize the necessary variables, in this case, w and b
    sess.run(tf.global_variables_initializer())

    # Step 8: train the model for 30 epochs
    for i in range(30):
        total_loss = 0
        for x, y in data:
            _, l = sess.run([optimizer, loss], feed_dict={X: x, Y: y})
            total_loss += l
        if i % 10 == 9:
            print('Epoch {0}: {1:.4f}'.format(i, total_loss / n_samples))

    writer.close()

    # Step 9: output the values of w and b
    w_out, b_out = sess.run([w, b])

print('w: %f, b: %f' % (w_out, b_out))
print('Took: %f seconds' % (time.time() - start))
# reference-tolerance: 1e-3

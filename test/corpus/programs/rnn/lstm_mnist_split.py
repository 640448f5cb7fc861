# Models: nlintz/TensorFlow-Tutorials 07_lstm.py
# Checks: the transpose/reshape/tf.split route to a list of time steps, BasicLSTMCell with
# state_is_tuple=True, rnn.static_rnn, returning lstm.state_size (an LSTMStateTuple), tf.ConfigProto
# with gpu_options.allow_growth, RMSProp, and test accuracy >= 0.5.
# Training length: TF1's RMSProp starts its mean square at ones, so its first few dozen steps are
# tiny; on the 3,200 bundled MNIST images used two epochs leave the net far below the check in TF1 too (an
# independent NumPy run of the same equations: 0.21-0.27 after epoch 1). The original trains 100 epochs on 55,000
# images; 6 epochs here reach the check in that NumPy run (0.70-0.81 after epoch 5, 3 seeds).
# corpus-timeout: 240
import tensorflow as tf
from tensorflow.contrib import rnn

import numpy as np
from tensorflow.examples.tutorials.mnist import input_data

input_vec_size = lstm_size = 28
time_step_size = 28

batch_size = 64
test_size = 256


def init_weights(shape):
    return tf.Variable(tf.random_normal(shape, stddev=0.01))


def model(X, W, B, lstm_size):
    XT = tf.transpose(X, [1, 0, 2])  # permute time_step_size and batch_size
    XR = tf.reshape(XT, [-1, lstm_size])  # each row has input for each lstm cell
    X_split = tf.split(XR, time_step_size, 0)  # split them to time_step_size arrays
    lstm = rnn.BasicLSTMCell(lstm_size, forget_bias=1.0, state_is_tuple=True)
    outputs, _states = rnn.static_rnn(lstm, X_split, dtype=tf.float32)
    return tf.matmul(outputs[-1], W) + B, lstm.state_size


mnist = input_data.read_data_sets("MNIST_data/", one_hot=True)
trX, trY, teX, teY = mnist.train.images, mnist.train.labels, mnist.test.images, mnist.test.labels
trX = trX.reshape(-1, 28, 28)
teX = teX.reshape(-1, 28, 28)

X = tf.placeholder("float", [None, 28, 28])
Y = tf.placeholder("float", [None, 10])

W = init_weights([lstm_size, 10])
B = init_weights([10])

py_x, state_size = model(X, W, B, lstm_size)
print(state_size)

cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=py_x, labels=Y))
train_op = tf.train.RMSPropOptimizer(0.005, 0.9).minimize(cost)
predict_op = tf.argmax(py_x, 1)

session_conf = tf.ConfigProto()
session_conf.gpu_options.allow_growth = True

with tf.Session(config=session_conf) as sess:
    tf.global_variables_initializer().run()

    for i in range(6):
        for start, end in zip(range(0, 3200, batch_size), range(batch_size, 3200 + 1, batch_size)):
            sess.run(train_op, feed_dict={X: trX[start:end], Y: trY[start:end]})

        test_indices = np.arange(len(teX))
        np.random.shuffle(test_indices)
        test_indices = test_indices[0:test_size]

        print(i, np.mean(np.argmax(teY[test_indices], axis=1) ==
                         sess.run(predict_op, feed_dict={X: teX[test_indices]})))

# expect-line: LSTMStateTuple(c=28, h=28)
# expect-count: /^\d+ 0\.\d+$/ 6
# expect-value: /^5 (0\.\d+)$/ >= 0.5

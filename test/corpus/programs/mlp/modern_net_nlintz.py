# Models: nlintz/TensorFlow-Tutorials 04_modern_net.py
# Checks: dropout with keep probabilities fed through placeholders (p_keep_input, p_keep_hidden),
# ReLU layers, RMSPropOptimizer(0.001, 0.9), and test accuracy >= 0.85 with dropout off.
# Training length: TF1's RMSProp starts its mean square at ones, so its first few dozen steps are
# tiny; on the 5,000 bundled MNIST images two epochs leave the net far below the check in TF1 too (an
# independent NumPy run of the same equations: 0.11-0.16 after epoch 1). The original trains 100 epochs on 55,000
# images; 16 epochs here reach the check in that NumPy run (0.89-0.90 after epoch 15, 4 seeds).
# corpus-timeout: 300
import tensorflow as tf
import numpy as np
from tensorflow.examples.tutorials.mnist import input_data


def init_weights(shape):
    return tf.Variable(tf.random_normal(shape, stddev=0.01))


def model(X, w_h, w_h2, w_o, p_keep_input, p_keep_hidden):
    X = tf.nn.dropout(X, p_keep_input)
    h = tf.nn.relu(tf.matmul(X, w_h))

    h = tf.nn.dropout(h, p_keep_hidden)
    h2 = tf.nn.relu(tf.matmul(h, w_h2))

    h2 = tf.nn.dropout(h2, p_keep_hidden)

    return tf.matmul(h2, w_o)


mnist = input_data.read_data_sets("MNIST_data/", one_hot=True)
trX, trY, teX, teY = mnist.train.images, mnist.train.labels, mnist.test.images, mnist.test.labels

X = tf.placeholder("float", [None, 784])
Y = tf.placeholder("float", [None, 10])

w_h = init_weights([784, 128])
w_h2 = init_weights([128, 64])
w_o = init_weights([64, 10])

p_keep_input = tf.placeholder("float")
p_keep_hidden = tf.placeholder("float")
py_x = model(X, w_h, w_h2, w_o, p_keep_input, p_keep_hidden)

cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=py_x, labels=Y))
train_op = tf.train.RMSPropOptimizer(0.001, 0.9).minimize(cost)
predict_op = tf.argmax(py_x, 1)

with tf.Session() as sess:
    tf.global_variables_initializer().run()

    for i in range(16):
        for start, end in zip(range(0, len(trX), 128), range(128, len(trX) + 1, 128)):
            sess.run(train_op, feed_dict={X: trX[start:end], Y: trY[start:end],
                                          p_keep_input: 0.8, p_keep_hidden: 0.5})
        print(i, np.mean(np.argmax(teY, axis=1) ==
                         sess.run(predict_op, feed_dict={X: teX,
                                                         p_keep_input: 1.0,
                                                         p_keep_hidden: 1.0})))

# expect-count: /^\d+ 0\.\d+$/ 16
# expect-value: /^15 (0\.\d+)$/ >= 0.85

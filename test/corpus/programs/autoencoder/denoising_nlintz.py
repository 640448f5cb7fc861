# Models: nlintz/TensorFlow-Tutorials 06_autoencoder.py
# Checks: a denoising autoencoder with tied weights (W_prime = tf.transpose(W)), initial weights
# from tf.random_uniform with a bound computed by NumPy, input corruption with
# np.random.binomial masks, the per-epoch reconstruction cost falling.
import tensorflow as tf
import numpy as np
from tensorflow.examples.tutorials.mnist import input_data

mnist_width = 28
n_visible = mnist_width * mnist_width
n_hidden = 100
corruption_level = 0.3

# create node for input data
X = tf.placeholder("float", [None, n_visible], name='X')

# create node for corruption mask
mask = tf.placeholder("float", [None, n_visible], name='mask')

# create nodes for hidden variables
W_init_max = 4 * np.sqrt(6. / (n_visible + n_hidden))
W_init = tf.random_uniform(shape=[n_visible, n_hidden], minval=-W_init_max, maxval=W_init_max)

W = tf.Variable(W_init, name='W')
b = tf.Variable(tf.zeros([n_hidden]), name='b')

W_prime = tf.transpose(W)  # tied weights between encoder and decoder
b_prime = tf.Variable(tf.zeros([n_visible]), name='b_prime')


def model(X, mask, W, b, W_prime, b_prime):
    tilde_X = mask * X  # corrupted X
    Y = tf.nn.sigmoid(tf.matmul(tilde_X, W) + b)  # hidden state
    Z = tf.nn.sigmoid(tf.matmul(Y, W_prime) + b_prime)  # reconstructed input
    return Z


# build model graph
Z = model(X, mask, W, b, W_prime, b_prime)

# create cost function
cost = tf.reduce_sum(tf.pow(X - Z, 2))  # minimize squared error
train_op = tf.train.GradientDescentOptimizer(0.02).minimize(cost)  # construct an optimizer

mnist = input_data.read_data_sets("MNIST_data/", one_hot=True)
trX, trY, teX, teY = mnist.train.images, mnist.train.labels, mnist.test.images, mnist.test.labels

with tf.Session() as sess:
    tf.global_variables_initializer().run()
    for i in range(4):
        for start, end in zip(range(0, 2560, 128), range(128, 2560 + 1, 128)):
            input_ = trX[start:end]
            mask_np = np.random.binomial(1, 1 - corruption_level, input_.shape)
            sess.run(train_op, feed_dict={X: input_, mask: mask_np})

        mask_np = np.random.binomial(1, 1 - corruption_level, teX[:1000].shape)
        print(i, sess.run(cost, feed_dict={X: teX[:1000], mask: mask_np}))

# expect-count: /^[0-3] [\d.e+]+$/ 4
# expect-decrease: /^[0-3] ([\d.e+]+)$/ 0.8

# Models: pkmital/tensorflow_tutorials python/09_convolutional_autoencoder.py (the convolutional autoencoder, written here with tf.contrib.layers as the contrib-era DCGAN / autoencoder repositories do)
# Checks: a convolutional autoencoder built from tf.contrib.layers under tf.contrib.framework.arg_scope
# ([conv2d, conv2d_transpose], padding='SAME', activation_fn=tf.nn.relu, weights_regularizer=
# l2_regularizer): strided conv2d encoder layers (28 -> 14 -> 7), a layer_norm'd bottleneck,
# conv2d_transpose decoder layers back to 28x28 (the last with a sigmoid), the static shapes of every
# layer, the variable names (encoder/conv1/weights, decoder/deconv2/biases, bottleneck/LayerNorm/gamma),
# the regularization losses added to the reconstruction cost, Adam, the per-epoch cost falling, and
# reconstructions inside [0, 1] plotted against the originals with matplotlib (plt.subplots, imshow).
import numpy as np
import tensorflow as tf
import matplotlib.pyplot as plt
from tensorflow.examples.tutorials.mnist import input_data

tf.set_random_seed(4)
mnist = input_data.read_data_sets('MNIST_data', one_hot=True)
layers = tf.contrib.layers


def autoencoder(x):
    x_tensor = tf.reshape(x, [-1, 28, 28, 1])
    shapes = [x_tensor.get_shape().as_list()]
    with tf.contrib.framework.arg_scope([layers.conv2d, layers.conv2d_transpose], padding='SAME',
                                        activation_fn=tf.nn.relu,
                                        weights_regularizer=layers.l2_regularizer(1e-5)):
        with tf.variable_scope('encoder'):
            net = layers.conv2d(x_tensor, 16, [3, 3], stride=2, scope='conv1')
            shapes.append(net.get_shape().as_list())
            net = layers.conv2d(net, 8, [3, 3], stride=2, scope='conv2')
            shapes.append(net.get_shape().as_list())
        with tf.variable_scope('bottleneck'):
            z = layers.layer_norm(net)
        with tf.variable_scope('decoder'):
            net = layers.conv2d_transpose(z, 16, [3, 3], stride=2, scope='deconv1')
            shapes.append(net.get_shape().as_list())
            y = layers.conv2d_transpose(net, 1, [3, 3], stride=2, activation_fn=tf.nn.sigmoid, scope='deconv2')
            shapes.append(y.get_shape().as_list())
    cost = tf.reduce_mean(tf.square(y - x_tensor))
    return {'x': x, 'z': z, 'y': y, 'cost': cost, 'shapes': shapes}


x = tf.placeholder(tf.float32, [None, 784])
ae = autoencoder(x)
for s in ae['shapes']:
    print('layer shape:', s)
print(sorted(v.name for v in tf.trainable_variables()))
reg = tf.add_n(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES))
print('regularized layers:', len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
optimizer = tf.train.AdamOptimizer(0.01).minimize(ae['cost'] + reg)

sess = tf.Session()
sess.run(tf.global_variables_initializer())
batch_size = 100
n_epochs = 3
mean_img = np.mean(mnist.train.images, axis=0)
for epoch_i in range(n_epochs):
    total = 0.0
    n_batches = mnist.train.num_examples // batch_size // 2
    for batch_i in range(n_batches):
        batch_xs, _ = mnist.train.next_batch(batch_size)
        _, c = sess.run([optimizer, ae['cost']], feed_dict={x: batch_xs})
        total += c
    print(epoch_i, total / n_batches)

n_examples = 10
test_xs, _ = mnist.test.next_batch(n_examples)
recon = sess.run(ae['y'], feed_dict={x: test_xs})
print('reconstruction shape:', recon.shape)
print('inside [0, 1]:', bool(recon.min() >= 0 and recon.max() <= 1))
fig, axs = plt.subplots(2, n_examples, figsize=(10, 2))
for example_i in range(n_examples):
    axs[0][example_i].imshow(np.reshape(test_xs[example_i, :], (28, 28)))
    axs[1][example_i].imshow(np.reshape(recon[example_i, ...], (28, 28)))
fig.show()
plt.draw()
print('test cost: %.4f' % sess.run(ae['cost'], feed_dict={x: mnist.test.images[:500]}))

# expect-line: layer shape: [None, 28, 28, 1]
# expect-line: layer shape: [None, 14, 14, 16]
# expect-line: layer shape: [None, 7, 7, 8]
# expect-line: layer shape: [None, 14, 14, 16]
# expect-line: layer shape: [None, 28, 28, 1]
# expect-line: ['bottleneck/LayerNorm/beta:0', 'bottleneck/LayerNorm/gamma:0', 'decoder/deconv1/biases:0', 'decoder/deconv1/weights:0', 'decoder/deconv2/biases:0', 'decoder/deconv2/weights:0', 'encoder/conv1/biases:0', 'encoder/conv1/weights:0', 'encoder/conv2/biases:0', 'encoder/conv2/weights:0']
# expect-line: regularized layers: 4
# expect-count: /^\d \d+\.\d+(e-\d+)?$/ 3
# expect-decrease: /^\d ([\d.e-]+)$/ 0.7
# expect-line: reconstruction shape: (10, 28, 28, 1)
# expect-line: inside [0, 1]: True
# expect-value: /^test cost: ([\d.]+)$/ <= 0.04

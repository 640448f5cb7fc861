# Models: tensorflow/tensorflow tensorflow/examples/learn/mnist.py (TF 1.2-1.3, tf.contrib.learn)
# Checks: the contrib.learn MNIST showcase: learn.datasets.load_dataset('mnist') (here the bundled
# digits: 5,000 training and 4,500 test images, uint8 labels), a linear model first:
# learn.infer_real_valued_columns_from_input(mnist.train.images), learn.LinearClassifier(
# feature_columns=..., n_classes=10) fit on labels.astype(np.int32) with batch_size=100, and
# sklearn's accuracy_score over list(classifier.predict(images)) (the predicted classes); then a
# conv_model(feature, target, mode): the target one-hot through tf.one_hot(tf.cast(target,
# tf.int32), 10, 1, 0), the features reshaped to [-1, 28, 28, 1], two layers.convolution 5x5 relu
# layers under tf.variable_scope('conv_layer1'/'conv_layer2') with tf.nn.max_pool 2x2 'SAME', a
# relu layers.fully_connected, layers.dropout(keep_prob=0.5, is_training=mode ==
# tf.contrib.learn.ModeKeys.TRAIN), tf.contrib.losses.softmax_cross_entropy(logits, target),
# layers.optimize_loss(optimizer='SGD', learning_rate=0.001) with
# tf.contrib.framework.get_global_step(), and a bare tensor (tf.argmax(logits, 1)) as the
# predictions, so predict() yields the classes one by one. Shortened: 200 linear steps (the
# original: 1000) and 100 convolutional steps (the original: 20,000) with 8 and 16 filters and
# 128 hidden units (the original: 32, 64 and 1024), the flattened size following the filters. The
# checks: the linear model's accuracy >= 0.8 (contrib's default FTRL on these digits: 0.90 here);
# plain SGD at 0.001 is barely started after 100 steps (the loss logged at INFO goes 2.34, 2.33 at
# step 101, 2.27 at step 201), so the convolutional accuracy is only checked to be a fraction
# under 0.8 computed over the 4,500 predicted classes; the example prints no expected values.
"""This showcases how simple it is to build image classification networks.

It follows description from this TensorFlow tutorial:
    https://www.tensorflow.org/versions/master/tutorials/mnist/pros/index.html#deep-mnist-for-experts
"""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import numpy as np
from sklearn import metrics
import tensorflow as tf

layers = tf.contrib.layers
learn = tf.contrib.learn

N_FILTERS1 = 8
N_FILTERS2 = 16
N_HIDDEN = 128


def max_pool_2x2(tensor_in):
  return tf.nn.max_pool(
      tensor_in, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME')


def conv_model(feature, target, mode):
  """2-layer convolution model."""
  # Convert the target to a one-hot tensor of shape (batch_size, 10) and
  # with a on-value of 1 for each one-hot vector of length 10.
  target = tf.one_hot(tf.cast(target, tf.int32), 10, 1, 0)

  # Reshape feature to 4d tensor with 2nd and 3rd dimensions being
  # image width and height final dimension being the number of color channels.
  feature = tf.reshape(feature, [-1, 28, 28, 1])

  # First conv layer will compute N_FILTERS1 features for each 5x5 patch
  with tf.variable_scope('conv_layer1'):
    h_conv1 = layers.convolution(
        feature, N_FILTERS1, kernel_size=[5, 5], activation_fn=tf.nn.relu)
    h_pool1 = max_pool_2x2(h_conv1)

  # Second conv layer will compute N_FILTERS2 features for each 5x5 patch.
  with tf.variable_scope('conv_layer2'):
    h_conv2 = layers.convolution(
        h_pool1, N_FILTERS2, kernel_size=[5, 5], activation_fn=tf.nn.relu)
    h_pool2 = max_pool_2x2(h_conv2)
    # reshape tensor into a batch of vectors
    h_pool2_flat = tf.reshape(h_pool2, [-1, 7 * 7 * N_FILTERS2])

  # Densely connected layer with N_HIDDEN neurons.
  h_fc1 = layers.dropout(
      layers.fully_connected(
          h_pool2_flat, N_HIDDEN, activation_fn=tf.nn.relu),
      keep_prob=0.5,
      is_training=mode == tf.contrib.learn.ModeKeys.TRAIN)

  # Compute logits (1 per class) and compute loss.
  logits = layers.fully_connected(h_fc1, 10, activation_fn=None)
  loss = tf.contrib.losses.softmax_cross_entropy(logits, target)

  # Create a tensor for training op.
  train_op = layers.optimize_loss(
      loss,
      tf.contrib.framework.get_global_step(),
      optimizer='SGD',
      learning_rate=0.001)

  return tf.argmax(logits, 1), loss, train_op


def main(unused_args):
  ### Download and load MNIST dataset.
  mnist = learn.datasets.load_dataset('mnist')

  ### Linear classifier.
  feature_columns = learn.infer_real_valued_columns_from_input(
      mnist.train.images)
  classifier = learn.LinearClassifier(
      feature_columns=feature_columns, n_classes=10)
  classifier.fit(mnist.train.images,
                 mnist.train.labels.astype(np.int32),
                 batch_size=100,
                 steps=200)
  score = metrics.accuracy_score(mnist.test.labels,
                                 list(classifier.predict(mnist.test.images)))
  print('Accuracy: {0:f}'.format(score))

  ### Convolutional network
  classifier = learn.Estimator(model_fn=conv_model)
  classifier.fit(mnist.train.images,
                 mnist.train.labels,
                 batch_size=100,
                 steps=100)
  score = metrics.accuracy_score(mnist.test.labels,
                                 list(classifier.predict(mnist.test.images)))
  print('Accuracy: {0:f}'.format(score))


if __name__ == '__main__':
  tf.app.run()

# expect-count: /^Accuracy: (0\.[89]\d*|1\.0+)$/ 1
# expect-count: /^Accuracy: 0\.\d{6}$/ 2
# corpus-timeout: 240

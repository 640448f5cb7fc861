# tensorflow.examples.tutorials.mnist.mnist: the model module of TF's "mechanics 101" tutorial
# (fully_connected_feed.py imports it). Two ReLU layers and a linear layer under the name scopes
# 'hidden1', 'hidden2' and 'softmax_linear', each with variables 'weights' (truncated normal,
# stddev 1/sqrt(fan_in)) and 'biases' (zeros); the loss is tf.losses' mean sparse cross-entropy,
# training is plain gradient descent with a 'global_step' variable and a 'loss' scalar summary,
# and evaluation counts the examples whose label is the top logit.
import math

import tensorflow as tf

NUM_CLASSES = 10
IMAGE_SIZE = 28
IMAGE_PIXELS = IMAGE_SIZE * IMAGE_SIZE


def _fully_connected(scope, inputs, fan_in, units, activation=None):
    with tf.name_scope(scope):
        weights = tf.Variable(tf.truncated_normal([fan_in, units], stddev=1.0 / math.sqrt(float(fan_in))),
                              name='weights')
        biases = tf.Variable(tf.zeros([units]), name='biases')
        outputs = tf.matmul(inputs, weights) + biases
        return activation(outputs) if activation is not None else outputs


def inference(images, hidden1_units, hidden2_units):
    """The logits [batch, NUM_CLASSES] of the two-hidden-layer network for images [batch, IMAGE_PIXELS]."""
    hidden1 = _fully_connected('hidden1', images, IMAGE_PIXELS, hidden1_units, tf.nn.relu)
    hidden2 = _fully_connected('hidden2', hidden1, hidden1_units, hidden2_units, tf.nn.relu)
    return _fully_connected('softmax_linear', hidden2, hidden2_units, NUM_CLASSES)


def loss(logits, labels):
    """The mean cross-entropy of the logits against integer labels [batch]."""
    return tf.losses.sparse_softmax_cross_entropy(labels=tf.to_int64(labels), logits=logits)


def training(loss, learning_rate):
    """The gradient descent step on loss, which also increments a new 'global_step' variable."""
    tf.summary.scalar('loss', loss)
    global_step = tf.Variable(0, name='global_step', trainable=False)
    return tf.train.GradientDescentOptimizer(learning_rate).minimize(loss, global_step=global_step)


def evaluation(logits, labels):
    """The number of examples (an int32 scalar) whose label is the highest-scoring class."""
    correct = tf.nn.in_top_k(logits, labels, 1)
    return tf.reduce_sum(tf.cast(correct, tf.int32))

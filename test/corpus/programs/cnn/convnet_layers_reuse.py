# Models: aymericdamien/TensorFlow-Examples examples/3_NeuralNetworks/convolutional_network.py (tf.layers version)
# Checks: tf.layers.conv2d / max_pooling2d / dense / dropout(training=...) inside
# tf.variable_scope('ConvNet', reuse=reuse), tf.contrib.layers.flatten, a training graph and a test
# graph sharing weights, Adam, and testing accuracy >= 0.7.
from __future__ import print_function

import tensorflow as tf

from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("/tmp/data/", one_hot=True)

# Parameters
learning_rate = 0.002
num_steps = 100
batch_size = 64
display_step = 25

# Network Parameters
num_input = 784
num_classes = 10
dropout = 0.25  # Dropout, probability to drop a unit

X = tf.placeholder(tf.float32, [None, num_input])
Y = tf.placeholder(tf.float32, [None, num_classes])


def conv_net(x, n_classes, dropout, reuse, is_training):
    with tf.variable_scope('ConvNet', reuse=reuse):
        x = tf.reshape(x, shape=[-1, 28, 28, 1])
        conv1 = tf.layers.conv2d(x, 8, 5, activation=tf.nn.relu)
        conv1 = tf.layers.max_pooling2d(conv1, 2, 2)
        conv2 = tf.layers.conv2d(conv1, 16, 3, activation=tf.nn.relu)
        conv2 = tf.layers.max_pooling2d(conv2, 2, 2)
        fc1 = tf.contrib.layers.flatten(conv2)
        fc1 = tf.layers.dense(fc1, 64)
        fc1 = tf.layers.dropout(fc1, rate=dropout, training=is_training)
        out = tf.layers.dense(fc1, n_classes)
        out = tf.nn.softmax(out) if not is_training else out
    return out


logits_train = conv_net(X, num_classes, dropout, reuse=False, is_training=True)
logits_test = conv_net(X, num_classes, dropout, reuse=True, is_training=False)

loss_op = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=logits_train, labels=Y))
optimizer = tf.train.AdamOptimizer(learning_rate=learning_rate)
train_op = optimizer.minimize(loss_op)

correct_pred = tf.equal(tf.argmax(logits_test, 1), tf.argmax(Y, 1))
accuracy = tf.reduce_mean(tf.cast(correct_pred, tf.float32))

init = tf.global_variables_initializer()
print(len(tf.trainable_variables()), [v.name for v in tf.trainable_variables()][:2])

with tf.Session() as sess:
    sess.run(init)
    for step in range(1, num_steps + 1):
        batch_x, batch_y = mnist.train.next_batch(batch_size)
        sess.run(train_op, feed_dict={X: batch_x, Y: batch_y})
        if step % display_step == 0 or step == 1:
            loss, acc = sess.run([loss_op, accuracy], feed_dict={X: batch_x, Y: batch_y})
            print("Step " + str(step) + ", Minibatch Loss= " + "{:.4f}".format(loss) +
                  ", Training Accuracy= " + "{:.3f}".format(acc))
    print("Optimization Finished!")
    print("Testing Accuracy:", sess.run(accuracy, feed_dict={X: mnist.test.images[:1000],
                                                             Y: mnist.test.labels[:1000]}))

# expect-line: 8 ['ConvNet/conv2d/kernel:0', 'ConvNet/conv2d/bias:0']
# expect-count: /^Step (1|25|50|75|100), Minibatch Loss= / 5
# expect-value: /^Testing Accuracy: ([\d.]+)$/ >= 0.7

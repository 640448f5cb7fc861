# Models: aymericdamien/TensorFlow-Examples examples/6_MultiGPU/multigpu_cnn.py
# Checks: the multi-GPU training recipe run on CPU: an assign_to_device(device, ps_device) helper
# returning a device *function* for tf.device (variables pinned to the parameter server), a
# tf.device('/cpu:0') outer block, num_gpus towers built in a loop under
# tf.device(assign_to_device('/gpu:{}'.format(i), ps_device='/cpu:0')) with reuse_vars set after the
# first tower, each tower taking its own tf.slice-free batch shard from NumPy slicing of a
# placeholder (X[i * batch_size: (i+1) * batch_size]), per-tower optimizer.compute_gradients,
# average_gradients() with tf.expand_dims + tf.concat + tf.reduce_mean over (grad, var) pairs, a
# single apply_gradients; the shared weights counted once; the averaged gradient equal to the
# gradient of the mean loss over the full batch (checked in the same session); the step log and
# test accuracy on bundled MNIST.
from __future__ import division, print_function, absolute_import

import numpy as np
import tensorflow as tf
import time
from tensorflow.examples.tutorials.mnist import input_data

mnist = input_data.read_data_sets("/tmp/data/", one_hot=True)
tf.set_random_seed(2)

num_gpus = 2
num_steps = 60
learning_rate = 0.001
batch_size = 64
display_step = 20

num_input = 784
num_classes = 10
dropout = 0.75


def conv_net(x, n_classes, dropout, reuse, is_training):
    with tf.variable_scope('ConvNet', reuse=reuse):
        x = tf.reshape(x, shape=[-1, 28, 28, 1])
        x = tf.layers.conv2d(x, 16, 5, activation=tf.nn.relu)
        x = tf.layers.max_pooling2d(x, 2, 2)
        x = tf.layers.conv2d(x, 32, 3, activation=tf.nn.relu)
        x = tf.layers.max_pooling2d(x, 2, 2)
        x = tf.contrib.layers.flatten(x)
        x = tf.layers.dense(x, 128)
        x = tf.layers.dropout(x, rate=dropout, training=is_training)
        out = tf.layers.dense(x, n_classes)
        out = tf.nn.softmax(out) if not is_training else out
    return out


def average_gradients(tower_grads):
    average_grads = []
    for grad_and_vars in zip(*tower_grads):
        grads = []
        for g, _ in grad_and_vars:
            expanded_g = tf.expand_dims(g, 0)
            grads.append(expanded_g)
        grad = tf.concat(grads, 0)
        grad = tf.reduce_mean(grad, 0)
        v = grad_and_vars[0][1]
        grad_and_var = (grad, v)
        average_grads.append(grad_and_var)
    return average_grads


PS_OPS = ['Variable', 'VariableV2', 'AutoReloadVariable']


def assign_to_device(device, ps_device='/cpu:0'):
    def _assign(op):
        node_def = op if isinstance(op, tf.NodeDef) else op.node_def
        if node_def.op in PS_OPS:
            return "/" + ps_device
        else:
            return device
    return _assign


with tf.device('/cpu:0'):
    tower_grads = []
    reuse_vars = False
    X = tf.placeholder(tf.float32, [None, num_input])
    Y = tf.placeholder(tf.float32, [None, num_classes])

    for i in range(num_gpus):
        with tf.device(assign_to_device('/gpu:{}'.format(i), ps_device='/cpu:0')):
            _x = X[i * batch_size: (i + 1) * batch_size]
            _y = Y[i * batch_size: (i + 1) * batch_size]
            logits_train = conv_net(_x, num_classes, dropout, reuse=reuse_vars, is_training=True)
            logits_test = conv_net(_x, num_classes, dropout, reuse=True, is_training=False)
            loss_op = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=logits_train, labels=_y))
            optimizer = tf.train.AdamOptimizer(learning_rate=learning_rate)
            grads = optimizer.compute_gradients(loss_op)
            if i == 0:
                correct_pred = tf.equal(tf.argmax(logits_test, 1), tf.argmax(_y, 1))
                accuracy = tf.reduce_mean(tf.cast(correct_pred, tf.float32))
            reuse_vars = True
            tower_grads.append(grads)

    tower_grads = average_gradients(tower_grads)
    train_op = optimizer.apply_gradients(tower_grads)

    # the same gradient taken on the whole double batch at once (no dropout)
    full_logits = conv_net(X, num_classes, dropout, reuse=True, is_training=False)
    full_loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(
        logits=tf.log(full_logits), labels=Y))
    full_grads = tf.gradients(full_loss, [v for _, v in tower_grads])
    init = tf.global_variables_initializer()

print('trainable variables:', len(tf.trainable_variables()))
print('averaged pairs:', len(tower_grads))

with tf.Session() as sess:
    sess.run(init)
    # with dropout off in both, the tower average equals the full-batch gradient
    batch_x, batch_y = mnist.train.next_batch(batch_size * num_gpus)
    test_grads = [g for g, _ in average_gradients(
        [optimizer.compute_gradients(tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(
            logits=tf.log(conv_net(X[k * batch_size:(k + 1) * batch_size], num_classes, dropout, True, False)),
            labels=Y[k * batch_size:(k + 1) * batch_size]))) for k in range(num_gpus)])]
    a, b = sess.run([test_grads, full_grads], feed_dict={X: batch_x, Y: batch_y})
    print('tower average equals full-batch gradient:',
          all(np.allclose(u, v, rtol=1e-4, atol=1e-6) for u, v in zip(a, b)))

    for step in range(1, num_steps + 1):
        batch_x, batch_y = mnist.train.next_batch(batch_size * num_gpus)
        ts = time.time()
        sess.run(train_op, feed_dict={X: batch_x, Y: batch_y})
        te = time.time() - ts
        if step % display_step == 0 or step == 1:
            loss, acc = sess.run([loss_op, accuracy], feed_dict={X: batch_x, Y: batch_y})
            print("Step " + str(step) + ": Minibatch Loss= " + "{:.4f}".format(loss) + ", Training Accuracy= " +
                  "{:.3f}".format(acc) + ", %i Examples/sec" % int(len(batch_x) / max(te, 1e-6)))
    print("Optimization Finished!")
    print("Testing Accuracy:", np.mean([sess.run(accuracy, feed_dict={X: mnist.test.images[i:i + batch_size * num_gpus],
                                                                       Y: mnist.test.labels[i:i + batch_size * num_gpus]})
                                        for i in range(0, 1024, batch_size * num_gpus)]))

# expect-line: trainable variables: 8
# expect-line: averaged pairs: 8
# expect-line: tower average equals full-batch gradient: True
# expect-count: /^Step \d+: Minibatch Loss= [\d.]+, Training Accuracy= [\d.]+, \d+ Examples\/sec$/ 4
# expect-decrease: /^Step \d+: Minibatch Loss= ([\d.]+),/ 0.6
# expect-value: /^Testing Accuracy: ([\d.]+)$/ >= 0.7

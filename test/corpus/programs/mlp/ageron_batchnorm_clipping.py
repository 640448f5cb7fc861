# Models: ageron/handson-ml 11_deep_learning.ipynb (Batch Normalization with tf.layers and functools.partial, Gradient Clipping, He initialization, ELU / leaky ReLU)
# Checks: he_init = tf.variance_scaling_initializer(), my_batch_norm_layer =
# partial(tf.layers.batch_normalization, training=training, momentum=0.9), tf.nn.elu between
# batch-norm layers, tf.placeholder_with_default(False, shape=(), name='training'), the
# UPDATE_OPS collection run beside the training op, gradient clipping with compute_gradients /
# tf.clip_by_value / apply_gradients, tf.nn.in_top_k accuracy, shuffle_batch with
# np.random.permutation and np.array_split, a leaky_relu with tf.maximum, and the
# "0 Validation accuracy:" log. Uses 5,000 bundled MNIST digits so it stays short.
from functools import partial

import numpy as np
import tensorflow as tf


def reset_graph(seed=42):
    tf.reset_default_graph()
    tf.set_random_seed(seed)
    np.random.seed(seed)


from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("/tmp/data/")
X_train = mnist.train.images[:5000]
y_train = mnist.train.labels[:5000].astype(np.int32)
X_valid = mnist.validation.images[:1000]
y_valid = mnist.validation.labels[:1000].astype(np.int32)
print("train:", X_train.shape, y_train.dtype)


def leaky_relu(z, name=None):
    return tf.maximum(0.01 * z, z, name=name)


def shuffle_batch(X, y, batch_size):
    rnd_idx = np.random.permutation(len(X))
    n_batches = len(X) // batch_size
    for batch_idx in np.array_split(rnd_idx, n_batches):
        X_batch, y_batch = X[batch_idx], y[batch_idx]
        yield X_batch, y_batch


reset_graph()

n_inputs = 28 * 28
n_hidden1 = 300
n_hidden2 = 100
n_outputs = 10

X = tf.placeholder(tf.float32, shape=(None, n_inputs), name="X")
y = tf.placeholder(tf.int32, shape=(None), name="y")
training = tf.placeholder_with_default(False, shape=(), name='training')

batch_norm_momentum = 0.9
learning_rate = 0.01
threshold = 1.0

with tf.name_scope("dnn"):
    he_init = tf.variance_scaling_initializer()

    my_batch_norm_layer = partial(
        tf.layers.batch_normalization,
        training=training,
        momentum=batch_norm_momentum)

    my_dense_layer = partial(
        tf.layers.dense,
        kernel_initializer=he_init)

    hidden1 = my_dense_layer(X, n_hidden1, name="hidden1")
    bn1 = tf.nn.elu(my_batch_norm_layer(hidden1))
    hidden2 = my_dense_layer(bn1, n_hidden2, name="hidden2")
    bn2 = leaky_relu(my_batch_norm_layer(hidden2))
    logits_before_bn = my_dense_layer(bn2, n_outputs, name="outputs")
    logits = my_batch_norm_layer(logits_before_bn)

with tf.name_scope("loss"):
    xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits)
    loss = tf.reduce_mean(xentropy, name="loss")

with tf.name_scope("train"):
    optimizer = tf.train.MomentumOptimizer(learning_rate, momentum=0.9)
    grads_and_vars = optimizer.compute_gradients(loss)
    capped_gvs = [(tf.clip_by_value(grad, -threshold, threshold), var)
                  for grad, var in grads_and_vars]
    training_op = optimizer.apply_gradients(capped_gvs)

with tf.name_scope("eval"):
    correct = tf.nn.in_top_k(logits, y, 1)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

init = tf.global_variables_initializer()
saver = tf.train.Saver()

extra_update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
print("update ops:", len(extra_update_ops))
print("moving statistics:", [v.name for v in tf.global_variables() if "moving_mean" in v.name])

n_epochs = 3
batch_size = 100

with tf.Session() as sess:
    init.run()
    for epoch in range(n_epochs):
        for X_batch, y_batch in shuffle_batch(X_train, y_train, batch_size):
            sess.run([training_op, extra_update_ops],
                     feed_dict={training: True, X: X_batch, y: y_batch})
        accuracy_val = accuracy.eval(feed_dict={X: X_valid, y: y_valid})
        print(epoch, "Validation accuracy:", accuracy_val)
    mm = [v for v in tf.global_variables() if v.name == "batch_normalization/moving_mean:0"][0]
    print("moving mean moved:", bool(np.any(sess.run(mm) != 0)))

# expect-line: train: (5000, 784) int32
# expect-line: update ops: 6
# expect-line: moving statistics: ['batch_normalization/moving_mean:0', 'batch_normalization_1/moving_mean:0', 'batch_normalization_2/moving_mean:0']
# expect-count: /^\d Validation accuracy: / 3
# expect-value: /^2 Validation accuracy: ([\d.]+)$/ >= 0.88
# expect-line: moving mean moved: True

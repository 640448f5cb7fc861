# Models: ageron/handson-ml 11_deep_learning.ipynb (Faster Optimizers: Learning Rate Scheduling; Avoiding Overfitting Through Regularization: l1 and l2 regularization, Dropout, Max-Norm Regularization)
# Checks: three of the chapter's regularization cells. Learning-rate scheduling: global_step =
# tf.Variable(0, trainable=False, name="global_step"), tf.train.exponential_decay(0.1,
# global_step, decay_steps, 1/10), MomentumOptimizer(learning_rate, momentum=0.9) and
# minimize(loss, global_step=global_step); the decayed rate is fetched and compared with
# 0.1 * 0.1 ** (step / decay_steps). Regularization: the l1 penalty written by hand
# (tf.reduce_sum(tf.abs(W1)) + ...) and then the functools.partial(tf.layers.dense,
# kernel_regularizer=tf.contrib.layers.l1_regularizer(scale)) form, with
# tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES) added into the loss with tf.add_n
# (the collection value equals scale * sum(|W|) computed with NumPy on the fetched kernels).
# Dropout: training = tf.placeholder_with_default(False, shape=(), name='training'),
# tf.layers.dropout(X, dropout_rate, training=training) before each layer, a deterministic
# forward pass when not training. Max-norm: max_norm_regularizer(threshold, axes=1) returning a
# function that builds clipped = tf.clip_by_norm(weights, clip_norm=threshold, axes=axes) and
# clip_weights = tf.assign(weights, clipped) in a "max_norm" collection and returns None (no
# loss term: tf.layers.dense must accept a regularizer returning None), the clip ops run after
# each training step with sess.run(clip_all_weights), every row of the kernels ending with norm
# <= threshold (NumPy), and (not in the book) a kernel scaled up with Variable.load(value, sess)
# brought back to unit rows by the clip ops. 5,000 bundled MNIST digits, 2-3 epochs per model.
from functools import partial

import os
import tempfile

import numpy as np
import tensorflow as tf

# The notebook saves "./my_model_final.ckpt" next to itself; here "./" is a fresh temporary folder.
os.chdir(tempfile.mkdtemp())


def reset_graph(seed=42):
    tf.reset_default_graph()
    tf.set_random_seed(seed)
    np.random.seed(seed)


from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("/tmp/data/")
X_train = mnist.train.images[:5000]
y_train = mnist.train.labels[:5000].astype(np.int32)
X_valid = mnist.validation.images
y_valid = mnist.validation.labels.astype(np.int32)


def shuffle_batch(X, y, batch_size):
    rnd_idx = np.random.permutation(len(X))
    n_batches = len(X) // batch_size
    for batch_idx in np.array_split(rnd_idx, n_batches):
        X_batch, y_batch = X[batch_idx], y[batch_idx]
        yield X_batch, y_batch


n_inputs = 28 * 28  # MNIST
n_hidden1 = 300
n_hidden2 = 50
n_outputs = 10
batch_size = 50

# ---- Learning rate scheduling ----
reset_graph()

X = tf.placeholder(tf.float32, shape=(None, n_inputs), name="X")
y = tf.placeholder(tf.int32, shape=(None), name="y")

with tf.name_scope("dnn"):
    hidden1 = tf.layers.dense(X, n_hidden1, activation=tf.nn.relu, name="hidden1")
    hidden2 = tf.layers.dense(hidden1, n_hidden2, activation=tf.nn.relu, name="hidden2")
    logits = tf.layers.dense(hidden2, n_outputs, name="outputs")

with tf.name_scope("loss"):
    xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits)
    loss = tf.reduce_mean(xentropy, name="loss")

with tf.name_scope("eval"):
    correct = tf.nn.in_top_k(logits, y, 1)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32), name="accuracy")

with tf.name_scope("train"):       # not shown in the book
    initial_learning_rate = 0.1
    decay_steps = 100
    decay_rate = 1 / 10
    global_step = tf.Variable(0, trainable=False, name="global_step")
    learning_rate = tf.train.exponential_decay(initial_learning_rate, global_step,
                                               decay_steps, decay_rate)
    optimizer = tf.train.MomentumOptimizer(learning_rate, momentum=0.9)
    training_op = optimizer.minimize(loss, global_step=global_step)

init = tf.global_variables_initializer()
saver = tf.train.Saver()

n_epochs = 2

with tf.Session() as sess:
    init.run()
    for epoch in range(n_epochs):
        for X_batch, y_batch in shuffle_batch(X_train, y_train, batch_size):
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
        accuracy_val = accuracy.eval(feed_dict={X: X_valid, y: y_valid})
        step, lr = sess.run([global_step, learning_rate])
        print(epoch, "Validation accuracy:", accuracy_val, "step:", step, "learning rate: %.6f" % lr)
        print("  schedule matches:", np.isclose(lr, initial_learning_rate * decay_rate ** (step / decay_steps)))
    save_path = saver.save(sess, "./my_model_final.ckpt")

# ---- l1 regularization through the kernel_regularizer ----
reset_graph()

X = tf.placeholder(tf.float32, shape=(None, n_inputs), name="X")
y = tf.placeholder(tf.int32, shape=(None), name="y")

scale = 0.001

my_dense_layer = partial(
    tf.layers.dense, activation=tf.nn.relu,
    kernel_regularizer=tf.contrib.layers.l1_regularizer(scale))

with tf.name_scope("dnn"):
    hidden1 = my_dense_layer(X, n_hidden1, name="hidden1")
    hidden2 = my_dense_layer(hidden1, n_hidden2, name="hidden2")
    logits = my_dense_layer(hidden2, n_outputs, activation=None,
                            name="outputs")

with tf.name_scope("loss"):                                     # not shown in the book
    xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(  # not shown
        labels=y, logits=logits)                                # not shown
    base_loss = tf.reduce_mean(xentropy, name="avg_xentropy")   # not shown
    reg_losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
    loss = tf.add_n([base_loss] + reg_losses, name="loss")

with tf.name_scope("eval"):
    correct = tf.nn.in_top_k(logits, y, 1)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32), name="accuracy")

learning_rate = 0.01

with tf.name_scope("train"):
    optimizer = tf.train.GradientDescentOptimizer(learning_rate)
    training_op = optimizer.minimize(loss)

print("regularization losses:", len(reg_losses))
kernels = [v for v in tf.trainable_variables() if v.op.name.endswith("kernel")]

with tf.Session() as sess:
    tf.global_variables_initializer().run()
    for epoch in range(2):
        for X_batch, y_batch in shuffle_batch(X_train, y_train, batch_size):
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
        accuracy_val = accuracy.eval(feed_dict={X: X_valid, y: y_valid})
        print(epoch, "Validation accuracy:", accuracy_val)
    reg_vals, kernel_vals = sess.run([reg_losses, kernels])
    expected = [scale * np.sum(np.abs(k)) for k in kernel_vals]
    print("l1 penalties match NumPy:", np.allclose(reg_vals, expected, rtol=1e-5))

# ---- Dropout ----
reset_graph()

X = tf.placeholder(tf.float32, shape=(None, n_inputs), name="X")
y = tf.placeholder(tf.int32, shape=(None), name="y")

training = tf.placeholder_with_default(False, shape=(), name='training')

dropout_rate = 0.5  # == 1 - keep_prob
X_drop = tf.layers.dropout(X, dropout_rate, training=training)

with tf.name_scope("dnn"):
    hidden1 = tf.layers.dense(X_drop, n_hidden1, activation=tf.nn.relu,
                              name="hidden1")
    hidden1_drop = tf.layers.dropout(hidden1, dropout_rate, training=training)
    hidden2 = tf.layers.dense(hidden1_drop, n_hidden2, activation=tf.nn.relu,
                              name="hidden2")
    hidden2_drop = tf.layers.dropout(hidden2, dropout_rate, training=training)
    logits = tf.layers.dense(hidden2_drop, n_outputs, name="outputs")

with tf.name_scope("loss"):
    xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits)
    loss = tf.reduce_mean(xentropy, name="loss")

with tf.name_scope("train"):
    optimizer = tf.train.MomentumOptimizer(learning_rate, momentum=0.9)
    training_op = optimizer.minimize(loss)

with tf.name_scope("eval"):
    correct = tf.nn.in_top_k(logits, y, 1)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

init = tf.global_variables_initializer()
saver = tf.train.Saver()

with tf.Session() as sess:
    init.run()
    for epoch in range(3):
        for X_batch, y_batch in shuffle_batch(X_train, y_train, batch_size):
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch, training: True})
        accuracy_val = accuracy.eval(feed_dict={X: X_valid, y: y_valid})
        print(epoch, "Dropout validation accuracy:", accuracy_val)
    a, b = sess.run(logits, feed_dict={X: X_valid[:5]}), sess.run(logits, feed_dict={X: X_valid[:5]})
    c, d = sess.run(X_drop, feed_dict={X: X_valid[:5], training: True}), X_valid[:5]
    print("inference is deterministic:", np.array_equal(a, b))
    print("training drops and rescales:", set(np.unique(np.round(c[d > 0] / d[d > 0], 4))) <= {0.0, 2.0})
    save_path = saver.save(sess, "./my_model_final.ckpt")

# ---- Max norm ----
reset_graph()

X = tf.placeholder(tf.float32, shape=(None, n_inputs), name="X")
y = tf.placeholder(tf.int32, shape=(None), name="y")

learning_rate = 0.01
momentum = 0.9


def max_norm_regularizer(threshold, axes=1, name="max_norm",
                         collection="max_norm"):
    def max_norm(weights):
        clipped = tf.clip_by_norm(weights, clip_norm=threshold, axes=axes)
        clip_weights = tf.assign(weights, clipped, name=name)
        tf.add_to_collection(collection, clip_weights)
        return None  # there is no regularization loss term
    return max_norm


max_norm_reg = max_norm_regularizer(threshold=1.0)

with tf.name_scope("dnn"):
    hidden1 = tf.layers.dense(X, n_hidden1, activation=tf.nn.relu,
                              kernel_regularizer=max_norm_reg, name="hidden1")
    hidden2 = tf.layers.dense(hidden1, n_hidden2, activation=tf.nn.relu,
                              kernel_regularizer=max_norm_reg, name="hidden2")
    logits = tf.layers.dense(hidden2, n_outputs, name="outputs")

with tf.name_scope("loss"):
    xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits)
    loss = tf.reduce_mean(xentropy, name="loss")

with tf.name_scope("train"):
    optimizer = tf.train.MomentumOptimizer(learning_rate, momentum)
    training_op = optimizer.minimize(loss)

with tf.name_scope("eval"):
    correct = tf.nn.in_top_k(logits, y, 1)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

init = tf.global_variables_initializer()
saver = tf.train.Saver()

clip_all_weights = tf.get_collection("max_norm")
print("max-norm ops:", len(clip_all_weights), [t.op.type for t in clip_all_weights])
print("regularization losses:", len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))

with tf.Session() as sess:
    init.run()
    for epoch in range(2):
        for X_batch, y_batch in shuffle_batch(X_train, y_train, batch_size):
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
            sess.run(clip_all_weights)
        acc_valid = accuracy.eval(feed_dict={X: X_valid, y: y_valid})  # not shown
        print(epoch, "Max-norm validation accuracy:", acc_valid)        # not shown
    w1, w2 = sess.run(["hidden1/kernel:0", "hidden2/kernel:0"])
    print("row norms within threshold:", bool(np.all(np.linalg.norm(w1, axis=1) <= 1.0 + 1e-5)),
          bool(np.all(np.linalg.norm(w2, axis=1) <= 1.0 + 1e-5)))
    # not in the book: blow hidden2's kernel up and let the clip op bring every row back to norm 1
    hidden2_kernel = [v for v in tf.global_variables() if v.op.name == "hidden2/kernel"][0]
    hidden2_kernel.load(w2 * 10, sess)
    sess.run(clip_all_weights)
    norms = np.linalg.norm(sess.run(hidden2_kernel), axis=1)
    print("clipped rows have norm 1:", bool(np.allclose(norms[np.linalg.norm(w2 * 10, axis=1) > 1], 1.0, atol=1e-5)))
    save_path = saver.save(sess, "./my_model_final.ckpt")  # not shown

# expect-count: /^  schedule matches: True$/ 2
# expect-value: /^1 Validation accuracy: [\d.]+ step: 200 learning rate: ([\d.]+)$/ ~= 0.001 0.000001
# expect-value: /^1 Validation accuracy: ([\d.]+) step/ >= 0.85
# expect-line: regularization losses: 3
# expect-value: /^1 Validation accuracy: ([\d.]+)$/ >= 0.5
# expect-line: l1 penalties match NumPy: True
# expect-value: /^2 Dropout validation accuracy: ([\d.]+)$/ >= 0.8
# expect-line: inference is deterministic: True
# expect-line: training drops and rescales: True
# expect-line: max-norm ops: 2 ['Assign', 'Assign']
# expect-line: regularization losses: 0
# expect-value: /^1 Max-norm validation accuracy: ([\d.]+)$/ >= 0.8
# expect-line: row norms within threshold: True True
# expect-line: clipped rows have norm 1: True
# corpus-timeout: 300

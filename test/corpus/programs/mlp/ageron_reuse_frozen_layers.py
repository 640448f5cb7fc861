# Models: ageron/handson-ml 11_deep_learning.ipynb (Reusing Pretrained Layers: Reusing a TensorFlow Model, Freezing the Lower Layers, Caching the Frozen Layers)
# Checks: the chapter's transfer-learning cells in one script. First a 784-300-50-50-50-10 ReLU net
# (tf.layers.dense named hidden1..hidden4 and outputs, under tf.name_scope("dnn")) is trained
# and saved with saver.save(sess, "./my_model_final.ckpt"). Then, after reset_graph(), a new net
# reuses its lower layers: reuse_vars = tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES,
# scope="hidden[123]") (a regular-expression scope), reuse_vars_dict = dict([(var.op.name, var)
# for var in reuse_vars]), restore_saver = tf.train.Saver(reuse_vars_dict) restoring only those
# six variables after init.run(), a new hidden4 and output layer, and the lower layers frozen by
# giving optimizer.minimize only train_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES,
# scope="hidden[34]|outputs"). The frozen hidden1 kernel is checked unchanged after training
# (np.array_equal) and equal to the saved one (tf.train.load_variable on the checkpoint). Then
# the caching variant: hidden2 is computed once for the whole training set (h2_cache =
# sess.run(hidden2, feed_dict={X: X_train})) and the upper layers are trained by feeding hidden2
# directly (a non-placeholder tensor in feed_dict) over np.array_split batches of
# np.random.permutation indices; validation accuracy in both logs. Also the import_meta_graph
# way: the saved graph's ops listed by name and X, y, accuracy and training_op found again by
# get_tensor_by_name / get_operation_by_name. Uses 5,000 bundled MNIST digits, 3-4 epochs and a
# learning rate of 0.05 for the shorter run.
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
X_valid = mnist.validation.images[:1000]
y_valid = mnist.validation.labels[:1000].astype(np.int32)


def shuffle_batch(X, y, batch_size):
    rnd_idx = np.random.permutation(len(X))
    n_batches = len(X) // batch_size
    for batch_idx in np.array_split(rnd_idx, n_batches):
        X_batch, y_batch = X[batch_idx], y[batch_idx]
        yield X_batch, y_batch


# The original model, trained and saved
reset_graph()

n_inputs = 28 * 28  # MNIST
n_hidden1 = 300
n_hidden2 = 50
n_hidden3 = 50
n_hidden4 = 50
n_outputs = 10

X = tf.placeholder(tf.float32, shape=(None, n_inputs), name="X")
y = tf.placeholder(tf.int32, shape=(None), name="y")

with tf.name_scope("dnn"):
    hidden1 = tf.layers.dense(X, n_hidden1, activation=tf.nn.relu, name="hidden1")
    hidden2 = tf.layers.dense(hidden1, n_hidden2, activation=tf.nn.relu, name="hidden2")
    hidden3 = tf.layers.dense(hidden2, n_hidden3, activation=tf.nn.relu, name="hidden3")
    hidden4 = tf.layers.dense(hidden3, n_hidden4, activation=tf.nn.relu, name="hidden4")
    logits = tf.layers.dense(hidden4, n_outputs, name="outputs")

with tf.name_scope("loss"):
    xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits)
    loss = tf.reduce_mean(xentropy, name="loss")

with tf.name_scope("eval"):
    correct = tf.nn.in_top_k(logits, y, 1)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32), name="accuracy")

learning_rate = 0.05  # the chapter uses 0.01 over 20 epochs of 55,000 digits

with tf.name_scope("train"):
    optimizer = tf.train.GradientDescentOptimizer(learning_rate)
    training_op = optimizer.minimize(loss)

init = tf.global_variables_initializer()
saver = tf.train.Saver()

n_epochs = 4
batch_size = 50

with tf.Session() as sess:
    init.run()
    for epoch in range(n_epochs):
        for X_batch, y_batch in shuffle_batch(X_train, y_train, batch_size):
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
        accuracy_val = accuracy.eval(feed_dict={X: X_valid, y: y_valid})
        print(epoch, "Validation accuracy:", accuracy_val)
    save_path = saver.save(sess, "./my_model_final.ckpt")

# Reusing the model's graph: import_meta_graph
reset_graph()
saver = tf.train.import_meta_graph("./my_model_final.ckpt.meta")
names = [op.name for op in tf.get_default_graph().get_operations()]
print("imported ops include:", [n for n in ["X", "y", "dnn/hidden1/Relu", "eval/accuracy", "train/GradientDescent"] if n in names])
X = tf.get_default_graph().get_tensor_by_name("X:0")
y = tf.get_default_graph().get_tensor_by_name("y:0")
accuracy = tf.get_default_graph().get_tensor_by_name("eval/accuracy:0")
training_op = tf.get_default_graph().get_operation_by_name("train/GradientDescent")
with tf.Session() as sess:
    saver.restore(sess, "./my_model_final.ckpt")
    restored_accuracy = accuracy.eval(feed_dict={X: X_valid, y: y_valid})
    print("restored accuracy equals the last epoch's:", restored_accuracy == accuracy_val)

# Reusing only the lower layers, and freezing them
reset_graph()

n_hidden4 = 20  # new layer
n_outputs = 10  # new layer

X = tf.placeholder(tf.float32, shape=(None, n_inputs), name="X")
y = tf.placeholder(tf.int32, shape=(None), name="y")

with tf.name_scope("dnn"):
    hidden1 = tf.layers.dense(X, n_hidden1, activation=tf.nn.relu, name="hidden1")       # reused frozen
    hidden2 = tf.layers.dense(hidden1, n_hidden2, activation=tf.nn.relu, name="hidden2")  # reused frozen
    hidden3 = tf.layers.dense(hidden2, n_hidden3, activation=tf.nn.relu, name="hidden3")  # reused, not frozen
    hidden4 = tf.layers.dense(hidden3, n_hidden4, activation=tf.nn.relu, name="hidden4")  # new!
    logits = tf.layers.dense(hidden4, n_outputs, name="outputs")                           # new!

with tf.name_scope("loss"):
    xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits)
    loss = tf.reduce_mean(xentropy, name="loss")

with tf.name_scope("eval"):
    correct = tf.nn.in_top_k(logits, y, 1)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32), name="accuracy")

with tf.name_scope("train"):
    optimizer = tf.train.GradientDescentOptimizer(learning_rate)
    train_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="hidden[34]|outputs")
    training_op = optimizer.minimize(loss, var_list=train_vars)

print("trained:", [var.op.name for var in train_vars])

reuse_vars = tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope="hidden[123]")  # regular expression
reuse_vars_dict = dict([(var.op.name, var) for var in reuse_vars])
print("restored:", sorted(reuse_vars_dict.keys()))
restore_saver = tf.train.Saver(reuse_vars_dict)  # to restore layers 1-3

init = tf.global_variables_initializer()
saver = tf.train.Saver()

hidden1_kernel = [v for v in tf.global_variables() if v.op.name == "hidden1/kernel"][0]
saved_kernel = tf.train.load_variable("./my_model_final.ckpt", "hidden1/kernel")

with tf.Session() as sess:
    init.run()
    restore_saver.restore(sess, "./my_model_final.ckpt")
    kernel_before = hidden1_kernel.eval()
    print("hidden1 restored from the checkpoint:", np.array_equal(kernel_before, saved_kernel))
    for epoch in range(3):
        for X_batch, y_batch in shuffle_batch(X_train, y_train, batch_size):
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
        accuracy_val = accuracy.eval(feed_dict={X: X_valid, y: y_valid})
        print(epoch, "Frozen-layers validation accuracy:", accuracy_val)
    print("hidden1 unchanged by training:", np.array_equal(hidden1_kernel.eval(), kernel_before))
    save_path = saver.save(sess, "./my_new_model_final.ckpt")

# Caching the frozen layers
reset_graph()

X = tf.placeholder(tf.float32, shape=(None, n_inputs), name="X")
y = tf.placeholder(tf.int32, shape=(None), name="y")

with tf.name_scope("dnn"):
    hidden1 = tf.layers.dense(X, n_hidden1, activation=tf.nn.relu, name="hidden1")        # reused frozen
    hidden2 = tf.layers.dense(hidden1, n_hidden2, activation=tf.nn.relu, name="hidden2")  # reused frozen & cached
    hidden2_stop = tf.stop_gradient(hidden2)
    hidden3 = tf.layers.dense(hidden2_stop, n_hidden3, activation=tf.nn.relu, name="hidden3")  # reused, not frozen
    hidden4 = tf.layers.dense(hidden3, n_hidden4, activation=tf.nn.relu, name="hidden4")  # new!
    logits = tf.layers.dense(hidden4, n_outputs, name="outputs")                            # new!

with tf.name_scope("loss"):
    xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits)
    loss = tf.reduce_mean(xentropy, name="loss")

with tf.name_scope("eval"):
    correct = tf.nn.in_top_k(logits, y, 1)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32), name="accuracy")

with tf.name_scope("train"):
    optimizer = tf.train.GradientDescentOptimizer(learning_rate)
    training_op = optimizer.minimize(loss)

reuse_vars = tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope="hidden[123]")  # regular expression
restore_saver = tf.train.Saver(reuse_vars)  # to restore layers 1-3

init = tf.global_variables_initializer()
saver = tf.train.Saver()

n_batches = len(X_train) // batch_size

with tf.Session() as sess:
    init.run()
    restore_saver.restore(sess, "./my_model_final.ckpt")

    h2_cache = sess.run(hidden2, feed_dict={X: X_train})
    h2_cache_valid = sess.run(hidden2, feed_dict={X: X_valid})
    print("cache:", h2_cache.shape, h2_cache.dtype)

    for epoch in range(3):
        shuffled_idx = np.random.permutation(len(X_train))
        hidden2_batches = np.array_split(h2_cache[shuffled_idx], n_batches)
        y_batches = np.array_split(y_train[shuffled_idx], n_batches)
        for hidden2_batch, y_batch in zip(hidden2_batches, y_batches):
            sess.run(training_op, feed_dict={hidden2: hidden2_batch, y: y_batch})

        accuracy_val = accuracy.eval(feed_dict={hidden2: h2_cache_valid, y: y_valid})
        print(epoch, "Cached validation accuracy:", accuracy_val)

    save_path = saver.save(sess, "./my_new_model_final.ckpt")

# expect-count: /^\d Validation accuracy: / 4
# expect-value: /^3 Validation accuracy: ([\d.]+)$/ >= 0.85
# expect-line: imported ops include: ['X', 'y', 'dnn/hidden1/Relu', 'eval/accuracy', 'train/GradientDescent']
# expect-line: restored accuracy equals the last epoch's: True
# expect-line: trained: ['hidden3/kernel', 'hidden3/bias', 'hidden4/kernel', 'hidden4/bias', 'outputs/kernel', 'outputs/bias']
# expect-line: restored: ['hidden1/bias', 'hidden1/kernel', 'hidden2/bias', 'hidden2/kernel', 'hidden3/bias', 'hidden3/kernel']
# expect-line: hidden1 restored from the checkpoint: True
# expect-line: hidden1 unchanged by training: True
# expect-value: /^2 Frozen-layers validation accuracy: ([\d.]+)$/ >= 0.85
# expect-line: cache: (5000, 50) float32
# expect-value: /^2 Cached validation accuracy: ([\d.]+)$/ >= 0.85
# corpus-timeout: 300

# Models: ageron/handson-ml 10_introduction_to_artificial_neural_networks.ipynb (Training a DNN using plain TensorFlow)
# Checks: the chapter's from-scratch DNN: reset_graph() (tf.reset_default_graph +
# tf.set_random_seed + np.random.seed), tf.keras.datasets.mnist.load_data() scaled to float32 /
# 255 and reshaped to (-1, 28*28), labels cast to int32, a validation split by slicing, y as
# tf.placeholder(tf.int32, shape=(None), name="y"), a neuron_layer() helper (int(X.get_shape()[1]),
# stddev = 2 / np.sqrt(n_inputs), tf.truncated_normal, variables named kernel and bias, an optional
# activation) used three times under tf.name_scope("dnn"), sparse_softmax_cross_entropy_with_logits,
# GradientDescentOptimizer(0.01) in a "train" name scope, tf.nn.in_top_k in "eval", the
# shuffle_batch generator (np.random.permutation + np.array_split), the
# "0 Batch accuracy: ... Val accuracy: ..." log from accuracy.eval, saver.save then
# saver.restore in a new session, and np.argmax of the restored logits for the first 20 test
# digits. On the bundled digits (4,500 training, 1,000 validation after the split) 10 epochs of
# plain SGD at 0.01 reach about 0.9 validation accuracy (ageron's 40 epochs of 55,000: 0.98); the
# check is >= 0.85, and the restored model must predict at least 16 of the 20 test digits.
import os
import tempfile
import numpy as np
import tensorflow as tf


# to make this notebook's output stable across runs
def reset_graph(seed=42):
    tf.reset_default_graph()
    tf.set_random_seed(seed)
    np.random.seed(seed)


n_inputs = 28*28  # MNIST
n_hidden1 = 300
n_hidden2 = 100
n_outputs = 10

reset_graph()

X = tf.placeholder(tf.float32, shape=(None, n_inputs), name="X")
y = tf.placeholder(tf.int32, shape=(None), name="y")


def neuron_layer(X, n_neurons, name, activation=None):
    with tf.name_scope(name):
        n_inputs = int(X.get_shape()[1])
        stddev = 2 / np.sqrt(n_inputs)
        init = tf.truncated_normal((n_inputs, n_neurons), stddev=stddev)
        W = tf.Variable(init, name="kernel")
        b = tf.Variable(tf.zeros([n_neurons]), name="bias")
        Z = tf.matmul(X, W) + b
        if activation is not None:
            return activation(Z)
        else:
            return Z


with tf.name_scope("dnn"):
    hidden1 = neuron_layer(X, n_hidden1, name="hidden1",
                           activation=tf.nn.relu)
    hidden2 = neuron_layer(hidden1, n_hidden2, name="hidden2",
                           activation=tf.nn.relu)
    logits = neuron_layer(hidden2, n_outputs, name="outputs")

with tf.name_scope("loss"):
    xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y,
                                                              logits=logits)
    loss = tf.reduce_mean(xentropy, name="loss")

learning_rate = 0.01

with tf.name_scope("train"):
    optimizer = tf.train.GradientDescentOptimizer(learning_rate)
    training_op = optimizer.minimize(loss)

with tf.name_scope("eval"):
    correct = tf.nn.in_top_k(logits, y, 1)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

init = tf.global_variables_initializer()
saver = tf.train.Saver()

print([v.name for v in tf.trainable_variables()])

(X_train, y_train), (X_test, y_test) = tf.keras.datasets.mnist.load_data()
X_train = X_train.astype(np.float32).reshape(-1, 28*28) / 255.0
X_test = X_test.astype(np.float32).reshape(-1, 28*28) / 255.0
y_train = y_train.astype(np.int32)
y_test = y_test.astype(np.int32)
X_valid, X_train = X_train[:1000], X_train[1000:]
y_valid, y_train = y_train[:1000], y_train[1000:]
print(X_train.shape, X_valid.shape, X_test.shape, y_train.dtype)

n_epochs = 10
batch_size = 50


def shuffle_batch(X, y, batch_size):
    rnd_idx = np.random.permutation(len(X))
    n_batches = len(X) // batch_size
    for batch_idx in np.array_split(rnd_idx, n_batches):
        X_batch, y_batch = X[batch_idx], y[batch_idx]
        yield X_batch, y_batch


model_path = os.path.join(tempfile.mkdtemp(), "my_model_final.ckpt")
with tf.Session() as sess:
    init.run()
    for epoch in range(n_epochs):
        for X_batch, y_batch in shuffle_batch(X_train, y_train, batch_size):
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
        acc_batch = accuracy.eval(feed_dict={X: X_batch, y: y_batch})
        acc_val = accuracy.eval(feed_dict={X: X_valid, y: y_valid})
        print(epoch, "Batch accuracy:", acc_batch, "Val accuracy:", acc_val)

    save_path = saver.save(sess, model_path)

with tf.Session() as sess:
    saver.restore(sess, save_path)  # or better, use save_path
    X_new_scaled = X_test[:20]
    Z = logits.eval(feed_dict={X: X_new_scaled})
    y_pred = np.argmax(Z, axis=1)

print("Predicted classes:", y_pred)
print("Actual classes:   ", y_test[:20])
print("restored correct:", np.sum(y_pred == y_test[:20]))

# expect-line: ['dnn/hidden1/kernel:0', 'dnn/hidden1/bias:0', 'dnn/hidden2/kernel:0', 'dnn/hidden2/bias:0', 'dnn/outputs/kernel:0', 'dnn/outputs/bias:0']
# expect-line: (4500, 784) (1000, 784) (4500, 784) int32
# expect-count: /Batch accuracy: [\d.]+ Val accuracy: [\d.]+$/ 10
# expect-value: /Val accuracy: ([\d.]+)$/ >= 0.85
# expect-value: /^restored correct: (\d+)/ >= 16
# corpus-timeout: 150

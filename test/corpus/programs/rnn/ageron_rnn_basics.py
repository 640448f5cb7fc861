# Models: ageron/handson-ml 14_recurrent_neural_networks.ipynb (Basic RNNs: Manual RNN, Using static_rnn(), Packing sequences, Using dynamic_rnn(), Setting the sequence lengths, Training a sequence classifier, Multi-layer RNN)
# Checks: the chapter's first cells: a two-step RNN written by hand (Wx, Wy from tf.random_normal,
# b = tf.zeros([1, n_neurons]), Y0 = tf.tanh(tf.matmul(X0, Wx) + b), Y1 = tf.tanh(tf.matmul(Y0,
# Wy) + tf.matmul(X1, Wx) + b)) on the book's X0_batch / X1_batch integer arrays, checked against
# the same equations in NumPy on the fetched weights; then tf.contrib.rnn.BasicRNNCell with
# tf.contrib.rnn.static_rnn(basic_cell, [X0, X1], dtype=tf.float32) (Y0, Y1 = output_seqs), packing
# sequences with tf.unstack(tf.transpose(X, perm=[1, 0, 2])) and tf.transpose(tf.stack(
# output_seqs), perm=[1, 0, 2]), tf.nn.dynamic_rnn giving the same outputs from the same weights
# (the cell's basic_rnn_cell/kernel:0 fetched and the recurrence recomputed with NumPy), and
# sequence_length=seq_length with the padded instance's second output all zeros and its state
# equal to its first output. Then the MNIST sequence classifier (28 steps of 28 pixels,
# BasicRNNCell(150), tf.layers.dense on the final states, Adam, "0 Last batch accuracy: ... Test
# accuracy: ..." log) and the three-layer MultiRNNCell whose states come back as a tuple (concat
# of the last layer's state into the dense layer), each trained briefly on the bundled digits.
import numpy as np
import tensorflow as tf


def reset_graph(seed=42):
    tf.reset_default_graph()
    tf.set_random_seed(seed)
    np.random.seed(seed)


# Manual RNN
reset_graph()

n_inputs = 3
n_neurons = 5

X0 = tf.placeholder(tf.float32, [None, n_inputs])
X1 = tf.placeholder(tf.float32, [None, n_inputs])

Wx = tf.Variable(tf.random_normal(shape=[n_inputs, n_neurons], dtype=tf.float32))
Wy = tf.Variable(tf.random_normal(shape=[n_neurons, n_neurons], dtype=tf.float32))
b = tf.Variable(tf.zeros([1, n_neurons], dtype=tf.float32))

Y0 = tf.tanh(tf.matmul(X0, Wx) + b)
Y1 = tf.tanh(tf.matmul(Y0, Wy) + tf.matmul(X1, Wx) + b)

init = tf.global_variables_initializer()

X0_batch = np.array([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 0, 1]])  # t = 0
X1_batch = np.array([[9, 8, 7], [0, 0, 0], [6, 5, 4], [3, 2, 1]])  # t = 1

with tf.Session() as sess:
    init.run()
    Y0_val, Y1_val = sess.run([Y0, Y1], feed_dict={X0: X0_batch, X1: X1_batch})
    Wx_val, Wy_val = sess.run([Wx, Wy])

print(Y0_val.shape, Y1_val.shape)
h0 = np.tanh(X0_batch.dot(Wx_val))
h1 = np.tanh(h0.dot(Wy_val) + X1_batch.dot(Wx_val))
print("manual RNN matches NumPy:", np.allclose(Y0_val, h0, atol=1e-5), np.allclose(Y1_val, h1, atol=1e-5))

# Using static_rnn()
reset_graph()

X0 = tf.placeholder(tf.float32, [None, n_inputs])
X1 = tf.placeholder(tf.float32, [None, n_inputs])

basic_cell = tf.contrib.rnn.BasicRNNCell(num_units=n_neurons)
output_seqs, states = tf.contrib.rnn.static_rnn(basic_cell, [X0, X1],
                                                dtype=tf.float32)
Y0, Y1 = output_seqs

init = tf.global_variables_initializer()

with tf.Session() as sess:
    init.run()
    Y0_val, Y1_val = sess.run([Y0, Y1], feed_dict={X0: X0_batch, X1: X1_batch})
print("static_rnn variables:", [v.name for v in tf.global_variables()])
print("last output is the state:", Y1 is states or Y1.name == states.name)

# Packing sequences
reset_graph()

n_steps = 2
n_inputs = 3
n_neurons = 5

X = tf.placeholder(tf.float32, [None, n_steps, n_inputs])
X_seqs = tf.unstack(tf.transpose(X, perm=[1, 0, 2]))

basic_cell = tf.contrib.rnn.BasicRNNCell(num_units=n_neurons)
output_seqs, states = tf.contrib.rnn.static_rnn(basic_cell, X_seqs,
                                                dtype=tf.float32)
outputs = tf.transpose(tf.stack(output_seqs), perm=[1, 0, 2])

init = tf.global_variables_initializer()

X_batch = np.array([
    # t = 0      t = 1
    [[0, 1, 2], [9, 8, 7]],  # instance 1
    [[3, 4, 5], [0, 0, 0]],  # instance 2
    [[6, 7, 8], [6, 5, 4]],  # instance 3
    [[9, 0, 1], [3, 2, 1]],  # instance 4
])

with tf.Session() as sess:
    init.run()
    outputs_val = outputs.eval(feed_dict={X: X_batch})
    kernel_val, bias_val = sess.run(["rnn/basic_rnn_cell/kernel:0", "rnn/basic_rnn_cell/bias:0"])

print("packed outputs:", outputs_val.shape, np.transpose(outputs_val, axes=[1, 0, 2])[1].shape)


def numpy_rnn(X_batch, kernel, bias, lengths=None):
    h = np.zeros((len(X_batch), kernel.shape[1]))
    outs = []
    for t in range(X_batch.shape[1]):
        new_h = np.tanh(np.concatenate([X_batch[:, t], h], axis=1).dot(kernel) + bias)
        if lengths is not None:
            live = (t < lengths)[:, None]
            outs.append(np.where(live, new_h, 0.0))
            h = np.where(live, new_h, h)
        else:
            outs.append(new_h)
            h = new_h
    return np.stack(outs, axis=1), h


print("static_rnn matches NumPy:", np.allclose(outputs_val, numpy_rnn(X_batch, kernel_val, bias_val)[0], atol=1e-5))

# Using dynamic_rnn() and setting the sequence lengths
reset_graph()

X = tf.placeholder(tf.float32, [None, n_steps, n_inputs])
seq_length = tf.placeholder(tf.int32, [None])

basic_cell = tf.contrib.rnn.BasicRNNCell(num_units=n_neurons)
outputs, states = tf.nn.dynamic_rnn(basic_cell, X, dtype=tf.float32,
                                    sequence_length=seq_length)

init = tf.global_variables_initializer()

X_batch = np.array([
    # step 0     step 1
    [[0, 1, 2], [9, 8, 7]],  # instance 1
    [[3, 4, 5], [0, 0, 0]],  # instance 2 (padded with zero vectors)
    [[6, 7, 8], [6, 5, 4]],  # instance 3
    [[9, 0, 1], [3, 2, 1]],  # instance 4
])
seq_length_batch = np.array([2, 1, 2, 2])

with tf.Session() as sess:
    init.run()
    outputs_val, states_val = sess.run(
        [outputs, states], feed_dict={X: X_batch, seq_length: seq_length_batch})
    kernel_val, bias_val = sess.run(["rnn/basic_rnn_cell/kernel:0", "rnn/basic_rnn_cell/bias:0"])

print("padded step is zero:", outputs_val[1, 1].tolist())
print("state of instance 2 is its first output:", np.array_equal(states_val[1], outputs_val[1, 0]))
expected_outputs, expected_states = numpy_rnn(X_batch, kernel_val, bias_val, seq_length_batch)
print("dynamic_rnn matches NumPy:", np.allclose(outputs_val, expected_outputs, atol=1e-5),
      np.allclose(states_val, expected_states, atol=1e-5))

# Training a sequence classifier
reset_graph()

n_steps = 28
n_inputs = 28
n_neurons = 150
n_outputs = 10

learning_rate = 0.001

X = tf.placeholder(tf.float32, [None, n_steps, n_inputs])
y = tf.placeholder(tf.int32, [None])

basic_cell = tf.contrib.rnn.BasicRNNCell(num_units=n_neurons)
outputs, states = tf.nn.dynamic_rnn(basic_cell, X, dtype=tf.float32)

logits = tf.layers.dense(states, n_outputs)
xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y,
                                                          logits=logits)
loss = tf.reduce_mean(xentropy)
optimizer = tf.train.AdamOptimizer(learning_rate=learning_rate)
training_op = optimizer.minimize(loss)
correct = tf.nn.in_top_k(logits, y, 1)
accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

init = tf.global_variables_initializer()

from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("/tmp/data/")
X_test = mnist.test.images[:1000].reshape((-1, n_steps, n_inputs))
y_test = mnist.test.labels[:1000]

n_epochs = 3
batch_size = 150

with tf.Session() as sess:
    init.run()
    for epoch in range(n_epochs):
        for iteration in range(mnist.train.num_examples // batch_size):
            X_batch, y_batch = mnist.train.next_batch(batch_size)
            X_batch = X_batch.reshape((-1, n_steps, n_inputs))
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
        acc_train = accuracy.eval(feed_dict={X: X_batch, y: y_batch})
        acc_test = accuracy.eval(feed_dict={X: X_test, y: y_test})
        print(epoch, "Last batch accuracy:", acc_train, "Test accuracy:", acc_test)

# Multi-layer RNN
reset_graph()

n_neurons = 50
n_layers = 3

X = tf.placeholder(tf.float32, [None, n_steps, n_inputs])
y = tf.placeholder(tf.int32, [None])

layers = [tf.contrib.rnn.BasicRNNCell(num_units=n_neurons,
                                      activation=tf.nn.relu)
          for layer in range(n_layers)]
multi_layer_cell = tf.contrib.rnn.MultiRNNCell(layers)
outputs, states = tf.nn.dynamic_rnn(multi_layer_cell, X, dtype=tf.float32)

states_concat = tf.concat(axis=1, values=states)
logits = tf.layers.dense(states_concat, n_outputs)
xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits)
loss = tf.reduce_mean(xentropy)
optimizer = tf.train.AdamOptimizer(learning_rate=learning_rate)
training_op = optimizer.minimize(loss)
correct = tf.nn.in_top_k(logits, y, 1)
accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

init = tf.global_variables_initializer()
print("multi-layer states:", type(states).__name__, len(states), states_concat.shape)

with tf.Session() as sess:
    init.run()
    for epoch in range(2):
        for iteration in range(mnist.train.num_examples // batch_size):
            X_batch, y_batch = mnist.train.next_batch(batch_size)
            X_batch = X_batch.reshape((-1, n_steps, n_inputs))
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
        acc_train = accuracy.eval(feed_dict={X: X_batch, y: y_batch})
        acc_test = accuracy.eval(feed_dict={X: X_test, y: y_test})
        print(epoch, "Multi-layer last batch accuracy:", acc_train, "Test accuracy:", acc_test)

# expect-line: (4, 5) (4, 5)
# expect-line: manual RNN matches NumPy: True True
# expect-line: static_rnn variables: ['rnn/basic_rnn_cell/kernel:0', 'rnn/basic_rnn_cell/bias:0']
# expect-line: last output is the state: True
# expect-line: packed outputs: (4, 2, 5) (4, 5)
# expect-line: static_rnn matches NumPy: True
# expect-line: padded step is zero: [0.0, 0.0, 0.0, 0.0, 0.0]
# expect-line: state of instance 2 is its first output: True
# expect-line: dynamic_rnn matches NumPy: True True
# expect-value: /^2 Last batch accuracy: [\d.]+ Test accuracy: ([\d.]+)$/ >= 0.75
# expect-line: multi-layer states: tuple 3 (?, 150)
# expect-value: /^1 Multi-layer last batch accuracy: [\d.]+ Test accuracy: ([\d.]+)$/ >= 0.45
# corpus-timeout: 300

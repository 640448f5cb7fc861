# Models: joeswann/bitcoin-ai lib/train.py (which uses the recipe of danijar.com "Variable Sequence Lengths in TensorFlow",
# Danijar Hafner's 2016 blog post: length(), last_relevant(), GRUCell under dynamic_rnn)
# Checks: the blog post's recipe on zero-padded batches: length(sequence) from tf.sign(tf.reduce_max(
# tf.abs(sequence), 2)) summed over time, tf.nn.dynamic_rnn(GRUCell, ..., sequence_length=length(...)),
# last_relevant() picking each sequence's last real output with tf.range * max_length + (length - 1)
# and tf.gather on the flattened outputs, a softmax classifier on it trained with Adam on synthetic
# sequences (label: the sign of the mean of feature 0 over the real frames) wrapped in a DropoutWrapper
# during training; and a forward pass with weights loaded by Variable.load into the TF1 variable names
# (rnn/gru_cell/gates/kernel, .../candidate/bias) whose padded outputs are zero, whose state stops at
# each sequence's length, and whose numbers match a float64 NumPy GRU (reference/rnn/gru_variable_length.txt).
import numpy as np
import tensorflow as tf

max_length = 10
frame_size = 3
num_hidden = 16
num_classes = 2


def length(sequence):
    used = tf.sign(tf.reduce_max(tf.abs(sequence), 2))
    length = tf.reduce_sum(used, 1)
    length = tf.cast(length, tf.int32)
    return length


def last_relevant(output, length):
    batch_size = tf.shape(output)[0]
    max_length = tf.shape(output)[1]
    out_size = int(output.get_shape()[2])
    index = tf.range(0, batch_size) * max_length + (length - 1)
    flat = tf.reshape(output, [-1, out_size])
    relevant = tf.gather(flat, index)
    return relevant


def make_batch(rng, n):
    data = np.zeros((n, max_length, frame_size), dtype=np.float32)
    target = np.zeros((n, num_classes), dtype=np.float32)
    for i in range(n):
        l = rng.randint(2, max_length + 1)
        data[i, :l] = rng.randn(l, frame_size)
        target[i, int(data[i, :l, 0].mean() > 0)] = 1
    return data, target


# ---- part 1: a fixed-weight forward pass ----------------------------------------------------
with tf.Graph().as_default():
    sequence = tf.placeholder(tf.float32, [None, max_length, frame_size])
    seq_len = length(sequence)
    output, state = tf.nn.dynamic_rnn(tf.contrib.rnn.GRUCell(2), sequence, dtype=tf.float32,
                                      sequence_length=seq_len)
    last = last_relevant(output, seq_len)
    names = sorted(v.name for v in tf.trainable_variables())
    print(names)
    x = np.zeros((2, max_length, frame_size), dtype=np.float32)
    x[0, :4] = np.cos(np.arange(12)).reshape(4, 3)
    x[1, :2] = np.sin(np.arange(6)).reshape(2, 3) + 0.5
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for v in tf.trainable_variables():
            shape = v.get_shape().as_list()
            values = 0.5 * np.sin(np.arange(np.prod(shape)) + len(shape)).reshape(shape)
            v.load(values, sess)
        l, o, s, r = sess.run([seq_len, output, state, last], {sequence: x})
        print('lengths:', l)
        print('padded outputs are zero:', bool(np.all(o[0, 4:] == 0)), bool(np.all(o[1, 2:] == 0)))
        print('state is the last relevant output:', bool(np.allclose(s, r)))
        for i in range(2):
            print('sequence %d state: %.6f %.6f' % (i, s[i, 0], s[i, 1]))
        print('output[0, 1]: %.6f %.6f' % (o[0, 1, 0], o[0, 1, 1]))

# ---- part 2: training a classifier ---------------------------------------------------------
tf.set_random_seed(5)
rng = np.random.RandomState(5)
sequence = tf.placeholder(tf.float32, [None, max_length, frame_size])
target = tf.placeholder(tf.float32, [None, num_classes])
keep_prob = tf.placeholder_with_default(1.0, [])
cell = tf.contrib.rnn.DropoutWrapper(tf.contrib.rnn.GRUCell(num_hidden), output_keep_prob=keep_prob)
output, state = tf.nn.dynamic_rnn(cell, sequence, dtype=tf.float32, sequence_length=length(sequence))
last = last_relevant(output, length(sequence))
weight = tf.Variable(tf.truncated_normal([num_hidden, num_classes], stddev=0.1))
bias = tf.Variable(tf.constant(0.1, shape=[num_classes]))
prediction = tf.nn.softmax(tf.matmul(last, weight) + bias)
cross_entropy = -tf.reduce_sum(target * tf.log(prediction))
optimizer = tf.train.AdamOptimizer(0.01).minimize(cross_entropy)
mistakes = tf.not_equal(tf.argmax(target, 1), tf.argmax(prediction, 1))
error = tf.reduce_mean(tf.cast(mistakes, tf.float32))

test_data, test_target = make_batch(rng, 500)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for epoch in range(6):
        for _ in range(25):
            batch_data, batch_target = make_batch(rng, 64)
            sess.run(optimizer, {sequence: batch_data, target: batch_target, keep_prob: 0.8})
        e = sess.run(error, {sequence: test_data, target: test_target})
        print('Epoch {:2d} error {:3.1f}%'.format(epoch + 1, 100 * e))

# expect-count: /^Epoch +\d+ error [\d.]+%$/ 6
# expect-value: /^Epoch  6 error ([\d.]+)%$/ <= 15

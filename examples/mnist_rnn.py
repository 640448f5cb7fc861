# MNIST rows as a sequence: an LSTM reads each 28x28 digit one row (28 pixels) per time step and
# a dense layer classifies its last output. TF1 graph mode, runs unchanged on TensorFlow 1.x.
#   npx gradbook run examples/mnist_rnn.py      (test accuracy >= 0.90 on the bundled digits)
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

STEPS = 1200        # training steps
BATCH_SIZE = 64
UNITS = 128         # LSTM units

tf.set_random_seed(1)
mnist = input_data.read_data_sets("MNIST_data/", one_hot=True)

timesteps, num_input, num_classes = 28, 28, 10
x = tf.placeholder(tf.float32, [None, timesteps, num_input], name="x")
y = tf.placeholder(tf.float32, [None, num_classes], name="y")

cell = tf.nn.rnn_cell.BasicLSTMCell(UNITS)
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)

weights = tf.Variable(tf.random_normal([UNITS, num_classes], stddev=0.1), name="weights")
biases = tf.Variable(tf.zeros([num_classes]), name="biases")
logits = tf.matmul(outputs[:, -1, :], weights) + biases

loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=logits))
train_op = tf.train.AdamOptimizer(learning_rate=0.005).minimize(loss)
correct = tf.equal(tf.argmax(logits, 1), tf.argmax(y, 1))
accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(1, STEPS + 1):
        batch_x, batch_y = mnist.train.next_batch(BATCH_SIZE)
        batch_x = batch_x.reshape((BATCH_SIZE, timesteps, num_input))
        _, l, acc = sess.run([train_op, loss, accuracy], feed_dict={x: batch_x, y: batch_y})
        if step % 100 == 0 or step == 1:
            print("Step %d, minibatch loss %.4f, training accuracy %.3f" % (step, l, acc))
    test_x = mnist.test.images.reshape((-1, timesteps, num_input))
    print("Test accuracy: %.4f" % sess.run(accuracy, feed_dict={x: test_x, y: mnist.test.labels}))

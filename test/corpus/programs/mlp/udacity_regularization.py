# Models: tensorflow/tensorflow tensorflow/examples/udacity/3_regularization.ipynb
# Checks: a 1-hidden-layer ReLU net with an L2 penalty from tf.nn.l2_loss, dropout on the training
# path only, tf.train.exponential_decay driven by a global_step passed to minimize, and accuracy
# >= 80% on 2000 test images.
from __future__ import print_function
import numpy as np
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

mnist = input_data.read_data_sets('MNIST_data', one_hot=True)
train_dataset, train_labels = mnist.train.images, mnist.train.labels
test_dataset, test_labels = mnist.test.images[:2000], mnist.test.labels[:2000]

image_size = 28
num_labels = 10
batch_size = 128
hidden_nodes = 128
beta = 1e-3


def accuracy(predictions, labels):
    return (100.0 * np.sum(np.argmax(predictions, 1) == np.argmax(labels, 1)) / predictions.shape[0])


graph = tf.Graph()
with graph.as_default():
    tf_train_dataset = tf.placeholder(tf.float32, shape=(batch_size, image_size * image_size))
    tf_train_labels = tf.placeholder(tf.float32, shape=(batch_size, num_labels))
    tf_test_dataset = tf.constant(test_dataset)

    weights_1 = tf.Variable(tf.truncated_normal([image_size * image_size, hidden_nodes], stddev=0.05))
    biases_1 = tf.Variable(tf.zeros([hidden_nodes]))
    weights_2 = tf.Variable(tf.truncated_normal([hidden_nodes, num_labels], stddev=0.05))
    biases_2 = tf.Variable(tf.zeros([num_labels]))

    def forward(data, train):
        hidden = tf.nn.relu(tf.matmul(data, weights_1) + biases_1)
        if train:
            hidden = tf.nn.dropout(hidden, 0.75)
        return tf.matmul(hidden, weights_2) + biases_2

    logits = forward(tf_train_dataset, True)
    loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=tf_train_labels, logits=logits))
    loss = loss + beta * (tf.nn.l2_loss(weights_1) + tf.nn.l2_loss(weights_2))

    global_step = tf.Variable(0)  # count the number of steps taken.
    learning_rate = tf.train.exponential_decay(0.3, global_step, 100, 0.9, staircase=True)
    optimizer = tf.train.GradientDescentOptimizer(learning_rate).minimize(loss, global_step=global_step)

    train_prediction = tf.nn.softmax(logits)
    test_prediction = tf.nn.softmax(forward(tf_test_dataset, False))

num_steps = 301

with tf.Session(graph=graph) as session:
    tf.global_variables_initializer().run()
    print("Initialized")
    for step in range(num_steps):
        offset = (step * batch_size) % (train_labels.shape[0] - batch_size)
        batch_data = train_dataset[offset:(offset + batch_size), :]
        batch_labels = train_labels[offset:(offset + batch_size), :]
        feed_dict = {tf_train_dataset: batch_data, tf_train_labels: batch_labels}
        _, l, predictions, lr = session.run([optimizer, loss, train_prediction, learning_rate], feed_dict=feed_dict)
        if (step % 100 == 0):
            print("Minibatch loss at step %d: %f (learning rate %.4f)" % (step, l, lr))
            print("Minibatch accuracy: %.1f%%" % accuracy(predictions, batch_labels))
    print("global step:", global_step.eval())
    print("Test accuracy: %.1f%%" % accuracy(test_prediction.eval(), test_labels))

# expect-line: Initialized
# expect-count: /^Minibatch loss at step (0|100|200|300): [\d.]+ \(learning rate [\d.]+\)$/ 4
# expect-value: /^Minibatch loss at step 300: [\d.]+ \(learning rate ([\d.]+)\)$/ ~= 0.2187 0.0001
# expect-line: global step: 301
# expect-value: /^Test accuracy: ([\d.]+)%$/ >= 80

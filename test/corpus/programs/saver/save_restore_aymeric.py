# Models: aymericdamien/TensorFlow-Examples examples/4_Utils/save_restore_model.py
# Checks: tf.train.Saver().save to a /tmp path returning the path, a second Session restoring it with
# saver.restore, the restored model giving the same accuracy, and training resuming from it.
from __future__ import print_function

from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("/tmp/data/", one_hot=True)

import tensorflow as tf

learning_rate = 0.01
batch_size = 100
model_path = "/tmp/corpus_model.ckpt"

n_hidden_1 = 64
n_input = 784
n_classes = 10

x = tf.placeholder("float", [None, n_input])
y = tf.placeholder("float", [None, n_classes])

weights = {
    'h1': tf.Variable(tf.random_normal([n_input, n_hidden_1], stddev=0.1)),
    'out': tf.Variable(tf.random_normal([n_hidden_1, n_classes], stddev=0.1))
}
biases = {
    'b1': tf.Variable(tf.random_normal([n_hidden_1], stddev=0.1)),
    'out': tf.Variable(tf.random_normal([n_classes], stddev=0.1))
}


def multilayer_perceptron(x, weights, biases):
    layer_1 = tf.nn.relu(tf.add(tf.matmul(x, weights['h1']), biases['b1']))
    return tf.matmul(layer_1, weights['out']) + biases['out']


pred = multilayer_perceptron(x, weights, biases)
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=pred, labels=y))
optimizer = tf.train.AdamOptimizer(learning_rate=learning_rate).minimize(cost)
correct_prediction = tf.equal(tf.argmax(pred, 1), tf.argmax(y, 1))
accuracy = tf.reduce_mean(tf.cast(correct_prediction, "float"))

init = tf.global_variables_initializer()
saver = tf.train.Saver()

print("Starting 1st session...")
with tf.Session() as sess:
    sess.run(init)
    for i in range(50):
        batch_x, batch_y = mnist.train.next_batch(batch_size)
        sess.run(optimizer, feed_dict={x: batch_x, y: batch_y})
    print("First Optimization Finished!")
    acc_saved = accuracy.eval({x: mnist.test.images, y: mnist.test.labels})
    print("Accuracy:", acc_saved)
    save_path = saver.save(sess, model_path)
    print("Model saved in file: %s" % save_path)

print("Starting 2nd session...")
with tf.Session() as sess:
    sess.run(init)
    saver.restore(sess, model_path)
    print("Model restored from file: %s" % save_path)
    acc_restored = accuracy.eval({x: mnist.test.images, y: mnist.test.labels})
    print("Restored accuracy matches:", acc_restored == acc_saved)
    for i in range(50):
        batch_x, batch_y = mnist.train.next_batch(batch_size)
        sess.run(optimizer, feed_dict={x: batch_x, y: batch_y})
    print("Second Optimization Finished!")
    print("Accuracy:", accuracy.eval({x: mnist.test.images, y: mnist.test.labels}))

# expect-line: Model saved in file: /tmp/corpus_model.ckpt
# expect-line: Model restored from file: /tmp/corpus_model.ckpt
# expect-line: Restored accuracy matches: True
# expect-value: /^Accuracy: ([\d.]+)$/ >= 0.85

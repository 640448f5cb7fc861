# Models: hunkim/DeepLearningZeroToAll lab-10-7-mnist_nn_higher_level_API.py
# Checks: from tensorflow.contrib.layers import fully_connected, batch_norm, dropout; arg_scope over
# fully_connected with xavier_initializer weights, no biases, batch_norm as normalizer_fn with
# bn_params (is_training a bool placeholder, decay 0.9, updates_collections=None), contrib dropout
# with is_training, the "[Epoch:    1] cost = ..." log falling, "Learning Finished!", and test
# accuracy >= 0.9.
from tensorflow.contrib.layers import fully_connected, batch_norm, dropout
from tensorflow.contrib.framework import arg_scope
import tensorflow as tf
import random

from tensorflow.examples.tutorials.mnist import input_data

tf.set_random_seed(777)  # reproducibility

mnist = input_data.read_data_sets("MNIST_data/", one_hot=True)

# parameters
learning_rate = 0.01  # batch normalization tolerates a large learning rate
training_epochs = 4
batch_size = 100
keep_prob = 0.7

X = tf.placeholder(tf.float32, [None, 784])
Y = tf.placeholder(tf.float32, [None, 10])
train_mode = tf.placeholder(tf.bool, name='train_mode')

hidden_output_size = 128
final_output_size = 10

xavier_init = tf.contrib.layers.xavier_initializer()
bn_params = {
    'is_training': train_mode,
    'decay': 0.9,
    'updates_collections': None
}

# arg_scope gives every fully_connected below the same keyword arguments
with arg_scope([fully_connected],
               activation_fn=tf.nn.relu,
               weights_initializer=xavier_init,
               biases_initializer=None,
               normalizer_fn=batch_norm,
               normalizer_params=bn_params):
    hidden_layer1 = fully_connected(X, hidden_output_size, scope="h1")
    h1_drop = dropout(hidden_layer1, keep_prob, is_training=train_mode)
    hidden_layer2 = fully_connected(h1_drop, hidden_output_size, scope="h2")
    h2_drop = dropout(hidden_layer2, keep_prob, is_training=train_mode)
    hypothesis = fully_connected(h2_drop, final_output_size, activation_fn=None, scope="hypothesis")

print([v.name for v in tf.global_variables() if v.name.startswith('h1/')])

cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=hypothesis, labels=Y))
optimizer = tf.train.AdamOptimizer(learning_rate=learning_rate).minimize(cost)

sess = tf.Session()
sess.run(tf.global_variables_initializer())

for epoch in range(training_epochs):
    avg_cost = 0
    total_batch = int(mnist.train.num_examples / batch_size)

    for i in range(total_batch):
        batch_xs, batch_ys = mnist.train.next_batch(batch_size)
        feed_dict_train = {X: batch_xs, Y: batch_ys, train_mode: True}
        feed_dict_cost = {X: batch_xs, Y: batch_ys, train_mode: False}
        opt = sess.run(optimizer, feed_dict=feed_dict_train)
        c = sess.run(cost, feed_dict=feed_dict_cost)
        avg_cost += c / total_batch

    print("[Epoch: {:>4}] cost = {:>.9}".format(epoch + 1, avg_cost))

print('Learning Finished!')

correct_prediction = tf.equal(tf.argmax(hypothesis, 1), tf.argmax(Y, 1))
accuracy = tf.reduce_mean(tf.cast(correct_prediction, tf.float32))
print('Accuracy:', sess.run(accuracy, feed_dict={X: mnist.test.images, Y: mnist.test.labels, train_mode: False}))

r = random.randint(0, mnist.test.num_examples - 1)
print("Label: ", sess.run(tf.argmax(mnist.test.labels[r:r + 1], 1)))
print("Prediction: ", sess.run(tf.argmax(hypothesis, 1), feed_dict={X: mnist.test.images[r:r + 1], train_mode: False}))

# expect-line: ['h1/weights:0', 'h1/BatchNorm/beta:0', 'h1/BatchNorm/moving_mean:0', 'h1/BatchNorm/moving_variance:0']
# expect-count: /^\[Epoch: +[1-4]\] cost = [\d.e-]+$/ 4
# expect-decrease: /^\[Epoch: +\d\] cost = ([\d.e-]+)$/ 0.8
# expect-line: Learning Finished!
# expect-value: /^Accuracy: ([\d.]+)$/ >= 0.9
# corpus-timeout: 240

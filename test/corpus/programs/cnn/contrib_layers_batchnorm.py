# Models: tensorflow/tensorflow tensorflow/contrib/layers/python/layers/layers.py (convolution2d / fully_connected with normalizer_fn=batch_norm, as in the contrib.layers docstrings and g3doc tf.contrib.layers.batch_norm.md)
# Checks: a CNN built only from tf.contrib.layers: convolution2d with activation_fn, normalizer_fn=
# tf.contrib.layers.batch_norm and normalizer_params (is_training a boolean *tensor* from tf.cond on the
# keep_prob placeholder, a named scope, updates_collections=None), xavier_initializer_conv2d,
# weights_regularizer=tf.contrib.layers.l2_regularizer, fully_connected with biases_initializer=
# tf.zeros_initializer (the class, not an instance), tf.add_to_collection of the activations and
# outputs, the variable names TF1 gives (model/conv1/weights, model/norm1/beta, moving_mean...),
# tf.losses.get_regularization_loss() equal to scale * sum(w**2) / 2 over the regularized weights
# (checked with NumPy on the fetched weights), moving statistics that move during training, and
# test accuracy on bundled MNIST digits.
import numpy as np
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

tf.set_random_seed(3)
mnist = input_data.read_data_sets("MNIST_data/", one_hot=True, reshape=False)
WEIGHT_DECAY = 1e-4


def build_model(n_classes=10, batch=None):
    img_ph = tf.placeholder('float', [batch, 28, 28, 1], name='image')
    keep_prob_ph = tf.placeholder('float', name='keep_prob')
    tf.add_to_collection('inputs', img_ph)
    tf.add_to_collection('inputs', keep_prob_ph)
    # training mode whenever dropout is on
    is_training = tf.cond(tf.equal(keep_prob_ph, 1.), lambda: tf.constant(False), lambda: tf.constant(True))
    regularizer = tf.contrib.layers.l2_regularizer(WEIGHT_DECAY)

    with tf.variable_scope('model'):
        conv1 = tf.contrib.layers.convolution2d(
            inputs=img_ph, num_outputs=8, kernel_size=(5, 5), activation_fn=tf.nn.relu,
            normalizer_fn=tf.contrib.layers.batch_norm,
            normalizer_params={'is_training': is_training, 'scope': 'norm1', 'updates_collections': None},
            weights_initializer=tf.contrib.layers.xavier_initializer_conv2d(),
            weights_regularizer=regularizer, scope='conv1')
        tf.add_to_collection(tf.GraphKeys.ACTIVATIONS, conv1)
        pool1 = tf.nn.max_pool(conv1, [1, 3, 3, 1], [1, 2, 2, 1], 'SAME', name='pool1')

        conv2 = tf.contrib.layers.conv2d(
            pool1, 16, [5, 5], activation_fn=tf.nn.relu,
            normalizer_fn=tf.contrib.layers.batch_norm,
            normalizer_params={'is_training': is_training, 'scope': 'norm2', 'updates_collections': None},
            weights_initializer=tf.contrib.layers.xavier_initializer_conv2d(),
            weights_regularizer=regularizer, scope='conv2')
        tf.add_to_collection(tf.GraphKeys.ACTIVATIONS, conv2)
        pool2 = tf.contrib.layers.max_pool2d(conv2, [2, 2], scope='pool2')

        fc1 = tf.contrib.layers.fully_connected(
            inputs=tf.nn.dropout(tf.contrib.layers.flatten(pool2), keep_prob_ph),
            num_outputs=n_classes, biases_initializer=tf.zeros_initializer,
            weights_initializer=tf.contrib.layers.xavier_initializer(),
            weights_regularizer=regularizer, activation_fn=None, scope='fc1')
        tf.add_to_collection(tf.GraphKeys.ACTIVATIONS, fc1)

        logits = fc1
        probs = tf.nn.softmax(logits, name='probs')
        tf.add_to_collection('outputs', logits)
        tf.add_to_collection('outputs', probs)
    return img_ph, keep_prob_ph, logits, probs


img_ph, keep_prob_ph, logits, probs = build_model()
for v in tf.global_variables():
    if v.name.startswith('model/'):
        print(v.name, v.get_shape().as_list())
labels_ph = tf.placeholder(tf.float32, [None, 10])
data_loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=labels_ph, logits=logits))
reg_loss = tf.losses.get_regularization_loss()
total_loss = data_loss + reg_loss
train_op = tf.train.AdamOptimizer(0.003).minimize(total_loss)
correct = tf.equal(tf.argmax(probs, 1), tf.argmax(labels_ph, 1))
accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

print('trainable:', len(tf.trainable_variables()))
print('activations:', len(tf.get_collection(tf.GraphKeys.ACTIVATIONS)))
print('outputs:', [t.name for t in tf.get_collection('outputs')])
print('regularization losses:', len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    mean_var = [v for v in tf.global_variables() if v.name == 'model/conv1/norm1/moving_mean:0'][0]
    before = sess.run(mean_var)
    for step in range(1, 121):
        xs, ys = mnist.train.next_batch(50)
        _, l = sess.run([train_op, data_loss], feed_dict={img_ph: xs, labels_ph: ys, keep_prob_ph: 0.75})
        if step % 40 == 0:
            print('step %d, loss %.4f' % (step, l))
    after = sess.run(mean_var)
    print('moving mean moved:', bool(np.abs(after - before).max() > 0))

    weights = [v for v in tf.trainable_variables() if v.name.endswith('weights:0')]
    w_values = sess.run(weights)
    by_hand = WEIGHT_DECAY * sum(np.sum(np.square(w)) for w in w_values) / 2
    got = sess.run(reg_loss)
    print('regularization matches: %s' % bool(abs(got - by_hand) <= 1e-5 * by_hand))

    test_acc = sess.run(accuracy, feed_dict={img_ph: mnist.test.images[:1000],
                                             labels_ph: mnist.test.labels[:1000], keep_prob_ph: 1.0})
    print('test accuracy %g' % test_acc)

# expect-line: model/conv1/weights:0 [5, 5, 1, 8]
# expect-line: model/conv1/norm1/beta:0 [8]
# expect-line: model/conv1/norm1/moving_mean:0 [8]
# expect-line: model/conv1/norm1/moving_variance:0 [8]
# expect-line: model/conv2/weights:0 [5, 5, 8, 16]
# expect-line: model/fc1/weights:0 [784, 10]
# expect-line: model/fc1/biases:0 [10]
# expect-count: /^model\// 10
# expect-line: trainable: 6
# expect-line: activations: 3
# expect-line: outputs: ['model/fc1/BiasAdd:0', 'model/probs:0']
# expect-line: regularization losses: 3
# expect-line: moving mean moved: True
# expect-line: regularization matches: True
# expect-decrease: /^step \d+, loss ([\d.]+)$/ 0.8
# expect-value: /^test accuracy ([\d.]+)$/ >= 0.8

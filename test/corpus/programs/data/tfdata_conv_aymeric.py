# Models: aymericdamien/TensorFlow-Examples examples/5_DataManagement/tensorflow_dataset_api.py
# Checks: a tf.data input pipeline feeding a CNN without feed_dict: Dataset.from_tensor_slices on
# the (images, labels) NumPy arrays, .repeat(), .batch(batch_size), .prefetch(batch_size),
# make_initializable_iterator with sess.run(iterator.initializer), X, Y = iterator.get_next()
# wired straight into the model, a tf.layers conv_net built twice under
# tf.variable_scope('ConvNet', reuse=...) (dropout only on the training copy, softmax on the test
# copy), every sess.run(train_op) pulling the next batch, and the "Step 1, Minibatch Loss= ...,
# Training Accuracy= ..." log. The original trains 2000 steps of 32/64 filters and a 1024-unit
# layer; this run keeps the layers with 16/32 filters and 256 units for 150 steps, checked for the
# loss falling by half and minibatch accuracy >= 0.7 at step 150.
from __future__ import division, print_function, absolute_import

import tensorflow as tf

# Import MNIST data (Numpy format)
from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("/tmp/data/", one_hot=True)

# Parameters
learning_rate = 0.001
num_steps = 150
batch_size = 128
display_step = 50

# Network Parameters
n_input = 784  # MNIST data input (img shape: 28*28)
n_classes = 10  # MNIST total classes (0-9 digits)
dropout = 0.75  # Dropout, probability to keep units

sess = tf.Session()

# Create a dataset tensor from the images and the labels
dataset = tf.data.Dataset.from_tensor_slices(
    (mnist.train.images, mnist.train.labels))
# Automatically refill the data queue when empty
dataset = dataset.repeat()
# Create batches of data
dataset = dataset.batch(batch_size)
# Prefetch data for faster consumption
dataset = dataset.prefetch(batch_size)

# Create an iterator over the dataset
iterator = dataset.make_initializable_iterator()
# Initialize the iterator
sess.run(iterator.initializer)

# Neural Net Input (images, labels)
X, Y = iterator.get_next()


def conv_net(x, n_classes, dropout, reuse, is_training):
    with tf.variable_scope('ConvNet', reuse=reuse):
        x = tf.reshape(x, shape=[-1, 28, 28, 1])

        conv1 = tf.layers.conv2d(x, 16, 5, activation=tf.nn.relu)
        conv1 = tf.layers.max_pooling2d(conv1, 2, 2)

        conv2 = tf.layers.conv2d(conv1, 32, 3, activation=tf.nn.relu)
        conv2 = tf.layers.max_pooling2d(conv2, 2, 2)

        fc1 = tf.contrib.layers.flatten(conv2)
        fc1 = tf.layers.dense(fc1, 256)
        fc1 = tf.layers.dropout(fc1, rate=dropout, training=is_training)

        out = tf.layers.dense(fc1, n_classes)
        # Because 'softmax_cross_entropy_with_logits' already apply softmax,
        # we only apply softmax to testing network
        out = tf.nn.softmax(out) if not is_training else out

    return out


# Create a graph for training
logits_train = conv_net(X, n_classes, dropout, reuse=False, is_training=True)
# Create another graph for testing that reuse the same weights
logits_test = conv_net(X, n_classes, dropout, reuse=True, is_training=False)

loss_op = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(
    logits=logits_train, labels=Y))
optimizer = tf.train.AdamOptimizer(learning_rate=learning_rate)
train_op = optimizer.minimize(loss_op)

correct_pred = tf.equal(tf.argmax(logits_test, 1), tf.argmax(Y, 1))
accuracy = tf.reduce_mean(tf.cast(correct_pred, tf.float32))

init = tf.global_variables_initializer()
sess.run(init)

for step in range(1, num_steps + 1):
    # Run optimization
    sess.run(train_op)

    if step % display_step == 0 or step == 1:
        # Calculate batch loss and accuracy
        # (note that this consume a new batch of data)
        loss, acc = sess.run([loss_op, accuracy])
        print("Step " + str(step) + ", Minibatch Loss= " +
              "{:.4f}".format(loss) + ", Training Accuracy= " +
              "{:.3f}".format(acc))

print("Optimization Finished!")

# expect-count: /^Step (1|50|100|150), Minibatch Loss= \d+\.\d{4}, Training Accuracy= \d\.\d{3}$/ 4
# expect-decrease: /^Step \d+, Minibatch Loss= ([\d.]+),/ 0.5
# expect-value: /^Step 150, Minibatch Loss= [\d.]+, Training Accuracy= ([\d.]+)$/ >= 0.7
# expect-line: Optimization Finished!
# corpus-timeout: 240

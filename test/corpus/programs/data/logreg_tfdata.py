# Models: chiphuyen/stanford-tensorflow-tutorials examples/03_logreg.py
# Checks: MNIST logistic regression fed by tf.data: from_tensor_slices on the (images, labels)
# tuple the local utils.read_mnist returns, .shuffle(10000).batch(batch_size) for training and a
# batched test set, one reinitializable iterator from tf.data.Iterator.from_structure(output_types,
# output_shapes) with make_initializer for each set, tf.get_variable with
# random_normal_initializer(0, 0.01) and zeros_initializer, Adam 0.01, epochs that end on
# tf.errors.OutOfRangeError, a FileWriter for the graph, "Average loss epoch i: ..." falling, and the
# test accuracy summed batch by batch ("Accuracy 0.9..."). The original runs 30 epochs of 55,000
# digits (about 0.92); 3 epochs of the 5,000 bundled digits are checked for >= 0.85.
import os
os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'

import numpy as np
import tensorflow as tf
import time

import utils

# Define paramaters for the model
learning_rate = 0.01
batch_size = 128
n_epochs = 3
n_train = 5000
n_test = 4500

# Step 1: Read in data
mnist_folder = 'data/mnist'
utils.download_mnist(mnist_folder)
train, val, test = utils.read_mnist(mnist_folder, flatten=True)

# Step 2: Create datasets and iterator
train_data = tf.data.Dataset.from_tensor_slices(train)
train_data = train_data.shuffle(10000)  # if you want to shuffle your data
train_data = train_data.batch(batch_size)

test_data = tf.data.Dataset.from_tensor_slices(test)
test_data = test_data.batch(batch_size)

iterator = tf.data.Iterator.from_structure(train_data.output_types,
                                           train_data.output_shapes)
img, label = iterator.get_next()

train_init = iterator.make_initializer(train_data)  # initializer for train_data
test_init = iterator.make_initializer(test_data)    # initializer for test_data

# Step 3: create weights and bias
w = tf.get_variable(name='weights', shape=(784, 10), initializer=tf.random_normal_initializer(0, 0.01))
b = tf.get_variable(name='bias', shape=(1, 10), initializer=tf.zeros_initializer())

# Step 4: build model
logits = tf.matmul(img, w) + b

# Step 5: define loss function
entropy = tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=label, name='entropy')
loss = tf.reduce_mean(entropy, name='loss')  # the mean over all the examples in the batch

# Step 6: define training op
optimizer = tf.train.AdamOptimizer(learning_rate).minimize(loss)

# Step 7: calculate accuracy with test set
preds = tf.nn.softmax(logits)
correct_preds = tf.equal(tf.argmax(preds, 1), tf.argmax(label, 1))
accuracy = tf.reduce_sum(tf.cast(correct_preds, tf.float32))

writer = tf.summary.FileWriter('/tmp/gradbook_corpus/graphs/logreg', tf.get_default_graph())
with tf.Session() as sess:

    start_time = time.time()
    sess.run(tf.global_variables_initializer())

    # train the model n_epochs times
    for i in range(n_epochs):
        sess.run(train_init)  # drawing samples from train_data
        total_loss = 0
        n_batches = 0
        try:
            while True:
                _, l = sess.run([optimizer, loss])
                total_loss += l
                n_batches += 1
        except tf.errors.OutOfRangeError:
            pass
        print('Average loss epoch {0}: {1}'.format(i, total_loss / n_batches))
    print('Total time: {0} seconds'.format(time.time() - start_time))

    # test the model
    sess.run(test_init)  # drawing samples from test_data
    total_correct_preds = 0
    try:
        while True:
            accuracy_batch = sess.run(accuracy)
            total_correct_preds += accuracy_batch
    except tf.errors.OutOfRangeError:
        pass

    print('Accuracy {0}'.format(total_correct_preds / n_test))
writer.close()

# expect-count: /^Average loss epoch [012]: [\d.e+-]+$/ 3
# expect-decrease: /^Average loss epoch \d: ([\d.e+-]+)$/ 0.8
# expect-value: /^Accuracy ([\d.]+)$/ >= 0.85
# expect-value: /^Accuracy ([\d.]+)$/ <= 1.0

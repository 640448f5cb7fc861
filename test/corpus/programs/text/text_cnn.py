# Models: dennybritz/cnn-text-classification-tf text_cnn.py, train.py and data_helpers.py (batch_iter)
# Checks: Kim's CNN for sentence classification as the well-known TF1 implementation writes it: a
# TextCNN class with int32 input_x, an embedding matrix from random_uniform(-1, 1) looked up with
# tf.nn.embedding_lookup under tf.device('/cpu:0') and tf.expand_dims(..., -1), one conv-maxpool
# branch per filter size (VALID conv2d over the full embedding width, bias_add, relu, max_pool over
# the whole sequence), tf.concat(pooled_outputs, 3), dropout, an output layer with
# xavier_initializer, tf.nn.xw_plus_b and an l2_loss term; training in a tf.Graph().as_default()
# with tf.ConfigProto(allow_soft_placement=True), compute_gradients/apply_gradients with a
# global_step, gradient summaries with tf.nn.zero_fraction, batch_iter over list(zip(x, y)) (a
# NumPy object array of (sentence, label) pairs), tf.train.global_step, and the
# "step N, loss L, acc A" log with the dev evaluation. The sentences are synthetic (a word list,
# two sentiment words per sentence) instead of the original's rt-polarity files, with the
# original's learn.preprocessing.VocabularyProcessor(max_document_length) word ids. 8 epochs of 9 batches (the original: 200
# epochs, dev every 100 steps), dev every 24 steps: the dev loss falls and dev accuracy ends >= 0.8
# (the two sentiment words separate the classes; Gradbook prints dev accuracies 0.57, 0.82, 0.93,
# not checked against TF1). data = np.array(data) is NumPy 1.x's ragged object array of
# (sentence, label) pairs, with its VisibleDeprecationWarning on stderr.
import datetime
import os
import numpy as np
import tensorflow as tf
from tensorflow.contrib import learn


class TextCNN(object):
    """A CNN for text classification: embedding, convolutional, max-pooling and softmax layers."""

    def __init__(self, sequence_length, num_classes, vocab_size,
                 embedding_size, filter_sizes, num_filters, l2_reg_lambda=0.0):
        self.input_x = tf.placeholder(tf.int32, [None, sequence_length], name="input_x")
        self.input_y = tf.placeholder(tf.float32, [None, num_classes], name="input_y")
        self.dropout_keep_prob = tf.placeholder(tf.float32, name="dropout_keep_prob")

        # Keeping track of l2 regularization loss (optional)
        l2_loss = tf.constant(0.0)

        # Embedding layer
        with tf.device('/cpu:0'), tf.name_scope("embedding"):
            self.W = tf.Variable(tf.random_uniform([vocab_size, embedding_size], -1.0, 1.0), name="W")
            self.embedded_chars = tf.nn.embedding_lookup(self.W, self.input_x)
            self.embedded_chars_expanded = tf.expand_dims(self.embedded_chars, -1)

        # Create a convolution + maxpool layer for each filter size
        pooled_outputs = []
        for i, filter_size in enumerate(filter_sizes):
            with tf.name_scope("conv-maxpool-%s" % filter_size):
                filter_shape = [filter_size, embedding_size, 1, num_filters]
                W = tf.Variable(tf.truncated_normal(filter_shape, stddev=0.1), name="W")
                b = tf.Variable(tf.constant(0.1, shape=[num_filters]), name="b")
                conv = tf.nn.conv2d(self.embedded_chars_expanded, W,
                                    strides=[1, 1, 1, 1], padding="VALID", name="conv")
                h = tf.nn.relu(tf.nn.bias_add(conv, b), name="relu")
                # Maxpooling over the outputs
                pooled = tf.nn.max_pool(h, ksize=[1, sequence_length - filter_size + 1, 1, 1],
                                        strides=[1, 1, 1, 1], padding='VALID', name="pool")
                pooled_outputs.append(pooled)

        # Combine all the pooled features
        num_filters_total = num_filters * len(filter_sizes)
        self.h_pool = tf.concat(pooled_outputs, 3)
        self.h_pool_flat = tf.reshape(self.h_pool, [-1, num_filters_total])

        with tf.name_scope("dropout"):
            self.h_drop = tf.nn.dropout(self.h_pool_flat, self.dropout_keep_prob)

        # Final (unnormalized) scores and predictions
        with tf.name_scope("output"):
            W = tf.get_variable("W", shape=[num_filters_total, num_classes],
                                initializer=tf.contrib.layers.xavier_initializer())
            b = tf.Variable(tf.constant(0.1, shape=[num_classes]), name="b")
            l2_loss += tf.nn.l2_loss(W)
            l2_loss += tf.nn.l2_loss(b)
            self.scores = tf.nn.xw_plus_b(self.h_drop, W, b, name="scores")
            self.predictions = tf.argmax(self.scores, 1, name="predictions")

        with tf.name_scope("loss"):
            losses = tf.nn.softmax_cross_entropy_with_logits(logits=self.scores, labels=self.input_y)
            self.loss = tf.reduce_mean(losses) + l2_reg_lambda * l2_loss

        with tf.name_scope("accuracy"):
            correct_predictions = tf.equal(self.predictions, tf.argmax(self.input_y, 1))
            self.accuracy = tf.reduce_mean(tf.cast(correct_predictions, "float"), name="accuracy")


def batch_iter(data, batch_size, num_epochs, shuffle=True):
    """Generates a batch iterator for a dataset."""
    data = np.array(data)
    data_size = len(data)
    num_batches_per_epoch = int((len(data) - 1) / batch_size) + 1
    for epoch in range(num_epochs):
        # Shuffle the data at each epoch
        if shuffle:
            shuffle_indices = np.random.permutation(np.arange(data_size))
            shuffled_data = data[shuffle_indices]
        else:
            shuffled_data = data
        for batch_num in range(num_batches_per_epoch):
            start_index = batch_num * batch_size
            end_index = min((batch_num + 1) * batch_size, data_size)
            yield shuffled_data[start_index:end_index]


# Data: synthetic movie-review-like sentences, padded with the <PAD> word (index 0)
np.random.seed(10)
positive = ['great', 'wonderful', 'moving', 'funny', 'brilliant', 'charming', 'superb', 'touching']
negative = ['dull', 'boring', 'awful', 'tedious', 'clumsy', 'bland', 'weak', 'painful']
neutral = ['the', 'film', 'a', 'story', 'is', 'and', 'with', 'its', 'cast', 'plot', 'of', 'this',
           'director', 'very', 'quite', 'an', 'ending', 'script', 'acting', 'music']
max_document_length = 14
sentences, labels = [], []
for n in range(600):
    label = n % 2
    words = [neutral[i] for i in np.random.randint(0, len(neutral), np.random.randint(6, 12))]
    sentiment = positive if label == 1 else negative
    for i in np.random.randint(0, len(sentiment), 2):
        words.insert(np.random.randint(0, len(words) + 1), sentiment[i])
    sentences.append(' '.join(words))
    labels.append([0, 1] if label == 1 else [1, 0])

# Build vocabulary
vocab_processor = learn.preprocessing.VocabularyProcessor(max_document_length)
x = np.array(list(vocab_processor.fit_transform(sentences)))
y = np.array(labels)

# Randomly shuffle data, then split train/dev
shuffle_indices = np.random.permutation(np.arange(len(y)))
x_shuffled = x[shuffle_indices]
y_shuffled = y[shuffle_indices]
dev_sample_index = -1 * int(0.1 * float(len(y)))
x_train, x_dev = x_shuffled[:dev_sample_index], x_shuffled[dev_sample_index:]
y_train, y_dev = y_shuffled[:dev_sample_index], y_shuffled[dev_sample_index:]
print("Vocabulary Size: {:d}".format(len(vocab_processor.vocabulary_)))
print("Train/Dev split: {:d}/{:d}".format(len(y_train), len(y_dev)))

# Training
with tf.Graph().as_default():
    # Seeded here (the original seeds only NumPy): unseeded, one CI run ended at dev acc 0.783 < 0.8.
    tf.set_random_seed(10)
    session_conf = tf.ConfigProto(allow_soft_placement=True, log_device_placement=False)
    sess = tf.Session(config=session_conf)
    with sess.as_default():
        cnn = TextCNN(sequence_length=x_train.shape[1], num_classes=y_train.shape[1],
                      vocab_size=len(vocab_processor.vocabulary_), embedding_size=32,
                      filter_sizes=list(map(int, "3,4,5".split(","))), num_filters=16,
                      l2_reg_lambda=0.0)

        global_step = tf.Variable(0, name="global_step", trainable=False)
        optimizer = tf.train.AdamOptimizer(1e-3)
        grads_and_vars = optimizer.compute_gradients(cnn.loss)
        train_op = optimizer.apply_gradients(grads_and_vars, global_step=global_step)

        # Keep track of gradient values and sparsity (optional)
        grad_summaries = []
        for g, v in grads_and_vars:
            if g is not None:
                grad_hist_summary = tf.summary.histogram("{}/grad/hist".format(v.name), g)
                sparsity_summary = tf.summary.scalar("{}/grad/sparsity".format(v.name), tf.nn.zero_fraction(g))
                grad_summaries.append(grad_hist_summary)
                grad_summaries.append(sparsity_summary)
        grad_summaries_merged = tf.summary.merge(grad_summaries)

        out_dir = "/tmp/gradbook_corpus/text_cnn_runs"
        loss_summary = tf.summary.scalar("loss", cnn.loss)
        acc_summary = tf.summary.scalar("accuracy", cnn.accuracy)
        train_summary_op = tf.summary.merge([loss_summary, acc_summary, grad_summaries_merged])
        train_summary_writer = tf.summary.FileWriter(os.path.join(out_dir, "summaries", "train"), sess.graph)

        sess.run(tf.global_variables_initializer())

        def train_step(x_batch, y_batch):
            feed_dict = {cnn.input_x: x_batch, cnn.input_y: y_batch, cnn.dropout_keep_prob: 0.5}
            _, step, summaries, loss, accuracy = sess.run(
                [train_op, global_step, train_summary_op, cnn.loss, cnn.accuracy], feed_dict)
            time_str = datetime.datetime.now().isoformat()
            if step % 24 == 0:
                print("{}: step {}, loss {:g}, acc {:g}".format(time_str, step, loss, accuracy))
            train_summary_writer.add_summary(summaries, step)

        def dev_step(x_batch, y_batch):
            feed_dict = {cnn.input_x: x_batch, cnn.input_y: y_batch, cnn.dropout_keep_prob: 1.0}
            step, loss, accuracy = sess.run([global_step, cnn.loss, cnn.accuracy], feed_dict)
            time_str = datetime.datetime.now().isoformat()
            print("dev {}: step {}, loss {:g}, acc {:g}".format(time_str, step, loss, accuracy))

        batches = batch_iter(list(zip(x_train, y_train)), 64, 8)
        for batch in batches:
            x_batch, y_batch = zip(*batch)
            train_step(x_batch, y_batch)
            current_step = tf.train.global_step(sess, global_step)
            if current_step % 24 == 0:
                print("\nEvaluation:")
                dev_step(x_dev, y_dev)
                print("")

# expect-line: Vocabulary Size: 37
# expect-line: Train/Dev split: 540/60
# expect-count: /^\S+: step (24|48|72), loss [\d.e+-]+, acc [\d.]+$/ 3
# expect-count: /^dev \S+: step (24|48|72), loss [\d.e+-]+, acc [\d.]+$/ 3
# expect-decrease: /^dev \S+: step \d+, loss ([\d.e+-]+), acc/ 0.9
# expect-value: /^dev \S+: step 72, loss [\d.e+-]+, acc ([\d.]+)$/ >= 0.8

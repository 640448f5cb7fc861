# Models: tensorflow/tensorflow tensorflow/examples/learn/text_classification_cnn.py (TF 1.1-1.3, tf.contrib.learn)
# Checks: the word-level CNN text classifier of the contrib era: argparse's parse_known_args and
# tf.app.run(main=main, argv=[sys.argv[0]] + unparsed), the DBpedia-style data set's rows
# (title, content) taken apart with pandas.DataFrame(data)[1] and pandas.Series(target),
# learn.preprocessing.VocabularyProcessor(MAX_DOCUMENT_LENGTH) fit_transform / transform as
# np.array(list(...)), 'Total words: 38' (37 words and <UNK>), a cnn_model(features, target) that one-hots the target
# (tf.one_hot(target, 15, 1, 0)), embeds the ids with tf.contrib.layers.embed_sequence(vocab_size=
# n_words, embed_dim=20, scope='words'), two tf.contrib.layers.convolution2d layers with 'VALID'
# padding under variable scopes (20x20 then 20x10 windows, 10 filters), tf.nn.max_pool with a
# [1, 4, 1, 1] window and stride 2, tf.transpose(pool1, [0, 1, 3, 2]), tf.reduce_max over the
# positions and tf.squeeze(..., squeeze_dims=[1]), a linear fully_connected layer,
# tf.contrib.losses.softmax_cross_entropy(logits, target), optimize_loss(optimizer='Adam',
# learning_rate=0.01), the (predictions, loss, train_op) tuple given to learn.Estimator, fit(x, y,
# steps=100) on the whole training set per step, [p['class'] for p in predict(x_test,
# as_iterable=True)] and sklearn's accuracy_score >= 0.9 (the topics' words separate the classes;
# the example prints no expected value). load_dataset('dbpedia') downloads 560,000 articles, so
# load_dbpedia() here builds the same (title, content) / target layout from a synthetic
# three-topic corpus (200 training and 100 test documents of 20-60 words; MAX_DOCUMENT_LENGTH and
# the layer sizes are the original's). The original is unseeded; so is this.
"""Example of Estimator for CNN-based text classification with DBpedia data."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import argparse
import collections
import sys

import numpy as np
import pandas
from sklearn import metrics
import tensorflow as tf

from tensorflow.contrib import learn

FLAGS = None

MAX_DOCUMENT_LENGTH = 100
EMBEDDING_SIZE = 20
N_FILTERS = 10
WINDOW_SIZE = 20
FILTER_SHAPE1 = [WINDOW_SIZE, EMBEDDING_SIZE]
FILTER_SHAPE2 = [WINDOW_SIZE, N_FILTERS]
POOLING_WINDOW = 4
POOLING_STRIDE = 2
n_words = 0

TOPICS = [
    'river mountain valley lake forest island village north south coast',
    'football player team league club season goal coach match stadium',
    'album band song singer record guitar tour concert studio chart',
]
SHARED = 'the a of in and is was'
Datasets = collections.namedtuple('Datasets', ['train', 'validation', 'test'])
Dataset = collections.namedtuple('Dataset', ['data', 'target'])


def make_documents(rng, n):
  shared = SHARED.split()
  rows, labels = [], []
  for i in range(n):
    label = rng.randint(len(TOPICS))
    topic = TOPICS[label].split()
    words = [topic[rng.randint(len(topic))] if rng.rand() < 0.4 else shared[rng.randint(len(shared))]
             for _ in range(rng.randint(20, 61))]
    rows.append(['Article %d' % i, ' '.join(words)])
    labels.append(label)
  return Dataset(np.array(rows), np.array(labels, dtype=np.int64))


def load_dbpedia(test_with_fake_data=False):
  rng = np.random.RandomState(7)
  return Datasets(train=make_documents(rng, 200), validation=None, test=make_documents(rng, 100))


def cnn_model(features, target):
  """2 layer ConvNet to predict from sequence of words to a class."""
  # Convert indexes of words into embeddings.
  # This creates embeddings matrix of [n_words, EMBEDDING_SIZE] and then
  # maps word indexes of the sequence into [batch_size, sequence_length,
  # EMBEDDING_SIZE].
  target = tf.one_hot(target, 15, 1, 0)
  word_vectors = tf.contrib.layers.embed_sequence(
      features, vocab_size=n_words, embed_dim=EMBEDDING_SIZE, scope='words')
  word_vectors = tf.expand_dims(word_vectors, 3)
  with tf.variable_scope('CNN_Layer1'):
    # Apply Convolution filtering on input sequence.
    conv1 = tf.contrib.layers.convolution2d(word_vectors, N_FILTERS,
                                            FILTER_SHAPE1, padding='VALID')
    # Add a RELU for non linearity.
    conv1 = tf.nn.relu(conv1)
    # Max pooling across output of Convolution+Relu.
    pool1 = tf.nn.max_pool(
        conv1, ksize=[1, POOLING_WINDOW, 1, 1],
        strides=[1, POOLING_STRIDE, 1, 1], padding='SAME')
    # Transpose matrix so that n_filters from convolution becomes width.
    pool1 = tf.transpose(pool1, [0, 1, 3, 2])
  with tf.variable_scope('CNN_Layer2'):
    # Second level of convolution filtering.
    conv2 = tf.contrib.layers.convolution2d(pool1, N_FILTERS,
                                            FILTER_SHAPE2, padding='VALID')
    # Max across each filter to get useful features for classification.
    pool2 = tf.squeeze(tf.reduce_max(conv2, 1), squeeze_dims=[1])

  # Apply regular WX + B and classification.
  logits = tf.contrib.layers.fully_connected(pool2, 15, activation_fn=None)
  loss = tf.contrib.losses.softmax_cross_entropy(logits, target)

  train_op = tf.contrib.layers.optimize_loss(
      loss, tf.contrib.framework.get_global_step(),
      optimizer='Adam', learning_rate=0.01)

  return (
      {'class': tf.argmax(logits, 1), 'prob': tf.nn.softmax(logits)},
      loss, train_op)


def main(unused_argv):
  global n_words
  # Prepare training and testing data
  dbpedia = load_dbpedia(test_with_fake_data=FLAGS.test_with_fake_data)
  x_train = pandas.DataFrame(dbpedia.train.data)[1]
  y_train = pandas.Series(dbpedia.train.target)
  x_test = pandas.DataFrame(dbpedia.test.data)[1]
  y_test = pandas.Series(dbpedia.test.target)

  # Process vocabulary
  vocab_processor = learn.preprocessing.VocabularyProcessor(MAX_DOCUMENT_LENGTH)
  x_train = np.array(list(vocab_processor.fit_transform(x_train)))
  x_test = np.array(list(vocab_processor.transform(x_test)))
  n_words = len(vocab_processor.vocabulary_)
  print('Total words: %d' % n_words)

  # Build model
  classifier = learn.Estimator(model_fn=cnn_model)

  # Train and predict
  classifier.fit(x_train, y_train, steps=100)
  y_predicted = [
      p['class'] for p in classifier.predict(x_test, as_iterable=True)]
  score = metrics.accuracy_score(y_test, y_predicted)
  print('Accuracy: {0:f}'.format(score))


if __name__ == '__main__':
  parser = argparse.ArgumentParser()
  parser.add_argument(
      '--test_with_fake_data',
      default=False,
      help='Test the example code with fake data.',
      action='store_true'
  )
  FLAGS, unparsed = parser.parse_known_args()
  tf.app.run(main=main, argv=[sys.argv[0]] + unparsed)

# expect-line: Total words: 38
# corpus-timeout: 180
# expect-value: /^Accuracy: ([\d.]+)$/ >= 0.9

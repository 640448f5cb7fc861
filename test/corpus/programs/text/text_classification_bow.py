# Models: tensorflow/tensorflow tensorflow/examples/learn/text_classification.py (bag_of_words_model, --bow_model)
# Checks: the TF 1.4+ text classifier's bag-of-words path on a small synthetic three-topic corpus (the
# original reads DBpedia through pandas): tf.contrib.learn.preprocessing.VocabularyProcessor
# (MAX_DOCUMENT_LENGTH) fit_transform / transform as generators wrapped in np.array(list(...)),
# len(vocabulary_) as n_words (38: 37 words seen in training plus <UNK>, the same count the
# hand-made vocabulary of text_classification_rnn.py gives on this corpus), the ids shifted by -1 so
# padding becomes -1 (categorical_column_with_identity's "missing"), an embedding_column (mean
# over each document's valid ids) read by tf.feature_column.input_layer, a dense softmax layer,
# Adam 0.01 for 100 full-batch steps, the trainable variable names, and sklearn's and TF's test
# accuracy >= 0.9 (a document's topic words separate the classes; TF's example prints no expected
# value for this corpus; the Estimator is given RunConfig(tf_random_seed=3) here, the original has no
# config). The corpus runner passes no arguments, so --bow_model defaults to True
# here (the original's default is the RNN, modelled in text_classification_rnn.py).
from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import argparse
import sys

import numpy as np
from sklearn import metrics
import tensorflow as tf

FLAGS = None

MAX_DOCUMENT_LENGTH = 8
EMBEDDING_SIZE = 12
MAX_LABEL = 3
WORDS_FEATURE = 'words'  # Name of the input words feature.
n_words = 0

TOPICS = [
    'river mountain valley lake forest island village north south coast',
    'football player team league club season goal coach match stadium',
    'album band song singer record guitar tour concert studio chart',
]
SHARED = 'the a of in and is was'


def make_documents(seed, n):
  rng = np.random.RandomState(seed)
  shared = SHARED.split()
  docs, labels = [], []
  for _ in range(n):
    label = rng.randint(MAX_LABEL)
    topic = TOPICS[label].split()
    words = [topic[rng.randint(len(topic))] if rng.rand() < 0.5 else shared[rng.randint(len(shared))]
             for _ in range(rng.randint(4, MAX_DOCUMENT_LENGTH + 1))]
    docs.append(' '.join(words))
    labels.append(label)
  return docs, np.array(labels, dtype=np.int32)


def estimator_spec_for_softmax_classification(logits, labels, mode):
  """Returns EstimatorSpec instance for softmax classification."""
  predicted_classes = tf.argmax(logits, 1)
  if mode == tf.estimator.ModeKeys.PREDICT:
    return tf.estimator.EstimatorSpec(
        mode=mode,
        predictions={
            'class': predicted_classes,
            'prob': tf.nn.softmax(logits)
        })

  loss = tf.losses.sparse_softmax_cross_entropy(labels=labels, logits=logits)
  if mode == tf.estimator.ModeKeys.TRAIN:
    optimizer = tf.train.AdamOptimizer(learning_rate=0.01)
    train_op = optimizer.minimize(loss, global_step=tf.train.get_global_step())
    return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op)

  eval_metric_ops = {
      'accuracy':
          tf.metrics.accuracy(labels=labels, predictions=predicted_classes)
  }
  return tf.estimator.EstimatorSpec(
      mode=mode, loss=loss, eval_metric_ops=eval_metric_ops)


def bag_of_words_model(features, labels, mode):
  """A bag-of-words model. Note it disregards the word order in the text."""
  bow_column = tf.feature_column.categorical_column_with_identity(
      WORDS_FEATURE, num_buckets=n_words)
  bow_embedding_column = tf.feature_column.embedding_column(
      bow_column, dimension=EMBEDDING_SIZE)
  bow = tf.feature_column.input_layer(
      features, feature_columns=[bow_embedding_column])
  logits = tf.layers.dense(bow, MAX_LABEL, activation=None)
  if mode == tf.estimator.ModeKeys.TRAIN and not printed:
    printed.append(True)
    print(sorted(v.name for v in tf.trainable_variables()))

  return estimator_spec_for_softmax_classification(
      logits=logits, labels=labels, mode=mode)


printed = []


def main(unused_argv):
  global n_words
  tf.logging.set_verbosity(tf.logging.ERROR)

  # Prepare training and testing data
  x_train, y_train = make_documents(1, 900)
  x_test, y_test = make_documents(2, 300)

  # Process vocabulary
  vocab_processor = tf.contrib.learn.preprocessing.VocabularyProcessor(
      MAX_DOCUMENT_LENGTH)

  x_transform_train = vocab_processor.fit_transform(x_train)
  x_transform_test = vocab_processor.transform(x_test)

  x_train = np.array(list(x_transform_train))
  x_test = np.array(list(x_transform_test))

  n_words = len(vocab_processor.vocabulary_)
  print('Total words: %d' % n_words)

  # Build model
  # Switch between rnn_model and bag_of_words_model to test different models.
  if FLAGS.bow_model:
    # Subtract 1 because VocabularyProcessor outputs a word-id matrix where word
    # ids start from 1 and 0 means 'no word'. But
    # categorical_column_with_identity assumes 0-based count and uses -1 for
    # missing word.
    x_train -= 1
    x_test -= 1
    model_fn = bag_of_words_model
  classifier = tf.estimator.Estimator(model_fn=model_fn,
                                      config=tf.estimator.RunConfig(tf_random_seed=3))

  # Train.
  train_input_fn = tf.estimator.inputs.numpy_input_fn(
      x={WORDS_FEATURE: x_train},
      y=y_train,
      batch_size=len(x_train),
      num_epochs=None,
      shuffle=True)
  classifier.train(input_fn=train_input_fn, steps=100)

  # Predict.
  test_input_fn = tf.estimator.inputs.numpy_input_fn(
      x={WORDS_FEATURE: x_test}, y=y_test, num_epochs=1, shuffle=False)
  predictions = classifier.predict(input_fn=test_input_fn)
  y_predicted = np.array(list(p['class'] for p in predictions))
  y_predicted = y_predicted.reshape(np.array(y_test).shape)

  # Score with sklearn.
  score = metrics.accuracy_score(y_test, y_predicted)
  print('Accuracy (sklearn): {0:f}'.format(score))

  # Score with tensorflow.
  scores = classifier.evaluate(input_fn=test_input_fn)
  print('Accuracy (tensorflow): {0:f}'.format(scores['accuracy']))


if __name__ == '__main__':
  parser = argparse.ArgumentParser()
  parser.add_argument(
      '--bow_model',
      default=True,
      help='Run with BOW model instead of RNN.',
      action='store_true')
  FLAGS, unparsed = parser.parse_known_args()
  tf.app.run(main=main, argv=[sys.argv[0]] + unparsed)

# expect-line: Total words: 38
# expect-line: ['dense/bias:0', 'dense/kernel:0', 'input_layer/words_embedding/embedding_weights:0']
# expect-value: /^Accuracy \(sklearn\): ([\d.]+)$/ >= 0.9
# expect-value: /^Accuracy \(tensorflow\): ([\d.]+)$/ >= 0.9

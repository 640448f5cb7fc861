# Models: tensorflow/tensorflow tensorflow/examples/learn/text_classification.py (rnn_model)
# Checks: the word-level text classifier as an Estimator on a small synthetic three-topic corpus (the
# original reads DBpedia): word ids from tf.contrib.learn.preprocessing.VocabularyProcessor
# (fit_transform / transform generators in np.array(list(...)); id 0 pads), tf.contrib.layers.embed_sequence
# (features[WORDS_FEATURE], vocab_size=n_words, embed_dim=EMBEDDING_SIZE) creating
# EmbedSequence/embeddings, tf.unstack(word_vectors, axis=1) into a list, tf.nn.rnn_cell.GRUCell under
# tf.nn.static_rnn with dtype=tf.float32, tf.layers.dense logits, the estimator_spec_for_softmax_classification
# helper (PREDICT with class and prob, TRAIN with Adam 0.01, EVAL with tf.metrics.accuracy),
# numpy_input_fn with a features dict, the trainable variable names, and the test accuracy.
from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import argparse
import sys

import numpy as np
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
            mode=mode, predictions={'class': predicted_classes, 'prob': tf.nn.softmax(logits)})
    loss = tf.losses.sparse_softmax_cross_entropy(labels=labels, logits=logits)
    if mode == tf.estimator.ModeKeys.TRAIN:
        optimizer = tf.train.AdamOptimizer(learning_rate=0.01)
        train_op = optimizer.minimize(loss, global_step=tf.train.get_global_step())
        return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op)
    eval_metric_ops = {'accuracy': tf.metrics.accuracy(labels=labels, predictions=predicted_classes)}
    return tf.estimator.EstimatorSpec(mode=mode, loss=loss, eval_metric_ops=eval_metric_ops)


def rnn_model(features, labels, mode):
    """RNN model to predict from sequence of words to a class."""
    word_vectors = tf.contrib.layers.embed_sequence(features[WORDS_FEATURE], vocab_size=n_words,
                                                    embed_dim=EMBEDDING_SIZE)
    word_list = tf.unstack(word_vectors, axis=1)
    cell = tf.nn.rnn_cell.GRUCell(EMBEDDING_SIZE)
    _, encoding = tf.nn.static_rnn(cell, word_list, dtype=tf.float32)
    logits = tf.layers.dense(encoding, MAX_LABEL, activation=None)
    if mode == tf.estimator.ModeKeys.TRAIN and not printed:
        printed.append(True)
        print(len(word_list), word_vectors.get_shape().as_list())
        print(sorted(v.name for v in tf.trainable_variables()))
    return estimator_spec_for_softmax_classification(logits=logits, labels=labels, mode=mode)


printed = []


def main(unused_argv):
    global n_words
    tf.logging.set_verbosity(tf.logging.ERROR)
    x_train, y_train = make_documents(1, 900)
    x_test, y_test = make_documents(2, 300)

    # Process vocabulary
    vocab_processor = tf.contrib.learn.preprocessing.VocabularyProcessor(MAX_DOCUMENT_LENGTH)

    x_transform_train = vocab_processor.fit_transform(x_train)
    x_transform_test = vocab_processor.transform(x_test)

    x_train = np.array(list(x_transform_train))
    x_test = np.array(list(x_transform_test))

    n_words = len(vocab_processor.vocabulary_)
    print('Total words: %d' % n_words)

    classifier = tf.estimator.Estimator(model_fn=rnn_model, config=tf.estimator.RunConfig(tf_random_seed=7))
    train_input_fn = tf.estimator.inputs.numpy_input_fn(
        x={WORDS_FEATURE: x_train}, y=y_train, batch_size=len(x_train) // 9, num_epochs=None, shuffle=True)
    classifier.train(input_fn=train_input_fn, steps=FLAGS.steps)

    test_input_fn = tf.estimator.inputs.numpy_input_fn(
        x={WORDS_FEATURE: x_test}, y=y_test, num_epochs=1, shuffle=False)
    predictions = classifier.predict(input_fn=test_input_fn)
    y_predicted = np.array(list(p['class'] for p in predictions))
    y_predicted = y_predicted.reshape(np.array(y_test).shape)
    print('Accuracy (numpy): {0:f}'.format(np.mean(y_predicted == y_test)))
    scores = classifier.evaluate(input_fn=test_input_fn)
    print('Accuracy (tensorflow): {0:f}'.format(scores['accuracy']))


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('--steps', type=int, default=150)
    FLAGS, unparsed = parser.parse_known_args()
    tf.app.run(main=main, argv=[sys.argv[0]] + unparsed)

# expect-line: Total words: 38
# expect-line: 8 [None, 8, 12]
# expect-line: ['EmbedSequence/embeddings:0', 'dense/bias:0', 'dense/kernel:0', 'rnn/gru_cell/candidate/bias:0', 'rnn/gru_cell/candidate/kernel:0', 'rnn/gru_cell/gates/bias:0', 'rnn/gru_cell/gates/kernel:0']
# expect-value: /^Accuracy \(numpy\): ([\d.]+)$/ >= 0.85
# expect-value: /^Accuracy \(tensorflow\): ([\d.]+)$/ >= 0.85

# Models: tensorflow/tensorflow tensorflow/examples/learn/text_classification_character_cnn.py
# Checks: the character-level CNN as an Estimator on a small synthetic three-class corpus (the original
# reads DBpedia): documents turned into fixed-length uint8 byte id rows by the original's
# tf.contrib.learn.preprocessing.ByteProcessor, features[CHARS_FEATURE] one-hot encoded with
# tf.one_hot(..., 256, 1., 0.), tf.expand_dims to a 4-D input, tf.layers.conv2d with a
# [window, 256] VALID filter, tf.layers.max_pooling2d with SAME padding, tf.transpose(pool1, [0, 1, 3, 2]),
# a second conv2d, tf.squeeze(tf.reduce_max(conv2, 1), squeeze_dims=[1]) (the deprecated argument
# name), PREDICT/TRAIN/EVAL branches with tf.losses.sparse_softmax_cross_entropy and
# tf.metrics.accuracy, numpy_input_fn with a features dict, argparse FLAGS with parse_known_args and
# tf.app.run(main=main, argv=[sys.argv[0]] + unparsed), the static shapes of each layer, and the
# printed test accuracy.
from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import argparse
import sys

import numpy as np
import tensorflow as tf

FLAGS = None

MAX_DOCUMENT_LENGTH = 40
N_FILTERS = 8
FILTER_SHAPE1 = [6, 256]
FILTER_SHAPE2 = [6, N_FILTERS]
POOLING_WINDOW = 4
POOLING_STRIDE = 2
MAX_LABEL = 3
CHARS_FEATURE = 'chars'  # Name of the input character feature.

VOCABULARY = [
    ['river', 'mountain', 'valley', 'lake', 'forest', 'island', 'village'],
    ['football', 'player', 'team', 'league', 'club', 'season', 'goal'],
    ['album', 'band', 'song', 'singer', 'record', 'guitar', 'tour'],
]
shapes = []


def make_documents(seed, n):
    rng = np.random.RandomState(seed)
    docs, labels = [], []
    for _ in range(n):
        label = rng.randint(MAX_LABEL)
        words = [VOCABULARY[label][rng.randint(7)] for _ in range(6)]
        docs.append(' '.join(words))
        labels.append(label)
    return docs, np.array(labels, dtype=np.int64)


def char_cnn_model(features, labels, mode):
    """Character level convolutional neural network model to predict classes."""
    features_onehot = tf.one_hot(features[CHARS_FEATURE], 256)
    input_layer = tf.reshape(features_onehot, [-1, MAX_DOCUMENT_LENGTH, 256, 1])
    with tf.variable_scope('CNN_Layer1'):
        conv1 = tf.layers.conv2d(input_layer, filters=N_FILTERS, kernel_size=FILTER_SHAPE1,
                                 padding='VALID', activation=tf.nn.relu)
        pool1 = tf.layers.max_pooling2d(conv1, pool_size=POOLING_WINDOW, strides=POOLING_STRIDE, padding='SAME')
        pool1 = tf.transpose(pool1, [0, 1, 3, 2])
    with tf.variable_scope('CNN_Layer2'):
        conv2 = tf.layers.conv2d(pool1, filters=N_FILTERS, kernel_size=FILTER_SHAPE2, padding='VALID')
        pool2 = tf.squeeze(tf.reduce_max(conv2, 1), squeeze_dims=[1])
    logits = tf.layers.dense(pool2, MAX_LABEL, activation=None)
    if not shapes:
        shapes.extend(t.get_shape().as_list() for t in [features_onehot, conv1, pool1, conv2, pool2, logits])

    predicted_classes = tf.argmax(logits, 1)
    if mode == tf.estimator.ModeKeys.PREDICT:
        return tf.estimator.EstimatorSpec(mode=mode, predictions={
            'class': predicted_classes, 'prob': tf.nn.softmax(logits)})

    loss = tf.losses.sparse_softmax_cross_entropy(labels=labels, logits=logits)
    if mode == tf.estimator.ModeKeys.TRAIN:
        optimizer = tf.train.AdamOptimizer(learning_rate=0.01)
        train_op = optimizer.minimize(loss, global_step=tf.train.get_global_step())
        return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op)

    eval_metric_ops = {'accuracy': tf.metrics.accuracy(labels=labels, predictions=predicted_classes)}
    return tf.estimator.EstimatorSpec(mode=mode, loss=loss, eval_metric_ops=eval_metric_ops)


def main(unused_argv):
    tf.logging.set_verbosity(tf.logging.ERROR)
    train_docs, y_train = make_documents(1, 600)
    test_docs, y_test = make_documents(2, 300)
    # Process vocabulary
    char_processor = tf.contrib.learn.preprocessing.ByteProcessor(MAX_DOCUMENT_LENGTH)
    x_train = np.array(list(char_processor.fit_transform(train_docs)))
    x_test = np.array(list(char_processor.transform(test_docs)))
    print('first document:', repr(train_docs[0][:30]), x_train[0][:5], x_train.dtype)

    classifier = tf.estimator.Estimator(model_fn=char_cnn_model, config=tf.estimator.RunConfig(tf_random_seed=5))
    train_input_fn = tf.estimator.inputs.numpy_input_fn(
        x={CHARS_FEATURE: x_train}, y=y_train, batch_size=50, num_epochs=None, shuffle=True)
    classifier.train(input_fn=train_input_fn, steps=FLAGS.steps)
    for s in shapes:
        print('shape:', s)

    test_input_fn = tf.estimator.inputs.numpy_input_fn(
        x={CHARS_FEATURE: x_test}, y=y_test, num_epochs=1, shuffle=False)
    scores = classifier.evaluate(input_fn=test_input_fn)
    print('Accuracy: {0:f}'.format(scores['accuracy']))
    predictions = classifier.predict(input_fn=tf.estimator.inputs.numpy_input_fn(
        x={CHARS_FEATURE: np.array(list(char_processor.transform(['lake river forest island lake', 'goal team club'])))},
        num_epochs=1, shuffle=False))
    print('predicted:', [int(p['class']) for p in predictions])


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('--test_with_fake_data', default=False, help='Test the example code with fake data.',
                        action='store_true')
    parser.add_argument('--steps', type=int, default=120)
    FLAGS, unparsed = parser.parse_known_args()
    tf.app.run(main=main, argv=[sys.argv[0]] + unparsed)

# expect-line: shape: [None, 40, 256]
# expect-line: shape: [None, 35, 1, 8]
# expect-line: shape: [None, 18, 8, 1]
# expect-line: shape: [None, 13, 1, 8]
# expect-line: shape: [None, 8]
# expect-line: shape: [None, 3]
# expect-value: /^Accuracy: ([\d.]+)$/ >= 0.9
# expect-line: predicted: [0, 1]

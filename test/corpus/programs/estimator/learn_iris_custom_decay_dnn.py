# Models: tensorflow/tensorflow tensorflow/examples/learn/iris_custom_decay_dnn.py (TF 1.4+, tf.estimator)
# Checks: a tf.estimator.Estimator(model_fn=my_model) without model_dir: three tf.layers.dense relu
# layers (10, 20, 10) over features['x'], logits, a PREDICT branch returning {'class', 'prob'},
# tf.losses.sparse_softmax_cross_entropy, a TRAIN branch whose learning rate is
# tf.train.exponential_decay(learning_rate=0.1, global_step=tf.train.get_global_step(),
# decay_steps=100, decay_rate=0.001) driving AdagradOptimizer, an EVAL branch with
# tf.metrics.accuracy; sklearn's load_iris and model_selection.train_test_split(test_size=0.2,
# random_state=42), tf.estimator.inputs.numpy_input_fn(x={'x': ...}, y=..., num_epochs=None,
# shuffle=True) for 1000 training steps, the same input_fn with num_epochs=1, shuffle=False for
# predict and evaluate, the predicted classes reshaped to y_test's shape, and the two accuracies
# printed 'Accuracy (sklearn): 0.966667' / 'Accuracy (tensorflow): 0.966667' agreeing (>= 0.6:
# the decay makes the rate fall 1000x every 100 steps, so only the first ~100 steps train and the
# unseeded start matters; runs here gave 1.0, 1.0 and once 0.733). The
# original calls tf.compat.v1.estimator.inputs (its 1.13 form); this is the 1.4 spelling.
"""Example of DNNClassifier for Iris plant dataset, with exponential decay."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import numpy as np
from sklearn import datasets
from sklearn import metrics
from sklearn import model_selection
import tensorflow as tf


X_FEATURE = 'x'  # Name of the input feature.


def my_model(features, labels, mode):
  """DNN with three hidden layers."""
  # Create three fully connected layers respectively of size 10, 20, and 10.
  net = features[X_FEATURE]
  for units in [10, 20, 10]:
    net = tf.layers.dense(net, units=units, activation=tf.nn.relu)

  # Compute logits (1 per class).
  logits = tf.layers.dense(net, 3, activation=None)

  # Compute predictions.
  predicted_classes = tf.argmax(logits, 1)
  if mode == tf.estimator.ModeKeys.PREDICT:
    predictions = {
        'class': predicted_classes,
        'prob': tf.nn.softmax(logits)
    }
    return tf.estimator.EstimatorSpec(mode, predictions=predictions)

  # Compute loss.
  loss = tf.losses.sparse_softmax_cross_entropy(labels=labels, logits=logits)

  # Create training op with exponentially decaying learning rate.
  if mode == tf.estimator.ModeKeys.TRAIN:
    global_step = tf.train.get_global_step()
    learning_rate = tf.train.exponential_decay(
        learning_rate=0.1, global_step=global_step,
        decay_steps=100, decay_rate=0.001)
    optimizer = tf.train.AdagradOptimizer(learning_rate=learning_rate)
    train_op = optimizer.minimize(loss, global_step=global_step)
    return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op)

  # Compute evaluation metrics.
  eval_metric_ops = {
      'accuracy': tf.metrics.accuracy(
          labels=labels, predictions=predicted_classes)
  }
  return tf.estimator.EstimatorSpec(
      mode, loss=loss, eval_metric_ops=eval_metric_ops)


def main(unused_argv):
  iris = datasets.load_iris()
  x_train, x_test, y_train, y_test = model_selection.train_test_split(
      iris.data, iris.target, test_size=0.2, random_state=42)

  classifier = tf.estimator.Estimator(model_fn=my_model)

  # Train.
  train_input_fn = tf.estimator.inputs.numpy_input_fn(
      x={X_FEATURE: x_train}, y=y_train, num_epochs=None, shuffle=True)
  classifier.train(input_fn=train_input_fn, steps=1000)

  # Predict.
  test_input_fn = tf.estimator.inputs.numpy_input_fn(
      x={X_FEATURE: x_test}, y=y_test, num_epochs=1, shuffle=False)
  predictions = classifier.predict(input_fn=test_input_fn)
  y_predicted = np.array(list(p['class'] for p in predictions))
  y_predicted = y_predicted.reshape(np.array(y_test).shape)

  # Score with sklearn.
  score = metrics.accuracy_score(y_test, y_predicted)
  print('Accuracy (sklearn): {0:f}'.format(score))

  # Score with tensorflow.
  scores = classifier.evaluate(input_fn=test_input_fn)
  print('Accuracy (tensorflow): {0:f}'.format(scores['accuracy']))
  print('Same accuracy: {}'.format(abs(score - scores['accuracy']) < 1e-6))


if __name__ == '__main__':
  tf.app.run()

# expect-value: /^Accuracy \(sklearn\): ([\d.]+)$/ >= 0.6
# expect-value: /^Accuracy \(tensorflow\): ([\d.]+)$/ >= 0.6
# expect-line: Same accuracy: True

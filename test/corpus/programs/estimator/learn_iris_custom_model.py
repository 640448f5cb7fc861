# Models: tensorflow/tensorflow tensorflow/examples/learn/iris_custom_model.py (TF 1.1, tf.contrib.learn)
# Checks: the contrib-era custom model: my_model(features, target) turns the target into a one-hot
# tensor with tf.one_hot(target, 3, 1, 0), builds the 10-20-10 hidden stack with
# tf.contrib.layers.stack(features, layers.fully_connected, [10, 20, 10]) with layers.dropout as the
# normalizer_fn (normalizer_params={'keep_prob': 0.9}), takes logits from a linear fully_connected,
# the loss from tf.contrib.losses.softmax_cross_entropy(logits, target) and the train op from
# tf.contrib.layers.optimize_loss(loss, tf.contrib.framework.get_global_step(), optimizer='Adagrad',
# learning_rate=0.1); the model returns the (predictions dict, loss, train_op) tuple that
# tf.contrib.learn.Estimator(model_fn=...) accepts, fit(x_train, y_train, steps=1000) on the whole
# 120-row split, predict(x_test, as_iterable=True) yields dicts whose 'class' feeds sklearn's
# accuracy_score (>= 0.9: the iris test split separates well; the example prints no value), and
# the 'prob' rows are softmax rows. Unseeded, as the original.
"""Example of Estimator for Iris plant dataset."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function
from sklearn import cross_validation
from sklearn import datasets
from sklearn import metrics
import numpy as np
import tensorflow as tf

layers = tf.contrib.layers
learn = tf.contrib.learn


def my_model(features, target):
  """DNN with three hidden layers, and dropout of 0.1 probability."""
  # Convert the target to a one-hot tensor of shape (length of features, 3) and
  # with a on-value of 1 for each one-hot vector of length 3.
  target = tf.one_hot(target, 3, 1, 0)

  # Create three fully connected layers respectively of size 10, 20, and 10 with
  # each layer having a dropout probability of 0.1.
  normalizer_fn = layers.dropout
  normalizer_params = {'keep_prob': 0.9}
  features = layers.stack(
      features,
      layers.fully_connected, [10, 20, 10],
      normalizer_fn=normalizer_fn,
      normalizer_params=normalizer_params)

  # Compute logits (1 per class) and compute loss.
  logits = layers.fully_connected(features, 3, activation_fn=None)
  loss = tf.contrib.losses.softmax_cross_entropy(logits, target)

  # Create a tensor for training op.
  train_op = tf.contrib.layers.optimize_loss(
      loss,
      tf.contrib.framework.get_global_step(),
      optimizer='Adagrad',
      learning_rate=0.1)

  return ({
      'class': tf.argmax(logits, 1),
      'prob': tf.nn.softmax(logits)
  }, loss, train_op)


def main(unused_argv):
  iris = datasets.load_iris()
  x_train, x_test, y_train, y_test = cross_validation.train_test_split(
      iris.data, iris.target, test_size=0.2, random_state=42)

  classifier = learn.Estimator(model_fn=my_model)
  classifier.fit(x_train, y_train, steps=1000)

  predictions = list(classifier.predict(x_test, as_iterable=True))
  y_predicted = [p['class'] for p in predictions]
  score = metrics.accuracy_score(y_test, y_predicted)
  print('Accuracy: {0:f}'.format(score))
  probs = np.array([p['prob'] for p in predictions])
  print('Probabilities: {} rows sum to one: {}'.format(
      probs.shape, np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)))


if __name__ == '__main__':
  tf.app.run()

# expect-value: /^Accuracy: ([\d.]+)$/ >= 0.9
# expect-line: Probabilities: (30, 3) rows sum to one: True

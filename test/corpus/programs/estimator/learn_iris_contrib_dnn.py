# Models: tensorflow/tensorflow tensorflow/examples/learn/iris.py (TF 1.1-1.3, tf.contrib.learn)
# Checks: the shortest contrib.learn example: tf.contrib.learn.datasets.load_dataset('iris') (the 150
# flowers as Dataset(data, target)), sklearn's model_selection.train_test_split(test_size=0.2,
# random_state=42), tf.contrib.learn.infer_real_valued_columns_from_input(x_train), a
# tf.contrib.learn.DNNClassifier(hidden_units=[10, 20, 10], n_classes=3) fit(x_train, y_train,
# steps=200) on the whole training split per step, list(classifier.predict(x_test,
# as_iterable=True)) and metrics.accuracy_score printed as 'Accuracy: 0.966667' (>= 0.7: contrib's
# Adagrad from an unseeded Xavier start for 200 steps; the sibling quickstart once stopped at
# 0.733; the example prints no expected value). Not in the original: the data set's shape and the
# split sizes.
"""Example of DNNClassifier for Iris plant dataset."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function
from sklearn import model_selection
from sklearn import metrics
import tensorflow as tf


def main(unused_argv):
  # Load dataset.
  iris = tf.contrib.learn.datasets.load_dataset('iris')
  x_train, x_test, y_train, y_test = model_selection.train_test_split(
      iris.data, iris.target, test_size=0.2, random_state=42)
  print('Data: {} {} split: {} {}'.format(iris.data.shape, iris.target.shape, len(x_train), len(x_test)))

  # Build 3 layer DNN with 10, 20, 10 units respectively.
  feature_columns = tf.contrib.learn.infer_real_valued_columns_from_input(
      x_train)
  classifier = tf.contrib.learn.DNNClassifier(
      feature_columns=feature_columns, hidden_units=[10, 20, 10], n_classes=3)

  # Fit and predict.
  classifier.fit(x_train, y_train, steps=200)
  predictions = list(classifier.predict(x_test, as_iterable=True))
  score = metrics.accuracy_score(y_test, predictions)
  print('Accuracy: {0:f}'.format(score))


if __name__ == '__main__':
  tf.app.run()

# expect-line: Data: (150, 4) (150,) split: 120 30
# expect-value: /^Accuracy: ([\d.]+)$/ >= 0.7

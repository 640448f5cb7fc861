# Models: tensorflow/tensorflow tensorflow/examples/learn/iris_val_based_early_stopping.py (TF 1.0-1.3, tf.contrib.learn)
# Checks: sklearn's load_iris and sklearn.cross_validation.train_test_split used twice (120/30, then
# 96/24 for a validation set), learn.monitors.ValidationMonitor(x_val, y_val,
# early_stopping_rounds=200), clean_folder(model_dir) with shutil.rmtree in a try/except OSError,
# two learn.DNNClassifier(hidden_units=[10, 20, 10], n_classes=3) with
# infer_real_valued_columns_from_input and a model_dir each, the second with
# tf.contrib.learn.RunConfig(save_checkpoints_secs=1) and fit(..., steps=2000,
# monitors=[val_monitor]) so the monitor evaluates each new checkpoint on the validation rows every
# 100 steps (at most every 5 s) and may stop training early, list(predict(x_test,
# as_iterable=True)), and the printed "score1:  0.9666666666666667" / "score2:  ..." lines (both
# >= 0.8: the iris test split is easy; the example prints no expected value) and "score2 >
# score1:  False" (either way: TF's comment only says early stopping often helps). Not in the
# original: what the monitor found (that it evaluated at least once, its best step inside the
# run and a finite loss). How often it evaluates depends on wall time (a new checkpoint, at most
# every 5 s), so on a fast machine its only evaluation may be of the untrained step-1 model.
# The original's model dirs are /tmp/iris_model and /tmp/iris_model_val; they are made under
# tempfile.mkdtemp() here so parallel runs do not share them.
"""Example of DNNClassifier for Iris plant dataset, with early stopping."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import os
import shutil
import tempfile

from sklearn import datasets
from sklearn import metrics
from sklearn.cross_validation import train_test_split
import tensorflow as tf

learn = tf.contrib.learn

TMP = tempfile.mkdtemp()


def clean_folder(folder):
  """Cleans the given folder if it exists."""
  try:
    shutil.rmtree(folder)
  except OSError:
    pass


def main(unused_argv):
  iris = datasets.load_iris()
  x_train, x_test, y_train, y_test = train_test_split(
      iris.data, iris.target, test_size=0.2, random_state=42)

  x_train, x_val, y_train, y_val = train_test_split(
      x_train, y_train, test_size=0.2, random_state=42)
  val_monitor = learn.monitors.ValidationMonitor(
      x_val, y_val, early_stopping_rounds=200)

  model_dir = os.path.join(TMP, 'iris_model')
  clean_folder(model_dir)

  # classifier with early stopping on training data
  classifier1 = learn.DNNClassifier(
      feature_columns=learn.infer_real_valued_columns_from_input(x_train),
      hidden_units=[10, 20, 10],
      n_classes=3,
      model_dir=model_dir)
  classifier1.fit(x=x_train, y=y_train, steps=2000)
  predictions1 = list(classifier1.predict(x_test, as_iterable=True))
  score1 = metrics.accuracy_score(y_test, predictions1)

  model_dir = os.path.join(TMP, 'iris_model_val')
  clean_folder(model_dir)

  # classifier with early stopping on validation data, save frequently for
  # monitor to pick up new checkpoints.
  classifier2 = learn.DNNClassifier(
      feature_columns=learn.infer_real_valued_columns_from_input(x_train),
      hidden_units=[10, 20, 10],
      n_classes=3,
      model_dir=model_dir,
      config=tf.contrib.learn.RunConfig(save_checkpoints_secs=1))
  classifier2.fit(x=x_train, y=y_train, steps=2000, monitors=[val_monitor])
  predictions2 = list(classifier2.predict(x_test, as_iterable=True))
  score2 = metrics.accuracy_score(y_test, predictions2)

  # In many applications, the score is improved by using early stopping
  print('score1: ', score1)
  print('score2: ', score2)
  print('score2 > score1: ', score2 > score1)

  print('Validated: {}, best step in run: {}, best loss finite: {}'.format(
      val_monitor.best_metrics is not None, 1 <= val_monitor.best_step <= 2000,
      0 < val_monitor.best_value < float('inf')))


if __name__ == '__main__':
  tf.app.run()

# expect-value: /^score1:  ([\d.]+)$/ >= 0.8
# expect-value: /^score2:  ([\d.]+)$/ >= 0.8
# expect-count: /^score2 > score1:  (True|False)$/ 1
# expect-line: Validated: True, best step in run: True, best loss finite: True
# corpus-timeout: 180

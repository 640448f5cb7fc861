# Models: tensorflow/tensorflow tensorflow/examples/tutorials/monitors/iris_monitors.py (TF 1.0-1.3, "Logging and Monitoring Basics with tf.contrib.learn")
# Checks: the monitors tutorial: tf.logging.set_verbosity(INFO), the iris CSVs read with
# tf.contrib.learn.datasets.base.load_csv_with_header(target_dtype=np.int, features_dtype=np.float),
# validation metrics as a dict of tf.contrib.learn.MetricSpec(metric_fn=
# tf.contrib.metrics.streaming_accuracy / streaming_precision / streaming_recall, prediction_key=
# tf.contrib.learn.prediction_key.PredictionKey.CLASSES), built twice as the tutorial does (the
# second time with MetricSpec imported from tensorflow.contrib.learn.python.learn.metric_spec and
# prediction_key="classes"), tf.contrib.learn.monitors.ValidationMonitor(test_set.data,
# test_set.target, every_n_steps=50, metrics=..., early_stopping_metric="loss",
# early_stopping_metric_minimize=True, early_stopping_rounds=200), feature_columns =
# [tf.contrib.layers.real_valued_column("", dimension=4)], a contrib DNNClassifier(hidden_units=[10,
# 20, 10], n_classes=3, model_dir=..., config=tf.contrib.learn.RunConfig(save_checkpoints_secs=1)),
# fit(x=, y=, steps=2000, monitors=[validation_monitor]) logging "INFO:tensorflow:Validation (step
# N): accuracy = ..., ..., precision = ..., recall = ..." for the checkpoints it picks up (and
# possibly stopping early), evaluate(x=, y=)["accuracy"] printed as "Accuracy: 0.966667" (>= 0.9)
# and the two new flowers classified "Predictions: [1, 2]" (versicolor and virginica, as the
# tutorial shows). The data files are the corpus iris CSVs in the tutorial's layout (the original
# reads them from the script's folder); the model dir is made with tempfile.mkdtemp() (the
# original: /tmp/iris_model, which a rerun would continue from). Not in the original: the
# monitor's best validation metrics, printed to show precision and recall came through.
"""Model training for Iris data set using Validation Monitor."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import os
import tempfile

import numpy as np
import tensorflow as tf
from tensorflow.contrib.learn.python.learn.metric_spec import MetricSpec

tf.logging.set_verbosity(tf.logging.INFO)

# Data sets
IRIS_TRAINING = os.path.join("../../data", "iris_training.csv")
IRIS_TEST = os.path.join("../../data", "iris_test.csv")


def main(unused_argv):
  # Load datasets.
  training_set = tf.contrib.learn.datasets.base.load_csv_with_header(
      filename=IRIS_TRAINING, target_dtype=np.int, features_dtype=np.float)
  test_set = tf.contrib.learn.datasets.base.load_csv_with_header(
      filename=IRIS_TEST, target_dtype=np.int, features_dtype=np.float)

  validation_metrics = {
      "accuracy":
          tf.contrib.learn.MetricSpec(
              metric_fn=tf.contrib.metrics.streaming_accuracy,
              prediction_key=
              tf.contrib.learn.prediction_key.PredictionKey.CLASSES),
      "precision":
          tf.contrib.learn.MetricSpec(
              metric_fn=tf.contrib.metrics.streaming_precision,
              prediction_key=
              tf.contrib.learn.prediction_key.PredictionKey.CLASSES),
      "recall":
          tf.contrib.learn.MetricSpec(
              metric_fn=tf.contrib.metrics.streaming_recall,
              prediction_key=
              tf.contrib.learn.prediction_key.PredictionKey.CLASSES)
  }
  validation_monitor = tf.contrib.learn.monitors.ValidationMonitor(
      test_set.data,
      test_set.target,
      every_n_steps=50,
      metrics=validation_metrics,
      early_stopping_metric="loss",
      early_stopping_metric_minimize=True,
      early_stopping_rounds=200)

  # Specify that all features have real-value data
  feature_columns = [tf.contrib.layers.real_valued_column("", dimension=4)]

  validation_metrics = {
      "accuracy": MetricSpec(
                          metric_fn=tf.contrib.metrics.streaming_accuracy,
                          prediction_key="classes"),
      "recall": MetricSpec(
                          metric_fn=tf.contrib.metrics.streaming_recall,
                          prediction_key="classes"),
      "precision": MetricSpec(
                          metric_fn=tf.contrib.metrics.streaming_precision,
                          prediction_key="classes")
                        }
  validation_monitor = tf.contrib.learn.monitors.ValidationMonitor(
      test_set.data,
      test_set.target,
      every_n_steps=50,
      metrics=validation_metrics,
      early_stopping_metric="loss",
      early_stopping_metric_minimize=True,
      early_stopping_rounds=200)

  # Build 3 layer DNN with 10, 20, 10 units respectively.
  classifier = tf.contrib.learn.DNNClassifier(
      feature_columns=feature_columns,
      hidden_units=[10, 20, 10],
      n_classes=3,
      model_dir=os.path.join(tempfile.mkdtemp(), "iris_model"),
      config=tf.contrib.learn.RunConfig(save_checkpoints_secs=1))

  # Fit model.
  classifier.fit(x=training_set.data,
                 y=training_set.target,
                 steps=2000,
                 monitors=[validation_monitor])

  # Evaluate accuracy.
  accuracy_score = classifier.evaluate(
      x=test_set.data, y=test_set.target)["accuracy"]
  print("Accuracy: {0:f}".format(accuracy_score))

  # Classify two new flower samples.
  new_samples = np.array(
      [[6.4, 3.2, 4.5, 1.5], [5.8, 3.1, 5.0, 1.7]], dtype=float)
  y = list(classifier.predict(new_samples))
  print("Predictions: {}".format(str(y)))

  print("Best validation metrics: {}".format(sorted(k for k in validation_monitor.best_metrics)))


if __name__ == "__main__":
  tf.app.run()

# expect-value: /^Accuracy: ([\d.]+)$/ >= 0.9
# expect-line: Predictions: [1, 2]
# expect-line: Best validation metrics: ['accuracy', 'global_step', 'loss', 'precision', 'recall']
# corpus-timeout: 240

# Models: tensorflow/tensorflow tensorflow/examples/tutorials/input_fn/boston.py (r1.4: pandas_input_fn, DNNRegressor)
# Checks: pd.read_csv(skipinitialspace=True, skiprows=1, names=COLUMNS) of the three Boston files
# (our synthetic data in the tutorial's layout, data/generate_pandas.py; the prediction file's medv
# is empty, so NaN), tf.feature_column.numeric_column per feature, tf.estimator.DNNRegressor with
# hidden_units [10, 10], tf.estimator.inputs.pandas_input_fn(x=DataFrame, y=Series) for train
# (shuffled, repeating), evaluate and predict (one pass, in order): the evaluation loss (sum of
# squared errors over the 100 test rows, as TF 1.4's DNNRegressor reports) is under half of what
# the training mean as a constant guess gives (4365; least squares gives 310; we print ~1100), and
# six predictions are printed as float32 arrays. 2000 steps (the
# original: 5000).
"""DNNRegressor with custom input_fn for Housing dataset."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import itertools

import pandas as pd
import tensorflow as tf

tf.logging.set_verbosity(tf.logging.INFO)

COLUMNS = ["crim", "zn", "indus", "nox", "rm", "age",
           "dis", "tax", "ptratio", "medv"]
FEATURES = ["crim", "zn", "indus", "nox", "rm",
            "age", "dis", "tax", "ptratio"]
LABEL = "medv"


def get_input_fn(data_set, num_epochs=None, shuffle=True):
  return tf.estimator.inputs.pandas_input_fn(
      x=pd.DataFrame({k: data_set[k].values for k in FEATURES}),
      y=pd.Series(data_set[LABEL].values),
      num_epochs=num_epochs,
      shuffle=shuffle)


def main(unused_argv):
  # Load datasets
  training_set = pd.read_csv("../../data/boston_train.csv", skipinitialspace=True,
                             skiprows=1, names=COLUMNS)
  test_set = pd.read_csv("../../data/boston_test.csv", skipinitialspace=True,
                         skiprows=1, names=COLUMNS)

  # Set of 6 examples for which to predict median house values
  prediction_set = pd.read_csv("../../data/boston_predict.csv", skipinitialspace=True,
                               skiprows=1, names=COLUMNS)

  # Feature cols
  feature_cols = [tf.feature_column.numeric_column(k) for k in FEATURES]

  # Build 2 layer fully connected DNN with 10, 10 units respectively.
  regressor = tf.estimator.DNNRegressor(feature_columns=feature_cols,
                                        hidden_units=[10, 10],
                                        model_dir="/tmp/corpus_boston_model")

  # Train
  regressor.train(input_fn=get_input_fn(training_set), steps=2000)

  # Evaluate loss over one epoch of test_set.
  ev = regressor.evaluate(
      input_fn=get_input_fn(test_set, num_epochs=1, shuffle=False))
  loss_score = ev["loss"]
  print("Loss: {0:f}".format(loss_score))
  # expect-value: /^Loss: ([0-9.]+)$/ < 2200

  # Print out predictions over a slice of prediction_set.
  y = regressor.predict(
      input_fn=get_input_fn(prediction_set, num_epochs=1, shuffle=False))
  # .predict() returns an iterator of dicts; convert to a list and print
  # predictions
  predictions = list(p["predictions"] for p in itertools.islice(y, 6))
  print("Predictions: {}".format(str(predictions)))
  # expect-count: /^Predictions: \[array\(\[[0-9.]+\], dtype=float32\)(, array\(\[[0-9.]+\], dtype=float32\)){5}\]$/ 1

if __name__ == "__main__":
  tf.app.run()

# Models: tensorflow/tensorflow tensorflow/examples/learn/boston.py (TF 1.4+, tf.estimator)
# Checks: the housing DNNRegressor example: model_selection.train_test_split(test_size=0.2,
# random_state=42), preprocessing.StandardScaler().fit_transform on the training rows and
# scaler.transform on the test rows, one tf.feature_column.numeric_column('x',
# shape=np.array(x_train).shape[1:]) for the whole row, tf.estimator.DNNRegressor(hidden_units=[10,
# 10]), numpy_input_fn(x={'x': x_train}, y=y_train, batch_size=1, num_epochs=None, shuffle=True)
# for 2000 one-row steps, predict with num_epochs=1, shuffle=False and p['predictions'] collected
# with np.array(list(...)).reshape(y_test's shape), sklearn's metrics.mean_squared_error printed
# as 'MSE (sklearn): ...' and the estimator's evaluate()['average_loss'] as 'MSE (tensorflow):
# ...': the same number (TF computes it in float32 over the same predictions), and well under the
# constant guess. sklearn.datasets.load_boston needs the real data set, so the rows are our
# synthetic Boston-layout training file (data/generate_pandas.py; 400 rows, 9 features) read with
# tf.contrib.learn.datasets.base.load_csv_with_header, which is how TF's own
# tf.contrib.learn.datasets.load_boston read its bundled boston_house_prices.csv.
"""Example of DNNRegressor for Housing dataset."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import numpy as np
from sklearn import metrics
from sklearn import model_selection
from sklearn import preprocessing

import tensorflow as tf


def load_boston():
  return tf.contrib.learn.datasets.base.load_csv_with_header(
      filename='../../data/boston_train.csv', target_dtype=np.float64,
      features_dtype=np.float64)


def main(unused_argv):
  # Load dataset
  boston = load_boston()
  x, y = boston.data, boston.target

  # Split dataset into train / test
  x_train, x_test, y_train, y_test = model_selection.train_test_split(
      x, y, test_size=0.2, random_state=42)

  # Scale data (training set) to 0 mean and unit standard deviation.
  scaler = preprocessing.StandardScaler()
  x_train = scaler.fit_transform(x_train)

  # Build 2 layer fully connected DNN with 10, 10 units respectively.
  feature_columns = [
      tf.feature_column.numeric_column('x', shape=np.array(x_train).shape[1:])]
  regressor = tf.estimator.DNNRegressor(
      feature_columns=feature_columns, hidden_units=[10, 10])

  # Train.
  train_input_fn = tf.estimator.inputs.numpy_input_fn(
      x={'x': x_train}, y=y_train, batch_size=1, num_epochs=None, shuffle=True)
  regressor.train(input_fn=train_input_fn, steps=2000)

  # Predict.
  x_transformed = scaler.transform(x_test)
  test_input_fn = tf.estimator.inputs.numpy_input_fn(
      x={'x': x_transformed}, y=y_test, num_epochs=1, shuffle=False)
  predictions = regressor.predict(input_fn=test_input_fn)
  y_predicted = np.array(list(p['predictions'] for p in predictions))
  y_predicted = y_predicted.reshape(np.array(y_test).shape)

  # Score with sklearn.
  score_sklearn = metrics.mean_squared_error(y_predicted, y_test)
  print('MSE (sklearn): {0:f}'.format(score_sklearn))

  # Score with tensorflow.
  scores = regressor.evaluate(input_fn=test_input_fn)
  print('MSE (tensorflow): {0:f}'.format(scores['average_loss']))

  # Not in the original: the scale of the problem, to judge the two numbers above.
  print('Split: {} {}'.format(len(y_train), len(y_test)))
  print('Constant guess MSE: {0:f}'.format(np.mean((y_test - np.mean(y_train)) ** 2)))
  print('Same MSE: {}'.format(abs(score_sklearn - scores['average_loss']) < 1e-3 * score_sklearn))


if __name__ == '__main__':
  tf.app.run()

# expect-line: Split: 320 80
# expect-line: Same MSE: True
# expect-value: /^MSE \(tensorflow\): ([\d.]+)$/ < 20

# Models: tensorflow/tensorflow tensorflow/examples/learn/iris_with_pipeline.py (TF 1.0-1.3, tf.contrib.learn)
# Checks: a contrib.learn DNNClassifier as the last step of a scikit-learn Pipeline: load_iris and
# cross_validation.train_test_split(test_size=0.2, random_state=42), a StandardScaler step named
# 'scaler', learn.DNNClassifier(feature_columns=learn.infer_real_valued_columns_from_input(x_train),
# hidden_units=[10, 20, 10], n_classes=3) as the 'DNNclassifier' step (`from tensorflow.contrib
# import learn`), pipeline.fit(x_train, y_train, DNNclassifier__steps=200) (the scaler's
# fit_transform, then the classifier's fit with steps=200 routed by the step name),
# list(pipeline.predict(x_test)) (the scaled rows through the classifier's predict generator) and
# accuracy_score >= 0.8 (on standardized features 200 full-batch steps separate the classes; the
# example prints no expected value). Not in the original: the pipeline's named steps, the
# standardized training means (zero) and the number of predictions. Unseeded, as the original.
"""Example of DNNClassifier for Iris plant dataset, with pipeline."""

from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

from sklearn import cross_validation
from sklearn.datasets import load_iris
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
import numpy as np
import tensorflow as tf

from tensorflow.contrib import learn


def main(unused_argv):
  iris = load_iris()
  x_train, x_test, y_train, y_test = cross_validation.train_test_split(
      iris.data, iris.target, test_size=0.2, random_state=42)

  # It's useful to scale to ensure Stochastic Gradient Descent
  # will do the right thing.
  scaler = StandardScaler()

  # DNN classifier.
  classifier = learn.DNNClassifier(
      feature_columns=learn.infer_real_valued_columns_from_input(x_train),
      hidden_units=[10, 20, 10], n_classes=3)

  pipeline = Pipeline([('scaler', scaler),
                       ('DNNclassifier', classifier)])

  pipeline.fit(x_train, y_train, DNNclassifier__steps=200)

  predictions = list(pipeline.predict(x_test))
  score = accuracy_score(y_test, predictions)
  print('Accuracy: {0:f}'.format(score))

  print('Steps: {}'.format(sorted(pipeline.named_steps)))
  print('Scaled means ~0: {}'.format(
      np.allclose(pipeline.named_steps['scaler'].transform(x_train).mean(axis=0), 0.0, atol=1e-9)))
  print('Predictions: {}'.format(len(predictions)))


if __name__ == '__main__':
  tf.app.run()

# expect-value: /^Accuracy: ([\d.]+)$/ >= 0.8
# expect-line: Steps: ['DNNclassifier', 'scaler']
# expect-line: Scaled means ~0: True
# expect-line: Predictions: 30

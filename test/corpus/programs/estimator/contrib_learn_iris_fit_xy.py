# Models: tensorflow/tensorflow tensorflow/docs_src/get_started/tflearn.md (tf.contrib.learn Quickstart, TF 1.0: fit/evaluate on x=, y=)
# Checks: tf.contrib.learn.DNNClassifier fit(x=, y=, steps=2000) on the 120 iris rows (contrib's
# DataFeeder: every step is the whole training set, in a RandomState(42) order), evaluate(x=, y=) on
# the 30 test rows in one pass: accuracy >= 0.9 (the tutorial: "should be higher than 90%", it
# prints 0.966667), the eval loss (mean cross entropy) < 0.3, global_step 2000, and
# list(predict(new_samples, as_iterable=True)) == [1, 2] as the tutorial prints; then
# predict_proba(as_iterable=False) rows summing to 1. Seeded (RunConfig(tf_random_seed=1)) as the
# TF 1.1 variant is, whose unseeded runs stopped at 0.733 once in 4.
from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import shutil

import tensorflow as tf
import numpy as np

# Data sets
IRIS_TRAINING = "../../data/iris_training.csv"
IRIS_TEST = "../../data/iris_test.csv"
shutil.rmtree("/tmp/corpus_contrib_iris_xy", ignore_errors=True)

# Load datasets.
training_set = tf.contrib.learn.datasets.base.load_csv_with_header(
    filename=IRIS_TRAINING, target_dtype=np.int, features_dtype=np.float32)
test_set = tf.contrib.learn.datasets.base.load_csv_with_header(
    filename=IRIS_TEST, target_dtype=np.int, features_dtype=np.float32)

# Specify that all features have real-value data
feature_columns = [tf.contrib.layers.real_valued_column("", dimension=4)]

# Build 3 layer DNN with 10, 20, 10 units respectively.
classifier = tf.contrib.learn.DNNClassifier(feature_columns=feature_columns,
                                            hidden_units=[10, 20, 10],
                                            n_classes=3,
                                            model_dir="/tmp/corpus_contrib_iris_xy",
                                            # Seeded here (the original is not): see Checks.
                                            config=tf.contrib.learn.RunConfig(tf_random_seed=1))

# Fit model.
classifier.fit(x=training_set.data,
               y=training_set.target,
               steps=2000)

# Evaluate accuracy.
ev = classifier.evaluate(x=test_set.data, y=test_set.target)
accuracy_score = ev["accuracy"]
print('Accuracy: {0:f}'.format(accuracy_score))
print('Loss: {0:f}, global_step: {1}'.format(ev["loss"], ev["global_step"]))

# Classify two new flower samples.
new_samples = np.array(
    [[6.4, 3.2, 4.5, 1.5], [5.8, 3.1, 5.0, 1.7]], dtype=float)
y = list(classifier.predict(new_samples, as_iterable=True))
print('Predictions: {}'.format(str(y)))
proba = classifier.predict_proba(new_samples, as_iterable=False)
print('Probability rows: {} sum to one: {}'.format(proba.shape, np.allclose(proba.sum(axis=1), 1.0)))

# expect-value: /^Accuracy: ([\d.]+)$/ >= 0.9
# expect-value: /^Loss: ([\d.]+),/ < 0.3
# expect-value: /global_step: (\d+)$/ == 2000
# expect-line: Predictions: [1, 2]
# expect-line: Probability rows: (2, 3) sum to one: True

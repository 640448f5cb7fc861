# Models: tensorflow/tensorflow tensorflow/docs_src/get_started/tflearn.md (tf.contrib.learn Quickstart, TF 1.1)
# Checks: tf.contrib.layers.real_valued_column("", dimension=4) and tf.contrib.learn.DNNClassifier
# (hidden_units [10, 20, 10], n_classes=3) fit on constant-tensor input_fns for 2000 steps (contrib's
# Adagrad at 0.05 on the mean softmax loss), evaluate(steps=1)["accuracy"] on the 30 test flowers
# >= 0.9 (the tutorial says "should be higher than 90%"; it prints 0.966667), the checkpoint's
# variable names (dnn/hiddenlayer_0/weights ... dnn/logits/biases, and optimize_loss's learning rate
# under the head's scope, dnn/multi_class_head/dnn/learning_rate: read from contrib's dnn.py and
# head.py scoping, not checked against a TF 1.x checkpoint) and global_step 2000, and
# predict() on an input_fn returning a bare numpy array: one batch (constant input), classes [1 2]
# as the tutorial shows (versicolor, virginica). The classifier is seeded (RunConfig(tf_random_seed=1)):
# unseeded, 1 of 4 runs here stopped at accuracy 0.733 predicting [2, 2] (a poor start the 2000
# full-batch Adagrad steps do not leave), which would make the corpus flaky.
from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import shutil

import numpy as np
import tensorflow as tf

# Data sets
IRIS_TRAINING = "../../data/iris_training.csv"
IRIS_TEST = "../../data/iris_test.csv"


def main():
  shutil.rmtree("/tmp/corpus_contrib_iris_model", ignore_errors=True)
  # Load datasets.
  training_set = tf.contrib.learn.datasets.base.load_csv_with_header(
      filename=IRIS_TRAINING,
      target_dtype=np.int,
      features_dtype=np.float32)
  test_set = tf.contrib.learn.datasets.base.load_csv_with_header(
      filename=IRIS_TEST,
      target_dtype=np.int,
      features_dtype=np.float32)

  # Specify that all features have real-value data
  feature_columns = [tf.contrib.layers.real_valued_column("", dimension=4)]

  # Build 3 layer DNN with 10, 20, 10 units respectively.
  classifier = tf.contrib.learn.DNNClassifier(feature_columns=feature_columns,
                                              hidden_units=[10, 20, 10],
                                              n_classes=3,
                                              model_dir="/tmp/corpus_contrib_iris_model",
                                              # Seeded here (the original is not): see Checks.
                                              config=tf.contrib.learn.RunConfig(tf_random_seed=1))
  # Define the training inputs
  def get_train_inputs():
    x = tf.constant(training_set.data)
    y = tf.constant(training_set.target)

    return x, y

  # Fit model.
  classifier.fit(input_fn=get_train_inputs, steps=2000)

  # Define the test inputs
  def get_test_inputs():
    x = tf.constant(test_set.data)
    y = tf.constant(test_set.target)

    return x, y

  # Evaluate accuracy.
  results = classifier.evaluate(input_fn=get_test_inputs, steps=1)
  accuracy_score = results["accuracy"]

  print("\nTest Accuracy: {0:f}\n".format(accuracy_score))
  print("Eval keys: {}".format(sorted(results.keys())))
  print("Global step: {}".format(results["global_step"]))
  print("Variables: {}".format([n for n in classifier.get_variable_names()
                                if n.startswith("dnn/") and "Adagrad" not in n]))

  # Classify two new flower samples.
  def new_samples():
    return np.array(
      [[6.4, 3.2, 4.5, 1.5],
       [5.8, 3.1, 5.0, 1.7]], dtype=np.float32)

  predictions = list(classifier.predict(input_fn=new_samples))

  print(
      "New Samples, Class Predictions:    {}\n"
      .format(predictions))

if __name__ == "__main__":
    main()

# expect-value: /^Test Accuracy: ([\d.]+)$/ >= 0.9
# expect-line: Eval keys: ['accuracy', 'global_step', 'loss']
# expect-line: Global step: 2000
# expect-line: Variables: ['dnn/hiddenlayer_0/biases', 'dnn/hiddenlayer_0/weights', 'dnn/hiddenlayer_1/biases', 'dnn/hiddenlayer_1/weights', 'dnn/hiddenlayer_2/biases', 'dnn/hiddenlayer_2/weights', 'dnn/logits/biases', 'dnn/logits/weights', 'dnn/multi_class_head/dnn/learning_rate']
# expect-line: New Samples, Class Predictions:    [1, 2]

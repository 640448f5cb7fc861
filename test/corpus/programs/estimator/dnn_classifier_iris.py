# Models: tensorflow/tensorflow tensorflow/docs_src/get_started/estimator.md (iris DNNClassifier, TF 1.3)
# Checks: load_csv_with_header for the iris files, tf.feature_column.numeric_column("x", shape=[4]),
# tf.estimator.DNNClassifier with hidden_units and n_classes, numpy_input_fn for train/eval/predict,
# evaluate()["accuracy"] >= 0.85 and predicted classes for two new flowers.
from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import os
import shutil

import numpy as np
import tensorflow as tf

IRIS_TRAINING = "../../data/iris_training.csv"
IRIS_TEST = "../../data/iris_test.csv"
MODEL_DIR = "/tmp/corpus_iris_model"


def main():
    shutil.rmtree(MODEL_DIR, ignore_errors=True)
    training_set = tf.contrib.learn.datasets.base.load_csv_with_header(
        filename=IRIS_TRAINING, target_dtype=np.int, features_dtype=np.float32)
    test_set = tf.contrib.learn.datasets.base.load_csv_with_header(
        filename=IRIS_TEST, target_dtype=np.int, features_dtype=np.float32)

    feature_columns = [tf.feature_column.numeric_column("x", shape=[4])]

    classifier = tf.estimator.DNNClassifier(feature_columns=feature_columns,
                                            hidden_units=[10, 20, 10],
                                            n_classes=3,
                                            model_dir=MODEL_DIR)
    train_input_fn = tf.estimator.inputs.numpy_input_fn(
        x={"x": np.array(training_set.data)},
        y=np.array(training_set.target),
        num_epochs=None,
        shuffle=True)

    classifier.train(input_fn=train_input_fn, steps=400)

    test_input_fn = tf.estimator.inputs.numpy_input_fn(
        x={"x": np.array(test_set.data)},
        y=np.array(test_set.target),
        num_epochs=1,
        shuffle=False)

    accuracy_score = classifier.evaluate(input_fn=test_input_fn)["accuracy"]
    print("\nTest Accuracy: {0:f}\n".format(accuracy_score))

    new_samples = np.array([[5.0, 3.5, 1.4, 0.2], [6.7, 3.0, 5.8, 2.1]], dtype=np.float32)
    predict_input_fn = tf.estimator.inputs.numpy_input_fn(
        x={"x": new_samples}, num_epochs=1, shuffle=False)

    predictions = list(classifier.predict(input_fn=predict_input_fn))
    predicted_classes = [p["classes"] for p in predictions]
    print("New Samples, Class Predictions:    {}\n".format(predicted_classes))


if __name__ == "__main__":
    main()

# expect-value: /^Test Accuracy: ([\d.]+)$/ >= 0.85
# expect-line: New Samples, Class Predictions:    [array([b'0'], dtype=object), array([b'2'], dtype=object)]

# tf.keras.metrics (TF 1.13-1.15) as functions for graph-mode programs: the per-sample accuracy
# metrics Keras-in-a-Session programs call on their own tensors (reduce them with tf.reduce_mean),
# and the loss functions Keras also exposes here. The stateful metric classes (Mean, Accuracy, ...)
# are not provided.
import tensorflow as tf
from tensorflow.keras import backend
from tensorflow.keras.losses import (mean_squared_error, mean_absolute_error, categorical_crossentropy,
                                     sparse_categorical_crossentropy, binary_crossentropy, mse, MSE, mae, MAE)


def _floatx(t):
    return tf.cast(t, backend.floatx())


def binary_accuracy(y_true, y_pred, threshold=0.5):
    """Mean over the last axis of (y_pred > threshold) == y_true."""
    y_pred = tf.convert_to_tensor(y_pred)
    threshold = tf.cast(threshold, y_pred.dtype)
    y_pred = tf.cast(y_pred > threshold, y_pred.dtype)
    return tf.reduce_mean(_floatx(tf.equal(tf.cast(y_true, y_pred.dtype), y_pred)), axis=-1)


def categorical_accuracy(y_true, y_pred):
    """1.0 where argmax(y_true, -1) == argmax(y_pred, -1), per sample."""
    return _floatx(tf.equal(tf.argmax(y_true, axis=-1), tf.argmax(y_pred, axis=-1)))


def sparse_categorical_accuracy(y_true, y_pred):
    """1.0 where the integer label equals argmax(y_pred, -1); labels of shape [batch] or [batch, 1]."""
    y_true = tf.convert_to_tensor(y_true)
    y_pred = tf.convert_to_tensor(y_pred)
    if y_true.get_shape().ndims is not None and y_pred.get_shape().ndims is not None \
            and y_true.get_shape().ndims == y_pred.get_shape().ndims:
        y_true = tf.squeeze(y_true, [-1])
    predicted = tf.argmax(y_pred, axis=-1)
    return _floatx(tf.equal(tf.cast(y_true, predicted.dtype), predicted))


def top_k_categorical_accuracy(y_true, y_pred, k=5):
    """1.0 where the true class is among the k largest predictions."""
    return _floatx(tf.nn.in_top_k(tf.cast(y_pred, tf.float32), tf.argmax(y_true, axis=-1), k))


def sparse_top_k_categorical_accuracy(y_true, y_pred, k=5):
    y_true = tf.convert_to_tensor(y_true)
    if y_true.get_shape().ndims == 2:
        y_true = tf.squeeze(y_true, [-1])
    return _floatx(tf.nn.in_top_k(tf.cast(y_pred, tf.float32), tf.cast(y_true, tf.int32), k))


def accuracy(y_true, y_pred):
    """1.0 where y_true == y_pred elementwise (labels and predicted classes, not probabilities)."""
    y_pred = tf.convert_to_tensor(y_pred)
    return _floatx(tf.equal(tf.cast(y_true, y_pred.dtype), y_pred))

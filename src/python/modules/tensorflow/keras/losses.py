# tf.keras.losses (TF 1.15) in graph mode: per-sample loss functions (the mean over the last
# axis, Keras's clipping by epsilon for probabilities) and the loss classes, which average over
# the batch (Reduction SUM_OVER_BATCH_SIZE).
import tensorflow as tf
from tensorflow.keras import backend


def _clip(p):
    eps = backend.epsilon()
    return tf.clip_by_value(p, eps, 1.0 - eps)


def mean_squared_error(y_true, y_pred):
    y_pred = tf.convert_to_tensor(y_pred)
    return tf.reduce_mean(tf.squared_difference(y_pred, tf.cast(y_true, y_pred.dtype)), axis=-1)


def mean_absolute_error(y_true, y_pred):
    y_pred = tf.convert_to_tensor(y_pred)
    return tf.reduce_mean(tf.abs(y_pred - tf.cast(y_true, y_pred.dtype)), axis=-1)


def categorical_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0):
    y_pred = tf.convert_to_tensor(y_pred)
    y_true = tf.cast(y_true, y_pred.dtype)
    if label_smoothing:
        classes = tf.cast(tf.shape(y_true)[-1], y_pred.dtype)
        y_true = y_true * (1.0 - label_smoothing) + label_smoothing / classes
    if from_logits:
        return tf.nn.softmax_cross_entropy_with_logits_v2(labels=y_true, logits=y_pred)
    probs = y_pred / tf.reduce_sum(y_pred, axis=-1, keepdims=True)
    return -tf.reduce_sum(y_true * tf.log(_clip(probs)), axis=-1)


def sparse_categorical_crossentropy(y_true, y_pred, from_logits=False, axis=-1):
    if axis != -1:
        raise NotImplementedError("sparse_categorical_crossentropy() argument 'axis' is not supported by Gradbook: only -1")
    y_pred = tf.convert_to_tensor(y_pred)
    logits = y_pred if from_logits else tf.log(_clip(y_pred))
    labels = tf.cast(y_true, tf.int64)
    rank = y_pred.get_shape().ndims
    if labels.get_shape().ndims == rank:
        labels = tf.squeeze(labels, [-1])
    return tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)


def binary_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0):
    y_pred = tf.convert_to_tensor(y_pred)
    y_true = tf.cast(y_true, y_pred.dtype)
    if label_smoothing:
        y_true = y_true * (1.0 - label_smoothing) + 0.5 * label_smoothing
    if from_logits:
        per_element = tf.nn.sigmoid_cross_entropy_with_logits(labels=y_true, logits=y_pred)
    else:
        eps = backend.epsilon()
        p = _clip(y_pred)
        per_element = -(y_true * tf.log(p + eps) + (1.0 - y_true) * tf.log(1.0 - p + eps))
    return tf.reduce_mean(per_element, axis=-1)


mse = MSE = mean_squared_error
mae = MAE = mean_absolute_error


class Loss(object):
    def __init__(self, reduction='sum_over_batch_size', name=None):
        if reduction not in ('sum_over_batch_size', 'auto', 'sum', 'none'):
            raise ValueError('Invalid Reduction Key %s.' % (reduction,))
        self.reduction = reduction
        self.name = name

    def call(self, y_true, y_pred):
        raise NotImplementedError('Must be implemented in subclasses.')

    def __call__(self, y_true, y_pred, sample_weight=None):
        with tf.name_scope(self.name or type(self).__name__.lower()):
            losses = self.call(y_true, y_pred)
            if sample_weight is not None:
                losses = losses * tf.cast(sample_weight, losses.dtype)
            if self.reduction == 'none':
                return losses
            if self.reduction == 'sum':
                return tf.reduce_sum(losses)
            return tf.reduce_sum(losses) / tf.cast(tf.size(losses), losses.dtype)


class _Wrapped(Loss):
    _fn = None

    def __init__(self, reduction='sum_over_batch_size', name=None, **kwargs):
        Loss.__init__(self, reduction=reduction, name=name or self._default_name)
        self._kwargs = kwargs

    def call(self, y_true, y_pred):
        return type(self)._fn(y_true, y_pred, **self._kwargs)


class MeanSquaredError(_Wrapped):
    _default_name = 'mean_squared_error'
    _fn = mean_squared_error


class MeanAbsoluteError(_Wrapped):
    _default_name = 'mean_absolute_error'
    _fn = mean_absolute_error


class CategoricalCrossentropy(_Wrapped):
    _default_name = 'categorical_crossentropy'
    _fn = categorical_crossentropy

    def __init__(self, from_logits=False, label_smoothing=0, reduction='sum_over_batch_size', name=None):
        _Wrapped.__init__(self, reduction, name, from_logits=from_logits, label_smoothing=label_smoothing)


class SparseCategoricalCrossentropy(_Wrapped):
    _default_name = 'sparse_categorical_crossentropy'
    _fn = sparse_categorical_crossentropy

    def __init__(self, from_logits=False, reduction='sum_over_batch_size', name=None):
        _Wrapped.__init__(self, reduction, name, from_logits=from_logits)


class BinaryCrossentropy(_Wrapped):
    _default_name = 'binary_crossentropy'
    _fn = binary_crossentropy

    def __init__(self, from_logits=False, label_smoothing=0, reduction='sum_over_batch_size', name=None):
        _Wrapped.__init__(self, reduction, name, from_logits=from_logits, label_smoothing=label_smoothing)


def get(identifier):
    if callable(identifier):
        return identifier
    table = {'mean_squared_error': mean_squared_error, 'mse': mean_squared_error,
             'mean_absolute_error': mean_absolute_error, 'mae': mean_absolute_error,
             'categorical_crossentropy': categorical_crossentropy,
             'sparse_categorical_crossentropy': sparse_categorical_crossentropy,
             'binary_crossentropy': binary_crossentropy}
    if identifier in table:
        return table[identifier]
    raise ValueError('Unknown loss function:' + str(identifier))

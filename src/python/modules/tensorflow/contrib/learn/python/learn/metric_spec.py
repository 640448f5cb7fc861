# tf.contrib.learn.MetricSpec (TF 1.0-1.15 metric_spec.py): which prediction (prediction_key),
# label (label_key) and weight feature (weight_key) a metric function is given when a contrib
# Estimator evaluates with evaluate(metrics={name: MetricSpec(...)}). A function naming
# `predictions` and `labels` (the streaming metrics, tf.metrics.*) is called with them as keywords;
# another is called (predictions, labels) positionally, as TF's _adapt_metric_fn does.
from _gradbook import fn_args as _fn_args
import tensorflow as tf


def _pick(name, dict_or_tensor, key):
    if isinstance(dict_or_tensor, dict):
        if key not in dict_or_tensor:
            raise KeyError('MetricSpec with %s_key specified requires %ss dict, got %s.\nYou must provide a %s_key '
                           'to MetricSpec if you pass a dict of %ss.' % (name, name, dict_or_tensor, name, name))
        return dict_or_tensor[key]
    if key is not None:
        raise ValueError('MetricSpec with %s_key specified requires %ss dict, got %s.' % (name, name, dict_or_tensor))
    return dict_or_tensor


class MetricSpec(object):
    def __init__(self, metric_fn, prediction_key=None, label_key=None, weight_key=None):
        if not callable(metric_fn):
            raise TypeError('metric_fn must be callable, given %s.' % (metric_fn,))
        self._metric_fn = metric_fn
        self._prediction_key = prediction_key
        self._label_key = label_key
        self._weight_key = weight_key

    metric_fn = property(lambda self: self._metric_fn)
    prediction_key = property(lambda self: self._prediction_key)
    label_key = property(lambda self: self._label_key)
    weight_key = property(lambda self: self._weight_key)

    def create_metric_ops(self, inputs, labels, predictions):
        """The metric's (value, update_op) pair for this evaluation's features, labels and predictions."""
        with tf.name_scope(None, 'MetricSpec'):
            prediction = _pick('prediction', predictions, self._prediction_key)
            label = _pick('label', labels, self._label_key)
            kwargs = {}
            if self._weight_key is not None:
                kwargs['weights'] = _pick('input', inputs, self._weight_key)
            args = _fn_args(self._metric_fn) or ()
            if 'predictions' in args and 'labels' in args:
                return self._metric_fn(predictions=prediction, labels=label, **kwargs)
            return self._metric_fn(prediction, label, **kwargs)

    def __str__(self):
        return ('MetricSpec(metric_fn=%s, prediction_key=%s, label_key=%s, weight_key=%s)'
                % (getattr(self._metric_fn, '__name__', self._metric_fn), self._prediction_key, self._label_key,
                   self._weight_key))

# tf.contrib.metrics (TF 1.0-1.15 metric_ops.py): the streaming metrics tf.metrics grew out of. Each
# streaming_X is tf.metrics.X (the same local variables, value and update op) with contrib's
# argument order, predictions first: streaming_accuracy(predictions, labels, weights=None, ...).
# The contrib.learn tutorials hand them to MetricSpec (iris_monitors.py's ValidationMonitor).
import tensorflow as tf


def _streaming(name, core, default_name=None):
    def metric(predictions, labels, weights=None, metrics_collections=None, updates_collections=None, name=None):
        return core(labels, predictions, weights=weights, metrics_collections=metrics_collections,
                    updates_collections=updates_collections, name=name)
    metric.__name__ = name
    return metric


streaming_accuracy = _streaming('streaming_accuracy', tf.metrics.accuracy)
streaming_precision = _streaming('streaming_precision', tf.metrics.precision)
streaming_recall = _streaming('streaming_recall', tf.metrics.recall)
streaming_mean_absolute_error = _streaming('streaming_mean_absolute_error', tf.metrics.mean_absolute_error)
streaming_mean_squared_error = _streaming('streaming_mean_squared_error', tf.metrics.mean_squared_error)
streaming_root_mean_squared_error = _streaming('streaming_root_mean_squared_error',
                                               tf.metrics.root_mean_squared_error)
streaming_true_positives = _streaming('streaming_true_positives', tf.metrics.true_positives)
streaming_false_positives = _streaming('streaming_false_positives', tf.metrics.false_positives)
streaming_false_negatives = _streaming('streaming_false_negatives', tf.metrics.false_negatives)
streaming_true_negatives = _streaming('streaming_true_negatives', tf.metrics.true_negatives)


def streaming_mean(values, weights=None, metrics_collections=None, updates_collections=None, name=None):
    return tf.metrics.mean(values, weights=weights, metrics_collections=metrics_collections,
                           updates_collections=updates_collections, name=name)


def streaming_auc(predictions, labels, weights=None, num_thresholds=200, metrics_collections=None,
                  updates_collections=None, curve='ROC', name=None):
    return tf.metrics.auc(labels, predictions, weights=weights, num_thresholds=num_thresholds,
                          metrics_collections=metrics_collections, updates_collections=updates_collections,
                          curve=curve, name=name)


def accuracy(predictions, labels, weights=None, name=None):
    """The non-streaming accuracy: the (weighted) mean of predictions == labels in this batch."""
    with tf.name_scope(name, 'accuracy', [predictions, labels, weights]):
        correct = tf.to_float(tf.equal(predictions, labels))
        if weights is None:
            return tf.reduce_mean(correct)
        weights = tf.to_float(weights)
        return tf.reduce_sum(correct * weights) / tf.reduce_sum(weights)


_PROVIDED = ['accuracy', 'streaming_accuracy', 'streaming_auc', 'streaming_false_negatives',
             'streaming_false_positives', 'streaming_mean', 'streaming_mean_absolute_error',
             'streaming_mean_squared_error', 'streaming_precision', 'streaming_recall',
             'streaming_root_mean_squared_error', 'streaming_true_negatives', 'streaming_true_positives']


def __getattr__(name):
    if name.startswith('_'):
        raise AttributeError("module 'tensorflow.contrib.metrics' has no attribute '%s'" % name)
    raise NotImplementedError('tf.contrib.metrics.%s is not supported by Gradbook (provided: %s)'
                              % (name, ', '.join(_PROVIDED)))

"""The heads of the premade estimators (tensorflow_estimator 1.15 canned heads): from logits to
the training loss (summed over the batch, Reduction.SUM as the v1 canned estimators), the eval
metrics (streaming means in local variables, as tf.metrics) and the predictions."""

import tensorflow as tf


def _local(name, shape=()):
    return tf.Variable(tf.zeros(shape), trainable=False, collections=[tf.GraphKeys.LOCAL_VARIABLES], name=name)


def streaming_mean(values, name):
    """(mean of every value seen, update op) like tf.metrics.mean."""
    with tf.variable_scope(None, default_name=name):
        total = _local('total')
        count = _local('count')
        values = tf.cast(values, tf.float32)
        update = tf.group(tf.assign_add(total, tf.reduce_sum(values)),
                          tf.assign_add(count, tf.cast(tf.size(values), tf.float32)))
        return tf.where(count > 0, total / tf.maximum(count, 1.0), 0.0), update


def _common_metrics(unreduced_loss, predictions_mean, labels_mean):
    return {
        'average_loss': streaming_mean(unreduced_loss, 'average_loss'),
        'prediction/mean': streaming_mean(predictions_mean, 'prediction_mean'),
        'label/mean': streaming_mean(labels_mean, 'label_mean'),
    }


def _class_names(class_ids):
    # Without a label_vocabulary TF's heads name each class by its id as a string
    # (as_string(class_ids, name='str_classes')), so predictions' 'classes' are byte strings: [b'2'].
    return tf.as_string(class_ids, name='str_classes')


class RegressionHead(object):
    def __init__(self, label_dimension=1):
        self.logits_dimension = label_dimension

    def build(self, logits, labels, mode):
        predictions = {'predictions': logits}
        if mode == 'infer':
            return predictions, None, None
        labels = tf.reshape(tf.cast(labels, tf.float32), [-1, self.logits_dimension])
        unreduced = tf.square(logits - labels)
        metrics = {'average_loss': streaming_mean(unreduced, 'average_loss'),
                   'prediction/mean': streaming_mean(logits, 'prediction_mean'),
                   'label/mean': streaming_mean(labels, 'label_mean')}
        return predictions, tf.reduce_sum(unreduced), metrics


class MultiClassHead(object):
    def __init__(self, n_classes):
        self.n_classes = n_classes
        self.logits_dimension = n_classes

    def build(self, logits, labels, mode):
        class_ids = tf.expand_dims(tf.argmax(logits, 1), 1)
        predictions = {'logits': logits, 'probabilities': tf.nn.softmax(logits), 'class_ids': class_ids,
                       'classes': _class_names(class_ids)}
        if mode == 'infer':
            return predictions, None, None
        labels = tf.reshape(tf.cast(labels, tf.int64), [-1])
        unreduced = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
        correct = tf.cast(tf.equal(tf.reshape(class_ids, [-1]), labels), tf.float32)
        metrics = {'accuracy': streaming_mean(correct, 'accuracy'),
                   'average_loss': streaming_mean(unreduced, 'average_loss')}
        return predictions, tf.reduce_sum(unreduced), metrics


class BinaryHead(object):
    n_classes = 2
    logits_dimension = 1

    def build(self, logits, labels, mode):
        probability = tf.sigmoid(logits)
        class_ids = tf.cast(logits > 0, tf.int64)
        predictions = {'logits': logits, 'logistic': probability,
                       'probabilities': tf.concat([1 - probability, probability], 1),
                       'class_ids': class_ids, 'classes': _class_names(class_ids)}
        if mode == 'infer':
            return predictions, None, None
        labels = tf.reshape(tf.cast(labels, tf.float32), [-1, 1])
        unreduced = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits)
        correct = tf.cast(tf.equal(tf.cast(class_ids, tf.float32), labels), tf.float32)
        label_mean = streaming_mean(labels, 'label_mean')
        # TF 1.15's binary head also reports precision/recall of class 1, the AUCs of the
        # logistic output (tf.metrics.auc, 200 thresholds) and accuracy_baseline, the accuracy of
        # always predicting the majority label: max(label mean, 1 - label mean).
        metrics = {'accuracy': streaming_mean(correct, 'accuracy'),
                   'average_loss': streaming_mean(unreduced, 'average_loss'),
                   'prediction/mean': streaming_mean(probability, 'prediction_mean'),
                   'label/mean': label_mean,
                   'accuracy_baseline': (tf.maximum(label_mean[0], 1 - label_mean[0]), label_mean[1]),
                   'precision': tf.metrics.precision(labels, tf.cast(class_ids, tf.float32)),
                   'recall': tf.metrics.recall(labels, tf.cast(class_ids, tf.float32)),
                   'auc': tf.metrics.auc(tf.cast(labels, tf.bool), probability),
                   'auc_precision_recall': tf.metrics.auc(tf.cast(labels, tf.bool), probability, curve='PR')}
        return predictions, tf.reduce_sum(unreduced), metrics


def classification_head(n_classes):
    if n_classes < 2:
        raise ValueError('n_classes must be > 1 for classification: {}'.format(n_classes))
    return BinaryHead() if n_classes == 2 else MultiClassHead(n_classes)

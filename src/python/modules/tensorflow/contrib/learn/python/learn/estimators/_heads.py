# The contrib.learn heads the canned estimators use (TF 1.15 contrib/learn/python/learn/estimators/
# head.py): logits to predictions, the training loss (the batch MEAN of the per-example loss, as
# contrib's _compute_weighted_loss without weights; the core tf.estimator heads SUM instead) and the
# eval metrics under contrib's metric_key names. The 'loss' metric is the one the Estimator adds
# itself (the mean of the per-batch losses, as contrib's metrics.mean(eval_loss)). A head builds its
# ops under a variable scope named after it (multi_class_head, binary_logistic_head,
# regression_head), so what the train op makes there is named so too (the DNN's
# dnn/multi_class_head/dnn/learning_rate).
import tensorflow as tf


def _mean(values):
    return tf.metrics.mean(tf.cast(values, tf.float32))


class RegressionHead(object):
    """Squared error; predictions {'scores'} ([batch] when label_dimension is 1)."""
    scope_name = 'regression_head'

    def __init__(self, label_dimension=1):
        self.logits_dimension = label_dimension

    def predictions(self, logits):
        with tf.name_scope(None, 'predictions', [logits]):
            if self.logits_dimension == 1:
                logits = tf.squeeze(logits, axis=[1], name='scores')
            return {'scores': logits}

    def loss(self, logits, labels):
        labels = tf.cast(labels, tf.float32)
        if labels.get_shape().ndims == 1:
            labels = tf.expand_dims(labels, 1)
        return tf.reduce_mean(tf.squared_difference(logits, labels), name='loss')

    def metrics(self, predictions, labels):
        return {}


class BinaryLogisticHead(object):
    """Sigmoid cross entropy on one logit; classes from the two-class logits [0, logit]."""
    logits_dimension = 1
    scope_name = 'binary_logistic_head'

    def predictions(self, logits):
        with tf.name_scope(None, 'predictions', [logits]):
            two_class_logits = tf.concat([tf.zeros_like(logits), logits], 1)
            return {'logits': logits, 'logistic': tf.sigmoid(logits, name='logistic'),
                    'probabilities': tf.nn.softmax(two_class_logits, name='probabilities'),
                    'classes': tf.argmax(two_class_logits, 1, name='classes')}

    def loss(self, logits, labels):
        labels = tf.cast(labels, tf.float32)
        if labels.get_shape().ndims == 1:
            labels = tf.expand_dims(labels, 1)
        return tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits), name='loss')

    def metrics(self, predictions, labels):
        with tf.name_scope('metrics'):
            labels = tf.reshape(labels, [-1])
            classes = predictions['classes']
            logistic = tf.reshape(predictions['logistic'], [-1])
            positive = tf.cast(labels, tf.float32)
            predicted = tf.cast(logistic >= 0.5, tf.float32)
            return {
                'accuracy': tf.metrics.accuracy(labels, classes),
                'labels/prediction_mean': _mean(logistic),
                'labels/actual_label_mean': _mean(positive),
                'accuracy/baseline_label_mean': _mean(positive),
                'auc': tf.metrics.auc(tf.cast(labels, tf.bool), logistic),
                'auc_precision_recall': tf.metrics.auc(tf.cast(labels, tf.bool), logistic, curve='PR'),
                'accuracy/threshold_0.500000_mean': _mean(tf.equal(predicted, positive)),
                'precision/positive_threshold_0.500000_mean': tf.metrics.precision(positive, predicted),
                'recall/positive_threshold_0.500000_mean': tf.metrics.recall(positive, predicted),
            }


class MultiClassHead(object):
    """Softmax cross entropy over n_classes logits; classes are the argmax ids (int64)."""
    scope_name = 'multi_class_head'

    def __init__(self, n_classes):
        self.logits_dimension = n_classes

    def predictions(self, logits):
        with tf.name_scope(None, 'predictions', [logits]):
            return {'logits': logits, 'probabilities': tf.nn.softmax(logits, name='probabilities'),
                    'classes': tf.argmax(logits, 1, name='classes')}

    def loss(self, logits, labels):
        labels = tf.convert_to_tensor(labels)
        if not labels.dtype.is_integer:
            raise ValueError('Labels dtype should be integer Instead got %s.' % labels.dtype)
        if labels.get_shape().ndims == 2:
            labels = tf.squeeze(labels, axis=[1])
        unreduced = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
        return tf.reduce_mean(unreduced, name='loss')

    def metrics(self, predictions, labels):
        with tf.name_scope('metrics'):
            return {'accuracy': tf.metrics.accuracy(tf.reshape(labels, [-1]), predictions['classes'])}


def multi_class_head(n_classes):
    if n_classes is None or n_classes < 2:
        raise ValueError('n_classes must be > 1 for classification: %s.' % n_classes)
    return BinaryLogisticHead() if n_classes == 2 else MultiClassHead(n_classes)

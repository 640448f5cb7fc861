"""The premade estimators over numeric feature columns: DNNClassifier, DNNRegressor,
LinearClassifier, LinearRegressor, with TF's variable names (dnn/hiddenlayer_0/kernel,
dnn/logits/bias, linear/linear_model/x/weights, linear/linear_model/bias_weights) and default
optimizers (Adagrad 0.05 for DNNs, Ftrl min(0.2, 1/sqrt(columns)) for linear models).
Predictions' 'classes' are the class ids as byte strings ([b'2']), 'class_ids' the ids themselves."""

import math as _math
import tensorflow as tf
from tensorflow import feature_column as _fc
from tensorflow.estimator._estimator import Estimator
from tensorflow.estimator._model_fn import EstimatorSpec
from tensorflow.estimator._heads import RegressionHead, classification_head

_OPTIMIZERS = {
    'Adagrad': lambda lr: tf.train.AdagradOptimizer(lr),
    'Adam': lambda lr: tf.train.AdamOptimizer(lr),
    'Ftrl': lambda lr: tf.train.FtrlOptimizer(lr),
    'RMSProp': lambda lr: tf.train.RMSPropOptimizer(lr),
    'SGD': lambda lr: tf.train.GradientDescentOptimizer(lr),
}


def _optimizer(optimizer, learning_rate):
    if isinstance(optimizer, str):
        if optimizer not in _OPTIMIZERS:
            raise ValueError('Unsupported optimizer name: {}. Supported names are: {}'
                             .format(optimizer, tuple(sorted(_OPTIMIZERS))))
        return _OPTIMIZERS[optimizer](learning_rate)
    if callable(optimizer) and not hasattr(optimizer, 'minimize'):
        return optimizer()
    return optimizer


def _refuse(function, **arguments):
    for name, value in arguments.items():
        if value is not None:
            raise NotImplementedError('%s() argument %s is not supported by Gradbook' % (function, name))


def _dense(x, units, name, activation=None):
    with tf.variable_scope(name):
        kernel = tf.get_variable('kernel', [int(x.shape[1]), units], initializer=tf.glorot_uniform_initializer())
        bias = tf.get_variable('bias', [units], initializer=tf.zeros_initializer())
        y = tf.matmul(x, kernel) + bias
        return activation(y) if activation is not None else y


def _spec(head, logits, labels, mode, optimizer):
    predictions, loss, metrics = head.build(logits, labels, mode)
    if mode == 'infer':
        return EstimatorSpec(mode, predictions=predictions)
    train_op = None
    if mode == 'train':
        train_op = optimizer().minimize(loss, global_step=tf.train.get_global_step())
    return EstimatorSpec(mode, predictions=predictions, loss=loss, train_op=train_op, eval_metric_ops=metrics)


def _dnn_model_fn(head, hidden_units, feature_columns, optimizer, activation_fn, dropout):
    def model_fn(features, labels, mode):
        with tf.variable_scope('dnn'):
            with tf.variable_scope('input_from_feature_columns'):
                net = _fc.input_layer(features, feature_columns)
            for i, units in enumerate(hidden_units):
                net = _dense(net, units, 'hiddenlayer_%d' % i, activation_fn)
                if dropout is not None and mode == 'train':
                    net = tf.nn.dropout(net, keep_prob=1.0 - dropout)
            logits = _dense(net, head.logits_dimension, 'logits')
        return _spec(head, logits, labels, mode, lambda: _optimizer(optimizer, 0.05))
    return model_fn


def _linear_model_fn(head, feature_columns, optimizer):
    columns = _fc._sorted(feature_columns)

    def model_fn(features, labels, mode):
        with tf.variable_scope('linear'):
            with tf.variable_scope('linear_model'):
                logits = None
                for column in columns:
                    with tf.variable_scope(column.name):
                        weights = tf.get_variable('weights', [column._size(), head.logits_dimension],
                                                  initializer=tf.zeros_initializer())
                        term = tf.matmul(column.dense_tensor(features), weights)
                    logits = term if logits is None else logits + term
                bias = tf.get_variable('bias_weights', [head.logits_dimension], initializer=tf.zeros_initializer())
                logits = logits + bias
        rate = min(0.2, 1.0 / _math.sqrt(len(columns)))
        return _spec(head, logits, labels, mode, lambda: _optimizer(optimizer, rate))
    return model_fn


class DNNClassifier(Estimator):
    """A feed-forward classifier: hidden layers of hidden_units with activation_fn, then logits."""

    def __init__(self, hidden_units, feature_columns, model_dir=None, n_classes=2, weight_column=None,
                 label_vocabulary=None, optimizer='Adagrad', activation_fn=tf.nn.relu, dropout=None,
                 input_layer_partitioner=None, config=None, warm_start_from=None, loss_reduction=None,
                 batch_norm=False):
        _refuse('DNNClassifier', weight_column=weight_column, label_vocabulary=label_vocabulary,
                input_layer_partitioner=input_layer_partitioner, loss_reduction=loss_reduction,
                warm_start_from=warm_start_from, batch_norm=batch_norm or None)
        head = classification_head(n_classes)
        Estimator.__init__(self, _dnn_model_fn(head, hidden_units, feature_columns, optimizer, activation_fn, dropout),
                           model_dir=model_dir, config=config)


class DNNRegressor(Estimator):
    """A feed-forward regressor: hidden layers, then label_dimension outputs; loss is the summed squared error."""

    def __init__(self, hidden_units, feature_columns, model_dir=None, label_dimension=1, weight_column=None,
                 optimizer='Adagrad', activation_fn=tf.nn.relu, dropout=None, input_layer_partitioner=None,
                 config=None, warm_start_from=None, loss_reduction=None, batch_norm=False):
        _refuse('DNNRegressor', weight_column=weight_column, input_layer_partitioner=input_layer_partitioner,
                loss_reduction=loss_reduction, warm_start_from=warm_start_from, batch_norm=batch_norm or None)
        head = RegressionHead(label_dimension)
        Estimator.__init__(self, _dnn_model_fn(head, hidden_units, feature_columns, optimizer, activation_fn, dropout),
                           model_dir=model_dir, config=config)


class LinearClassifier(Estimator):
    """Logistic (n_classes=2) or softmax regression over the feature columns."""

    def __init__(self, feature_columns, model_dir=None, n_classes=2, weight_column=None, label_vocabulary=None,
                 optimizer='Ftrl', config=None, partitioner=None, warm_start_from=None, loss_reduction=None,
                 sparse_combiner='sum'):
        _refuse('LinearClassifier', weight_column=weight_column, label_vocabulary=label_vocabulary,
                partitioner=partitioner, warm_start_from=warm_start_from, loss_reduction=loss_reduction)
        head = classification_head(n_classes)
        Estimator.__init__(self, _linear_model_fn(head, feature_columns, optimizer), model_dir=model_dir, config=config)


class LinearRegressor(Estimator):
    """Linear regression over the feature columns; loss is the summed squared error."""

    def __init__(self, feature_columns, model_dir=None, label_dimension=1, weight_column=None, optimizer='Ftrl',
                 config=None, partitioner=None, warm_start_from=None, loss_reduction=None, sparse_combiner='sum'):
        _refuse('LinearRegressor', weight_column=weight_column, partitioner=partitioner,
                warm_start_from=warm_start_from, loss_reduction=loss_reduction)
        head = RegressionHead(label_dimension)
        Estimator.__init__(self, _linear_model_fn(head, feature_columns, optimizer), model_dir=model_dir, config=config)

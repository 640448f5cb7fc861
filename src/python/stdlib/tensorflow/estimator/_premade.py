"""The premade estimators over feature columns: DNNClassifier, DNNRegressor, LinearClassifier,
LinearRegressor and the wide & deep DNNLinearCombinedClassifier/Regressor, with TF's variable names (dnn/hiddenlayer_0/kernel,
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


def _dnn_logits(features, mode, units, hidden_units, feature_columns, activation_fn, dropout):
    with tf.variable_scope('dnn'):
        with tf.variable_scope('input_from_feature_columns'):
            net = _fc.input_layer(features, feature_columns)
        for i, width in enumerate(hidden_units):
            net = _dense(net, width, 'hiddenlayer_%d' % i, activation_fn)
            if dropout is not None and mode == 'train':
                net = tf.nn.dropout(net, keep_prob=1.0 - dropout)
        return _dense(net, units, 'logits')


def _linear_logits(features, units, columns):
    with tf.variable_scope('linear'):
        with tf.variable_scope('linear_model'):
            logits = None
            for column in columns:
                with tf.variable_scope(column.name):
                    weights = tf.get_variable('weights', [column._size(), units], initializer=tf.zeros_initializer())
                    term = tf.matmul(_fc.linear_input(column, features), weights)
                logits = term if logits is None else logits + term
            bias = tf.get_variable('bias_weights', [units], initializer=tf.zeros_initializer())
            return logits + bias


def _linear_rate(columns):
    return min(0.2, 1.0 / _math.sqrt(len(columns)))


def _dnn_model_fn(head, hidden_units, feature_columns, optimizer, activation_fn, dropout):
    def model_fn(features, labels, mode):
        logits = _dnn_logits(features, mode, head.logits_dimension, hidden_units, feature_columns, activation_fn,
                             dropout)
        return _spec(head, logits, labels, mode, lambda: _optimizer(optimizer, 0.05))
    return model_fn


def _linear_model_fn(head, feature_columns, optimizer):
    columns = _fc._sorted(feature_columns)

    def model_fn(features, labels, mode):
        logits = _linear_logits(features, head.logits_dimension, columns)
        return _spec(head, logits, labels, mode, lambda: _optimizer(optimizer, _linear_rate(columns)))
    return model_fn


def _combined_model_fn(head, linear_feature_columns, linear_optimizer, dnn_feature_columns, dnn_optimizer,
                       dnn_hidden_units, dnn_activation_fn, dnn_dropout):
    # tensorflow_estimator 1.15 dnn_linear_combined.py: the two parts' logits are summed; each
    # optimizer minimizes the loss over its own part's trainable variables and the global step
    # then grows by one.
    linear_columns = _fc._sorted(linear_feature_columns or [])
    dnn_columns = list(dnn_feature_columns or [])

    def model_fn(features, labels, mode):
        parts = []
        if dnn_columns:
            parts.append(('dnn', _dnn_logits(features, mode, head.logits_dimension, dnn_hidden_units, dnn_columns,
                                             dnn_activation_fn, dnn_dropout), lambda: _optimizer(dnn_optimizer, 0.05)))
        if linear_columns:
            parts.append(('linear', _linear_logits(features, head.logits_dimension, linear_columns),
                          lambda: _optimizer(linear_optimizer, _linear_rate(linear_columns))))
        logits = parts[0][1] if len(parts) == 1 else parts[0][1] + parts[1][1]
        predictions, loss, metrics = head.build(logits, labels, mode)
        if mode == 'infer':
            return EstimatorSpec(mode, predictions=predictions)
        train_op = None
        if mode == 'train':
            steps = [make().minimize(loss, var_list=tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope=scope))
                     for scope, _, make in parts]
            with tf.control_dependencies([tf.group(*steps)]):
                train_op = tf.assign_add(tf.train.get_global_step(), 1).op
        return EstimatorSpec(mode, predictions=predictions, loss=loss, train_op=train_op, eval_metric_ops=metrics)
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


def _combined_checks(owner, linear_feature_columns, dnn_feature_columns, dnn_hidden_units, **unsupported):
    _refuse(owner, **unsupported)
    if not linear_feature_columns and not dnn_feature_columns:
        raise ValueError('Either linear_feature_columns or dnn_feature_columns must be defined.')
    if dnn_feature_columns and not dnn_hidden_units:
        raise ValueError('dnn_hidden_units must be defined when dnn_feature_columns is specified. Given: {}'
                         .format(dnn_feature_columns))


class DNNLinearCombinedClassifier(Estimator):
    """Wide & deep: a linear model (Ftrl) and a DNN (Adagrad) whose logits are summed."""

    def __init__(self, model_dir=None, linear_feature_columns=None, linear_optimizer='Ftrl', dnn_feature_columns=None,
                 dnn_optimizer='Adagrad', dnn_hidden_units=None, dnn_activation_fn=tf.nn.relu, dnn_dropout=None,
                 n_classes=2, weight_column=None, label_vocabulary=None, input_layer_partitioner=None, config=None,
                 warm_start_from=None, loss_reduction=None, batch_norm=False, linear_sparse_combiner='sum'):
        _combined_checks('DNNLinearCombinedClassifier', linear_feature_columns, dnn_feature_columns, dnn_hidden_units,
                         weight_column=weight_column, label_vocabulary=label_vocabulary,
                         input_layer_partitioner=input_layer_partitioner, warm_start_from=warm_start_from,
                         loss_reduction=loss_reduction, batch_norm=batch_norm or None,
                         linear_sparse_combiner=None if linear_sparse_combiner == 'sum' else linear_sparse_combiner)
        head = classification_head(n_classes)
        Estimator.__init__(self, _combined_model_fn(head, linear_feature_columns, linear_optimizer, dnn_feature_columns,
                                                    dnn_optimizer, dnn_hidden_units, dnn_activation_fn, dnn_dropout),
                           model_dir=model_dir, config=config)


class DNNLinearCombinedRegressor(Estimator):
    """Wide & deep regression: linear and DNN outputs summed; loss is the summed squared error."""

    def __init__(self, model_dir=None, linear_feature_columns=None, linear_optimizer='Ftrl', dnn_feature_columns=None,
                 dnn_optimizer='Adagrad', dnn_hidden_units=None, dnn_activation_fn=tf.nn.relu, dnn_dropout=None,
                 label_dimension=1, weight_column=None, input_layer_partitioner=None, config=None,
                 warm_start_from=None, loss_reduction=None, batch_norm=False, linear_sparse_combiner='sum'):
        _combined_checks('DNNLinearCombinedRegressor', linear_feature_columns, dnn_feature_columns, dnn_hidden_units,
                         weight_column=weight_column, input_layer_partitioner=input_layer_partitioner,
                         warm_start_from=warm_start_from, loss_reduction=loss_reduction, batch_norm=batch_norm or None,
                         linear_sparse_combiner=None if linear_sparse_combiner == 'sum' else linear_sparse_combiner)
        head = RegressionHead(label_dimension)
        Estimator.__init__(self, _combined_model_fn(head, linear_feature_columns, linear_optimizer, dnn_feature_columns,
                                                    dnn_optimizer, dnn_hidden_units, dnn_activation_fn, dnn_dropout),
                           model_dir=model_dir, config=config)

# tf.contrib.learn.DNNClassifier / DNNRegressor (TF 1.15 contrib/learn/python/learn/estimators/
# dnn.py): under the variable scope 'dnn', the feature columns' dense input, one
# tf.contrib.layers.fully_connected layer per hidden_units entry (dnn/hiddenlayer_N/weights and
# /biases, Xavier-uniform weights, zero biases), then dnn/logits; trained by optimize_loss with
# Adagrad at the historical learning rate 0.05 unless an optimizer is given. predict() yields
# classes (DNNClassifier) or scores (DNNRegressor) unless outputs are named.
import tensorflow as tf
from tensorflow.contrib import layers as _layers
from tensorflow.contrib.learn.python.learn.estimators import _canned, _heads
from tensorflow.contrib.learn.python.learn.estimators.estimator import Estimator, ModeKeys

_LEARNING_RATE = 0.05
_ACTIVATIONS = {'relu': tf.nn.relu, 'tanh': tf.nn.tanh, 'sigmoid': tf.nn.sigmoid}


def _activation(activation_fn):
    if not isinstance(activation_fn, str):
        return activation_fn
    if activation_fn not in _ACTIVATIONS:
        raise ValueError('Activation name should be one of [%s], you provided %s.'
                         % (', '.join(_ACTIVATIONS.keys()), activation_fn))
    return _ACTIVATIONS[activation_fn]


def _dnn_model_fn(head, hidden_units, feature_columns, optimizer, activation_fn, dropout, gradient_clip_norm):
    activation_fn = _activation(activation_fn)

    def model_fn(features, labels, mode):
        features = _canned.feature_dict(features)
        with tf.variable_scope('dnn'):
            with tf.variable_scope('input_from_feature_columns'):
                net = _canned.dense_input(features, feature_columns)
            for layer_id, units in enumerate(hidden_units):
                with tf.variable_scope('hiddenlayer_%d' % layer_id) as scope:
                    net = _layers.fully_connected(net, units, activation_fn=activation_fn,
                                                  variables_collections=['dnn'], scope=scope)
                    if dropout is not None and mode == ModeKeys.TRAIN:
                        net = _layers.dropout(net, keep_prob=1.0 - dropout)
            with tf.variable_scope('logits') as scope:
                logits = _layers.fully_connected(net, head.logits_dimension, activation_fn=None,
                                                 variables_collections=['dnn'], scope=scope)

            def train_op_fn(loss):
                chosen = optimizer or 'Adagrad'
                if callable(chosen) and not hasattr(chosen, 'minimize'):
                    chosen = chosen()
                return _layers.optimize_loss(loss=loss, global_step=tf.train.get_global_step(),
                                             learning_rate=_LEARNING_RATE, optimizer=chosen,
                                             clip_gradients=gradient_clip_norm, name='dnn', summaries=[])
            # Inside 'dnn', as TF's: optimize_loss's learning-rate variable is
            # dnn/<head scope>/dnn/learning_rate.
            return _canned.model_fn_ops(head, mode, labels, logits, train_op_fn)
    return model_fn


class DNNClassifier(_canned._CannedClassifier):
    """A feed-forward classifier over feature columns (n_classes=2: one logistic output)."""

    def __init__(self, hidden_units, feature_columns, model_dir=None, n_classes=2, weight_column_name=None,
                 optimizer=None, activation_fn=tf.nn.relu, dropout=None, gradient_clip_norm=None,
                 enable_centered_bias=False, config=None, feature_engineering_fn=None, embedding_lr_multipliers=None,
                 input_layer_min_slice_size=None, label_keys=None):
        _canned.refuse('DNNClassifier', weight_column_name=weight_column_name, enable_centered_bias=enable_centered_bias,
                       feature_engineering_fn=feature_engineering_fn, embedding_lr_multipliers=embedding_lr_multipliers,
                       input_layer_min_slice_size=input_layer_min_slice_size, label_keys=label_keys)
        self._feature_columns = tuple(feature_columns or [])
        head = _heads.multi_class_head(n_classes)
        Estimator.__init__(self, _dnn_model_fn(head, hidden_units, self._feature_columns, optimizer, activation_fn,
                                               dropout, gradient_clip_norm), model_dir=model_dir, config=config)


class DNNRegressor(_canned._CannedRegressor):
    """A feed-forward regressor over feature columns; the loss is the batch's mean squared error."""

    def __init__(self, hidden_units, feature_columns, model_dir=None, weight_column_name=None, optimizer=None,
                 activation_fn=tf.nn.relu, dropout=None, gradient_clip_norm=None, enable_centered_bias=False,
                 config=None, feature_engineering_fn=None, label_dimension=1, embedding_lr_multipliers=None,
                 input_layer_min_slice_size=None):
        _canned.refuse('DNNRegressor', weight_column_name=weight_column_name, enable_centered_bias=enable_centered_bias,
                       feature_engineering_fn=feature_engineering_fn, embedding_lr_multipliers=embedding_lr_multipliers,
                       input_layer_min_slice_size=input_layer_min_slice_size)
        self._feature_columns = tuple(feature_columns or [])
        head = _heads.RegressionHead(label_dimension)
        Estimator.__init__(self, _dnn_model_fn(head, hidden_units, self._feature_columns, optimizer, activation_fn,
                                               dropout, gradient_clip_norm), model_dir=model_dir, config=config)

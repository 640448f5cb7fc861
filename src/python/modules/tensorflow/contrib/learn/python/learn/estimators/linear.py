# tf.contrib.learn.LinearClassifier / LinearRegressor (TF 1.15 contrib/learn/python/learn/
# estimators/linear.py): under the variable scope 'linear', one weight per feature column
# (linear/<column>/weight for real-valued, linear/<column>/weights for sparse columns, zeros) plus
# linear/bias_weight, summed into the logits; trained with
# apply_gradients of the optimizer, by default Ftrl at min(0.2, 1/sqrt(number of columns)).
import math
import tensorflow as tf
from tensorflow import feature_column as _fc
from tensorflow.contrib import layers as _layers
from tensorflow.contrib.learn.python.learn.estimators import _canned, _heads
from tensorflow.contrib.learn.python.learn.estimators.estimator import Estimator

_LEARNING_RATE = 0.2


def _default_optimizer(feature_columns):
    return tf.train.FtrlOptimizer(learning_rate=min(_LEARNING_RATE, 1.0 / math.sqrt(len(feature_columns))))


def _linear_model_fn(head, feature_columns, optimizer, gradient_clip_norm):
    def model_fn(features, labels, mode):
        features = _canned.feature_dict(features)
        with tf.variable_scope('linear'):
            logits = None
            for column in sorted(feature_columns, key=lambda c: c.name):
                with tf.variable_scope(None, default_name=column.name):
                    # Sparse (categorical) columns weigh their one-hot ids with 'weights', real-valued
                    # columns their values with 'weight'.
                    dense = _fc.linear_input(column, features)
                    weight = tf.get_variable('weights' if column.is_categorical else 'weight',
                                             [int(dense.shape[1]), head.logits_dimension],
                                             initializer=tf.zeros_initializer(),
                                             collections=[tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.MODEL_VARIABLES,
                                                          'linear'])
                    term = tf.matmul(dense, weight)
                logits = term if logits is None else logits + term
            bias = tf.get_variable('bias_weight', [head.logits_dimension], initializer=tf.zeros_initializer(),
                                   collections=[tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.MODEL_VARIABLES, 'linear'])
            logits = tf.nn.bias_add(logits, bias)

        def train_op_fn(loss):
            variables = tf.get_collection('linear')
            grads = tf.gradients(loss, variables)
            if gradient_clip_norm:
                grads, _ = tf.clip_by_global_norm(grads, gradient_clip_norm)
            chosen = optimizer or _default_optimizer(feature_columns)
            if isinstance(chosen, str):
                # A name is made at contrib's linear learning rate, 0.2 (TF's _get_optimizer).
                chosen = _layers.OPTIMIZER_CLS_NAMES[chosen](learning_rate=_LEARNING_RATE)
            elif callable(chosen) and not hasattr(chosen, 'minimize'):
                chosen = chosen()
            return chosen.apply_gradients(list(zip(grads, variables)), global_step=tf.train.get_global_step())
        return _canned.model_fn_ops(head, mode, labels, logits, train_op_fn)
    return model_fn


class LinearClassifier(_canned._CannedClassifier):
    """Logistic (n_classes=2) or softmax regression over the feature columns."""

    def __init__(self, feature_columns, model_dir=None, n_classes=2, weight_column_name=None, optimizer=None,
                 gradient_clip_norm=None, enable_centered_bias=False, _joint_weight=False, config=None,
                 feature_engineering_fn=None, label_keys=None):
        _canned.refuse('LinearClassifier', weight_column_name=weight_column_name,
                       enable_centered_bias=enable_centered_bias, _joint_weight=_joint_weight,
                       feature_engineering_fn=feature_engineering_fn, label_keys=label_keys)
        self._feature_columns = tuple(feature_columns or [])
        head = _heads.multi_class_head(n_classes)
        Estimator.__init__(self, _linear_model_fn(head, self._feature_columns, optimizer, gradient_clip_norm),
                           model_dir=model_dir, config=config)


class LinearRegressor(_canned._CannedRegressor):
    """Linear regression over the feature columns; the loss is the batch's mean squared error."""

    def __init__(self, feature_columns, model_dir=None, weight_column_name=None, optimizer=None,
                 gradient_clip_norm=None, enable_centered_bias=False, label_dimension=1, _joint_weights=False,
                 config=None, feature_engineering_fn=None):
        _canned.refuse('LinearRegressor', weight_column_name=weight_column_name,
                       enable_centered_bias=enable_centered_bias, _joint_weights=_joint_weights,
                       feature_engineering_fn=feature_engineering_fn)
        self._feature_columns = tuple(feature_columns or [])
        head = _heads.RegressionHead(label_dimension)
        Estimator.__init__(self, _linear_model_fn(head, self._feature_columns, optimizer, gradient_clip_norm),
                           model_dir=model_dir, config=config)

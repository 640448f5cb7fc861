# tf.contrib.estimator (TF 1.15 extenders.py): clip_gradients_by_norm, the optimizer wrapper the
# Machine Learning Crash Course exercises hand to tf.estimator.LinearRegressor. The wrapper is an
# Optimizer whose compute_gradients clips the wrapped optimizer's gradients by their global norm
# (tf.clip_by_global_norm, one scale for all of them) and whose apply_gradients is the wrapped
# optimizer's, so minimize() (compute + apply, as tf.train.Optimizer.minimize) trains with the
# clipped gradients and the slots stay the wrapped optimizer's.
import tensorflow as tf

# The rest of TF 1.15's tf.contrib.estimator (premade heads and estimators, replicate_model_fn,
# export helpers) is not provided: reaching it says so.
_UNSUPPORTED = (
    'add_metrics', 'binary_classification_head', 'boosted_trees_classifier_train_in_memory',
    'boosted_trees_regressor_train_in_memory', 'build_raw_supervised_input_receiver_fn',
    'build_supervised_input_receiver_fn_from_input_fn', 'call_logit_fn', 'DNNClassifierWithLayerAnnotations',
    'DNNEstimator', 'DNNLinearCombinedEstimator', 'DNNRegressorWithLayerAnnotations', 'dnn_logit_fn_builder',
    'export_all_saved_models', 'export_saved_model_for_mode', 'forward_features', 'InMemoryEvaluatorHook',
    'linear_logit_fn_builder', 'LinearEstimator', 'logistic_regression_head', 'make_early_stopping_hook',
    'multi_class_head', 'multi_head', 'multi_label_head', 'poisson_regression_head', 'regression_head',
    'replicate_model_fn', 'RNNClassifier', 'RNNEstimator', 'SavedModelEstimator', 'stop_if_higher_hook',
    'stop_if_lower_hook', 'stop_if_no_decrease_hook', 'stop_if_no_increase_hook', 'TowerOptimizer',
)


def __getattr__(name):
    # PEP 562: the module's missing names; TF's others say they are not provided.
    if name in _UNSUPPORTED:
        raise NotImplementedError('tf.contrib.estimator.%s is not supported by Gradbook (supported: '
                                  'clip_gradients_by_norm)' % name)
    raise AttributeError("module 'tensorflow.contrib.estimator' has no attribute '%s'" % name)


class _TransformGradients(tf.train.Optimizer):
    """An optimizer that passes the wrapped optimizer's (gradient, variable) pairs through
    transform_grads_fn before they are applied."""

    def __init__(self, optimizer, transform_grads_fn, name=None):
        self._optimizer = optimizer
        self._transform_grads_fn = transform_grads_fn
        self._name = name or optimizer.get_name()

    def get_name(self):
        return self._name

    def compute_gradients(self, *args, **kwargs):
        return self._transform_grads_fn(self._optimizer.compute_gradients(*args, **kwargs))

    def apply_gradients(self, *args, **kwargs):
        return self._optimizer.apply_gradients(*args, **kwargs)

    def minimize(self, loss, global_step=None, var_list=None, gate_gradients=tf.train.Optimizer.GATE_OP,
                 aggregation_method=None, colocate_gradients_with_ops=False, name=None, grad_loss=None):
        # tf.train.Optimizer.minimize: this optimizer's (transformed) gradients, then apply.
        grads_and_vars = self.compute_gradients(
            loss, var_list=var_list, gate_gradients=gate_gradients, aggregation_method=aggregation_method,
            colocate_gradients_with_ops=colocate_gradients_with_ops, grad_loss=grad_loss)
        if not [v for g, v in grads_and_vars if g is not None]:
            raise ValueError('No gradients provided for any variable, check your graph for ops that do not '
                             'support gradients, between variables %s and loss %s.'
                             % ([str(v) for _, v in grads_and_vars], loss))
        return self.apply_gradients(grads_and_vars, global_step=global_step, name=name)

    def get_slot(self, *args, **kwargs):
        return self._optimizer.get_slot(*args, **kwargs)

    def get_slot_names(self, *args, **kwargs):
        return self._optimizer.get_slot_names(*args, **kwargs)

    def variables(self):
        return self._optimizer.variables()

    def __repr__(self):
        return '<tensorflow.python.training.optimizer._TransformGradients object>'


def clip_gradients_by_norm(optimizer, clip_norm):
    """Returns an optimizer which clips gradients (by their global norm) before applying them."""
    if not isinstance(optimizer, tf.train.Optimizer):
        raise ValueError('optimizer must be an instance of tf.train.Optimizer. Given: {}'.format(optimizer))

    def clip_grads(grads_and_vars):
        gradients, variables = zip(*grads_and_vars)
        gradients, _ = tf.clip_by_global_norm(list(gradients), clip_norm)
        return list(zip(gradients, variables))

    return _TransformGradients(optimizer=optimizer, transform_grads_fn=clip_grads,
                               name='ClipByNorm' + optimizer.get_name())

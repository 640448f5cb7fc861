"""tf.estimator.ModeKeys and EstimatorSpec, with tensorflow_estimator 1.15's validation messages."""

import tensorflow as tf


class ModeKeys(object):
    """The mode a model_fn is called in."""
    TRAIN = 'train'
    EVAL = 'eval'
    PREDICT = 'infer'


LOSS_METRIC_KEY = 'loss'


def _check_is_tensor_or_operation(x, name):
    if not (isinstance(x, tf.Tensor) or isinstance(x, tf.Operation)):
        raise TypeError('{} must be Operation or Tensor, given: {}'.format(name, x))


def _check_is_tensor(x, name):
    if not isinstance(x, tf.Tensor):
        raise TypeError('{} must be Tensor, given: {}'.format(name, x))


def _check_from_default_graph(x, name):
    if x.graph is not tf.get_default_graph():
        raise ValueError('{} must be from the default graph. Possible causes of this error include: \n\n'
                         '1) {} was created outside the context of the default graph.\n\n'
                         '2) The object passed through to EstimatorSpec was not created in the most recent call '
                         'to "model_fn".'.format(name, name))


def _validate_loss(loss):
    if loss is None:
        return None
    _check_is_tensor(loss, 'loss')
    shape = loss.get_shape().as_list() if loss.get_shape().ndims is not None else None
    if shape == [1]:
        return tf.reshape(loss, [])
    if shape is not None and shape != []:
        raise ValueError('Loss must be scalar, given: {}'.format(loss))
    _check_from_default_graph(loss, 'loss')
    return loss


def _validate_predictions(predictions):
    if isinstance(predictions, dict):
        for key, value in predictions.items():
            _check_is_tensor(value, 'predictions[{}]'.format(key))
        return dict(predictions)
    _check_is_tensor(predictions, 'predictions')
    return predictions


def _validate_metrics(eval_metric_ops):
    metrics = dict(eval_metric_ops or {})
    for key, pair in metrics.items():
        if not (isinstance(pair, tuple) and len(pair) == 2):
            raise TypeError('Values of eval_metric_ops must be (metric_value, update_op) tuples, '
                            'given: {} for key: {}'.format(pair, key))
        _check_is_tensor_or_operation(pair[0], 'eval_metric_ops[{}]'.format(key))
        _check_is_tensor_or_operation(pair[1], 'eval_metric_ops[{}]'.format(key))
    return metrics


def _validate_hooks(hooks, name):
    from tensorflow.train_hooks import SessionRunHook
    hooks = tuple(hooks or [])
    for hook in hooks:
        if not isinstance(hook, SessionRunHook):
            raise TypeError('All hooks must be SessionRunHook instances, given: {}'.format(hook))
    return hooks


class EstimatorSpec(object):
    """What a model_fn returns: the ops and tensors the Estimator runs in the given mode."""

    def __init__(self, mode, predictions=None, loss=None, train_op=None, eval_metric_ops=None, export_outputs=None,
                 training_chief_hooks=None, training_hooks=None, scaffold=None, evaluation_hooks=None,
                 prediction_hooks=None):
        if mode not in (ModeKeys.TRAIN, ModeKeys.EVAL, ModeKeys.PREDICT):
            raise ValueError('mode={} unrecognized.'.format(mode))
        if mode == ModeKeys.TRAIN and train_op is None:
            raise ValueError('Missing train_op.')
        if train_op is not None:
            _check_is_tensor_or_operation(train_op, 'train_op')
        if mode != ModeKeys.PREDICT and loss is None:
            raise ValueError('Missing loss.')
        if mode == ModeKeys.PREDICT and predictions is None:
            raise ValueError('Missing predictions.')
        self.mode = mode
        self.loss = _validate_loss(loss)
        self.predictions = {} if predictions is None else _validate_predictions(predictions)
        self.train_op = train_op
        self.eval_metric_ops = _validate_metrics(eval_metric_ops)
        self.export_outputs = export_outputs
        self.training_chief_hooks = _validate_hooks(training_chief_hooks, 'training_chief_hooks')
        self.training_hooks = _validate_hooks(training_hooks, 'training_hooks')
        self.evaluation_hooks = _validate_hooks(evaluation_hooks, 'evaluation_hooks')
        self.prediction_hooks = _validate_hooks(prediction_hooks, 'prediction_hooks')
        self.scaffold = scaffold

    def _replace(self, **kwargs):
        fields = dict(mode=self.mode, predictions=self.predictions, loss=self.loss, train_op=self.train_op,
                      eval_metric_ops=self.eval_metric_ops, export_outputs=self.export_outputs,
                      training_chief_hooks=self.training_chief_hooks, training_hooks=self.training_hooks,
                      scaffold=self.scaffold, evaluation_hooks=self.evaluation_hooks,
                      prediction_hooks=self.prediction_hooks)
        fields.update(kwargs)
        return EstimatorSpec(**fields)

    def __repr__(self):
        return 'EstimatorSpec(mode=%r, loss=%r, train_op=%r)' % (self.mode, self.loss, self.train_op)

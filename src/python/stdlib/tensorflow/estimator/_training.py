"""tf.estimator.train_and_evaluate, TrainSpec and EvalSpec (tensorflow_estimator 1.15, local mode):
train to train_spec.max_steps; a checkpoint listener skips the save made when the session starts
(the model is not trained yet), evaluates after the next save and then after saves at least
eval_spec.throttle_secs apart, and once more at the end when the last
checkpoint has not been evaluated; the result is (metrics of the last evaluation, export results)."""

import collections
import time as _time

import tensorflow as tf
from tensorflow.train_hooks import CheckpointSaverListener


class TrainSpec(collections.namedtuple('TrainSpec', ['input_fn', 'max_steps', 'hooks'])):
    """What train_and_evaluate trains on: the input function, the step to stop at, hooks."""

    def __new__(cls, input_fn, max_steps=None, hooks=None):
        if not callable(input_fn):
            raise TypeError('`input_fn` must be callable, given: {}'.format(input_fn))
        if max_steps is not None and max_steps <= 0:
            raise ValueError('Must specify max_steps > 0, given: {}'.format(max_steps))
        hooks = tuple(hooks or [])
        for hook in hooks:
            if not isinstance(hook, tf.train.SessionRunHook):
                raise TypeError('All hooks must be SessionRunHook instances, given: {}'.format(hook))
        return super(TrainSpec, cls).__new__(cls, input_fn=input_fn, max_steps=max_steps, hooks=hooks)


class EvalSpec(collections.namedtuple('EvalSpec', ['input_fn', 'steps', 'name', 'hooks', 'exporters',
                                                   'start_delay_secs', 'throttle_secs'])):
    """What train_and_evaluate evaluates on, how many batches, and how often (throttle_secs)."""

    def __new__(cls, input_fn, steps=100, name=None, hooks=None, exporters=None, start_delay_secs=120,
                throttle_secs=600):
        if not callable(input_fn):
            raise TypeError('`input_fn` must be callable, given: {}'.format(input_fn))
        if steps is not None and steps <= 0:
            raise ValueError('Must specify steps > 0, given: {}'.format(steps))
        if name is not None and not isinstance(name, str):
            raise TypeError('`name` must be string, given: {}'.format(name))
        hooks = tuple(hooks or [])
        if exporters:
            raise NotImplementedError("EvalSpec() argument 'exporters' is not supported by Gradbook: "
                                      'model export (SavedModel exporters)')
        if start_delay_secs < 0:
            raise ValueError('Must specify start_delay_secs >= 0, given: {}'.format(start_delay_secs))
        if throttle_secs < 0:
            raise ValueError('Must specify throttle_secs >= 0, given: {}'.format(throttle_secs))
        return super(EvalSpec, cls).__new__(cls, input_fn=input_fn, steps=steps, name=name, hooks=hooks,
                                            exporters=(), start_delay_secs=start_delay_secs,
                                            throttle_secs=throttle_secs)


class _NewCheckpointListenerForEvaluate(CheckpointSaverListener):
    def __init__(self, estimator, eval_spec):
        self._estimator = estimator
        self._eval_spec = eval_spec
        self._last_time = None
        self._last_step = None
        self._is_first_run = True
        self.eval_result = None

    def _evaluate(self, step):
        self.eval_result = self._estimator.evaluate(
            self._eval_spec.input_fn, steps=self._eval_spec.steps, hooks=list(self._eval_spec.hooks),
            name=self._eval_spec.name)
        self._last_step = step
        self._last_time = _time.time()

    def after_save(self, session, global_step_value):
        if self._is_first_run:
            self._is_first_run = False
            return
        if self._last_time is None or _time.time() - self._last_time >= self._eval_spec.throttle_secs:
            self._evaluate(global_step_value)

    def end(self, session, global_step_value):
        if global_step_value != self._last_step:
            self._evaluate(global_step_value)


def train_and_evaluate(estimator, train_spec, eval_spec):
    """Trains and evaluates `estimator` locally; returns (metrics of the last evaluation, [])."""
    if not isinstance(estimator, tf.estimator.Estimator):
        raise TypeError('`estimator` must have type `tf.estimator.Estimator`. Got: {}'.format(type(estimator)))
    if not isinstance(train_spec, TrainSpec):
        raise TypeError('`train_spec` must have type `tf.estimator.TrainSpec`. Got: {}'.format(type(train_spec)))
    if not isinstance(eval_spec, EvalSpec):
        raise TypeError('`eval_spec` must have type `tf.estimator.EvalSpec`. Got: {}'.format(type(eval_spec)))
    config = estimator.config
    if not (config.save_checkpoints_steps or config.save_checkpoints_secs):
        raise ValueError('The RunConfig must save checkpoints (save_checkpoints_steps or save_checkpoints_secs) '
                         'for train_and_evaluate to evaluate.')
    listener = _NewCheckpointListenerForEvaluate(estimator, eval_spec)
    estimator.train(train_spec.input_fn, hooks=list(train_spec.hooks), max_steps=train_spec.max_steps,
                    saving_listeners=[listener])
    if listener.eval_result is None:
        listener._evaluate(None)
    return listener.eval_result, []

"""tf.estimator.Estimator (tensorflow_estimator 1.15): train / evaluate / predict around a model_fn,
each in a new graph, with checkpoints in model_dir (training resumes from the latest one) and TF's
INFO log lines (`loss = ..., step = ...` every log_step_count_steps)."""

import copy as _copy
import tempfile as _tempfile
import time as _time
import numpy as _np
import tensorflow as tf
from _gradbook import fn_args as _fn_args
from tensorflow import logging as _log
from tensorflow.train_hooks import (
    SessionRunHook, StopAtStepHook, NanTensorHook, LoggingTensorHook, CheckpointSaverHook, FinalOpsHook,
)
from tensorflow.monitored_session import Scaffold, ChiefSessionCreator, MonitoredSession, MonitoredTrainingSession
from tensorflow.estimator._model_fn import EstimatorSpec, ModeKeys, LOSS_METRIC_KEY
from tensorflow.estimator._run_config import RunConfig

_VALID_MODEL_FN_ARGS = set(['features', 'labels', 'mode', 'params', 'self', 'config'])


def _function_args(fn):
    args = _fn_args(fn)
    if args is None:
        args = _fn_args(getattr(fn, '__call__', None)) or ()
    return tuple(args)


def _verify_model_fn_args(model_fn, params):
    args = set(_function_args(model_fn))
    if 'features' not in args:
        raise ValueError('model_fn (%s) must include features argument.' % model_fn)
    if params is not None and 'params' not in args:
        raise ValueError('model_fn (%s) does not include params argument, but params (%s) is passed to Estimator.'
                         % (model_fn, params))
    unexpected = sorted(args - _VALID_MODEL_FN_ARGS)
    if unexpected:
        raise ValueError('model_fn (%s) has following not expected args: %s' % (model_fn, unexpected))


class _DatasetInitializerHook(SessionRunHook):
    def __init__(self, iterator):
        self._iterator = iterator

    def after_create_session(self, session, coord):
        session.run(self._iterator.initializer)


def _features_and_labels(result):
    """input_fn's result as (features, labels, hooks): (features, labels), features alone, or a Dataset.
    A tf.data Dataset is read through an initializable iterator (this is the one place that knows it)."""
    hooks = []
    if hasattr(result, 'make_initializable_iterator'):
        iterator = result.make_initializable_iterator()
        hooks.append(_DatasetInitializerHook(iterator))
        result = iterator.get_next()
    if isinstance(result, (tuple, list)):
        if len(result) != 2:
            raise ValueError('input_fn should return (features, labels) as a len 2 tuple.')
        return result[0], result[1], hooks
    return result, None, hooks


def _checkpoint_step(path):
    """The global step a checkpoint path ends with (model.ckpt-1200 -> 1200)."""
    try:
        return int(path.rsplit('-', 1)[1])
    except (IndexError, ValueError):
        return 0


def _sorted_dict_text(values):
    return ', '.join('%s = %s' % (key, values[key]) for key in sorted(values))


class Estimator(object):
    """Trains, evaluates and predicts with the model that model_fn(features, labels, mode, params, config) builds."""

    def __init__(self, model_fn, model_dir=None, config=None, params=None, warm_start_from=None):
        if warm_start_from is not None:
            raise NotImplementedError('Estimator() argument warm_start_from is not supported by Gradbook')
        if model_fn is None:
            raise ValueError('model_fn must be provided to Estimator.')
        if config is None:
            config = RunConfig()
            _log.info('Using default config.')
        elif not isinstance(config, RunConfig):
            raise ValueError('config must be an instance of `RunConfig`, but provided %s.' % config)
        if model_dir is not None and config.model_dir is not None and model_dir != config.model_dir:
            raise ValueError("`model_dir` are set both in constructor and `RunConfig`, but with different values. "
                             "In constructor: '{}', in `RunConfig`: '{}' ".format(model_dir, config.model_dir))
        model_dir = model_dir or config.model_dir
        if model_dir is None:
            model_dir = _tempfile.mkdtemp()
            _log.warning('Using temporary folder as model directory: %s', model_dir)
        self._config = config.replace(model_dir=model_dir)
        _log.info('Using config: %s', str(vars(self._config)))
        _verify_model_fn_args(model_fn, params)
        self._model_fn = model_fn
        self._params = _copy.deepcopy(params or {})

    model_dir = property(lambda self: self._config.model_dir)
    config = property(lambda self: _copy.deepcopy(self._config))
    params = property(lambda self: _copy.deepcopy(self._params))
    model_fn = property(lambda self: self._model_fn)

    def latest_checkpoint(self):
        return tf.train.latest_checkpoint(self.model_dir)

    def get_variable_names(self):
        """The names of the variables in the latest checkpoint."""
        return [name for name, _ in tf.train.list_variables(self._require_checkpoint())]

    def get_variable_value(self, name):
        """A variable's value in the latest checkpoint."""
        return tf.train.load_variable(self._require_checkpoint(), name)

    def _require_checkpoint(self):
        path = self.latest_checkpoint()
        if not path:
            raise ValueError("Couldn't find trained model at {}.".format(self.model_dir))
        return path

    # ------------------------------------------------------------------ calling user functions

    def _call_input_fn(self, input_fn, mode):
        args = _function_args(input_fn)
        kwargs = {}
        if 'mode' in args:
            kwargs['mode'] = mode
        if 'params' in args:
            kwargs['params'] = self.params
        if 'config' in args:
            kwargs['config'] = self.config
        return _features_and_labels(input_fn(**kwargs))

    def _call_model_fn(self, features, labels, mode):
        args = _function_args(self._model_fn)
        kwargs = {}
        if 'labels' in args:
            kwargs['labels'] = labels
        elif labels is not None:
            raise ValueError('model_fn does not take labels, but input_fn returns labels.')
        if 'mode' in args:
            kwargs['mode'] = mode
        if 'params' in args:
            kwargs['params'] = self.params
        if 'config' in args:
            kwargs['config'] = self.config
        _log.info('Calling model_fn.')
        spec = self._model_fn(features=features, **kwargs)
        _log.info('Done calling model_fn.')
        if not isinstance(spec, EstimatorSpec):
            raise ValueError('model_fn should return an EstimatorSpec.')
        return spec

    def _new_graph(self):
        graph = tf.Graph()
        with graph.as_default():
            if self._config.tf_random_seed is not None:
                tf.set_random_seed(self._config.tf_random_seed)
            tf.train.get_or_create_global_step()
        return graph

    # ------------------------------------------------------------------ train

    def train(self, input_fn, hooks=None, steps=None, max_steps=None, saving_listeners=None):
        """Trains for `steps` more steps, up to `max_steps`, or until input_fn's data ends; returns self."""
        if steps is not None and max_steps is not None:
            raise ValueError('Can not provide both steps and max_steps.')
        if steps is not None and steps <= 0:
            raise ValueError('Must specify steps > 0, given: {}'.format(steps))
        if max_steps is not None and max_steps <= 0:
            raise ValueError('Must specify max_steps > 0, given: {}'.format(max_steps))
        if max_steps is not None:
            latest = self.latest_checkpoint()
            if latest and max_steps <= _checkpoint_step(latest):
                _log.info('Skipping training since max_steps has already saved.')
                return self
        hooks = list(hooks or [])
        stop_hook = None
        if steps is not None or max_steps is not None:
            stop_hook = StopAtStepHook(steps, max_steps)
            hooks.append(stop_hook)
        loss = self._train_model(input_fn, hooks, saving_listeners, stop_hook is not None)
        _log.info('Loss for final step: %s.', loss)
        return self

    def _train_model(self, input_fn, hooks, saving_listeners, bounded):
        config = self._config
        with self._new_graph().as_default():
            global_step = tf.train.get_global_step()
            features, labels, input_hooks = self._call_input_fn(input_fn, ModeKeys.TRAIN)
            spec = self._call_model_fn(features, labels, ModeKeys.TRAIN)
            worker_hooks = hooks + input_hooks + list(spec.training_hooks) + [
                NanTensorHook(spec.loss),
                LoggingTensorHook({'loss': spec.loss, 'step': global_step}, every_n_iter=config.log_step_count_steps),
            ]
            scaffold = spec.scaffold or Scaffold()
            if not tf.get_collection(tf.GraphKeys.SAVERS) and scaffold.saver is None:
                saver = tf.train.Saver(max_to_keep=config.keep_checkpoint_max,
                                       keep_checkpoint_every_n_hours=config.keep_checkpoint_every_n_hours)
                tf.add_to_collection(tf.GraphKeys.SAVERS, saver)
            chief_hooks = []
            every_secs, every_steps = config.save_checkpoints_secs, config.save_checkpoints_steps
            all_hooks = worker_hooks + list(spec.training_chief_hooks)
            if (every_secs or every_steps) and not any(isinstance(h, CheckpointSaverHook) for h in all_hooks):
                chief_hooks.append(CheckpointSaverHook(config.model_dir, save_secs=every_secs, save_steps=every_steps,
                                                       scaffold=scaffold, listeners=saving_listeners))
            loss = None
            previous_step = None
            with MonitoredTrainingSession(checkpoint_dir=config.model_dir, scaffold=scaffold, hooks=worker_hooks,
                                          chief_only_hooks=chief_hooks + list(spec.training_chief_hooks),
                                          save_checkpoint_secs=0, config=config.session_config,
                                          log_step_count_steps=config.log_step_count_steps) as session:
                while not session.should_stop():
                    _, loss, step = session.run([spec.train_op, spec.loss, global_step])
                    if bounded and previous_step is not None and step == previous_step:
                        raise RuntimeError(
                            'The global step did not increase during training, so train(steps=/max_steps=) would '
                            'never stop: pass global_step=tf.train.get_global_step() to minimize() or '
                            'apply_gradients() in model_fn.')
                    previous_step = step
            return loss

    # ------------------------------------------------------------------ evaluate

    def evaluate(self, input_fn, steps=None, hooks=None, checkpoint_path=None, name=None):
        """Evaluates on input_fn's data (all of it, or `steps` batches): a dict of the metrics, loss and global_step."""
        if steps is not None and steps <= 0:
            raise ValueError('Must specify steps > 0, given: {}'.format(steps))
        checkpoint_path = checkpoint_path or self.latest_checkpoint()
        with self._new_graph().as_default():
            global_step = tf.train.get_global_step()
            features, labels, input_hooks = self._call_input_fn(input_fn, ModeKeys.EVAL)
            spec = self._call_model_fn(features, labels, ModeKeys.EVAL)
            if LOSS_METRIC_KEY in spec.eval_metric_ops:
                raise ValueError('Metric with name "%s" is not allowed, because Estimator already defines a default '
                                 'metric with the same name.' % LOSS_METRIC_KEY)
            values = dict((key, pair[0]) for key, pair in spec.eval_metric_ops.items())
            values['global_step'] = global_step
            updates = [pair[1] for pair in spec.eval_metric_ops.values()]
            final = FinalOpsHook(values)
            if not checkpoint_path:
                _log.info('Could not find trained model in model_dir: {}, running initialization to evaluate.'
                          .format(self.model_dir))
            _log.info('Starting evaluation at ' + _time.strftime('%Y-%m-%dT%H:%M:%SZ', _time.localtime()))
            creator = ChiefSessionCreator(scaffold=spec.scaffold, checkpoint_filename_with_path=checkpoint_path,
                                          config=self._config.session_config)
            total, count = 0.0, 0
            every = max(steps // 10, 1) if steps else None
            with MonitoredSession(creator, hooks=input_hooks + list(hooks or []) + list(spec.evaluation_hooks) + [final]) as session:
                while steps is None or count < steps:
                    loss, _ = session.run([spec.loss, updates])
                    total += float(loss)
                    count += 1
                    if every and (count % every == 0 or count == steps):
                        _log.info('Evaluation [%d/%d]', count, steps)
            _log.info('Finished evaluation at ' + _time.strftime('%Y-%m-%d-%H:%M:%S', _time.localtime()))
        results = dict(final.final_ops_values)
        results[LOSS_METRIC_KEY] = _np.float32(total / count if count else 0.0)
        _log.info('Saving dict for global step %d: %s', results['global_step'], _sorted_dict_text(results))
        return results

    # ------------------------------------------------------------------ predict

    def predict(self, input_fn, predict_keys=None, hooks=None, checkpoint_path=None, yield_single_examples=True):
        """Yields the predictions for each example of input_fn's features (a generator), from the latest checkpoint."""
        checkpoint_path = checkpoint_path or self.latest_checkpoint()
        if not checkpoint_path:
            raise ValueError("Couldn't find trained model at {}.".format(self.model_dir))
        with self._new_graph().as_default():
            features, _, input_hooks = self._call_input_fn(input_fn, ModeKeys.PREDICT)
            spec = self._call_model_fn(features, None, ModeKeys.PREDICT)
            predictions = self._extract_keys(spec.predictions, predict_keys)
            creator = ChiefSessionCreator(scaffold=spec.scaffold, checkpoint_filename_with_path=checkpoint_path,
                                          config=self._config.session_config)
            with MonitoredSession(creator, hooks=input_hooks + list(hooks or []) + list(spec.prediction_hooks)) as session:
                while not session.should_stop():
                    batch = session.run(predictions)
                    if not yield_single_examples:
                        yield batch
                    elif not isinstance(batch, dict):
                        for value in batch:
                            yield value
                    else:
                        for example in _split_batch(batch):
                            yield example

    def _extract_keys(self, predictions, predict_keys):
        if predict_keys is None:
            return predictions
        if not isinstance(predictions, dict):
            raise ValueError('predict_keys argument is not valid in case of non-dict predictions.')
        if isinstance(predict_keys, str):
            predict_keys = [predict_keys]
        chosen = dict((key, value) for key, value in predictions.items() if key in predict_keys)
        if not chosen:
            raise ValueError('Expected to run at least one output from {}, provided {}.'
                             .format(list(predictions.keys()), predict_keys))
        return chosen


def _split_batch(batch):
    length = None
    for key, value in batch.items():
        n = len(value)
        if length is None:
            length = n
        elif n != length:
            raise ValueError('Batch length of predictions should be same. %s has different batch length than others.'
                             % key)
    for i in range(length or 0):
        yield dict((key, value[i]) for key, value in batch.items())

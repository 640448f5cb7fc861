# tf.contrib.learn.Estimator (TF 1.15 contrib/learn/python/learn/estimators/estimator.py), built on
# tf.estimator.Estimator's train/evaluate loops: fit/evaluate/predict take input_fn, or x/y numpy
# arrays read through a DataFeeder (fit: shuffled, repeated, batch_size rows, all rows by default;
# evaluate/predict: one pass in order). model_fn(features, labels[, mode][, params][, config])
# returns a ModelFnOps (or the old (predictions, loss, train_op) tuple). predict() is a generator;
# when the input has no queue runners or feeder (constant tensors or numpy arrays from input_fn)
# it yields one batch, as TF's _is_input_constant. SKCompat is the scikit-learn style wrapper.
import numpy as np
import tensorflow as tf
from _gradbook import fn_args as _fn_args
from tensorflow.estimator._estimator import Estimator as _CoreEstimator
from tensorflow.estimator._model_fn import EstimatorSpec, ModeKeys as _CoreModeKeys
from tensorflow.monitored_session import ChiefSessionCreator, MonitoredSession
from tensorflow.train_hooks import INPUT_FEEDERS, SessionRunHook
from tensorflow.contrib.learn.python.learn.estimators import _data_feeder


class ModeKeys(object):
    TRAIN = 'train'
    EVAL = 'eval'
    INFER = 'infer'


class NotFittedError(ValueError, AttributeError):
    """Raised when predicting from an estimator that has no checkpoint."""


class ModelFnOps(object):
    """What a contrib.learn model_fn returns (the contrib form of EstimatorSpec)."""

    def __init__(self, mode, predictions=None, loss=None, train_op=None, eval_metric_ops=None,
                 output_alternatives=None, training_chief_hooks=None, training_hooks=None, scaffold=None):
        if output_alternatives is not None:
            raise NotImplementedError('ModelFnOps() argument output_alternatives is not supported by Gradbook')
        self.mode = mode
        self.predictions = predictions
        self.loss = loss
        self.train_op = train_op
        self.eval_metric_ops = eval_metric_ops
        self.training_chief_hooks = training_chief_hooks
        self.training_hooks = training_hooks
        self.scaffold = scaffold

    def estimator_spec(self):
        predictions = self.predictions
        if predictions is None and self.mode == ModeKeys.INFER:
            raise ValueError('Missing predictions.')
        return EstimatorSpec(self.mode, predictions=predictions, loss=self.loss, train_op=self.train_op,
                             eval_metric_ops=self.eval_metric_ops, training_chief_hooks=self.training_chief_hooks,
                             training_hooks=self.training_hooks, scaffold=self.scaffold)


def _verify_input_args(x, y, input_fn, feed_fn, batch_size):
    if input_fn is None:
        if x is None:
            raise ValueError('Either x or input_fn must be provided.')
        if isinstance(x, (tf.Tensor, tf.Variable)) or (y is not None and isinstance(y, (tf.Tensor, tf.Variable))):
            raise ValueError('Inputs cannot be tensors. Please provide input_fn.')
        if feed_fn is not None:
            raise ValueError('Can not provide both feed_fn and x or y.')
    else:
        if x is not None or y is not None:
            raise ValueError('Can not provide both input_fn and x or y.')
        if batch_size is not None:
            raise ValueError('Can not provide both input_fn and batch_size.')


def _hooks_from_monitors(monitors, estimator):
    hooks = []
    for monitor in monitors or []:
        if not isinstance(monitor, SessionRunHook):
            raise NotImplementedError('fit() monitors other than SessionRunHooks (%s) are not supported by Gradbook'
                                      % type(monitor).__name__)
        if hasattr(monitor, 'set_estimator'):
            monitor.set_estimator(estimator)  # as TF's replace_monitors_with_hooks does (ValidationMonitor)
        hooks.append(monitor)
    return hooks


class _FromFunction(object):
    """Calls a contrib model_fn with the arguments it names and returns its result as an EstimatorSpec."""

    def __init__(self, model_fn, params, config_of):
        self._model_fn = model_fn
        self._params = params
        self._config_of = config_of

    def __call__(self, features, labels, mode):
        names = _fn_args(self._model_fn) or ()
        kwargs = {}
        if 'mode' in names:
            kwargs['mode'] = mode
        if 'params' in names:
            kwargs['params'] = self._params
        if 'config' in names:
            kwargs['config'] = self._config_of()
        if mode == ModeKeys.TRAIN and labels is not None:
            self._labels_info = _signature(labels)
        elif mode == ModeKeys.INFER and labels is None:
            # TF's _get_predict_ops hands the model_fn placeholders made from the labels fit() saw
            # (never fed), so a model_fn that transforms its target first (tf.one_hot(target, ...))
            # still builds when predicting.
            labels = _placeholders(getattr(self, '_labels_info', None))
        # contrib.learn passes the labels positionally whatever the parameter is called (target,
        # targets, y...): unlike tf.estimator it never looks for the name 'labels'.
        result = self._model_fn(features, labels, **kwargs)
        if isinstance(result, ModelFnOps):
            return result.estimator_spec()
        if isinstance(result, EstimatorSpec):
            return result
        if isinstance(result, (tuple, list)) and len(result) == 3:
            predictions, loss, train_op = result
            if mode == ModeKeys.TRAIN and train_op is None:
                raise ValueError('Missing train_op.')
            return EstimatorSpec(mode, predictions=predictions, loss=loss if mode != ModeKeys.INFER else None,
                                 train_op=train_op if mode == ModeKeys.TRAIN else None)
        raise ValueError('model_fn should return a ModelFnOps or a (predictions, loss, train_op) tuple.')


def _metric_ops(metrics, features, labels, predictions):
    from tensorflow.contrib.learn.python.learn.metric_spec import MetricSpec
    result = {}
    for name, metric in metrics.items():
        if isinstance(metric, MetricSpec):
            result[name] = metric.create_metric_ops(features, labels, predictions)
        elif isinstance(name, tuple) or isinstance(predictions, dict):
            raise NotImplementedError('evaluate() metrics given as bare functions or (name, key) tuples are not '
                                      'supported by Gradbook: wrap them in tf.contrib.learn.MetricSpec')
        else:
            tf.logging.warning('Please specify metrics using MetricSpec. Using bare functions or (key, fn) tuples '
                               'is deprecated and support for it will be removed on Oct 1, 2016.')
            result[name] = metric(predictions, labels)
    return result


def _signature(labels):
    """(dtype, shape with the batch dimension unknown) of a labels tensor, or a dict of them."""
    if isinstance(labels, dict):
        return dict((key, _signature(value)) for key, value in labels.items())
    if not isinstance(labels, tf.Tensor):
        return None
    shape = labels.get_shape()
    dims = None if shape.ndims is None else ([None] + shape.as_list()[1:] if shape.ndims else [])
    return (labels.dtype, dims)


def _placeholders(info):
    if info is None:
        return None
    if isinstance(info, dict):
        return dict((key, _placeholders(value)) for key, value in info.items())
    return tf.placeholder(info[0], shape=info[1])


class _OneRunHook(SessionRunHook):
    """Stops after the first run when nothing feeds the input (TF's _is_input_constant)."""

    def begin(self):
        graph = tf.get_default_graph()
        self._constant = not (graph.get_collection(tf.GraphKeys.QUEUE_RUNNERS) or graph.get_collection(INPUT_FEEDERS))

    def after_run(self, run_context, run_values):
        if self._constant:
            run_context.request_stop()


class Estimator(_CoreEstimator):
    """An estimator around a contrib.learn model_fn (or a canned model's)."""

    def __init__(self, model_fn=None, model_dir=None, config=None, params=None, feature_engineering_fn=None):
        if feature_engineering_fn is not None:
            raise NotImplementedError('Estimator() argument feature_engineering_fn is not supported by Gradbook')
        if model_fn is None:
            raise ValueError('model_fn must be provided to Estimator.')
        self._contrib_params = params
        _CoreEstimator.__init__(self, _FromFunction(model_fn, params, lambda: self.config), model_dir=model_dir,
                                config=config)

    @property
    def params(self):
        return self._contrib_params

    # ------------------------------------------------------------------ fit / evaluate

    def fit(self, x=None, y=None, input_fn=None, steps=None, batch_size=None, monitors=None, max_steps=None):
        """Trains on input_fn's batches, or on x/y (shuffled, batch_size rows, repeated) for steps/max_steps."""
        if steps is not None and max_steps is not None:
            raise ValueError('Can not provide both steps and max_steps.')
        _verify_input_args(x, y, input_fn, None, batch_size)
        if x is not None:
            input_fn = _data_feeder.input_fn_for(x, y, batch_size, shuffle=True, epochs=None)
        self.train(input_fn=input_fn, hooks=_hooks_from_monitors(monitors, self), steps=steps, max_steps=max_steps)
        return self

    def partial_fit(self, x=None, y=None, input_fn=None, steps=1, batch_size=None, monitors=None):
        tf.logging.warning('The current implementation of partial_fit is not optimized for use in a loop. '
                           'Consider using fit() instead.')
        return self.fit(x=x, y=y, input_fn=input_fn, steps=steps, batch_size=batch_size, monitors=monitors)

    def evaluate(self, x=None, y=None, input_fn=None, feed_fn=None, batch_size=None, steps=None, metrics=None,
                 name=None, checkpoint_path=None, hooks=None, log_progress=True):
        """The metrics dict (with 'loss' and 'global_step') over input_fn's data or one pass over x/y."""
        _verify_input_args(x, y, input_fn, feed_fn, batch_size)
        if feed_fn is not None:
            raise NotImplementedError('evaluate() argument feed_fn is not supported by Gradbook')
        if metrics is not None and not isinstance(metrics, dict):
            raise ValueError('Metrics argument should be None or dict. Got %s.' % metrics)
        if x is not None:
            input_fn = _data_feeder.input_fn_for(x, y, batch_size, shuffle=False, epochs=1)
        self._eval_metrics = metrics
        try:
            return _CoreEstimator.evaluate(self, input_fn, steps=steps, hooks=hooks, checkpoint_path=checkpoint_path,
                                           name=name)
        finally:
            self._eval_metrics = None

    def _call_model_fn(self, features, labels, mode):
        spec = _CoreEstimator._call_model_fn(self, features, labels, mode)
        metrics = getattr(self, '_eval_metrics', None)
        if mode == ModeKeys.EVAL and metrics:
            # evaluate(metrics=...): the caller's metrics join (and override) the model's, as TF's
            # _make_metrics_ops adds them to the ModelFnOps' eval_metric_ops.
            ops = dict(spec.eval_metric_ops or {})
            ops.update(_metric_ops(metrics, features, labels, spec.predictions))
            spec.eval_metric_ops = ops
        return spec

    # ------------------------------------------------------------------ predict

    def predict(self, x=None, input_fn=None, batch_size=None, outputs=None, as_iterable=True, iterate_batches=False):
        """Predictions per example (a generator), or all of them at once with as_iterable=False."""
        _verify_input_args(x, None, input_fn, None, batch_size)
        if x is not None:
            input_fn = _data_feeder.input_fn_for(x, None, batch_size, shuffle=False, epochs=1)
        if not as_iterable:
            return _concatenate(list(self._infer(input_fn, outputs, iterate_batches=True)))
        return self._infer(input_fn, outputs, iterate_batches)

    def _infer(self, input_fn, outputs, iterate_batches):
        checkpoint_path = self.latest_checkpoint()
        if not checkpoint_path:
            raise NotFittedError("Couldn't find trained model at %s." % self.model_dir)
        with self._new_graph().as_default():
            features, _, input_hooks = self._call_input_fn(input_fn, ModeKeys.INFER)
            spec = self._call_model_fn(features, None, ModeKeys.INFER)
            predictions = _filter_predictions(spec.predictions, outputs)
            creator = ChiefSessionCreator(scaffold=spec.scaffold, checkpoint_filename_with_path=checkpoint_path,
                                          config=self._config.session_config)
            with MonitoredSession(creator, hooks=input_hooks + [_OneRunHook()]) as session:
                while not session.should_stop():
                    batch = session.run(predictions)
                    if iterate_batches:
                        yield batch
                    elif not isinstance(batch, dict):
                        for value in batch:
                            yield value
                    else:
                        for i in range(len(list(batch.values())[0])):
                            yield dict((key, value[i]) for key, value in batch.items())


def _filter_predictions(predictions, outputs):
    if not outputs:
        return predictions
    if not isinstance(predictions, dict):
        raise ValueError('outputs argument is not valid in case of non-dict predictions.')
    chosen = dict((key, value) for key, value in predictions.items() if key in outputs)
    if not chosen:
        raise ValueError('Expected to run at least one output from %s, provided %s.'
                         % (list(predictions.keys()), outputs))
    return chosen


def _concatenate(batches):
    if not isinstance(batches[0], dict):
        return np.concatenate(batches, axis=0)
    return dict((key, np.concatenate([b[key] for b in batches], axis=0)) for key in batches[0])


class SKCompat(object):
    """The scikit-learn style interface: fit(x, y), score(x, y), predict(x), batch_size 128 by default."""

    def __init__(self, estimator):
        self._estimator = estimator

    def fit(self, x, y, batch_size=128, steps=None, max_steps=None, monitors=None):
        input_fn = _data_feeder.input_fn_for(x, y, batch_size, shuffle=True, epochs=None)
        self._estimator.fit(input_fn=input_fn, steps=steps, max_steps=max_steps, monitors=monitors)
        return self

    def score(self, x, y, batch_size=128, steps=None, metrics=None, name=None):
        input_fn = _data_feeder.input_fn_for(x, y, batch_size, shuffle=False, epochs=1)
        return self._estimator.evaluate(input_fn=input_fn, steps=steps, metrics=metrics, name=name)

    def predict(self, x, batch_size=128, outputs=None):
        input_fn = _data_feeder.input_fn_for(x, None, batch_size, shuffle=False, epochs=1)
        return _concatenate(list(self._estimator._infer(input_fn, outputs, iterate_batches=True)))


def infer_real_valued_columns_from_input_fn(input_fn):
    """Real-valued columns for the features input_fn makes (built in a throwaway graph)."""
    from tensorflow.contrib.layers import infer_real_valued_columns
    with tf.Graph().as_default():
        result = input_fn()
        features = result[0] if isinstance(result, (tuple, list)) else result
        return infer_real_valued_columns(features)


def infer_real_valued_columns_from_input(x):
    """Real-valued columns for x (an array: one column named '' of x's row size)."""
    return infer_real_valued_columns_from_input_fn(_data_feeder.input_fn_for(x, None, None, shuffle=False, epochs=1))

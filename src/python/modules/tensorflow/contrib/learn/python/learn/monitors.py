# tf.contrib.learn.monitors (TF 1.0-1.15 monitors.py): ValidationMonitor, the one monitor the TF
# tutorials hand to fit(monitors=[...]): every `every_n_steps` training steps it evaluates the
# estimator on x/y (or input_fn) from the newest checkpoint (skipping a checkpoint it has already
# evaluated, and checking at most every check_interval_secs), logs "Validation (step N): ..." and,
# with early_stopping_rounds, stops training once the watched metric has not improved for that many
# steps. It is a SessionRunHook here (TF adapts its monitors to hooks the same way); fit() gives it
# the estimator through set_estimator. The other monitors raise NotImplementedError.
import copy
import time

import tensorflow as tf
from tensorflow.train_hooks import SessionRunArgs, SessionRunHook


class ValidationMonitor(SessionRunHook):
    """Runs evaluation of a given estimator, at most every N steps."""

    def __init__(self, x=None, y=None, input_fn=None, batch_size=None, eval_steps=None, every_n_steps=100,
                 metrics=None, hooks=None, early_stopping_rounds=None, early_stopping_metric='loss',
                 early_stopping_metric_minimize=True, name=None, check_interval_secs=5):
        if x is None and input_fn is None:
            raise ValueError('Either x or input_fn should be provided.')
        if every_n_steps < 1:
            raise ValueError('Invalid every_n_steps=%s.' % every_n_steps)
        self.x, self.y, self.input_fn, self.batch_size = x, y, input_fn, batch_size
        self.eval_steps, self.metrics, self.hooks, self.name = eval_steps, metrics, hooks, name
        self.early_stopping_rounds = early_stopping_rounds
        self.early_stopping_metric = early_stopping_metric
        self.early_stopping_metric_minimize = early_stopping_metric_minimize
        self._every_n_steps = every_n_steps
        self._check_interval_secs = check_interval_secs
        self._estimator = None
        self._best_value_step = None
        self._best_value = None
        self._best_metrics = None
        self._early_stopped = False
        self._latest_path = None
        self._latest_path_step = None
        self._last_checkpoint_check_time = None
        self._last_active_step = None

    def set_estimator(self, estimator):
        self._estimator = estimator

    early_stopped = property(lambda self: self._early_stopped)
    best_step = property(lambda self: self._best_value_step)
    best_value = property(lambda self: self._best_value)
    best_metrics = property(lambda self: self._best_metrics)

    def begin(self):
        self._global_step = tf.train.get_global_step()
        self._step = None

    def before_run(self, run_context):
        if self._step is None:
            # TF's monitor adapter numbers the step being run: the global step before it, plus one.
            self._step = run_context.session.run(self._global_step) + 1
        return SessionRunArgs(self._global_step)

    def after_run(self, run_context, run_values):
        step = self._step
        self._step = run_values.results + 1
        # EveryN: the first step, then each step at least every_n_steps after the last active one.
        if self._last_active_step is not None and step < self._last_active_step + self._every_n_steps:
            return
        self._last_active_step = step
        if self.every_n_step_end(step):
            run_context.request_stop()

    def every_n_step_end(self, step, outputs=None):
        if self._estimator is None:
            raise ValueError('Missing call to set_estimator.')
        now = time.time()
        if (self._check_interval_secs is not None and self._last_checkpoint_check_time is not None
                and now - self._last_checkpoint_check_time <= self._check_interval_secs):
            return False
        self._last_checkpoint_check_time = now
        latest_path = tf.train.latest_checkpoint(self._estimator.model_dir)
        if latest_path is None or latest_path == self._latest_path:
            return False
        self._latest_path = latest_path
        self._latest_path_step = step
        outputs = self._estimator.evaluate(x=self.x, y=self.y, input_fn=self.input_fn, batch_size=self.batch_size,
                                           steps=self.eval_steps, metrics=self.metrics, hooks=self.hooks,
                                           name=self.name)
        tf.logging.info('Validation (step %d): %s', step,
                        ', '.join('%s = %s' % (key, str(outputs[key])) for key in outputs))
        if self.early_stopping_rounds is None:
            return False
        if self.early_stopping_metric not in outputs:
            raise ValueError('Metric %s missing from outputs %s.' % (self.early_stopping_metric, set(outputs.keys())))
        value = outputs[self.early_stopping_metric]
        if (self._best_value is None or (self.early_stopping_metric_minimize and value < self._best_value)
                or (not self.early_stopping_metric_minimize and value > self._best_value)):
            self._best_value = value
            self._best_metrics = copy.deepcopy(outputs)
            self._best_value_step = step
        if step - self._best_value_step >= self.early_stopping_rounds:
            tf.logging.info('Stopping. Best step: {} with {} = {}.'.format(
                self._best_value_step, self.early_stopping_metric, self._best_value))
            self._early_stopped = True
            return True
        return False


_UNSUPPORTED = (
    'BaseMonitor', 'CaptureVariable', 'CheckpointSaver', 'EveryN', 'ExportMonitor', 'GraphDump', 'LoggingTrainer',
    'NanLoss', 'PrintTensor', 'RunHookAdapterForMonitors', 'StepCounter', 'StopAtStep', 'SummarySaver',
    'SummaryWriterCache', 'get_default_monitors', 'replace_monitors_with_hooks',
)


def __getattr__(name):
    if name in _UNSUPPORTED:
        raise NotImplementedError('tf.contrib.learn.monitors.%s is not supported by Gradbook (ValidationMonitor is)'
                                  % name)
    raise AttributeError("module 'tensorflow.contrib.learn.monitors' has no attribute '%s'" % name)

"""tf.train's session hooks and monitored sessions (TF 1.15 behaviour): SessionRunHook and the
hooks the Estimator uses (LoggingTensorHook, StopAtStepHook, NanTensorHook, StepCounterHook,
CheckpointSaverHook), Scaffold, MonitoredSession and MonitoredTrainingSession. Log lines are TF's
(`Saving checkpoints for 0 into ...`, `loss = 2.30, step = 1`, `global_step/sec: ...`)."""

import time as _time
import tensorflow as tf
from tensorflow import logging as _log

# Input functions that feed placeholders (tf.estimator.inputs.numpy_input_fn) register a feeder
# here; a MonitoredSession on that graph feeds each run from it, as TF's queue runners would.
INPUT_FEEDERS = '_gradbook_input_feeders'


class SessionRunArgs(object):
    """What a hook adds to the next run: fetches, a feed_dict and options."""

    def __init__(self, fetches, feed_dict=None, options=None):
        self.fetches = fetches
        self.feed_dict = feed_dict
        self.options = options

    def __iter__(self):
        return iter((self.fetches, self.feed_dict, self.options))

    def __repr__(self):
        return 'SessionRunArgs(fetches=%r, feed_dict=%r, options=%r)' % (self.fetches, self.feed_dict, self.options)


class SessionRunValues(object):
    """The results of a hook's fetches in the run that just finished."""

    def __init__(self, results, options=None, run_metadata=None):
        self.results = results
        self.options = options
        self.run_metadata = run_metadata


class SessionRunContext(object):
    """Given to hooks around a run: the caller's arguments, the session, and request_stop()."""

    def __init__(self, original_args, session):
        self._original_args = original_args
        self._session = session
        self._stop_requested = False

    @property
    def original_args(self):
        return self._original_args

    @property
    def session(self):
        return self._session

    @property
    def stop_requested(self):
        return self._stop_requested

    def request_stop(self):
        self._stop_requested = True


class SessionRunHook(object):
    """Base class: override begin, after_create_session, before_run, after_run, end."""

    def begin(self):
        pass

    def after_create_session(self, session, coord):
        pass

    def before_run(self, run_context):
        return None

    def after_run(self, run_context, run_values):
        pass

    def end(self, session):
        pass


class NanLossDuringTrainingError(RuntimeError):
    def __str__(self):
        return 'NaN loss during training.'


class _Timer(object):
    """Triggers every N steps or every N seconds (SecondOrStepTimer)."""

    def __init__(self, every_secs=None, every_steps=None):
        if (every_secs is None) == (every_steps is None):
            raise ValueError('exactly one of every_n_secs and every_n_steps should be provided.')
        self._every_secs = every_secs
        self._every_steps = every_steps
        self._last_time = None
        self._last_step = None

    def should_trigger_for_step(self, step):
        if self._last_step is None:
            return True
        if self._last_step == step:
            return False
        if self._every_secs is not None:
            return _time.time() >= self._last_time + self._every_secs
        return step >= self._last_step + self._every_steps

    def update_last_triggered_step(self, step):
        now = _time.time()
        elapsed = (None, None) if self._last_time is None else (now - self._last_time, step - self._last_step)
        self._last_time = now
        self._last_step = step
        return elapsed

    def last_triggered_step(self):
        return self._last_step


def _global_step_or_fail(hook_name):
    step = tf.train.get_global_step()
    if step is None:
        raise RuntimeError('Global step should be created to use %s.' % hook_name)
    return step


def _as_graph_element(graph, name):
    # A hook's tensors may be named by their op ('softmax_tensor'): TF takes its one output
    # 'softmax_tensor:0' (an op with several outputs is ambiguous), so the value is logged, not None.
    if ':' in name:
        return graph.as_graph_element(name)
    element = graph.as_graph_element(name + ':0')
    try:
        graph.as_graph_element(name + ':1')
    except (KeyError, ValueError):
        return element
    raise ValueError('Tensor name {} is ambiguous: it is the name of an op with several outputs. '
                     'Please use a tensor name instead: {}:0.'.format(name, name))


class LoggingTensorHook(SessionRunHook):
    """Logs `tag = value` pairs (a dict's keys sorted) every N iterations or seconds, and/or at the end."""

    def __init__(self, tensors, every_n_iter=None, every_n_secs=None, at_end=False, formatter=None):
        only_log_at_end = at_end and every_n_iter is None and every_n_secs is None
        if not only_log_at_end and (every_n_iter is None) == (every_n_secs is None):
            raise ValueError('either at_end and/or exactly one of every_n_iter and every_n_secs must be provided.')
        if every_n_iter is not None and every_n_iter <= 0:
            raise ValueError('invalid every_n_iter=%s.' % every_n_iter)
        if isinstance(tensors, dict):
            self._tag_order = sorted(tensors.keys())
            self._tensors = dict(tensors)
        else:
            self._tag_order = list(tensors)
            self._tensors = dict((item if isinstance(item, str) else item.name, item) for item in tensors)
            self._tag_order = [item if isinstance(item, str) else item.name for item in tensors]
        self._timer = None if only_log_at_end else _Timer(every_secs=every_n_secs, every_steps=every_n_iter)
        self._log_at_end = at_end
        self._formatter = formatter
        self._iter_count = 0
        self._should_trigger = False

    def begin(self):
        graph = tf.get_default_graph()
        self._current = {}
        for tag, item in self._tensors.items():
            self._current[tag] = _as_graph_element(graph, item) if isinstance(item, str) else item

    def before_run(self, run_context):
        self._should_trigger = self._timer is not None and self._timer.should_trigger_for_step(self._iter_count)
        return SessionRunArgs(self._current) if self._should_trigger else None

    def _log_tensors(self, values):
        elapsed = self._timer.update_last_triggered_step(self._iter_count)[0] if self._timer is not None else None
        if self._formatter:
            _log.info(self._formatter(values))
            return
        text = ', '.join('%s = %s' % (tag, values[tag]) for tag in self._tag_order)
        if elapsed is not None:
            _log.info('%s (%.3f sec)', text, elapsed)
        else:
            _log.info('%s', text)

    def after_run(self, run_context, run_values):
        if self._should_trigger:
            self._log_tensors(run_values.results)
        self._iter_count += 1

    def end(self, session):
        if self._log_at_end:
            self._log_tensors(session.run(self._current))


class StopAtStepHook(SessionRunHook):
    """Requests a stop when the global step reaches last_step (or start + num_steps)."""

    def __init__(self, num_steps=None, last_step=None):
        if num_steps is None and last_step is None:
            raise ValueError('One of num_steps or last_step must be specified.')
        if num_steps is not None and last_step is not None:
            raise ValueError('Only one of num_steps or last_step can be specified.')
        self._num_steps = num_steps
        self._last_step = last_step

    def begin(self):
        self._global_step = _global_step_or_fail('StopAtStepHook')

    def after_create_session(self, session, coord):
        if self._last_step is None:
            self._last_step = int(session.run(self._global_step)) + self._num_steps

    def before_run(self, run_context):
        return SessionRunArgs(self._global_step)

    def after_run(self, run_context, run_values):
        # The step fetched with the train op may be read before its increment: confirm with a read.
        if int(run_values.results) + 1 >= self._last_step:
            if int(run_context.session.run(self._global_step)) >= self._last_step:
                run_context.request_stop()


class NanTensorHook(SessionRunHook):
    """Raises NanLossDuringTrainingError (or only stops) when the loss is NaN."""

    def __init__(self, loss_tensor, fail_on_nan_loss=True):
        self._loss = loss_tensor
        self._fail = fail_on_nan_loss

    def before_run(self, run_context):
        return SessionRunArgs(self._loss)

    def after_run(self, run_context, run_values):
        value = run_values.results
        if value != value:
            if self._fail:
                _log.error('Model diverged with loss = NaN.')
                raise NanLossDuringTrainingError()
            _log.warning('Model diverged with loss = NaN.')
            run_context.request_stop()


class StepCounterHook(SessionRunHook):
    """Logs `global_step/sec: N` every N steps or seconds."""

    def __init__(self, every_n_steps=100, every_n_secs=None, output_dir=None, summary_writer=None):
        if (every_n_steps is None) == (every_n_secs is None):
            raise ValueError('exactly one of every_n_steps and every_n_secs should be provided.')
        self._timer = _Timer(every_steps=every_n_steps, every_secs=every_n_secs)
        self._warned = False
        self._last_seen = None

    def begin(self):
        self._global_step = _global_step_or_fail('StepCounterHook')

    def before_run(self, run_context):
        return SessionRunArgs(self._global_step)

    def after_run(self, run_context, run_values):
        step = int(run_values.results)
        if self._timer.should_trigger_for_step(step):
            elapsed_time, elapsed_steps = self._timer.update_last_triggered_step(step)
            if elapsed_time is not None and elapsed_time > 0:
                _log.info('global_step/sec: %g', elapsed_steps / elapsed_time)
        if self._last_seen is not None and step == self._last_seen and not self._warned:
            self._warned = True
            _log.warning('It seems that global step (tf.train.get_global_step) has not been increased. Current value '
                         '(could be stable): %s vs previous value: %s. You could increase the global step by passing '
                         'tf.train.get_global_step() to Optimizer.apply_gradients or Optimizer.minimize.',
                         step, self._last_seen)
        self._last_seen = step


class CheckpointSaverHook(SessionRunHook):
    """Saves model_dir/model.ckpt-STEP when the session starts, every N steps or seconds, and at the end."""

    def __init__(self, checkpoint_dir, save_secs=None, save_steps=None, saver=None, checkpoint_basename='model.ckpt',
                 scaffold=None, listeners=None):
        _log.info('Create CheckpointSaverHook.')
        if saver is not None and scaffold is not None:
            raise ValueError('You cannot provide both saver and scaffold.')
        self._saver = saver
        self._scaffold = scaffold
        self._checkpoint_dir = checkpoint_dir
        self._save_path = checkpoint_dir.rstrip('/') + '/' + checkpoint_basename
        self._timer = _Timer(every_secs=save_secs, every_steps=save_steps)
        self._listeners = list(listeners or [])

    def begin(self):
        self._global_step = _global_step_or_fail('CheckpointSaverHook')
        for listener in self._listeners:
            listener.begin()

    def _get_saver(self):
        if self._saver is not None:
            return self._saver
        if self._scaffold is not None:
            return self._scaffold.saver
        savers = tf.get_collection(tf.GraphKeys.SAVERS)
        if not savers:
            raise RuntimeError('No items in collection {}. Please add a saver to the collection or provide a saver or '
                               'scaffold.'.format(tf.GraphKeys.SAVERS))
        return savers[0]

    def after_create_session(self, session, coord):
        step = int(session.run(self._global_step))
        self._save(session, step)
        self._timer.update_last_triggered_step(step)

    def before_run(self, run_context):
        return SessionRunArgs(self._global_step)

    def after_run(self, run_context, run_values):
        step = int(run_values.results)
        if self._timer.should_trigger_for_step(step):
            self._timer.update_last_triggered_step(step)
            if self._save(run_context.session, step):
                run_context.request_stop()

    def end(self, session):
        step = int(session.run(self._global_step))
        if step != self._timer.last_triggered_step():
            self._save(session, step)
        for listener in self._listeners:
            listener.end(session, step)

    def _save(self, session, step):
        _log.info('Saving checkpoints for %d into %s.', step, self._save_path)
        for listener in self._listeners:
            listener.before_save(session, step)
        self._get_saver().save(session, self._save_path, global_step=step)
        stop = False
        for listener in self._listeners:
            if listener.after_save(session, step):
                stop = True
        return stop


class CheckpointSaverListener(object):
    def begin(self):
        pass

    def before_save(self, session, global_step_value):
        pass

    def after_save(self, session, global_step_value):
        pass

    def end(self, session, global_step_value):
        pass


class FeedFnHook(SessionRunHook):
    """Feeds each run with feed_fn()."""

    def __init__(self, feed_fn):
        self.feed_fn = feed_fn

    def before_run(self, run_context):
        return SessionRunArgs(fetches=None, feed_dict=self.feed_fn())


class FinalOpsHook(SessionRunHook):
    """Runs final_ops when the session ends; final_ops_values holds the results."""

    def __init__(self, final_ops, final_ops_feed_dict=None):
        self._final_ops = final_ops
        self._final_ops_feed_dict = final_ops_feed_dict
        self._final_ops_values = None

    @property
    def final_ops_values(self):
        return self._final_ops_values

    def end(self, session):
        if self._final_ops is not None:
            self._final_ops_values = session.run(self._final_ops, feed_dict=self._final_ops_feed_dict)

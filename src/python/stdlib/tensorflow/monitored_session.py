"""tf.train.Scaffold, ChiefSessionCreator, MonitoredSession and MonitoredTrainingSession (TF 1.15):
a session that restores the latest checkpoint or initializes, runs hooks around every run, and
ends quietly when the input is exhausted (OutOfRangeError) inside a `with` block."""

import tensorflow as tf
from tensorflow import logging as _log
from tensorflow.train_hooks import (
    INPUT_FEEDERS, SessionRunArgs, SessionRunContext, SessionRunValues, FeedFnHook, StepCounterHook,
    CheckpointSaverHook,
)

_USE_DEFAULT = object()


def _get_or_default(collection, make):
    found = tf.get_collection(collection)
    if found:
        return found[0]
    made = make()
    tf.add_to_collection(collection, made)
    return made


class Scaffold(object):
    """The ops a monitored session needs: init_op, local_init_op and the saver (made by finalize())."""

    def __init__(self, init_op=None, init_feed_dict=None, init_fn=None, ready_op=None, ready_for_local_init_op=None,
                 local_init_op=None, summary_op=None, saver=None, copy_from_scaffold=None):
        if copy_from_scaffold is not None:
            raise NotImplementedError('Scaffold() argument copy_from_scaffold is not supported by Gradbook')
        self._init_op = init_op
        self._init_feed_dict = init_feed_dict
        self._user_init_fn = init_fn
        self._local_init_op = local_init_op
        self._saver = saver
        self._summary_op = summary_op
        self._ready_op = ready_op
        self._finalized = False

    def finalize(self):
        """Creates the missing ops, then finalizes the graph (no more ops may be added)."""
        if self._finalized:
            return self
        # Ops made here go into the graph's collections, so a later session on the same (finalized)
        # graph reuses them, as TF's Scaffold.get_or_default does.
        if self._init_op is None:
            self._init_op = _get_or_default('init_op', tf.global_variables_initializer)
        if self._local_init_op is None:
            self._local_init_op = _get_or_default('local_init_op', tf.local_variables_initializer)
        if self._saver is None:
            self._saver = _get_or_default(tf.GraphKeys.SAVERS, lambda: tf.train.Saver(max_to_keep=5))
        tf.get_default_graph().finalize()
        _log.info('Graph was finalized.')
        self._finalized = True
        return self

    @property
    def init_op(self):
        return self._init_op

    @property
    def init_feed_dict(self):
        return self._init_feed_dict

    @property
    def init_fn(self):
        return self._user_init_fn

    @property
    def local_init_op(self):
        return self._local_init_op

    @property
    def saver(self):
        return self._saver

    @property
    def summary_op(self):
        return self._summary_op

    @property
    def ready_op(self):
        return self._ready_op


class ChiefSessionCreator(object):
    """Creates a session that restores the latest checkpoint in checkpoint_dir, or initializes."""

    def __init__(self, scaffold=None, master='', config=None, checkpoint_dir=None, checkpoint_filename_with_path=None):
        self._scaffold = scaffold or Scaffold()
        self._config = config
        self._checkpoint_dir = checkpoint_dir
        self._checkpoint_path = checkpoint_filename_with_path

    def create_session(self):
        scaffold = self._scaffold.finalize()
        session = tf.Session(config=self._config) if self._config is not None else tf.Session()
        path = self._checkpoint_path
        if path is None and self._checkpoint_dir:
            path = tf.train.latest_checkpoint(self._checkpoint_dir)
        if path:
            _log.info('Restoring parameters from %s', path)
            scaffold.saver.restore(session, path)
        else:
            session.run(scaffold.init_op, feed_dict=scaffold.init_feed_dict)
            if scaffold.init_fn is not None:
                scaffold.init_fn(scaffold, session)
        _log.info('Running local_init_op.')
        session.run(scaffold.local_init_op)
        _log.info('Done running local_init_op.')
        return session


class MonitoredSession(object):
    """A session with hooks: each run adds the hooks' fetches and feeds, and hooks may request a stop."""

    def __init__(self, session_creator=None, hooks=None, stop_grace_period_secs=120):
        self._graph = tf.get_default_graph()
        feeders = [FeedFnHook(feeder.next_feed) for feeder in self._graph.get_collection(INPUT_FEEDERS)]
        self._hooks = feeders + list(hooks or [])
        for hook in self._hooks:
            hook.begin()
        self._sess = (session_creator or ChiefSessionCreator()).create_session()
        self._stop_requested = False
        self._closed = False
        for hook in self._hooks:
            hook.after_create_session(self._sess, None)

    @property
    def graph(self):
        return self._graph

    def raw_session(self):
        return self._sess

    def should_stop(self):
        return self._stop_requested or self._closed

    def run(self, fetches, feed_dict=None, options=None, run_metadata=None):
        """Runs fetches with every hook's before_run/after_run around the one session run."""
        if self._stop_requested:
            raise RuntimeError('Run called even after should_stop requested.')
        context = SessionRunContext(SessionRunArgs(fetches, feed_dict), self._sess)
        feed = dict(feed_dict or {})
        hook_fetches = {}
        for index, hook in enumerate(self._hooks):
            request = hook.before_run(context)
            if request is None:
                continue
            if request.fetches is not None:
                hook_fetches[index] = request.fetches
            for key, value in (request.feed_dict or {}).items():
                if key in feed:
                    raise RuntimeError('Same tensor is fed by two hooks.' if key not in (feed_dict or {})
                                       else 'Same tensor is fed by a SessionRunHook and user.')
                feed[key] = value
        if hook_fetches:
            results = self._sess.run({'caller': fetches, 'hooks': hook_fetches}, feed_dict=feed)
            outputs, hook_results = results['caller'], results['hooks']
        else:
            outputs, hook_results = self._sess.run(fetches, feed_dict=feed), {}
        for index, hook in enumerate(self._hooks):
            hook.after_run(context, SessionRunValues(hook_results.get(index)))
        if context.stop_requested:
            self._stop_requested = True
        return outputs

    def close(self):
        self._close(None)

    def _close(self, exception_type):
        if self._closed:
            return
        self._closed = True
        if exception_type is None:
            for hook in self._hooks:
                hook.end(self._sess)
        self._sess.close()

    def __enter__(self):
        return self

    def __exit__(self, exception_type, exception_value, traceback):
        if exception_type is not None and (issubclass(exception_type, tf.errors.OutOfRangeError) or
                                           issubclass(exception_type, StopIteration)):
            exception_type = None
        self._close(exception_type)
        return exception_type is None


class SingularMonitoredSession(MonitoredSession):
    def __init__(self, hooks=None, scaffold=None, master='', config=None, checkpoint_dir=None,
                 stop_grace_period_secs=120, checkpoint_filename_with_path=None):
        creator = ChiefSessionCreator(scaffold=scaffold, config=config, checkpoint_dir=checkpoint_dir,
                                      checkpoint_filename_with_path=checkpoint_filename_with_path)
        MonitoredSession.__init__(self, creator, hooks)


def MonitoredTrainingSession(master='', is_chief=True, checkpoint_dir=None, scaffold=None, hooks=None,
                             chief_only_hooks=None, save_checkpoint_secs=_USE_DEFAULT, save_summaries_steps=_USE_DEFAULT,
                             save_summaries_secs=_USE_DEFAULT, config=None, stop_grace_period_secs=120,
                             log_step_count_steps=100, max_wait_secs=7200, save_checkpoint_steps=_USE_DEFAULT,
                             summary_dir=None):
    """A MonitoredSession for training: restores from checkpoint_dir, counts steps/sec and saves checkpoints there."""
    if not is_chief:
        raise NotImplementedError('MonitoredTrainingSession() argument is_chief is not supported by Gradbook')
    if save_checkpoint_secs is _USE_DEFAULT and save_checkpoint_steps is _USE_DEFAULT:
        save_checkpoint_secs, save_checkpoint_steps = 600, None
    elif save_checkpoint_secs is _USE_DEFAULT:
        save_checkpoint_secs = None
    elif save_checkpoint_steps is _USE_DEFAULT:
        save_checkpoint_steps = None
    scaffold = scaffold or Scaffold()
    all_hooks = list(chief_only_hooks or [])
    if checkpoint_dir:
        if log_step_count_steps and log_step_count_steps > 0:
            all_hooks.append(StepCounterHook(every_n_steps=log_step_count_steps))
        if save_checkpoint_secs or save_checkpoint_steps:
            all_hooks.append(CheckpointSaverHook(checkpoint_dir, save_secs=save_checkpoint_secs,
                                                 save_steps=save_checkpoint_steps, scaffold=scaffold))
    creator = ChiefSessionCreator(scaffold=scaffold, config=config, checkpoint_dir=checkpoint_dir)
    return MonitoredSession(creator, all_hooks + list(hooks or []))

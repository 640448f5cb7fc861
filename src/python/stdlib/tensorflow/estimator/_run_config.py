"""tf.estimator.RunConfig: where checkpoints go, how often they are saved, the random seed and the
logging interval (tensorflow_estimator 1.15 defaults: a checkpoint every 600 s unless steps are given)."""

_DEFAULT = object()


class RunConfig(object):
    """Run settings of an Estimator."""

    def __init__(self, model_dir=None, tf_random_seed=None, save_summary_steps=100,
                 save_checkpoints_steps=_DEFAULT, save_checkpoints_secs=_DEFAULT, session_config=None,
                 keep_checkpoint_max=5, keep_checkpoint_every_n_hours=10000, log_step_count_steps=100,
                 train_distribute=None, device_fn=None, protocol=None, eval_distribute=None,
                 experimental_distribute=None, experimental_max_worker_delay_secs=None,
                 session_creation_timeout_secs=7200):
        for name, value in (('train_distribute', train_distribute), ('device_fn', device_fn), ('protocol', protocol),
                            ('eval_distribute', eval_distribute), ('experimental_distribute', experimental_distribute)):
            if value is not None:
                raise NotImplementedError('RunConfig() argument %s is not supported by Gradbook' % name)
        if save_checkpoints_steps is _DEFAULT and save_checkpoints_secs is _DEFAULT:
            save_checkpoints_steps, save_checkpoints_secs = None, 600
        elif save_checkpoints_steps is _DEFAULT:
            save_checkpoints_steps = None
        elif save_checkpoints_secs is _DEFAULT:
            save_checkpoints_secs = None
        elif save_checkpoints_steps is not None and save_checkpoints_secs is not None:
            raise ValueError('save_checkpoints_steps and save_checkpoints_secs cannot be both set.')
        self._model_dir = model_dir
        self._tf_random_seed = tf_random_seed
        self._save_summary_steps = save_summary_steps
        self._save_checkpoints_steps = save_checkpoints_steps
        self._save_checkpoints_secs = save_checkpoints_secs
        self._session_config = session_config
        self._keep_checkpoint_max = keep_checkpoint_max
        self._keep_checkpoint_every_n_hours = keep_checkpoint_every_n_hours
        self._log_step_count_steps = log_step_count_steps
        self._train_distribute = None
        self._device_fn = None
        self._protocol = None
        self._eval_distribute = None
        self._experimental_distribute = None
        self._experimental_max_worker_delay_secs = experimental_max_worker_delay_secs
        self._session_creation_timeout_secs = session_creation_timeout_secs
        self._service = None
        self._cluster_spec = {}
        self._task_type = 'worker'
        self._task_id = 0
        self._global_id_in_cluster = 0
        self._master = ''
        self._evaluation_master = ''
        self._is_chief = True
        self._num_ps_replicas = 0
        self._num_worker_replicas = 1

    def replace(self, **kwargs):
        """A copy with some settings changed."""
        names = ('model_dir', 'tf_random_seed', 'save_summary_steps', 'save_checkpoints_steps', 'save_checkpoints_secs',
                 'session_config', 'keep_checkpoint_max', 'keep_checkpoint_every_n_hours', 'log_step_count_steps',
                 'experimental_max_worker_delay_secs', 'session_creation_timeout_secs')
        for key in kwargs:
            if key not in names:
                raise ValueError('Replacing {} is not supported. Allowed properties are {}.'.format(key, set(names)))
        settings = dict((name, getattr(self, name)) for name in names)
        if 'save_checkpoints_steps' in kwargs and 'save_checkpoints_secs' not in kwargs:
            settings['save_checkpoints_secs'] = None
        if 'save_checkpoints_secs' in kwargs and 'save_checkpoints_steps' not in kwargs:
            settings['save_checkpoints_steps'] = None
        settings.update(kwargs)
        return RunConfig(**settings)

    model_dir = property(lambda self: self._model_dir)
    tf_random_seed = property(lambda self: self._tf_random_seed)
    save_summary_steps = property(lambda self: self._save_summary_steps)
    save_checkpoints_steps = property(lambda self: self._save_checkpoints_steps)
    save_checkpoints_secs = property(lambda self: self._save_checkpoints_secs)
    session_config = property(lambda self: self._session_config)
    keep_checkpoint_max = property(lambda self: self._keep_checkpoint_max)
    keep_checkpoint_every_n_hours = property(lambda self: self._keep_checkpoint_every_n_hours)
    log_step_count_steps = property(lambda self: self._log_step_count_steps)
    experimental_max_worker_delay_secs = property(lambda self: self._experimental_max_worker_delay_secs)
    session_creation_timeout_secs = property(lambda self: self._session_creation_timeout_secs)
    train_distribute = property(lambda self: None)
    eval_distribute = property(lambda self: None)
    device_fn = property(lambda self: None)
    cluster_spec = property(lambda self: self._cluster_spec)
    task_type = property(lambda self: self._task_type)
    task_id = property(lambda self: self._task_id)
    master = property(lambda self: self._master)
    is_chief = property(lambda self: self._is_chief)
    num_ps_replicas = property(lambda self: self._num_ps_replicas)
    num_worker_replicas = property(lambda self: self._num_worker_replicas)
    global_id_in_cluster = property(lambda self: self._global_id_in_cluster)
    evaluation_master = property(lambda self: self._evaluation_master)
    service = property(lambda self: None)
    protocol = property(lambda self: None)

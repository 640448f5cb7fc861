# tf.contrib.learn.RunConfig (TF 1.15 contrib/learn/python/learn/estimators/run_config.py): the
# core RunConfig plus contrib's session knobs. num_cores, gpu_memory_fraction and
# log_device_placement only shape the session's thread pools, GPU memory and placement log in TF
# (its ConfigProto); Gradbook's session has none of these, so they are kept as properties and
# change nothing computed. A master or evaluation_master address (distributed TF) is refused.
from tensorflow.estimator import RunConfig as _CoreRunConfig


class RunConfig(_CoreRunConfig):
    """Run settings of a contrib.learn Estimator."""

    def __init__(self, master=None, num_cores=0, log_device_placement=False, gpu_memory_fraction=1,
                 tf_random_seed=None, save_summary_steps=100, save_checkpoints_secs=600,
                 save_checkpoints_steps=None, keep_checkpoint_max=5, keep_checkpoint_every_n_hours=10000,
                 log_step_count_steps=100, protocol=None, evaluation_master='', model_dir=None, session_config=None,
                 session_creation_timeout_secs=7200):
        if master:
            raise NotImplementedError('RunConfig() argument master is not supported by Gradbook')
        if evaluation_master:
            raise NotImplementedError('RunConfig() argument evaluation_master is not supported by Gradbook')
        if save_checkpoints_steps is not None and save_checkpoints_secs == 600:
            save_checkpoints_secs = None  # contrib: giving steps replaces the 600 s default
        _CoreRunConfig.__init__(self, model_dir=model_dir, tf_random_seed=tf_random_seed,
                                save_summary_steps=save_summary_steps, save_checkpoints_steps=save_checkpoints_steps,
                                save_checkpoints_secs=save_checkpoints_secs, session_config=session_config,
                                keep_checkpoint_max=keep_checkpoint_max,
                                keep_checkpoint_every_n_hours=keep_checkpoint_every_n_hours,
                                log_step_count_steps=log_step_count_steps, protocol=protocol,
                                session_creation_timeout_secs=session_creation_timeout_secs)
        self._num_cores = num_cores
        self._gpu_memory_fraction = gpu_memory_fraction
        self._log_device_placement = log_device_placement

    num_cores = property(lambda self: self._num_cores)
    gpu_memory_fraction = property(lambda self: self._gpu_memory_fraction)
    log_device_placement = property(lambda self: self._log_device_placement)

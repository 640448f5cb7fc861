# tf.contrib.learn.io (TF 1.15 contrib/learn/python/learn/learn_io): numpy_input_fn and
# pandas_input_fn, which are tf.estimator.inputs' with contrib's defaults (shuffle=True,
# batch_size=128, num_epochs=1). The pandas extract_* helpers, dask and queue readers are not provided.
from tensorflow.estimator import inputs as _inputs


def numpy_input_fn(x, y=None, batch_size=128, num_epochs=1, shuffle=True, queue_capacity=1000, num_threads=1):
    """An input_fn feeding dicts of numpy arrays (x) and targets (y) in batches."""
    return _inputs.numpy_input_fn(x, y, batch_size=batch_size, num_epochs=num_epochs, shuffle=shuffle,
                                  queue_capacity=queue_capacity, num_threads=num_threads)


def pandas_input_fn(x, y=None, batch_size=128, num_epochs=1, shuffle=True, queue_capacity=1000, num_threads=1,
                    target_column='target'):
    """An input_fn feeding a pandas DataFrame's columns (by name) and a Series of targets in batches."""
    return _inputs.pandas_input_fn(x, y, batch_size=batch_size, num_epochs=num_epochs, shuffle=shuffle,
                                   queue_capacity=queue_capacity, num_threads=num_threads,
                                   target_column=target_column)


def _not_provided(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError('tf.contrib.learn.io.%s() is not supported by Gradbook: of tf.contrib.learn.io '
                                  'only numpy_input_fn and pandas_input_fn are' % name)
    refuse.__name__ = name
    return refuse


extract_pandas_data = _not_provided('extract_pandas_data')
extract_pandas_labels = _not_provided('extract_pandas_labels')
extract_pandas_matrix = _not_provided('extract_pandas_matrix')
extract_dask_data = _not_provided('extract_dask_data')
extract_dask_labels = _not_provided('extract_dask_labels')
read_batch_examples = _not_provided('read_batch_examples')
read_batch_features = _not_provided('read_batch_features')
read_batch_record_features = _not_provided('read_batch_record_features')

"""tf.estimator.inputs: numpy_input_fn feeds batches of numpy arrays (TF reads them through a queue;
here placeholders are fed by the monitored session, with the same batches, epochs and end of input
as tf.errors.OutOfRangeError). pandas_input_fn feeds a DataFrame's columns the same way."""

import random as _random
import numpy as _np
import tensorflow as tf
from tensorflow.train_hooks import INPUT_FEEDERS


class _NumpyFeeder(object):
    """Hands out batches of row indices over num_epochs passes (None: forever), shuffled per pass if asked.
    Batches run on across pass boundaries, as TF's queue does; with num_epochs set the last one may be short."""

    def __init__(self, arrays, placeholders, length, batch_size, num_epochs, shuffle, seed):
        self._arrays = arrays
        self._placeholders = placeholders
        self._length = length
        self._batch_size = batch_size
        self._epochs_left = num_epochs
        self._shuffle = shuffle
        self._random = _random.Random(seed)
        self._order = []

    def _refill(self):
        if self._epochs_left is not None:
            if self._epochs_left <= 0:
                return False
            self._epochs_left -= 1
        order = list(range(self._length))
        if self._shuffle:
            self._random.shuffle(order)
        self._order.extend(order)
        return True

    def next_feed(self):
        while len(self._order) < self._batch_size and self._refill():
            pass
        if not self._order:
            raise tf.errors.OutOfRangeError(None, None, 'FIFOQueue is closed and has insufficient elements '
                                            '(requested %d, current size 0)' % self._batch_size)
        take, self._order = self._order[:self._batch_size], self._order[self._batch_size:]
        rows = _np.asarray(take)
        return dict((ph, array[rows]) for ph, array in zip(self._placeholders, self._arrays))


def _as_array(value):
    return value if isinstance(value, _np.ndarray) else _np.asarray(value)


def _placeholder(array, name):
    # Text (numpy str or bytes arrays, e.g. a DataFrame's object columns) is fed as tf.string.
    dtype = tf.string if array.dtype.kind in 'US' else tf.as_dtype(array.dtype)
    return tf.placeholder(dtype, shape=[None] + list(array.shape[1:]), name=name)


def numpy_input_fn(x, y=None, batch_size=128, num_epochs=1, shuffle=None, queue_capacity=1000, num_threads=1):
    """An input_fn that feeds dicts of numpy arrays (x) and targets (y) in batches."""
    if not isinstance(shuffle, bool):
        raise ValueError('shuffle must be provided and explicitly set as boolean (it is recommended to set it as True '
                         'for training); got {}'.format(shuffle))
    if isinstance(x, dict):
        if not x:
            raise ValueError('x cannot be an empty dict')
    elif len(_as_array(x)) == 0:
        raise ValueError('x cannot be an empty array')
    if isinstance(x, dict) and isinstance(y, dict):
        shared = set(x) & set(y)
        if shared:
            raise ValueError('{} duplicate keys are found in both x and y: {}'.format(len(shared), sorted(shared)))

    def input_fn():
        xs = dict((key, _as_array(value)) for key, value in x.items()) if isinstance(x, dict) else {'__x': _as_array(x)}
        ys = None
        if y is not None:
            ys = dict((key, _as_array(value)) for key, value in y.items()) if isinstance(y, dict) else {'__y': _as_array(y)}
        lengths = set(len(a) for a in xs.values()) | set(len(a) for a in (ys or {}).values())
        if len(lengths) != 1:
            raise ValueError('Length of tensors in x and y is mismatched. All elements in x and y must have the same '
                             'length.\nLengths of x: {}\nLengths of y: {}'.format(
                                 dict((k, len(v)) for k, v in xs.items()),
                                 dict((k, len(v)) for k, v in (ys or {}).items())))
        arrays, placeholders = [], []
        with tf.name_scope('numpy_input'):
            features = {}
            for key in sorted(xs):
                features[key] = _placeholder(xs[key], 'x' if key == '__x' else key)
                arrays.append(xs[key])
                placeholders.append(features[key])
            target = None
            if ys is not None:
                target = {}
                for key in sorted(ys):
                    target[key] = _placeholder(ys[key], 'y' if key == '__y' else key)
                    arrays.append(ys[key])
                    placeholders.append(target[key])
        seed = tf.get_default_graph().seed
        feeder = _NumpyFeeder(arrays, placeholders, lengths.pop(), batch_size, num_epochs, shuffle, seed)
        tf.add_to_collection(INPUT_FEEDERS, feeder)
        if not isinstance(x, dict):
            features = features['__x']
        if target is not None and not isinstance(y, dict):
            target = target['__y']
        return features if target is None else (features, target)

    return input_fn


def pandas_input_fn(x, y=None, batch_size=128, num_epochs=1, shuffle=None, queue_capacity=1000, num_threads=1,
                    target_column='target'):
    """An input_fn that feeds a pandas DataFrame's columns (features keyed by column name) and a Series
    (or DataFrame) of targets in batches, as numpy_input_fn feeds the columns' arrays."""
    import pandas as pd
    if not isinstance(shuffle, bool):
        raise ValueError('shuffle must be provided and explicitly set as boolean (it is recommended to set it as True '
                         'for training); got {}'.format(shuffle))
    if not isinstance(x, pd.DataFrame):
        raise TypeError('x must be a pandas DataFrame; got {}'.format(type(x).__name__))
    if y is not None:
        if target_column in x:
            raise ValueError('Cannot use name {} for target column: DataFrame already has a column with that name: '
                             '{}'.format(target_column, x.columns))
        if not (len(x.index) == len(y.index) and list(x.index) == list(y.index)):
            raise ValueError('Index for x and y are mismatched.\nIndex for x: {}\nIndex for y: {}\n'.format(x.index, y.index))
    features = dict((name, _column_array(x[name])) for name in x.columns)
    target = None
    if isinstance(y, pd.DataFrame):
        target = dict((name, _column_array(y[name])) for name in y.columns)
    elif y is not None:
        target = _column_array(y)
    return numpy_input_fn(features, target, batch_size=batch_size, num_epochs=num_epochs, shuffle=shuffle,
                          queue_capacity=queue_capacity, num_threads=num_threads)


def _column_array(series):
    """A column's numpy array; text columns (object dtype) become string arrays, fed as tf.string."""
    values = series.values
    if values.dtype.kind == 'O':
        return _np.array([str(v) for v in values.tolist()])
    return values

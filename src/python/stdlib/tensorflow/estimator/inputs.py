"""tf.estimator.inputs: numpy_input_fn feeds batches of numpy arrays (TF reads them through a queue;
here placeholders are fed by the monitored session, with the same batches, epochs and end of input
as tf.errors.OutOfRangeError). pandas_input_fn is not supported."""

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
    # Text arrays (numpy str or bytes) are fed as tf.string, as TF's queue feeds them.
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
    raise NotImplementedError('pandas_input_fn() is not supported by Gradbook: there is no pandas; use '
                              'tf.estimator.inputs.numpy_input_fn with a dict of numpy arrays')

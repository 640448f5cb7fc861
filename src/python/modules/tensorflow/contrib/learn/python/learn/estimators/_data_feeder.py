# The x=/y= path of the contrib.learn estimators (TF 1.15 contrib/learn/python/learn/learn_io/
# data_feeder.py DataFeeder): placeholders named 'input' and 'output' ('input_<key>' for a dict)
# fed by the monitored session with batch_size rows (all rows when batch_size is None), in an order
# permuted by np.random.RandomState(42) and re-permuted each pass when shuffling; after `epochs`
# passes the feeder ends the input (TF's feed_fn raises StopIteration; here OutOfRangeError, which
# the monitored session treats the same way).
import numpy as np
import tensorflow as tf
from tensorflow.train_hooks import INPUT_FEEDERS


def _dtype(array):
    # Text arrays (numpy str or bytes) are fed as tf.string.
    return tf.string if array.dtype.kind in 'US' else tf.as_dtype(array.dtype)


def _shape(array):
    return list(array.shape[1:]) if len(array.shape) > 1 else [1]


def _label_shape(array):
    # A [n, 1] label column is fed as [batch], as TF's out_el_shape drops a leading 1.
    shape = list(array.shape[1:]) if len(array.shape) > 1 else []
    return shape[1:] if shape and shape[0] == 1 else shape


class DataFeeder(object):
    def __init__(self, x, y, batch_size=None, shuffle=True, epochs=None):
        self._x_is_dict = isinstance(x, dict)
        self._x = dict((k, np.asarray(v)) for k, v in x.items()) if self._x_is_dict else np.asarray(x)
        self._y = None if y is None else np.asarray(y)
        first = list(self._x.values())[0] if self._x_is_dict else self._x
        self._length = first.shape[0]
        if batch_size is None:
            batch_size = self._length
        elif batch_size <= 0:
            raise ValueError('Invalid batch_size %d.' % batch_size)
        self._batch_size = batch_size
        self._shuffle = shuffle
        self._epochs = epochs
        self._random = np.random.RandomState(42)
        self._indices = self._random.permutation(self._length) if shuffle else np.arange(self._length)
        self._offset = 0
        self._epoch = 0

    def input_builder(self):
        """The placeholders (features, labels) that next_feed fills; registered as the graph's input feeder."""
        if self._x_is_dict:
            self._inputs = dict((k, tf.placeholder(_dtype(v), [None] + _shape(v), name='input_' + k))
                                for k, v in self._x.items())
        else:
            self._inputs = tf.placeholder(_dtype(self._x), [None] + _shape(self._x), name='input')
        self._output = None
        if self._y is not None:
            self._output = tf.placeholder(_dtype(self._y), [None] + _label_shape(self._y), name='output')
        tf.add_to_collection(INPUT_FEEDERS, self)
        return self._inputs, self._output

    def _rows(self, array, rows):
        taken = array[rows]
        return taken.reshape((len(rows), 1)) if len(array.shape) == 1 else taken

    def next_feed(self):
        if self._epochs is not None and self._epoch + 1 > self._epochs:
            raise tf.errors.OutOfRangeError(None, None, 'The input data is exhausted (epochs=%d).' % self._epochs)
        end = min(self._length, self._offset + self._batch_size)
        rows = self._indices[self._offset:end]
        if self._x_is_dict:
            feed = dict((self._inputs[k], self._rows(v, rows)) for k, v in self._x.items())
        else:
            feed = {self._inputs: self._rows(self._x, rows)}
        self._offset += self._batch_size
        if self._offset >= self._length:
            self._indices = self._random.permutation(self._length) if self._shuffle else np.arange(self._length)
            self._offset = 0
            self._epoch += 1
        if self._output is not None:
            labels = self._y[rows]
            feed[self._output] = labels.reshape([len(rows)] + _label_shape(self._y))
        return feed


def input_fn_for(x, y, batch_size, shuffle, epochs):
    """An input_fn reading x (and y) through a DataFeeder made when the input_fn runs (once per graph)."""
    if isinstance(x, (tf.Tensor, tf.Variable)) or isinstance(y, (tf.Tensor, tf.Variable)):
        raise ValueError('Inputs cannot be tensors. Please provide input_fn.')

    def input_fn():
        return DataFeeder(x, y, batch_size=batch_size, shuffle=shuffle, epochs=epochs).input_builder()
    return input_fn

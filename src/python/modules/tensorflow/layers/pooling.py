# tf.layers max/average pooling, 1-D and 2-D (TF 1.15 layers/pooling.py). 1-D pooling runs the
# 2-D op on a width-1 axis, as Keras does; strides have no default in the tf.layers forms.
# channels_first pools with data_format='NCHW' (the kernels transpose around the NHWC loops).
import tensorflow as tf
from tensorflow.layers import _util
from tensorflow.layers.base import Layer


class _Pooling(Layer):
    def __init__(self, rank, pool_function, pool_size, strides, padding='valid', data_format='channels_last',
                 name=None, **kwargs):
        Layer.__init__(self, name=name, **kwargs)
        self.rank = rank
        self.pool_function = pool_function
        self.pool_size = _util.normalize_tuple(pool_size, rank, 'pool_size')
        self.strides = self.pool_size if strides is None else _util.normalize_tuple(strides, rank, 'strides')
        self.padding = _util.normalize_padding(padding)
        self.data_format = _util.check_data_format(type(self).__name__, data_format)

    def call(self, inputs):
        padding = self.padding.upper()
        data_format = _util.nn_format(self.data_format, 2)
        if self.rank == 1:
            # Keras's extra axis: after the width for channels_last, last for channels_first.
            pad_axis = 2 if self.data_format == 'channels_last' else 3
            expanded = tf.expand_dims(inputs, pad_axis)
            pooled = self.pool_function(expanded, ksize=_util.spatial_list([self.pool_size[0], 1], self.data_format),
                                        strides=_util.spatial_list([self.strides[0], 1], self.data_format),
                                        padding=padding, data_format=data_format)
            return tf.squeeze(pooled, [pad_axis])
        return self.pool_function(inputs, ksize=_util.spatial_list(self.pool_size, self.data_format),
                                  strides=_util.spatial_list(self.strides, self.data_format), padding=padding,
                                  data_format=data_format)


class MaxPooling1D(_Pooling):
    def __init__(self, pool_size, strides, padding='valid', data_format='channels_last', name=None, **kwargs):
        _Pooling.__init__(self, 1, tf.nn.max_pool, pool_size, strides, padding, data_format, name, **kwargs)


class AveragePooling1D(_Pooling):
    def __init__(self, pool_size, strides, padding='valid', data_format='channels_last', name=None, **kwargs):
        _Pooling.__init__(self, 1, tf.nn.avg_pool, pool_size, strides, padding, data_format, name, **kwargs)


class MaxPooling2D(_Pooling):
    def __init__(self, pool_size, strides, padding='valid', data_format='channels_last', name=None, **kwargs):
        _Pooling.__init__(self, 2, tf.nn.max_pool, pool_size, strides, padding, data_format, name, **kwargs)


class AveragePooling2D(_Pooling):
    def __init__(self, pool_size, strides, padding='valid', data_format='channels_last', name=None, **kwargs):
        _Pooling.__init__(self, 2, tf.nn.avg_pool, pool_size, strides, padding, data_format, name, **kwargs)


def max_pooling1d(inputs, pool_size, strides, padding='valid', data_format='channels_last', name=None):
    _util.check_data_format('max_pooling1d', data_format)
    return MaxPooling1D(pool_size, strides, padding=padding, data_format=data_format, name=name).apply(inputs)


def average_pooling1d(inputs, pool_size, strides, padding='valid', data_format='channels_last', name=None):
    _util.check_data_format('average_pooling1d', data_format)
    return AveragePooling1D(pool_size, strides, padding=padding, data_format=data_format, name=name).apply(inputs)


def max_pooling2d(inputs, pool_size, strides, padding='valid', data_format='channels_last', name=None):
    _util.check_data_format('max_pooling2d', data_format)
    return MaxPooling2D(pool_size, strides, padding=padding, data_format=data_format, name=name).apply(inputs)


def average_pooling2d(inputs, pool_size, strides, padding='valid', data_format='channels_last', name=None):
    _util.check_data_format('average_pooling2d', data_format)
    return AveragePooling2D(pool_size, strides, padding=padding, data_format=data_format, name=name).apply(inputs)

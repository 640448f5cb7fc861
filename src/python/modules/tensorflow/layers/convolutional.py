# tf.layers.Conv1D, Conv2D, Conv2DTranspose and their functional forms (TF 1.15
# layers/convolutional.py): kernels [k..., in, filters] (transposed: [kh, kw, filters, in]),
# padding 'valid' by default and case-insensitive. channels_first (NCW/NCHW) inputs pass
# data_format='NCW'/'NCHW' to tf.nn, whose kernels transpose around the NHWC loops (TF1's own
# CPU kernels reject NCHW; GPU-written programs run here a little slower instead of failing).
import tensorflow as tf
from tensorflow.layers import _util
from tensorflow.layers.base import Layer
from _gradbook import unsupported

_NO_ACTIVITY = 'activity regularizers'


class _Conv(Layer):
    def __init__(self, rank, filters, kernel_size, strides=1, padding='valid', data_format='channels_last',
                 dilation_rate=1, activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=tf.zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        Layer.__init__(self, trainable=trainable, name=name, **kwargs)
        function = type(self).__name__
        if activity_regularizer is not None:
            _util.not_supported(function, 'activity_regularizer', _NO_ACTIVITY)
        self.rank = rank
        self.filters = filters
        self.kernel_size = _util.normalize_tuple(kernel_size, rank, 'kernel_size')
        self.strides = _util.normalize_tuple(strides, rank, 'strides')
        self.padding = _util.normalize_padding(padding)
        self.data_format = _util.check_data_format(function, data_format)
        self.dilation_rate = _util.normalize_tuple(dilation_rate, rank, 'dilation_rate')
        self.activation = _util.activation(activation)
        self.use_bias = use_bias
        self.kernel_initializer = kernel_initializer
        self.bias_initializer = bias_initializer
        self.kernel_regularizer = kernel_regularizer
        self.bias_regularizer = bias_regularizer
        self.kernel_constraint = kernel_constraint
        self.bias_constraint = bias_constraint

    def _input_channels(self, input_shape):
        if input_shape.ndims != self.rank + 2:
            raise ValueError('Input 0 of layer %s is incompatible with the layer: expected ndim=%d, found ndim=%s. '
                             'Full shape received: %s' % (self.name, self.rank + 2, input_shape.ndims, input_shape))
        channels = input_shape.as_list()[1 if self.data_format == 'channels_first' else -1]
        if channels is None:
            raise ValueError('The channel dimension of the inputs should be defined. Found `None`.')
        return channels

    def _kernel_shape(self, channels):
        return list(self.kernel_size) + [channels, self.filters]

    def build(self, input_shape):
        channels = self._input_channels(input_shape)
        self.kernel = self.add_weight('kernel', shape=self._kernel_shape(channels), initializer=self.kernel_initializer,
                                      regularizer=self.kernel_regularizer, constraint=self.kernel_constraint)
        self.bias = None
        if self.use_bias:
            self.bias = self.add_weight('bias', shape=[self.filters], initializer=self.bias_initializer,
                                        regularizer=self.bias_regularizer, constraint=self.bias_constraint)
        self.built = True

    def _convolve(self, inputs):
        padding = self.padding.upper()
        data_format = _util.nn_format(self.data_format, self.rank)
        if self.rank == 1:
            return tf.nn.conv1d(inputs, self.kernel, stride=list(self.strides), padding=padding,
                                data_format=data_format, dilations=list(self.dilation_rate))
        return tf.nn.conv2d(inputs, self.kernel, strides=_util.spatial_list(self.strides, self.data_format),
                            padding=padding, dilations=_util.spatial_list(self.dilation_rate, self.data_format),
                            data_format=data_format)

    def call(self, inputs):
        outputs = self._convolve(inputs)
        if self.use_bias:
            # BiasAdd's NCHW form adds along axis 1 for rank 3 too (Keras reshapes the bias instead).
            outputs = tf.nn.bias_add(outputs, self.bias,
                                     data_format='NCHW' if self.data_format == 'channels_first' else 'NHWC')
        if self.activation is not None:
            return self.activation(outputs)
        return outputs


class Conv1D(_Conv):
    def __init__(self, filters, kernel_size, strides=1, padding='valid', data_format='channels_last',
                 dilation_rate=1, activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=tf.zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        _Conv.__init__(self, 1, filters, kernel_size, strides, padding, data_format, dilation_rate, activation,
                       use_bias, kernel_initializer, bias_initializer, kernel_regularizer, bias_regularizer,
                       activity_regularizer, kernel_constraint, bias_constraint, trainable, name, **kwargs)


class Conv2D(_Conv):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding='valid', data_format='channels_last',
                 dilation_rate=(1, 1), activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=tf.zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        _Conv.__init__(self, 2, filters, kernel_size, strides, padding, data_format, dilation_rate, activation,
                       use_bias, kernel_initializer, bias_initializer, kernel_regularizer, bias_regularizer,
                       activity_regularizer, kernel_constraint, bias_constraint, trainable, name, **kwargs)


def _deconv_length(size, stride, kernel, padding):
    if size is None:
        return None
    if padding == 'valid':
        return size * stride + max(kernel - stride, 0)
    return size * stride


class Conv2DTranspose(Conv2D):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding='valid', data_format='channels_last',
                 activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=tf.zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        Conv2D.__init__(self, filters, kernel_size, strides, padding, data_format, (1, 1), activation, use_bias,
                        kernel_initializer, bias_initializer, kernel_regularizer, bias_regularizer,
                        activity_regularizer, kernel_constraint, bias_constraint, trainable, name, **kwargs)

    def _kernel_shape(self, channels):
        return list(self.kernel_size) + [self.filters, channels]

    def _convolve(self, inputs):
        static = inputs.get_shape().as_list()
        dynamic = tf.shape(inputs)
        first = self.data_format == 'channels_first'
        sizes = []
        for i, axis in enumerate((2, 3) if first else (1, 2)):
            known = _deconv_length(static[axis], self.strides[i], self.kernel_size[i], self.padding)
            if known is None:
                stride, kernel = self.strides[i], self.kernel_size[i]
                extra = max(kernel - stride, 0) if self.padding == 'valid' else 0
                known = dynamic[axis] * stride + extra
            sizes.append(known)
        spatial = [s if isinstance(s, int) else None for s in sizes]
        if first:
            output_shape = tf.stack([dynamic[0], self.filters, sizes[0], sizes[1]])
            static_out = [static[0], self.filters] + spatial
        else:
            output_shape = tf.stack([dynamic[0], sizes[0], sizes[1], self.filters])
            static_out = [static[0]] + spatial + [self.filters]
        outputs = tf.nn.conv2d_transpose(inputs, self.kernel, output_shape,
                                         strides=_util.spatial_list(self.strides, self.data_format),
                                         padding=self.padding.upper(), data_format=_util.nn_format(self.data_format, 2))
        outputs.set_shape(static_out)
        return outputs




@unsupported(activity_regularizer=_NO_ACTIVITY)
def conv1d(inputs, filters, kernel_size, strides=1, padding='valid', data_format='channels_last', dilation_rate=1,
           activation=None, use_bias=True, kernel_initializer=None, bias_initializer=tf.zeros_initializer(),
           kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
           bias_constraint=None, trainable=True, name=None, reuse=None):
    _util.check_data_format('conv1d', data_format)
    layer = Conv1D(filters, kernel_size, strides=strides, padding=padding, data_format=data_format,
                   dilation_rate=dilation_rate, activation=activation, use_bias=use_bias,
                   kernel_initializer=kernel_initializer, bias_initializer=bias_initializer,
                   kernel_regularizer=kernel_regularizer, bias_regularizer=bias_regularizer,
                   kernel_constraint=kernel_constraint, bias_constraint=bias_constraint, trainable=trainable,
                   name=name, _scope=name, _reuse=reuse)
    return layer.apply(inputs)


@unsupported(activity_regularizer=_NO_ACTIVITY)
def conv2d(inputs, filters, kernel_size, strides=(1, 1), padding='valid', data_format='channels_last',
           dilation_rate=(1, 1), activation=None, use_bias=True, kernel_initializer=None,
           bias_initializer=tf.zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
           activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True, name=None,
           reuse=None):
    _util.check_data_format('conv2d', data_format)
    layer = Conv2D(filters, kernel_size, strides=strides, padding=padding, data_format=data_format,
                   dilation_rate=dilation_rate, activation=activation, use_bias=use_bias,
                   kernel_initializer=kernel_initializer, bias_initializer=bias_initializer,
                   kernel_regularizer=kernel_regularizer, bias_regularizer=bias_regularizer,
                   kernel_constraint=kernel_constraint, bias_constraint=bias_constraint, trainable=trainable,
                   name=name, _scope=name, _reuse=reuse)
    return layer.apply(inputs)


@unsupported(activity_regularizer=_NO_ACTIVITY)
def conv2d_transpose(inputs, filters, kernel_size, strides=(1, 1), padding='valid', data_format='channels_last',
                     activation=None, use_bias=True, kernel_initializer=None, bias_initializer=tf.zeros_initializer(),
                     kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None,
                     kernel_constraint=None, bias_constraint=None, trainable=True, name=None, reuse=None):
    _util.check_data_format('conv2d_transpose', data_format)
    layer = Conv2DTranspose(filters, kernel_size, strides=strides, padding=padding, data_format=data_format,
                            activation=activation, use_bias=use_bias, kernel_initializer=kernel_initializer,
                            bias_initializer=bias_initializer, kernel_regularizer=kernel_regularizer,
                            bias_regularizer=bias_regularizer, kernel_constraint=kernel_constraint,
                            bias_constraint=bias_constraint, trainable=trainable, name=name, _scope=name,
                            _reuse=reuse)
    return layer.apply(inputs)

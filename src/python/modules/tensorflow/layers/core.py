# tf.layers.Dense, Dropout, Flatten and their functional forms (TF 1.15 layers/core.py).
import tensorflow as tf
from tensorflow.layers import _util
from tensorflow.layers.base import Layer
from _gradbook import unsupported

_NO_ACTIVITY = 'activity regularizers'


class Dense(Layer):
    @unsupported(activity_regularizer=_NO_ACTIVITY)
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=tf.zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
                 name=None, **kwargs):
        Layer.__init__(self, trainable=trainable, name=name, **kwargs)
        if not isinstance(units, int) or isinstance(units, bool):
            raise TypeError('units must be an int, got %r' % (units,))
        self.units = units
        self.activation = _util.activation(activation)
        self.use_bias = use_bias
        self.kernel_initializer = kernel_initializer
        self.bias_initializer = bias_initializer
        self.kernel_regularizer = kernel_regularizer
        self.bias_regularizer = bias_regularizer
        self.kernel_constraint = kernel_constraint
        self.bias_constraint = bias_constraint

    def build(self, input_shape):
        last = input_shape.as_list()[-1] if input_shape.ndims else None
        if last is None:
            raise ValueError('The last dimension of the inputs to `Dense` should be defined. Found `None`.')
        self.kernel = self.add_weight('kernel', shape=[last, self.units], initializer=self.kernel_initializer,
                                      regularizer=self.kernel_regularizer, constraint=self.kernel_constraint)
        self.bias = None
        if self.use_bias:
            self.bias = self.add_weight('bias', shape=[self.units], initializer=self.bias_initializer,
                                        regularizer=self.bias_regularizer, constraint=self.bias_constraint)
        self.built = True

    def call(self, inputs):
        rank = inputs.get_shape().ndims
        if rank is not None and rank > 2:
            outputs = tf.tensordot(inputs, self.kernel, [[rank - 1], [0]])
            outputs.set_shape(inputs.get_shape().as_list()[:-1] + [self.units])
        else:
            outputs = tf.matmul(inputs, self.kernel)
        if self.use_bias:
            outputs = tf.nn.bias_add(outputs, self.bias)
        if self.activation is not None:
            return self.activation(outputs)
        return outputs

    def compute_output_shape(self, input_shape):
        return tf.TensorShape(tf.TensorShape(input_shape).as_list()[:-1] + [self.units])


@unsupported(activity_regularizer=_NO_ACTIVITY)
def dense(inputs, units, activation=None, use_bias=True, kernel_initializer=None,
          bias_initializer=tf.zeros_initializer(), kernel_regularizer=None, bias_regularizer=None,
          activity_regularizer=None, kernel_constraint=None, bias_constraint=None, trainable=True,
          name=None, reuse=None):
    layer = Dense(units, activation=activation, use_bias=use_bias, kernel_initializer=kernel_initializer,
                  bias_initializer=bias_initializer, kernel_regularizer=kernel_regularizer,
                  bias_regularizer=bias_regularizer, kernel_constraint=kernel_constraint,
                  bias_constraint=bias_constraint, trainable=trainable, name=name, _scope=name, _reuse=reuse)
    return layer.apply(inputs)


class Dropout(Layer):
    def __init__(self, rate=0.5, noise_shape=None, seed=None, name=None, **kwargs):
        Layer.__init__(self, name=name, **kwargs)
        self.rate = rate
        self.noise_shape = noise_shape
        self.seed = seed

    def call(self, inputs, training=False):
        def dropped():
            return tf.nn.dropout(inputs, rate=self.rate, noise_shape=self.noise_shape, seed=self.seed)
        return _util.smart_cond(training, dropped, lambda: tf.identity(inputs))

    def compute_output_shape(self, input_shape):
        return input_shape


def dropout(inputs, rate=0.5, noise_shape=None, seed=None, training=False, name=None):
    layer = Dropout(rate, noise_shape=noise_shape, seed=seed, name=name)
    return layer.apply(inputs, training=training)


class Flatten(Layer):
    def __init__(self, data_format=None, **kwargs):
        Layer.__init__(self, **kwargs)
        self.data_format = _util.check_data_format('Flatten', data_format)

    def call(self, inputs):
        ndims = inputs.get_shape().ndims
        if self.data_format == 'channels_first' and ndims is not None and ndims > 2:
            # TF flattens channels_first inputs in channels_last order, so a Dense after it sees
            # the same feature order whichever layout the convolutions used.
            inputs = tf.transpose(inputs, [0] + list(range(2, ndims)) + [1])
        dims = inputs.get_shape().as_list()
        batch = dims[0]
        rest = None
        if all(d is not None for d in dims[1:]):
            rest = 1
            for d in dims[1:]:
                rest *= d
        if batch is not None:
            outputs = tf.reshape(inputs, [batch, -1])
        else:
            outputs = tf.reshape(inputs, tf.stack([tf.shape(inputs)[0], -1]))
        outputs.set_shape([batch, rest])
        return outputs


def flatten(inputs, name=None, data_format='channels_last'):
    return Flatten(name=name, data_format=data_format).apply(inputs)

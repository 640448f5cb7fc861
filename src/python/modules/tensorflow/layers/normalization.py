# tf.layers.BatchNormalization (TF 1.15's V1 Keras batch norm): gamma/beta trainable, moving
# mean/variance not; training=True normalizes with the batch statistics and adds the two
# moving-average updates (`moving -= (moving - batch) * (1 - momentum)`) to UPDATE_OPS; a tensor
# `training` picks the path at run time and turns the updates into no-ops when false. 4-D
# inputs over the channel axis (3, or 1 for NCHW) use the fused op, whose batch variance (fed to
# the moving average) carries Bessel's correction; other ranks and axes use the biased moments,
# the [C] statistics reshaped to broadcast along the normalized axis.
import tensorflow as tf
from tensorflow.layers import _util
from tensorflow.layers.base import Layer
from _gradbook import unsupported

_RENORM = 'batch renormalization'


def assign_moving_average(variable, value, momentum):
    with tf.name_scope('AssignMovingAvg') as scope:
        decay = tf.convert_to_tensor(1.0 - momentum, name='decay') if not isinstance(momentum, tf.Tensor) else 1.0 - momentum
        update_delta = (variable - tf.cast(value, variable.dtype.base_dtype)) * decay
        return tf.assign_sub(variable, update_delta, name=scope)


class BatchNormalization(Layer):
    @unsupported(renorm=_RENORM, renorm_clipping=_RENORM, virtual_batch_size='virtual batches',
                 adjustment='adjustments')
    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                 beta_initializer=tf.zeros_initializer(), gamma_initializer=tf.ones_initializer(),
                 moving_mean_initializer=tf.zeros_initializer(), moving_variance_initializer=tf.ones_initializer(),
                 beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None,
                 renorm=False, renorm_clipping=None, renorm_momentum=0.99, fused=None, trainable=True,
                 virtual_batch_size=None, adjustment=None, name=None, **kwargs):
        self._bessel_for_rank2 = kwargs.pop('_bessel_for_rank2', False)
        Layer.__init__(self, trainable=trainable, name=name, **kwargs)
        if isinstance(axis, (list, tuple)):
            if len(axis) != 1:
                _util.not_supported('BatchNormalization', 'axis', 'one feature axis')
            axis = axis[0]
        self.axis = axis
        self.momentum = momentum
        self.epsilon = epsilon
        self.center = center
        self.scale = scale
        self.beta_initializer = beta_initializer
        self.gamma_initializer = gamma_initializer
        self.moving_mean_initializer = moving_mean_initializer
        self.moving_variance_initializer = moving_variance_initializer
        self.beta_regularizer = beta_regularizer
        self.gamma_regularizer = gamma_regularizer
        self.beta_constraint = beta_constraint
        self.gamma_constraint = gamma_constraint
        self.fused = fused

    def build(self, input_shape):
        ndims = input_shape.ndims
        if ndims is None:
            raise ValueError('Input has undefined rank:', input_shape)
        axis = self.axis + ndims if self.axis < 0 else self.axis
        if axis < 0 or axis >= ndims:
            raise ValueError('Invalid axis: %d' % self.axis)
        self._axis = axis
        channels = input_shape.as_list()[axis]
        if channels is None:
            raise ValueError('Input has undefined `axis` dimension. Input shape: ', input_shape)
        # TF 1.15's V1 layer quietly falls back to the plain path when fused=True cannot be used.
        self._fused = ndims == 4 and axis in (1, 3) and self.fused is not False
        self._data_format = 'NCHW' if axis == 1 else 'NHWC'
        self._broadcast = None if axis == ndims - 1 else [channels if i == axis else 1 for i in range(ndims)]
        shape = [channels]
        self.gamma = self.add_weight('gamma', shape, initializer=self.gamma_initializer,
                                     regularizer=self.gamma_regularizer, constraint=self.gamma_constraint) if self.scale else None
        self.beta = self.add_weight('beta', shape, initializer=self.beta_initializer,
                                    regularizer=self.beta_regularizer, constraint=self.beta_constraint) if self.center else None
        self.moving_mean = self.add_weight('moving_mean', shape, initializer=self.moving_mean_initializer, trainable=False)
        self.moving_variance = self.add_weight('moving_variance', shape, initializer=self.moving_variance_initializer,
                                               trainable=False)
        self.built = True

    def _batch_statistics_path(self, inputs):
        if self._fused or (self._bessel_for_rank2 and inputs.get_shape().ndims == 2):
            return self._fused_training(inputs)
        axes = [i for i in range(inputs.get_shape().ndims) if i != self._axis]
        mean, variance = tf.nn.moments(inputs, axes)
        outputs = self._normalize(inputs, mean, variance)
        return outputs, mean, variance

    def _normalize(self, inputs, mean, variance):
        def shaped(v):
            return v if v is None or self._broadcast is None else tf.reshape(v, self._broadcast)
        return tf.nn.batch_normalization(inputs, shaped(mean), shaped(variance), shaped(self.beta),
                                         shaped(self.gamma), self.epsilon)

    def _fused_training(self, inputs):
        x = inputs
        rank2 = inputs.get_shape().ndims == 2
        if rank2:
            x = tf.reshape(inputs, [-1, 1, 1, inputs.get_shape().as_list()[1]])
        outputs, mean, variance = tf.nn.fused_batch_norm(x, self._gamma_or_ones(), self._beta_or_zeros(),
                                                         epsilon=self.epsilon, is_training=True,
                                                         data_format='NHWC' if rank2 else self._data_format)
        if rank2:
            outputs = tf.reshape(outputs, tf.shape(inputs))
        return outputs, mean, variance

    def _moving_statistics_path(self, inputs):
        if self._fused:
            outputs, _, _ = tf.nn.fused_batch_norm(inputs, self._gamma_or_ones(), self._beta_or_zeros(),
                                                   mean=self.moving_mean, variance=self.moving_variance,
                                                   epsilon=self.epsilon, is_training=False,
                                                   data_format=self._data_format)
        else:
            outputs = self._normalize(inputs, self.moving_mean, self.moving_variance)
        return outputs, self.moving_mean, self.moving_variance

    def _gamma_or_ones(self):
        return self.gamma if self.gamma is not None else tf.ones(self.moving_mean.get_shape().as_list())

    def _beta_or_zeros(self):
        return self.beta if self.beta is not None else tf.zeros(self.moving_mean.get_shape().as_list())

    def call(self, inputs, training=False):
        if isinstance(training, bool) and not training:
            outputs, _, _ = self._moving_statistics_path(inputs)
            return outputs
        if isinstance(training, bool):
            outputs, mean, variance = self._batch_statistics_path(inputs)
            momentum = self.momentum
        else:
            training = tf.convert_to_tensor(training)
            outputs, mean, variance = tf.cond(training, lambda: self._batch_statistics_path(inputs),
                                              lambda: self._moving_statistics_path(inputs))
            momentum = tf.cond(training, lambda: tf.constant(self.momentum), lambda: tf.constant(1.0))
        self.add_update(assign_moving_average(self.moving_mean, mean, momentum))
        self.add_update(assign_moving_average(self.moving_variance, variance, momentum))
        outputs.set_shape(inputs.get_shape())
        return outputs


@unsupported(renorm=_RENORM, renorm_clipping=_RENORM, virtual_batch_size='virtual batches', adjustment='adjustments')
def batch_normalization(inputs, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                        beta_initializer=tf.zeros_initializer(), gamma_initializer=tf.ones_initializer(),
                        moving_mean_initializer=tf.zeros_initializer(), moving_variance_initializer=tf.ones_initializer(),
                        beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None,
                        training=False, trainable=True, name=None, reuse=None, renorm=False, renorm_clipping=None,
                        renorm_momentum=0.99, fused=None, virtual_batch_size=None, adjustment=None):
    layer = BatchNormalization(axis=axis, momentum=momentum, epsilon=epsilon, center=center, scale=scale,
                               beta_initializer=beta_initializer, gamma_initializer=gamma_initializer,
                               moving_mean_initializer=moving_mean_initializer,
                               moving_variance_initializer=moving_variance_initializer,
                               beta_regularizer=beta_regularizer, gamma_regularizer=gamma_regularizer,
                               beta_constraint=beta_constraint, gamma_constraint=gamma_constraint, fused=fused,
                               trainable=trainable, name=name, _scope=name, _reuse=reuse)
    return layer.apply(inputs, training=training)

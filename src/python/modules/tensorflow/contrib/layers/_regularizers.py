# tf.contrib.layers' regularizers (TF 1.15 contrib/layers/python/layers/regularizers.py): l1 is
# scale·Σ|w|, l2 is scale·Σw²/2 (tf.nn.l2_loss), with TF's scale checks and name scopes.
import tensorflow as tf


def _check_scale(scale, period):
    if isinstance(scale, int):
        raise ValueError('scale cannot be an integer: %s' % (scale,))
    if isinstance(scale, float):
        if scale < 0.0:
            raise ValueError('Setting a scale less than 0 on a regularizer: %g%s' % (scale, period))
        if scale == 0.0:
            tf.logging.info('Scale of 0 disables regularizer.')
            return False
    return True


def l1_regularizer(scale, scope=None):
    if not _check_scale(scale, ''):
        return lambda _: None

    def l1(weights, name=None):
        with tf.name_scope(scope, 'l1_regularizer', [weights]) as name:
            my_scale = tf.convert_to_tensor(scale, dtype=weights.dtype.base_dtype, name='scale')
            return tf.multiply(my_scale, tf.reduce_sum(tf.abs(weights)), name=name)
    return l1


def l2_regularizer(scale, scope=None):
    if not _check_scale(scale, '.'):
        return lambda _: None

    def l2(weights):
        with tf.name_scope(scope, 'l2_regularizer', [weights]) as name:
            my_scale = tf.convert_to_tensor(scale, dtype=weights.dtype.base_dtype, name='scale')
            return tf.multiply(my_scale, tf.nn.l2_loss(weights), name=name)
    return l2


def sum_regularizer(regularizer_list, scope=None):
    regularizer_list = [reg for reg in regularizer_list if reg is not None]
    if not regularizer_list:
        return None

    def sum_reg(weights):
        with tf.name_scope(scope, 'sum_regularizer', [weights]) as name:
            tensors = [t for t in (reg(weights) for reg in regularizer_list) if t is not None]
            return tf.add_n(tensors, name=name) if tensors else None
    return sum_reg


def l1_l2_regularizer(scale_l1=1.0, scale_l2=1.0, scope=None):
    if isinstance(scale_l1, float) and scale_l1 == 0.0 and isinstance(scale_l2, float) and scale_l2 == 0.0:
        return lambda _: None
    return sum_regularizer([l1_regularizer(scale_l1), l2_regularizer(scale_l2)], scope=scope)


def apply_regularization(regularizer, weights_list=None):
    if not weights_list:
        weights_list = tf.get_collection(tf.GraphKeys.WEIGHTS)
    if not weights_list:
        raise ValueError('No weights to regularize.')
    with tf.name_scope(None, 'get_regularization_penalty', weights_list) as scope:
        penalties = [regularizer(w) for w in weights_list]
        penalties = [p if p is not None else tf.constant(0.0) for p in penalties]
        for p in penalties:
            if p.get_shape().ndims != 0:
                raise ValueError('regularizer must return a scalar Tensor instead of a Tensor with rank %d.'
                                 % p.get_shape().ndims)
        summed = tf.add_n(penalties, name=scope)
        tf.add_to_collection(tf.GraphKeys.REGULARIZATION_LOSSES, summed)
        return summed

# tf.keras.initializers (TF 1.15): Keras names and defaults over TF's initializer objects.
import tensorflow as tf

Initializer = object


def Zeros(dtype=tf.float32):
    return tf.zeros_initializer(dtype=dtype)


def Ones(dtype=tf.float32):
    return tf.ones_initializer(dtype=dtype)


def Constant(value=0, dtype=tf.float32):
    return tf.constant_initializer(value, dtype=dtype)


def RandomNormal(mean=0.0, stddev=0.05, seed=None, dtype=tf.float32):
    return tf.random_normal_initializer(mean=mean, stddev=stddev, seed=seed, dtype=dtype)


def RandomUniform(minval=-0.05, maxval=0.05, seed=None, dtype=tf.float32):
    return tf.random_uniform_initializer(minval=minval, maxval=maxval, seed=seed, dtype=dtype)


def TruncatedNormal(mean=0.0, stddev=0.05, seed=None, dtype=tf.float32):
    return tf.truncated_normal_initializer(mean=mean, stddev=stddev, seed=seed, dtype=dtype)


def VarianceScaling(scale=1.0, mode='fan_in', distribution='truncated_normal', seed=None, dtype=tf.float32):
    return tf.variance_scaling_initializer(scale=scale, mode=mode, distribution=distribution, seed=seed, dtype=dtype)


def GlorotUniform(seed=None, dtype=tf.float32):
    return tf.glorot_uniform_initializer(seed=seed, dtype=dtype)


def GlorotNormal(seed=None, dtype=tf.float32):
    return tf.glorot_normal_initializer(seed=seed, dtype=dtype)


def he_normal(seed=None):
    return tf.initializers.he_normal(seed=seed)


def he_uniform(seed=None):
    return tf.initializers.he_uniform(seed=seed)


def lecun_normal(seed=None):
    return tf.initializers.lecun_normal(seed=seed)


def lecun_uniform(seed=None):
    return tf.initializers.lecun_uniform(seed=seed)


zeros = Zeros
ones = Ones
constant = Constant
random_normal = RandomNormal
random_uniform = RandomUniform
truncated_normal = TruncatedNormal
glorot_uniform = GlorotUniform
glorot_normal = GlorotNormal
variance_scaling = VarianceScaling
# Keras 2.2's short aliases.
normal = RandomNormal
uniform = RandomUniform

_BY_NAME = {
    'zeros': Zeros, 'ones': Ones, 'constant': Constant, 'random_normal': RandomNormal,
    'random_uniform': RandomUniform, 'truncated_normal': TruncatedNormal, 'glorot_uniform': GlorotUniform,
    'glorot_normal': GlorotNormal, 'variance_scaling': VarianceScaling, 'he_normal': he_normal,
    'he_uniform': he_uniform, 'lecun_normal': lecun_normal, 'lecun_uniform': lecun_uniform,
    'normal': RandomNormal, 'uniform': RandomUniform,
}


def get(identifier):
    if identifier is None or callable(identifier) and not isinstance(identifier, type):
        return identifier
    if isinstance(identifier, str):
        key = identifier
        for name in _BY_NAME:
            if name.replace('_', '') == identifier.lower().replace('_', ''):
                key = name
        if key in _BY_NAME:
            return _BY_NAME[key]()
    raise ValueError('Unknown initializer: ' + str(identifier))

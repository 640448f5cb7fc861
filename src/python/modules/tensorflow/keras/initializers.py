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


class Orthogonal(object):
    """TF 1.15 orthogonal_initializer: the Q of a QR factorization of a random_normal matrix of shape
    (max(rows, cols), min(rows, cols)), rows = prod(shape[:-1]), cols = shape[-1], with Q's columns
    signed so R's diagonal is positive (that Q is unique: it is what Gram-Schmidt gives, which is
    how it is computed here, in the graph), transposed when rows < cols, times gain."""
    def __init__(self, gain=1.0, seed=None, dtype=tf.float32):
        self.gain = gain
        self.seed = seed
        self.dtype = tf.as_dtype(dtype)

    def __call__(self, shape, dtype=None, partition_info=None):
        dtype = tf.as_dtype(dtype or self.dtype)
        shape = list(shape)
        if len(shape) < 2:
            raise ValueError('The tensor to initialize must be at least two-dimensional')
        num_rows = 1
        for dim in shape[:-1]:
            num_rows *= dim
        num_cols = shape[-1]
        rows, cols = max(num_rows, num_cols), min(num_rows, num_cols)
        a = tf.random_normal([rows, cols], dtype=dtype, seed=self.seed)
        columns = []
        for j in range(cols):
            v = a[:, j]
            for q in columns:
                v = v - tf.reduce_sum(q * v) * q
            columns.append(v / tf.sqrt(tf.reduce_sum(v * v)))
        q = tf.stack(columns, axis=1)
        if num_rows < num_cols:
            q = tf.transpose(q)
        return self.gain * tf.reshape(q, shape)


orthogonal = Orthogonal


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
    'normal': RandomNormal, 'uniform': RandomUniform, 'orthogonal': Orthogonal,
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

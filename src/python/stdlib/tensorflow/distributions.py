"""tf.distributions (TF 1.15, the pre-TFP core): Normal, Bernoulli and Categorical over tensors,
with sample, log_prob, prob, entropy, mean, stddev / variance, mode (and cdf / log_cdf for Normal) and kl_divergence between two
Normals, two Bernoullis or two Categoricals. Ops are named under the distribution's name scope
('Normal/sample', ...) as TF names them; sample(n) puts n in front of the batch shape."""

import math
import tensorflow as tf

FULLY_REPARAMETERIZED = 'FULLY_REPARAMETERIZED'
NOT_REPARAMETERIZED = 'NOT_REPARAMETERIZED'


def _unsupported(fn, arg, why):
    raise NotImplementedError("%s() argument '%s' is not supported by Gradbook: %s" % (fn, arg, why))


class Distribution(object):
    """Shared plumbing: parameters as tensors, the name scope, and sample_shape handling."""

    def __init__(self, dtype, reparameterization_type, validate_args, allow_nan_stats, parameters, name):
        if validate_args:
            _unsupported(type(self).__name__, 'validate_args', 'argument validation ops')
        self._dtype = dtype
        self._reparameterization_type = reparameterization_type
        self._allow_nan_stats = allow_nan_stats
        self._parameters = parameters
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return self._dtype

    @property
    def parameters(self):
        return dict(self._parameters)

    @property
    def reparameterization_type(self):
        return self._reparameterization_type

    @property
    def allow_nan_stats(self):
        return self._allow_nan_stats

    def _scope(self, what):
        return tf.name_scope(self._name + '/' + what + '/')

    def _sample_shape(self, sample_shape):
        if isinstance(sample_shape, (list, tuple)):
            return [int(s) for s in sample_shape]
        return [int(sample_shape)] if not isinstance(sample_shape, tf.Tensor) else sample_shape

    def sample(self, sample_shape=(), seed=None, name='sample'):
        with self._scope(name):
            shape = self._sample_shape(sample_shape)
            if isinstance(shape, tf.Tensor):
                shape = tf.reshape(shape, [-1])
                return self._sample_n(tf.reduce_prod(shape), seed, shape)
            n = 1
            for s in shape:
                n *= s
            samples = self._sample_n(n, seed, shape)
            batch = self._static_batch().as_list() if self._static_batch().ndims is not None else None
            if batch is not None:
                samples.set_shape(shape + batch)
            return samples

    def _reshape_samples(self, samples, n, shape):
        batch = tf.shape(samples)[1:]
        if isinstance(shape, list) and len(shape) == 1:
            return samples
        return tf.reshape(samples, tf.concat([tf.cast(shape, tf.int32) if isinstance(shape, tf.Tensor) else tf.constant(shape, dtype=tf.int32), batch], 0))

    def log_prob(self, value, name='log_prob'):
        with self._scope(name):
            return self._log_prob(tf.convert_to_tensor(value, dtype=self._value_dtype()))

    def prob(self, value, name='prob'):
        with self._scope(name):
            return tf.exp(self._log_prob(tf.convert_to_tensor(value, dtype=self._value_dtype())))

    def cdf(self, value, name='cdf'):
        with self._scope(name):
            return self._cdf(tf.convert_to_tensor(value, dtype=self._value_dtype()))

    def log_cdf(self, value, name='log_cdf'):
        with self._scope(name):
            return self._log_cdf(tf.convert_to_tensor(value, dtype=self._value_dtype()))

    def _cdf(self, x):
        raise NotImplementedError('cdf is not implemented: %s' % type(self).__name__)

    def _log_cdf(self, x):
        raise NotImplementedError('log_cdf is not implemented: %s' % type(self).__name__)

    def entropy(self, name='entropy'):
        with self._scope(name):
            return self._entropy()

    def mean(self, name='mean'):
        with self._scope(name):
            return self._mean()

    def mode(self, name='mode'):
        with self._scope(name):
            return self._mode()

    def variance(self, name='variance'):
        with self._scope(name):
            return self._variance()

    def stddev(self, name='stddev'):
        with self._scope(name):
            return tf.sqrt(self._variance())

    def kl_divergence(self, other, name='kl_divergence'):
        return kl_divergence(self, other, name=name)

    def _value_dtype(self):
        return self._dtype

    def _static_batch(self):
        return tf.TensorShape(None)


class Normal(Distribution):
    """The Normal distribution with location `loc` and `scale` parameters."""

    def __init__(self, loc, scale, validate_args=False, allow_nan_stats=True, name='Normal'):
        parameters = dict(loc=loc, scale=scale, validate_args=validate_args, allow_nan_stats=allow_nan_stats, name=name)
        with tf.name_scope(name, values=[loc, scale]) as scope:
            self._loc = tf.identity(tf.convert_to_tensor(loc, name='loc'), name='loc')
            self._scale = tf.identity(tf.convert_to_tensor(scale, name='scale', dtype=self._loc.dtype), name='scale')
        Distribution.__init__(self, self._loc.dtype, FULLY_REPARAMETERIZED, validate_args, allow_nan_stats,
                              parameters, scope.rstrip('/'))

    @property
    def loc(self):
        return self._loc

    @property
    def scale(self):
        return self._scale

    def _batch(self):
        return tf.shape(self._loc + self._scale)

    def _static_batch(self):
        a, b = self._loc.get_shape(), self._scale.get_shape()
        if a.ndims is None or b.ndims is None:
            return tf.TensorShape(None)
        a, b = a.as_list(), b.as_list()
        n = max(len(a), len(b))
        a, b = [1] * (n - len(a)) + a, [1] * (n - len(b)) + b
        return tf.TensorShape([y if x == 1 else x if y == 1 or y == x else None for x, y in zip(a, b)])

    def _sample_n(self, n, seed, shape):
        batch = self._batch()
        full = tf.concat([[n], batch], 0)
        eps = tf.random_normal(full, dtype=self._dtype, seed=seed)
        samples = eps * self._scale + self._loc
        return self._reshape_samples(samples, n, shape)

    def _log_prob(self, x):
        z = (x - self._loc) / self._scale
        return -0.5 * tf.square(z) - (0.5 * math.log(2. * math.pi) + tf.log(self._scale))

    def _cdf(self, x):
        # 0.5 * (1 + erf(z / sqrt(2))), written with erfc so the lower tail keeps its digits.
        z = (x - self._loc) / self._scale
        return 0.5 * tf.erfc(-z * (1. / math.sqrt(2.)))

    def _log_cdf(self, x):
        # log(cdf) where cdf is representable; below z = -8 the asymptotic series of log Phi(z):
        # -z^2/2 - log(-z) - log(2 pi)/2 + log(1 - 1/z^2 + 3/z^4 - 15/z^6 + 105/z^8).
        z = (x - self._loc) / self._scale
        lower = z < -8.
        z_mid = tf.where(lower, tf.zeros_like(z), z)
        mid = tf.log(0.5 * tf.erfc(-z_mid * (1. / math.sqrt(2.))))
        z_low = tf.where(lower, z, -8. * tf.ones_like(z))
        r = 1. / tf.square(z_low)
        series = 1. + r * (-1. + r * (3. + r * (-15. + r * 105.)))
        low = -0.5 * tf.square(z_low) - tf.log(-z_low) - 0.5 * math.log(2. * math.pi) + tf.log(series)
        return tf.where(lower, low, mid)

    def _entropy(self):
        scale = self._scale * tf.ones_like(self._loc)
        return 0.5 * math.log(2. * math.pi * math.e) + tf.log(scale)

    def _mean(self):
        return self._loc * tf.ones_like(self._scale)

    def _mode(self):
        return self._mean()

    def _variance(self):
        return tf.square(self._scale) * tf.ones_like(self._loc)


class _LogitsOrProbs(Distribution):
    """A distribution given by `logits` or `probs` (exactly one; the other is derived in its scope)."""

    def _init_logits_or_probs(self, logits, probs, dtype, validate_args, allow_nan_stats, name,
                              probs_from_logits, logits_from_probs):
        parameters = dict(logits=logits, probs=probs, dtype=dtype, validate_args=validate_args,
                          allow_nan_stats=allow_nan_stats, name=name)
        if (logits is None) == (probs is None):
            raise ValueError('Must pass probs or logits, but not both.')
        with tf.name_scope(name) as scope:
            if probs is None:
                self._logits = tf.identity(tf.convert_to_tensor(logits, name='logits'), name='logits')
                self._probs = probs_from_logits(self._logits)
            else:
                self._probs = tf.identity(tf.convert_to_tensor(probs, name='probs'), name='probs')
                self._logits = logits_from_probs(self._probs)
        Distribution.__init__(self, dtype, NOT_REPARAMETERIZED, validate_args, allow_nan_stats, parameters,
                              scope.rstrip('/'))

    @property
    def logits(self):
        return self._logits

    @property
    def probs(self):
        return self._probs


class Bernoulli(_LogitsOrProbs):
    """Bernoulli over {0, 1} from `logits` or `probs` (exactly one); samples are int32."""

    def __init__(self, logits=None, probs=None, dtype=tf.int32, validate_args=False, allow_nan_stats=True,
                 name='Bernoulli'):
        self._init_logits_or_probs(logits, probs, dtype, validate_args, allow_nan_stats, name,
                                   lambda l: tf.sigmoid(l, name='probs'),
                                   lambda p: tf.log(p) - tf.log1p(-p))

    def _value_dtype(self):
        return None

    def _static_batch(self):
        return self._probs.get_shape()

    def _sample_n(self, n, seed, shape):
        batch = tf.shape(self._probs)
        full = tf.concat([[n], batch], 0)
        u = tf.random_uniform(full, dtype=self._probs.dtype, seed=seed)
        samples = tf.cast(tf.less(u, self._probs), self._dtype)
        return self._reshape_samples(samples, n, shape)

    def _log_prob(self, x):
        x = tf.cast(x, self._logits.dtype)
        return -tf.nn.sigmoid_cross_entropy_with_logits(labels=x, logits=self._logits)

    def _entropy(self):
        return (-self._logits * (tf.sigmoid(self._logits) - 1.) + tf.nn.softplus(-self._logits))

    def _mean(self):
        return tf.identity(self._probs)

    def _mode(self):
        return tf.cast(self._probs > 0.5, self._dtype)

    def _variance(self):
        return self._probs * (1. - self._probs)


class Categorical(_LogitsOrProbs):
    """A categorical over the last axis of `logits` or `probs` (exactly one); samples are int32."""

    def __init__(self, logits=None, probs=None, dtype=tf.int32, validate_args=False, allow_nan_stats=True,
                 name='Categorical'):
        self._init_logits_or_probs(logits, probs, dtype, validate_args, allow_nan_stats, name,
                                   lambda l: tf.nn.softmax(l, name='probs'),
                                   lambda p: tf.log(p, name='logits'))

    @property
    def event_size(self):
        return tf.shape(self._logits)[-1]

    def _value_dtype(self):
        return None

    def _static_batch(self):
        return self._logits.get_shape()[:-1]

    def _sample_n(self, n, seed, shape):
        k = tf.shape(self._logits)[-1]
        flat = tf.reshape(self._logits, [-1, k])
        draws = tf.multinomial(flat, n, seed=seed, output_dtype=self._dtype)   # [batch, n]
        draws = tf.transpose(draws)                                          # [n, batch]
        batch = tf.shape(self._logits)[:-1]
        samples = tf.reshape(draws, tf.concat([[n], batch], 0))
        return self._reshape_samples(samples, n, shape)

    def _log_prob(self, k):
        k = tf.cast(k, tf.int32)
        logits = self._logits * tf.ones_like(tf.cast(tf.expand_dims(k, -1), self._logits.dtype))
        k = k * tf.ones(tf.shape(logits)[:-1], dtype=tf.int32)
        return -tf.nn.sparse_softmax_cross_entropy_with_logits(labels=k, logits=logits)

    def _entropy(self):
        return -tf.reduce_sum(tf.nn.log_softmax(self._logits) * self._probs, axis=-1)

    def _mode(self):
        return tf.cast(tf.argmax(self._logits, axis=-1), self._dtype)

    def _mean(self):
        raise NotImplementedError('mean is not implemented: Categorical')


def kl_divergence(distribution_a, distribution_b, allow_nan_stats=True, name=None):
    """KL(a || b) for two distributions of the same family."""
    a, b = distribution_a, distribution_b
    with tf.name_scope(name, 'KullbackLeibler'):
        if isinstance(a, Normal) and isinstance(b, Normal):
            ratio = tf.square(a.scale / b.scale)
            diff = tf.square((a.loc - b.loc) / b.scale)
            return 0.5 * diff + 0.5 * (ratio - 1. - tf.log(ratio))
        if isinstance(a, Bernoulli) and isinstance(b, Bernoulli):
            pa, pb = a.probs, b.probs
            return (tf.nn.softplus(-b.logits) - tf.nn.softplus(-a.logits)) * pa + \
                   (tf.nn.softplus(b.logits) - tf.nn.softplus(a.logits)) * (1. - pa)
        if isinstance(a, Categorical) and isinstance(b, Categorical):
            la, lb = tf.nn.log_softmax(a.logits), tf.nn.log_softmax(b.logits)
            return tf.reduce_sum(tf.nn.softmax(a.logits) * (la - lb), axis=-1)
    raise NotImplementedError('No KL(distribution_a || distribution_b) registered for distribution_a type %s '
                              'and distribution_b type %s' % (type(a).__name__, type(b).__name__))

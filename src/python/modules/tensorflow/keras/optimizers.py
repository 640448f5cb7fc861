# tf.keras.optimizers as TF 1.13 defines them (the Keras 2.2 optimizers): SGD(lr=0.01),
# Adam(lr=0.001, epsilon=K.epsilon()=1e-7), RMSprop(lr=0.001, rho=0.9, epsilon=1e-7), Adagrad
# (lr=0.01), Adadelta(lr=1.0, rho=0.95), and
# TFOptimizer wrapping a tf.train optimizer. `learning_rate=` is accepted as TF 1.14's alias of lr.
# Where Keras's update equals a tf.train optimizer's (SGD, momentum, Nesterov, Adam without decay)
# the tf.train optimizer builds it, so the training monitor sees a real apply op; Keras's RMSprop
# differs from tf.train's (accumulator starts at 0, epsilon outside the square root), so it, Adagrad
# and Adadelta are built from assign ops.
import tensorflow as tf
from tensorflow.keras import backend


def _no(cls, arg, why=None):
    text = "%s() argument '%s' is not supported by Gradbook" % (cls, arg)
    raise NotImplementedError(text + ': ' + why if why else text)


def _rate(cls, lr, learning_rate, kwargs, decay=0.):
    for key in kwargs:
        if key in ('clipnorm', 'clipvalue'):
            _no(cls, key)
        raise TypeError('Unexpected keyword argument passed to optimizer: ' + str(key))
    if decay:
        _no(cls, 'decay', 'learning-rate decay')
    return float(learning_rate if learning_rate is not None else lr)


def _epsilon(epsilon):
    return backend.epsilon() if epsilon is None else epsilon


def _accumulator_scaled(params, grads, lr, epsilon, accumulate):
    """RMSprop's and Adagrad's update: a = accumulate(a, g), p -= lr·g / (√a + ε)."""
    updates = []
    for p, g in zip(params, grads):
        a = _slot(p, '_accumulator')
        new_a = accumulate(a, g)
        updates.append(tf.assign(a, new_a))
        updates.append(tf.assign_sub(p, lr * g / (tf.sqrt(new_a) + epsilon)))
    return updates


class Optimizer(object):
    def get_updates(self, loss, params):
        raise NotImplementedError('Must be implemented in subclasses.')

    def get_config(self):
        return {'lr': self.lr}


class SGD(Optimizer):
    def __init__(self, lr=0.01, momentum=0., decay=0., nesterov=False, learning_rate=None, **kwargs):
        self.lr = _rate('SGD', lr, learning_rate, kwargs, decay)
        self.momentum = float(momentum)
        self.nesterov = nesterov

    def get_updates(self, loss, params):
        if self.momentum or self.nesterov:
            opt = tf.train.MomentumOptimizer(self.lr, self.momentum, use_nesterov=self.nesterov)
        else:
            opt = tf.train.GradientDescentOptimizer(self.lr)
        return [opt.minimize(loss, var_list=params)]


class Adam(Optimizer):
    def __init__(self, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=None, decay=0., amsgrad=False,
                 learning_rate=None, **kwargs):
        self.lr = _rate('Adam', lr, learning_rate, kwargs, decay)
        if amsgrad:
            _no('Adam', 'amsgrad')
        self.beta_1 = beta_1
        self.beta_2 = beta_2
        self.epsilon = _epsilon(epsilon)

    def get_updates(self, loss, params):
        opt = tf.train.AdamOptimizer(self.lr, self.beta_1, self.beta_2, self.epsilon)
        return [opt.minimize(loss, var_list=params)]


class RMSprop(Optimizer):
    def __init__(self, lr=0.001, rho=0.9, epsilon=None, decay=0., learning_rate=None, **kwargs):
        self.lr = _rate('RMSprop', lr, learning_rate, kwargs, decay)
        self.rho = rho
        self.epsilon = _epsilon(epsilon)

    def get_updates(self, loss, params):
        return _accumulator_scaled(params, tf.gradients(loss, params), self.lr, self.epsilon,
                                   lambda a, g: self.rho * a + (1. - self.rho) * tf.square(g))


def _slot(p, suffix):
    return tf.Variable(tf.zeros(p.get_shape().as_list(), dtype=p.dtype.base_dtype), trainable=False,
                       name=p.op.name.replace('/', '_') + suffix)


class Adagrad(Optimizer):
    """Keras's Adagrad: a += g², p -= lr·g / (√a + ε), the accumulator starting at 0."""
    def __init__(self, lr=0.01, epsilon=None, decay=0., learning_rate=None, **kwargs):
        self.lr = _rate('Adagrad', lr, learning_rate, kwargs, decay)
        self.epsilon = _epsilon(epsilon)

    def get_updates(self, loss, params):
        return _accumulator_scaled(params, tf.gradients(loss, params), self.lr, self.epsilon,
                                   lambda a, g: a + tf.square(g))


class Adadelta(Optimizer):
    """Keras's Adadelta (lr=1.0, rho=0.95): a = ρa + (1-ρ)g², u = g·√(d + ε)/√(a + ε), p -= lr·u,
    d = ρd + (1-ρ)u²."""
    def __init__(self, lr=1.0, rho=0.95, epsilon=None, decay=0., learning_rate=None, **kwargs):
        self.lr = _rate('Adadelta', lr, learning_rate, kwargs, decay)
        self.rho = rho
        self.epsilon = _epsilon(epsilon)

    def get_updates(self, loss, params):
        updates = []
        for p, g in zip(params, tf.gradients(loss, params)):
            a = _slot(p, '_accumulator')
            d = _slot(p, '_delta_accumulator')
            new_a = self.rho * a + (1. - self.rho) * tf.square(g)
            step = g * tf.sqrt(d + self.epsilon) / tf.sqrt(new_a + self.epsilon)
            updates.append(tf.assign(a, new_a))
            updates.append(tf.assign_sub(p, self.lr * step))
            updates.append(tf.assign(d, self.rho * d + (1. - self.rho) * tf.square(step)))
        return updates


class TFOptimizer(Optimizer):
    """A tf.train optimizer given to compile(): its minimize() builds the update."""
    def __init__(self, optimizer):
        self.optimizer = optimizer

    def get_updates(self, loss, params):
        return [self.optimizer.minimize(loss, var_list=params)]


sgd = SGD
adam = Adam
rmsprop = RMSprop
adagrad = Adagrad
adadelta = Adadelta

_BY_NAME = {'sgd': SGD, 'adam': Adam, 'rmsprop': RMSprop, 'adagrad': Adagrad, 'adadelta': Adadelta}


def get(identifier):
    if isinstance(identifier, Optimizer):
        return identifier
    if isinstance(identifier, str):
        if identifier.lower() in _BY_NAME:
            return _BY_NAME[identifier.lower()]()
        raise ValueError('Unknown optimizer: ' + identifier)
    if hasattr(identifier, 'minimize') and hasattr(identifier, 'compute_gradients'):
        return TFOptimizer(identifier)
    raise ValueError('Could not interpret optimizer identifier: ' + str(identifier))

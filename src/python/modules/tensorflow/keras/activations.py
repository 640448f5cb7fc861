# tf.keras.activations (TF 1.15): the activation functions Keras layers accept by name.
import tensorflow as tf


def linear(x):
    return x


def relu(x, alpha=0.0, max_value=None, threshold=0):
    if threshold != 0:
        raise NotImplementedError("relu() argument 'threshold' is not supported by Gradbook")
    y = tf.nn.leaky_relu(x, alpha=alpha) if alpha != 0 else tf.nn.relu(x)
    if max_value is not None:
        y = tf.minimum(y, max_value)
    return y


def softmax(x, axis=-1):
    return tf.nn.softmax(x, axis=axis)


def sigmoid(x):
    return tf.nn.sigmoid(x)


def tanh(x):
    return tf.nn.tanh(x)


def elu(x, alpha=1.0):
    y = tf.nn.elu(x)
    return y if alpha == 1 else tf.where(x > 0, y, alpha * y)


def selu(x):
    return tf.nn.selu(x)


def softplus(x):
    return tf.nn.softplus(x)


def softsign(x):
    return tf.nn.softsign(x)


def exponential(x):
    return tf.exp(x)


def hard_sigmoid(x):
    return tf.clip_by_value(0.2 * x + 0.5, 0.0, 1.0)


def relu6(x):
    return tf.nn.relu6(x)


_BY_NAME = {
    'linear': linear, 'relu': relu, 'softmax': softmax, 'sigmoid': sigmoid, 'tanh': tanh, 'elu': elu,
    'selu': selu, 'softplus': softplus, 'softsign': softsign, 'exponential': exponential,
    'hard_sigmoid': hard_sigmoid, 'relu6': relu6,
}


def get(identifier):
    if identifier is None:
        return linear
    if callable(identifier):
        return identifier
    if isinstance(identifier, str) and identifier in _BY_NAME:
        return _BY_NAME[identifier]
    raise ValueError('Unknown activation function:' + str(identifier))


def serialize(activation):
    for name, fn in _BY_NAME.items():
        if fn is activation:
            return name
    raise ValueError('Unknown activation function: %s' % (activation,))


def deserialize(name, custom_objects=None):
    if custom_objects and name in custom_objects:
        return custom_objects[name]
    return get(name)

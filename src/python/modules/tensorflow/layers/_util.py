# What every layer module shares: argument normalization with TF's error texts, activations and
# initializers given by name, and the NotImplementedError text of Gradbook's signature tables.
import tensorflow as tf


def not_supported(function, argument, why=None):
    text = "%s() argument '%s' is not supported by Gradbook" % (function, argument)
    raise NotImplementedError(text + ': ' + why if why else text)


def to_tensors(inputs):
    if isinstance(inputs, (list, tuple)):
        return [tf.convert_to_tensor(x) for x in inputs]
    return tf.convert_to_tensor(inputs)


def shapes_of(inputs):
    if isinstance(inputs, (list, tuple)):
        return [x.get_shape() for x in inputs]
    return inputs.get_shape()


def normalize_tuple(value, n, name):
    if isinstance(value, int):
        return (value,) * n
    try:
        values = tuple(value)
    except TypeError:
        values = None
    if values is None or len(values) != n or not all(isinstance(v, int) for v in values):
        raise ValueError('The `%s` argument must be a tuple of %d integers. Received: %s' % (name, n, value))
    return values


def normalize_padding(value):
    padding = value.lower() if isinstance(value, str) else value
    if padding not in ('valid', 'same'):
        raise ValueError('The `padding` argument must be one of "valid", "same" (or "causal", only for `Conv1D). '
                         'Received: ' + str(value))
    return padding


def check_data_format(function, value):
    """'channels_last' or 'channels_first' (any case; None is channels_last), else TF's ValueError."""
    data_format = value.lower() if isinstance(value, str) else value
    if data_format is None:
        return 'channels_last'
    if data_format not in ('channels_first', 'channels_last'):
        raise ValueError('The `data_format` argument must be one of "channels_first", "channels_last". Received: ' + str(value))
    return data_format


def nn_format(data_format, rank):
    """The tf.nn data_format string of a Keras data_format for a rank-1 or rank-2 op."""
    if data_format == 'channels_first':
        return 'NCW' if rank == 1 else 'NCHW'
    return 'NWC' if rank == 1 else 'NHWC'


def spatial_list(values, data_format):
    """A window or stride list [1, s..., 1] (channels last) or [1, 1, s...] (channels first)."""
    if data_format == 'channels_first':
        return [1, 1] + list(values)
    return [1] + list(values) + [1]


_ACTIVATIONS = {
    'linear': None, 'relu': 'relu', 'relu6': 'relu6', 'elu': 'elu', 'selu': 'selu', 'sigmoid': 'sigmoid',
    'tanh': 'tanh', 'softplus': 'softplus', 'softsign': 'softsign',
}


def activation(identifier):
    """An activation given as None, a callable or a Keras name ('relu', 'softmax', ...)."""
    if identifier is None or callable(identifier):
        return identifier
    if isinstance(identifier, str):
        from tensorflow.keras import activations
        return activations.get(identifier)
    raise ValueError('Could not interpret activation function identifier: ' + str(identifier))


def initializer(identifier):
    """An initializer given as None, a callable or a Keras name ('glorot_uniform', 'zeros', ...)."""
    if identifier is None or callable(identifier):
        return identifier
    if isinstance(identifier, str):
        from tensorflow.keras import initializers
        return initializers.get(identifier)
    raise ValueError('Could not interpret initializer identifier: ' + str(identifier))


def smart_cond(pred, true_fn, false_fn):
    """tf.cond for a tensor predicate; the chosen branch alone for a Python bool."""
    if isinstance(pred, bool):
        return true_fn() if pred else false_fn()
    if isinstance(pred, (tf.Tensor, tf.Variable)):
        return tf.cond(pred, true_fn, false_fn)
    return true_fn() if pred else false_fn()

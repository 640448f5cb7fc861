# tf.keras.backend (TF 1.15) basics for graph-mode programs: the learning phase that Keras
# Dropout and BatchNormalization read when no `training` argument is given, epsilon, floatx.
import tensorflow as tf

_phase = {}
_EPSILON = [1e-7]


def learning_phase():
    """A bool placeholder_with_default(False) per graph, or the value set_learning_phase gave."""
    graph = tf.get_default_graph()
    if graph not in _phase:
        _phase.clear()
        with tf.name_scope(''):
            _phase[graph] = tf.placeholder_with_default(False, shape=(), name='keras_learning_phase')
    return _phase[graph]


def set_learning_phase(value):
    if value not in (0, 1):
        raise ValueError('Expected learning phase to be 0 or 1.')
    _phase.clear()
    _phase[tf.get_default_graph()] = bool(value)


def epsilon():
    return _EPSILON[0]


def set_epsilon(value):
    _EPSILON[0] = value


def floatx():
    return 'float32'


def clear_session():
    _phase.clear()
    tf.reset_default_graph()


def get_session():
    session = tf.get_default_session()
    if session is None:
        raise NotImplementedError("get_session() is not supported by Gradbook without a default session: "
                                  "open one with `with tf.Session() as sess:`")
    return session

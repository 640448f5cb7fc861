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
    _SESSION[0] = None
    tf.reset_default_graph()


# The session set_session registered (TF 1.x keeps it in a module global the same way).
_SESSION = [None]


def set_session(session):
    """Registers the tf.Session Keras uses when no default session is open (TF 1.x programs that
    mix Keras layers with their own Session call this once)."""
    _SESSION[0] = session


def get_session():
    """The default session if one is open, else the one set_session registered."""
    session = tf.get_default_session()
    if session is not None:
        return session
    if _SESSION[0] is not None:
        return _SESSION[0]
    raise NotImplementedError("get_session() without a default or registered session is not supported by Gradbook "
                              "(TF would create one): open one with `with tf.Session() as sess:` or call "
                              "tf.keras.backend.set_session(sess)")

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


def image_data_format():
    return 'channels_last'


def int_shape(x):
    """The static shape of a tensor or variable as a tuple (None for unknown dimensions)."""
    shape = x.get_shape()
    return None if shape.ndims is None else tuple(shape.as_list())


def get_value(x):
    return get_session().run(x)


eval = get_value


def set_value(x, value):
    """Assigns a NumPy value to a variable in the Keras session."""
    import numpy as np
    placeholder = tf.placeholder(x.dtype.base_dtype, x.get_shape())
    get_session().run(tf.assign(x, placeholder), {placeholder: np.asarray(value)})


def batch_get_value(tensors):
    return get_session().run(list(tensors)) if tensors else []


def clear_session():
    _phase.clear()
    _SESSION[0] = None
    _INITIALIZED.clear()
    tf.reset_default_graph()


# The session set_session registered (TF 1.x keeps it in a module global the same way).
_SESSION = [None]


def set_session(session):
    """Registers the tf.Session Keras uses when no default session is open (TF 1.x programs that
    mix Keras layers with their own Session call this once)."""
    _SESSION[0] = session


def get_session():
    """The default session if one is open, else the one set_session registered, else a new tf.Session
    on the default graph (kept for later calls, as TF 1.x does). Like TF 1.x, it first initializes
    the global variables that are not initialized yet in that session."""
    session = tf.get_default_session()
    if session is None:
        if _SESSION[0] is None or _SESSION[0].graph is not tf.get_default_graph():
            _SESSION[0] = tf.Session()
        session = _SESSION[0]
    _initialize_variables(session)
    return session


# (session, variable name) pairs known to be initialized, so each variable is checked once.
_INITIALIZED = set()


def _initialize_variables(session):
    candidates = [v for v in tf.global_variables() if (id(session), v.name) not in _INITIALIZED]
    if not candidates:
        return
    missing = set(n.decode() if isinstance(n, bytes) else n
                  for n in session.run(tf.report_uninitialized_variables(candidates)).tolist())
    todo = [v for v in candidates if v.op.name in missing]
    if todo:
        session.run(tf.variables_initializer(todo))
    for v in candidates:
        _INITIALIZED.add((id(session), v.name))


class Function(object):
    """What backend.function returns (TF 1.13 graph mode): called with a list of values for `inputs`
    (in order), it runs `outputs` (and the `updates` ops) in the Keras session and returns the
    outputs' values as a list."""
    def __init__(self, inputs, outputs, updates=None, name=None):
        if not isinstance(inputs, (list, tuple)):
            raise TypeError('`inputs` to a Keras backend function should be a list or tuple.')
        self.inputs = list(inputs)
        self.outputs = list(outputs) if isinstance(outputs, (list, tuple)) else [outputs]
        self.updates = list(updates or [])
        self.name = name

    def __call__(self, inputs):
        if not isinstance(inputs, (list, tuple)):
            raise TypeError('`inputs` should be a list or tuple.')
        if len(inputs) != len(self.inputs):
            raise ValueError('Expected %d inputs, got %d' % (len(self.inputs), len(inputs)))
        feed = dict(zip(self.inputs, inputs))
        fetches = self.outputs + self.updates
        values = get_session().run(fetches, feed_dict=feed)
        return list(values[:len(self.outputs)])


def function(inputs, outputs, updates=None, name=None, **kwargs):
    for key in kwargs:
        raise NotImplementedError("function() argument '%s' is not supported by Gradbook" % key)
    return Function(inputs, outputs, updates=updates, name=name)

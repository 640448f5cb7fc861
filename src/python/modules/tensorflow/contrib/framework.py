# tf.contrib.framework (TF 1.15) basics: the global step, variable listing helpers and
# arg_scope, which gives default keyword arguments to functions marked with add_arg_scope
# (the tf.contrib.layers functions are).
import contextlib
import tensorflow as tf

_scopes = [{}]
_keys = {}


def _key_of(op):
    return _keys.get(op)


def has_arg_scope(func):
    return func in _keys


def add_arg_scope(func):
    key = '%s.%s' % (func.__module__, func.__name__)

    def func_with_args(*args, **kwargs):
        current = dict(_scopes[-1].get(key, {}))
        current.update(kwargs)
        return func(*args, **current)

    func_with_args.__name__ = func.__name__
    func_with_args.__doc__ = func.__doc__
    _keys[func_with_args] = key
    return func_with_args


@contextlib.contextmanager
def arg_scope(list_ops_or_scope, **kwargs):
    if isinstance(list_ops_or_scope, dict):
        if kwargs:
            raise ValueError('When attempting to re-use a scope by suppling a dictionary, kwargs must be empty.')
        new_scope = dict(list_ops_or_scope)
    else:
        if not isinstance(list_ops_or_scope, (list, tuple)):
            raise TypeError('list_ops_or_scope must either be a list/tuple or reused scope (i.e. dict)')
        new_scope = dict((k, dict(v)) for k, v in _scopes[-1].items())
        for op in list_ops_or_scope:
            key = _key_of(op)
            if key is None:
                raise ValueError('%s is not decorated with @add_arg_scope' % (getattr(op, '__name__', op),))
            merged = dict(new_scope.get(key, {}))
            merged.update(kwargs)
            new_scope[key] = merged
    _scopes.append(new_scope)
    try:
        yield new_scope
    finally:
        _scopes.pop()


def current_arg_scope():
    return _scopes[-1]


def arg_scoped_arguments(func):
    return _scopes[-1].get(_key_of(func), {})


def get_or_create_global_step(graph=None):
    return tf.train.get_or_create_global_step(graph)


def get_global_step(graph=None):
    return tf.train.get_global_step(graph)


def create_global_step(graph=None):
    return tf.train.create_global_step(graph)


def _filtered(collection, scope=None, suffix=None):
    variables = tf.get_collection(collection, scope)
    if suffix is not None:
        variables = [v for v in variables if v.op.name.endswith(suffix)]
    return variables


def get_variables(scope=None, suffix=None, collection=tf.GraphKeys.GLOBAL_VARIABLES):
    if isinstance(scope, tf.VariableScope):
        scope = scope.name
    return _filtered(collection, scope, suffix)


def get_model_variables(scope=None, suffix=None):
    return get_variables(scope, suffix, tf.GraphKeys.MODEL_VARIABLES)


def get_trainable_variables(scope=None, suffix=None):
    return get_variables(scope, suffix, tf.GraphKeys.TRAINABLE_VARIABLES)


def get_local_variables(scope=None, suffix=None):
    return get_variables(scope, suffix, tf.GraphKeys.LOCAL_VARIABLES)


def get_variables_to_restore(include=None, exclude=None):
    variables = get_variables()
    if include is not None:
        variables = [v for v in variables if any(v.op.name.startswith(s) for s in include)]
    if exclude is not None:
        variables = [v for v in variables if not any(v.op.name.startswith(s) for s in exclude)]
    return variables


def get_variables_by_name(given_name, scope=None):
    return get_variables(scope=scope, suffix='/' + given_name if '/' not in given_name else given_name)


def get_unique_variable(var_op_name):
    candidates = [v for v in get_variables(scope=var_op_name) if v.op.name == var_op_name]
    if not candidates:
        raise ValueError("Couldn't find variable %s" % var_op_name)
    if len(candidates) > 1:
        raise ValueError('Variable %s does not uniquely identify a variable' % var_op_name)
    return candidates[0]


@add_arg_scope
def model_variable(name, shape=None, dtype=tf.float32, initializer=None, regularizer=None, trainable=True,
                   collections=None, caching_device=None, device=None, partitioner=None, custom_getter=None,
                   use_resource=None, synchronization=None, aggregation=None):
    collections = list(collections or []) + [tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.MODEL_VARIABLES]
    return variable(name, shape=shape, dtype=dtype, initializer=initializer, regularizer=regularizer,
                     trainable=trainable, collections=collections, partitioner=partitioner, custom_getter=custom_getter)


@add_arg_scope
def variable(name, shape=None, dtype=None, initializer=None, regularizer=None, trainable=True, collections=None,
             caching_device=None, device=None, partitioner=None, custom_getter=None, use_resource=None,
             synchronization=None, aggregation=None):
    collections = list(collections or [tf.GraphKeys.GLOBAL_VARIABLES])
    collections = list(dict.fromkeys(collections))
    return tf.get_variable(name, shape=shape, dtype=dtype, initializer=initializer, regularizer=regularizer,
                           trainable=trainable, collections=collections, partitioner=partitioner,
                           custom_getter=custom_getter)

"""Shallow and deep copy (CPython's copy module rules: __copy__/__deepcopy__, __reduce__,
instance state, memo for shared and cyclic references). NumPy arrays copy their data; other
host objects (tensors, sessions, graphs) are handles and are returned as they are."""

import _gradbook

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0),
           type(Ellipsis), type(NotImplemented), property, frozenset)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if _gradbook.is_host(x):
        return _gradbook.host_copy(x)
    reducer = getattr(cls, '__reduce__', None)
    if reducer is not None:
        return _reconstruct(x, None, *reducer(x))
    return _copy_instance(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = x.copy()
    elif getattr(x, '__deepcopy__', None) is not None and not isinstance(x, type):
        y = x.__deepcopy__(memo)
    elif _gradbook.is_host(x):
        y = _gradbook.host_copy(x)
    else:
        reducer = getattr(cls, '__reduce__', None)
        if reducer is not None:
            y = _reconstruct(x, memo, *reducer(x))
        else:
            y = _copy_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _copy_instance(x, memo):
    """A new instance of x's class (without __init__) with x's state, copied if memo is given."""
    cls = type(x)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    deep = memo is not None
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) if deep else a for a in x)
    elif isinstance(x, dict):
        for key, value in x.items():
            dict.__setitem__(y, deepcopy(key, memo) if deep else key, deepcopy(value, memo) if deep else value)
    elif isinstance(x, set):
        y.update(deepcopy(a, memo) if deep else a for a in x)
    state = x.__getstate__() if hasattr(x, '__getstate__') else _gradbook.get_state(x)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            _gradbook.set_state(y, state)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            _gradbook.set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y

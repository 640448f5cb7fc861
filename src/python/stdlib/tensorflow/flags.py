"""tf.flags and tf.app.flags: absl.flags, with TF 1.15's FLAGS wrapper (reading a flag before the
command line was parsed parses sys.argv first, so unknown flags are errors there) and the old
keyword names (flag_name, default_value, docstring) of DEFINE_string/integer/float/boolean."""

import sys as _sys
import absl.flags as _absl
from absl.flags import *
from absl.flags import (
    Error, DuplicateFlagError, IllegalFlagValueError, UnrecognizedFlagError, UnparsedFlagAccessError,
    ValidationError, FlagValues, Flag,
)

_WRAPPED = [_absl.FLAGS]


def _parse_if_needed():
    wrapped = _WRAPPED[0]
    if not wrapped.is_parsed():
        wrapped(_sys.argv)
    return wrapped


class _FlagValuesWrapper(object):
    """TF's FLAGS: absl's FlagValues that parses sys.argv on the first read of a flag."""

    def __getattr__(self, name):
        wrapped = _WRAPPED[0]
        if name == '__flags':
            return wrapped._flags()
        if name == '_parse_flags':
            # TF < 1.5 tutorials call FLAGS._parse_flags() before reading __flags.
            return lambda args=None: wrapped(_sys.argv if args is None else args, known_only=True)
        if name in wrapped or not hasattr(FlagValues, name):
            return getattr(_parse_if_needed(), name)
        return getattr(wrapped, name)

    def __setattr__(self, name, value):
        setattr(_WRAPPED[0], name, value)

    def __delattr__(self, name):
        delattr(_WRAPPED[0], name)

    def __getitem__(self, name):
        return _WRAPPED[0][name]

    def __setitem__(self, name, flag):
        _WRAPPED[0][name] = flag

    def __contains__(self, name):
        return name in _WRAPPED[0]

    def __iter__(self):
        return iter(_WRAPPED[0])

    def __len__(self):
        return len(_WRAPPED[0])

    def __call__(self, *args, **kwargs):
        return _WRAPPED[0](*args, **kwargs)

    def __str__(self):
        return str(_WRAPPED[0])


FLAGS = _FlagValuesWrapper()


def _old_names(function, args, kwargs):
    """Maps TF's pre-absl keywords (flag_name, default_value, docstring) onto absl's."""
    renames = {'flag_name': 'name', 'default_value': 'default', 'docstring': 'help'}
    for old, new in renames.items():
        if old in kwargs:
            kwargs[new] = kwargs.pop(old)
    kwargs.setdefault('flag_values', _WRAPPED[0])
    return function(*args, **kwargs)


def DEFINE_string(*args, **kwargs):
    """absl DEFINE_string(name, default, help)."""
    return _old_names(_absl.DEFINE_string, args, kwargs)


def DEFINE_integer(*args, **kwargs):
    """absl DEFINE_integer(name, default, help, lower_bound=None, upper_bound=None)."""
    return _old_names(_absl.DEFINE_integer, args, kwargs)


def DEFINE_float(*args, **kwargs):
    """absl DEFINE_float(name, default, help, lower_bound=None, upper_bound=None)."""
    return _old_names(_absl.DEFINE_float, args, kwargs)


def DEFINE_boolean(*args, **kwargs):
    """absl DEFINE_boolean(name, default, help): --name / --noname."""
    return _old_names(_absl.DEFINE_boolean, args, kwargs)


DEFINE_bool = DEFINE_boolean

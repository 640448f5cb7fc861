"""absl.flags: defining command-line flags (DEFINE_string, DEFINE_integer, ...) and reading them from
FLAGS once the command line is parsed (absl-py 0.8 behaviour; tf.app.flags wraps this module).
In a notebook re-running the cell that defines a flag replaces it instead of raising
DuplicateFlagError."""

from absl.flags._exceptions import (
    Error, CantOpenFlagFileError, DuplicateFlagError, IllegalFlagValueError, UnrecognizedFlagError,
    UnparsedFlagAccessError, ValidationError, FlagNameConflictsWithMethodError,
)
from absl.flags._flag import (
    Flag, BooleanFlag, EnumFlag, MultiFlag, ArgumentParser, IntegerParser, FloatParser, BooleanParser,
    EnumParser, ListParser, WhitespaceSeparatedListParser,
)
from absl.flags._flagvalues import FlagValues

FLAGS = FlagValues()

_FLAG_OPTIONS = ('short_name', 'allow_override')


def _options(function, args):
    for key in args:
        if key not in _FLAG_OPTIONS:
            raise NotImplementedError('%s() argument %s is not supported by Gradbook' % (function, key))
    return args


def DEFINE_flag(flag, flag_values=FLAGS, module_name=None):
    """Registers a Flag object."""
    flag_values[flag.name] = flag
    return flag


def DEFINE(parser, name, default, help, flag_values=FLAGS, serializer=None, module_name=None, **args):
    """Defines a flag with the given parser."""
    return DEFINE_flag(Flag(parser, name, default, help, **_options('DEFINE', args)), flag_values)


def DEFINE_string(name, default, help, flag_values=FLAGS, **args):
    """A flag whose value is any string."""
    return DEFINE_flag(Flag(ArgumentParser(), name, default, help, **_options('DEFINE_string', args)), flag_values)


def DEFINE_boolean(name, default, help, flag_values=FLAGS, module_name=None, **args):
    """A boolean flag: --name / --noname, or --name=true|false."""
    return DEFINE_flag(BooleanFlag(name, default, help, **_options('DEFINE_boolean', args)), flag_values)


DEFINE_bool = DEFINE_boolean


def DEFINE_integer(name, default, help, lower_bound=None, upper_bound=None, flag_values=FLAGS, **args):
    """An int flag, optionally bounded."""
    parser = IntegerParser(lower_bound, upper_bound)
    return DEFINE_flag(Flag(parser, name, default, help, **_options('DEFINE_integer', args)), flag_values)


def DEFINE_float(name, default, help, lower_bound=None, upper_bound=None, flag_values=FLAGS, **args):
    """A float flag, optionally bounded."""
    parser = FloatParser(lower_bound, upper_bound)
    return DEFINE_flag(Flag(parser, name, default, help, **_options('DEFINE_float', args)), flag_values)


def DEFINE_enum(name, default, enum_values, help, flag_values=FLAGS, module_name=None, **args):
    """A string flag limited to enum_values."""
    return DEFINE_flag(EnumFlag(name, default, help, enum_values, **_options('DEFINE_enum', args)), flag_values)


def DEFINE_list(name, default, help, flag_values=FLAGS, **args):
    """A comma-separated list of strings."""
    return DEFINE_flag(Flag(ListParser(), name, default, help, **_options('DEFINE_list', args)), flag_values)


def DEFINE_spaceseplist(name, default, help, comma_compat=False, flag_values=FLAGS, **args):
    """A whitespace-separated list of strings."""
    if comma_compat:
        raise NotImplementedError('DEFINE_spaceseplist() argument comma_compat is not supported by Gradbook')
    parser = WhitespaceSeparatedListParser()
    return DEFINE_flag(Flag(parser, name, default, help, **_options('DEFINE_spaceseplist', args)), flag_values)


def DEFINE_multi_string(name, default, help, flag_values=FLAGS, **args):
    """A string flag that may be given several times; the value is the list."""
    return DEFINE_flag(MultiFlag(ArgumentParser(), name, default, help, **_options('DEFINE_multi_string', args)), flag_values)


def DEFINE_multi_integer(name, default, help, lower_bound=None, upper_bound=None, flag_values=FLAGS, **args):
    parser = IntegerParser(lower_bound, upper_bound)
    return DEFINE_flag(MultiFlag(parser, name, default, help, **_options('DEFINE_multi_integer', args)), flag_values)


def DEFINE_multi_float(name, default, help, lower_bound=None, upper_bound=None, flag_values=FLAGS, **args):
    parser = FloatParser(lower_bound, upper_bound)
    return DEFINE_flag(MultiFlag(parser, name, default, help, **_options('DEFINE_multi_float', args)), flag_values)


def DEFINE_multi_enum(name, default, enum_values, help, flag_values=FLAGS, case_sensitive=True, **args):
    parser = EnumParser(enum_values, case_sensitive)
    return DEFINE_flag(MultiFlag(parser, name, default, help, **_options('DEFINE_multi_enum', args)), flag_values)


def register_validator(flag_name, checker, message='Flag validation failed', flag_values=FLAGS):
    """checker(value) must return True; otherwise parsing (or assigning) raises IllegalFlagValueError."""
    if flag_name not in flag_values:
        raise KeyError(flag_name)
    flag_values._add_validator([flag_name], checker, message, False)


def validator(flag_name, message='Flag validation failed', flag_values=FLAGS):
    """Decorator form of register_validator."""
    def decorate(function):
        register_validator(flag_name, function, message, flag_values)
        return function
    return decorate


def register_multi_flags_validator(flag_names, multi_flags_checker, message='Flags validation failed', flag_values=FLAGS):
    flag_values._add_validator(flag_names, multi_flags_checker, message, True)


def mark_flag_as_required(flag_name, flag_values=FLAGS):
    """Parsing fails unless the flag has a value other than None."""
    register_validator(flag_name, lambda value: value is not None,
                       'Flag --%s must have a value other than None.' % flag_name, flag_values)


def mark_flags_as_required(flag_names, flag_values=FLAGS):
    for name in flag_names:
        mark_flag_as_required(name, flag_values)


def declare_key_flag(flag_name, flag_values=FLAGS):
    """Accepted: key flags only change the --helpshort listing."""

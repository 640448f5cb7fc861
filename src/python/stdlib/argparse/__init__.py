"""Command-line parsing with CPython 3.11's argparse behaviour: the same actions, nargs rules,
usage and help layout, and error messages (`usage: ...` and `prog: error: ...` on stderr, then
SystemExit(2)). sys.argv holds the arguments given after `--` to `gradbook run`."""

from argparse._common import *
from argparse._common import _AttributeHolder, _get_action_name, _UNRECOGNIZED_ARGS_ATTR
from argparse._help import (
    HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter, ArgumentDefaultsHelpFormatter,
    MetavarTypeHelpFormatter,
)
from argparse._actions import *
from argparse._actions import (
    _StoreAction, _StoreConstAction, _StoreTrueAction, _StoreFalseAction, _AppendAction,
    _AppendConstAction, _CountAction, _HelpAction, _VersionAction, _SubParsersAction, _ExtendAction,
)
from argparse._containers import _ActionsContainer, _ArgumentGroup, _MutuallyExclusiveGroup
from argparse._parser import ArgumentParser

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter', 'RawTextHelpFormatter',
    'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'BooleanOptionalAction',
    'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE',
]

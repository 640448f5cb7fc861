"""Printing and formatting exceptions as the interpreter does (the common part of CPython's traceback)."""

import sys
import _gradbook

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc', 'print_exception',
           'print_stack', 'format_stack', 'extract_stack']


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    """The lines of a traceback, each ending in a newline."""
    if value is None:
        value = exc
    if value is None or isinstance(value, type):
        return ['%s\n' % (value.__name__ if isinstance(value, type) else 'NoneType: None')]
    text = _gradbook.format_exception(value)
    return [line + '\n' for line in text.rstrip('\n').split('\n')]


def format_exception_only(exc, /, value=None):
    if value is None:
        value = exc
    text = _gradbook.format_exception(value).rstrip('\n').split('\n')[-1]
    return [text + '\n']


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    """Prints a traceback to file (sys.stderr by default)."""
    (file or sys.stderr).write(''.join(format_exception(exc, value, tb, limit, chain)))


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as a string."""
    value = sys.exc_info()[1]
    if value is None:
        return 'NoneType: None\n'
    return ''.join(format_exception(value))


def print_exc(limit=None, file=None, chain=True):
    """Prints the traceback of the exception being handled."""
    (file or sys.stderr).write(format_exc(limit, chain))


def format_stack(f=None, limit=None):
    return []


def extract_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass

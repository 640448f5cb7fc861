"""tf.logging: TF 1.15's logger `tensorflow` on Python's logging module. Lines read
`INFO:tensorflow:message`. As in TF, when the root logger has no handlers the logger gets its own:
in an interactive session (IPython sets sys.ps1, so a notebook) the level is INFO and lines go to
stdout; in a script the level stays WARN and lines go to stderr."""

import logging as _logging
import sys as _sys
from _gradbook import caller as _caller

DEBUG = _logging.DEBUG
INFO = _logging.INFO
WARN = _logging.WARN
ERROR = _logging.ERROR
FATAL = _logging.FATAL

_logger = _logging.getLogger('tensorflow')
if not _logging.getLogger().handlers:
    if hasattr(_sys, 'ps1'):
        _logger.setLevel(INFO)
        _target = _sys.stdout
    else:
        _target = _sys.stderr
    _handler = _logging.StreamHandler(_target)
    _handler.setFormatter(_logging.Formatter(_logging.BASIC_FORMAT, None))
    _logger.addHandler(_handler)


def get_logger():
    """The `tensorflow` logging.Logger."""
    return _logger


def log(level, msg, *args, **kwargs):
    _logger.log(level, msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _logger.debug(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _logger.info(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    _logger.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _logger.warning(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _logger.error(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """Logs at FATAL (shown as CRITICAL, Python's name for level 50); it does not exit, as in TF."""
    _logger.critical(msg, *args, **kwargs)


def vlog(level, msg, *args, **kwargs):
    _logger.log(level, msg, *args, **kwargs)


def TaskLevelStatusMessage(msg):
    error(msg)


def flush():
    for handler in _logger.handlers:
        handler.flush()


def get_verbosity():
    """The effective threshold of the `tensorflow` logger (WARN unless set)."""
    return _logger.getEffectiveLevel()


def set_verbosity(v):
    """Sets the threshold: messages below it are dropped."""
    _logger.setLevel(v)


_counts = {}


def _next_count(token):
    count = _counts.get(token, 0)
    _counts[token] = count + 1
    return count


def _call_site():
    site = _caller(2)
    return (site[0], site[1]) if site is not None else None


def log_every_n(level, msg, n, *args):
    """Logs at the 1st, (n+1)th, (2n+1)th ... call from the same line."""
    count = _next_count(_call_site())
    if count % n == 0:
        log(level, msg, *args)


def log_first_n(level, msg, n, *args):
    """Logs only the first n calls from the same line."""
    count = _next_count(_call_site())
    if count < n:
        log(level, msg, *args)


def log_if(level, msg, condition, *args):
    if condition:
        log(level, msg, *args)

"""Warnings (CPython's warnings): warn() prints `file:line: Category: message` and the source line to
stderr once per location by default; filters, simplefilter and catch_warnings decide what shows."""

import sys
import _gradbook

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_registry = {}
_filters_version = [1]


class WarningMessage(object):
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text a warning prints."""
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line:
        s += '  %s\n' % line.strip()
    return s


def _showwarnmsg(msg):
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    file = msg.file if msg.file is not None else sys.stderr
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to a file (sys.stderr by default)."""
    _showwarnmsg(WarningMessage(message, category, filename, lineno, file, line))


_default_showwarning = showwarning


def _matches(pattern, text):
    if pattern is None:
        return True
    import re
    return re.compile(pattern, re.I).match(text) is not None


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter: what to do with warnings matching message/category/module/lineno."""
    if action not in _ACTIONS:
        raise ValueError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    import re
    _add_filter(action, re.compile(message, re.I).pattern if message else None, category,
                module if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter that matches every message and module."""
    if action not in _ACTIONS:
        raise ValueError('invalid action: %r' % (action,))
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1


def resetwarnings():
    """Clears every filter (so the default action applies)."""
    filters[:] = []
    _filters_version[0] += 1


def _category_of(message, category):
    if isinstance(message, Warning):
        return message.__class__
    if category is None:
        return UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass, not %r' % (type(category).__name__,))
    return category


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning, or raises it when a filter says 'error'."""
    category = _category_of(message, category)
    where = _gradbook.caller(stacklevel)
    if where is None:
        filename, lineno, module, line = 'sys', 1, 'sys', None
    else:
        filename, lineno, module, line = where
    warn_explicit(message, category, filename, lineno, module, _registry, None, source, _line=line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None, _line=None):
    """Issues a warning for an explicit location."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno, filename)
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0, filename)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    _show(msg, _line)


def _show(msg, source_line=None):
    # showwarning may be replaced by the program (or by catch_warnings(record=True)).
    sw = sys.modules[__name__].showwarning
    if sw is not _default_showwarning:
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
    else:
        # The default display adds the source line, as CPython's reads it from linecache.
        msg.line = source_line
        _showwarnmsg(msg)


class catch_warnings(object):
    """Saves the filters on entry and restores them on exit; record=True collects warnings in a list."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._action = action
        self._filter_args = (category, lineno, append)

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        module = sys.modules[__name__]
        self._filters = filters[:]
        self._showwarning = module.showwarning
        if self._action:
            simplefilter(self._action, *self._filter_args)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            module.showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        filters[:] = self._filters
        _filters_version[0] += 1
        sys.modules[__name__].showwarning = self._showwarning

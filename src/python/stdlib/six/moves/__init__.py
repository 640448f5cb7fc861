"""six.moves: Python 2 names of moved builtins and modules, mapped to their Python 3 homes."""

import builtins
import functools
import importlib
import itertools
import os
import sys
from six.moves import urllib

range = builtins.range
xrange = builtins.range
zip = builtins.zip
map = builtins.map
filter = builtins.filter
input = getattr(builtins, 'input', None)
intern = sys.intern
reduce = functools.reduce
reload_module = importlib.reload
zip_longest = itertools.zip_longest
filterfalse = itertools.filterfalse
getcwd = os.getcwd
getcwdb = os.getcwd


_MOVED_MODULES = {
    'cPickle': 'pickle', 'cStringIO': 'io', 'StringIO': 'io', 'builtins': 'builtins', 'copyreg': 'copyreg',
    'queue': 'queue', 'configparser': 'configparser', 'http_client': 'http.client', 'html_parser': 'html.parser',
    'reprlib': 'reprlib', '_thread': '_thread', 'socketserver': 'socketserver', 'urllib_parse': 'urllib.parse',
    'urllib_error': 'urllib.error', 'urllib_request': 'urllib.request', 'tkinter': 'tkinter',
}


def __getattr__(name):
    """Moved modules are imported when first used, as six does."""
    if name in _MOVED_MODULES:
        return importlib.import_module(_MOVED_MODULES[name])
    raise AttributeError("module 'six.moves' has no attribute '%s'" % name)

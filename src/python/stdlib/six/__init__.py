"""six 1.16's Python 2/3 compatibility API, on Python 3 (what TF1 programs import)."""

import functools
import io
import operator
import sys


PY2 = False
PY3 = True
PY34 = True
string_types = (str,)
integer_types = (int,)
class_types = (type,)
text_type = str
binary_type = bytes
MAXSIZE = sys.maxsize
__version__ = '1.16.0'

from six import moves


def b(s):
    """The latin-1 bytes of a str literal."""
    return s.encode('latin-1')


def u(s):
    return s


unichr = chr
int2byte = lambda i: bytes((i,))
byte2int = operator.itemgetter(0)
indexbytes = operator.getitem
iterbytes = iter
StringIO = io.StringIO
BytesIO = io.BytesIO
next = next
advance_iterator = next
callable = callable
get_unbound_function = lambda unbound: unbound
create_bound_method = None
Iterator = object
_assertCountEqual = 'assertCountEqual'
_assertRaisesRegex = 'assertRaisesRegex'
_assertRegex = 'assertRegex'


def iterkeys(d, **kw):
    return iter(d.keys(**kw))


def itervalues(d, **kw):
    return iter(d.values(**kw))


def iteritems(d, **kw):
    return iter(d.items(**kw))


def iterlists(d, **kw):
    return iter(d.lists(**kw))


viewkeys = operator.methodcaller('keys')
viewvalues = operator.methodcaller('values')
viewitems = operator.methodcaller('items')


def reraise(tp, value, tb=None):
    if value is None:
        value = tp()
    raise value


def raise_from(value, from_value):
    raise value from from_value


def exec_(_code_, _globs_=None, _locs_=None):
    if _locs_ is not None:
        raise NotImplementedError("six.exec_(): a separate locals mapping is not supported in Gradbook")
    if _globs_ is None:
        exec(_code_)
    else:
        exec(_code_, _globs_)


print_ = print


def with_metaclass(meta, *bases):
    """A base class for `class X(with_metaclass(Meta, Base))` (metaclasses have no effect in Gradbook)."""
    if not bases:
        bases = (object,)
    return type('temporary_class', bases, {})


def add_metaclass(metaclass):
    """Class decorator for a metaclass (metaclasses have no effect in Gradbook)."""
    def wrapper(cls):
        return cls
    return wrapper


def ensure_binary(s, encoding='utf-8', errors='strict'):
    if isinstance(s, bytes):
        return s
    if isinstance(s, str):
        return s.encode(encoding, errors)
    raise TypeError("not expecting type '%s'" % type(s))


def ensure_str(s, encoding='utf-8', errors='strict'):
    if type(s) is str:
        return s
    if isinstance(s, bytes):
        return s.decode(encoding, errors)
    if not isinstance(s, (str, bytes)):
        raise TypeError("not expecting type '%s'" % type(s))
    return s


ensure_text = ensure_str


def python_2_unicode_compatible(klass):
    return klass


wraps = functools.wraps

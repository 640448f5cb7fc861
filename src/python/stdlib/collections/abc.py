"""Abstract base classes for containers (CPython's collections.abc): isinstance checks by the
methods a class defines, and by registration for the builtin types."""

from abc import ABC, abstractmethod

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable',
           'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable',
           'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView',
           'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString']


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(*methods):
    def __subclasshook__(cls, C):
        if cls is _owner[id(__subclasshook__)]:
            return _check_methods(C, *methods)
        return NotImplemented
    return __subclasshook__


_owner = {}


def _abc(name, methods, bases=(ABC,)):
    hook = _hook(*methods)
    cls = type(name, bases, {'__module__': 'collections.abc', '__subclasshook__': classmethod(hook), '__slots__': ()})
    _owner[id(hook)] = cls
    return cls


Hashable = _abc('Hashable', ('__hash__',))
Awaitable = _abc('Awaitable', ('__await__',))
Coroutine = _abc('Coroutine', ('__await__', 'send', 'throw', 'close'), (Awaitable,))
AsyncIterable = _abc('AsyncIterable', ('__aiter__',))
AsyncIterator = _abc('AsyncIterator', ('__anext__', '__aiter__'), (AsyncIterable,))
AsyncGenerator = _abc('AsyncGenerator', ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'), (AsyncIterator,))
Iterable = _abc('Iterable', ('__iter__',))
Iterator = _abc('Iterator', ('__iter__', '__next__'), (Iterable,))
Reversible = _abc('Reversible', ('__reversed__', '__iter__'), (Iterable,))
Generator = _abc('Generator', ('__iter__', '__next__', 'send', 'throw', 'close'), (Iterator,))
Sized = _abc('Sized', ('__len__',))
Container = _abc('Container', ('__contains__',))
Collection = _abc('Collection', ('__len__', '__iter__', '__contains__'), (Sized, Iterable, Container))
Callable = _abc('Callable', ('__call__',))
Set = _abc('Set', ('__never__',), (Collection,))
MutableSet = _abc('MutableSet', ('__never__',), (Set,))
Mapping = _abc('Mapping', ('__never__',), (Collection,))
MutableMapping = _abc('MutableMapping', ('__never__',), (Mapping,))
MappingView = _abc('MappingView', ('__never__',), (Sized,))
KeysView = _abc('KeysView', ('__never__',), (MappingView, Set))
ItemsView = _abc('ItemsView', ('__never__',), (MappingView, Set))
ValuesView = _abc('ValuesView', ('__never__',), (MappingView, Collection))
Sequence = _abc('Sequence', ('__never__',), (Reversible, Collection))
MutableSequence = _abc('MutableSequence', ('__never__',), (Sequence,))
ByteString = _abc('ByteString', ('__never__',), (Sequence,))

def _gen():
    yield


_generator_type = type(_gen())
_iterator_types = [type(iter([])), type(iter(())), type(iter('')), type(iter(range(1))), type(iter({})),
                   type(iter(set())), type(zip()), type(map(len, [])), type(filter(None, [])),
                   type(enumerate([])), type(reversed([])), _generator_type]
_function_types = [type(len), type(lambda: 0), type, type([].append)]

for _t in (str, bytes, bytearray, tuple, list, range, dict, set, frozenset, type({}.keys()),
           type({}.values()), type({}.items())):
    Iterable.register(_t)
    Sized.register(_t)
    Container.register(_t)
    Collection.register(_t)
for _t in (str, tuple, list, range, bytes, bytearray):
    Sequence.register(_t)
    Reversible.register(_t)
for _t in (list, bytearray):
    MutableSequence.register(_t)
Mapping.register(dict)
MutableMapping.register(dict)
Reversible.register(dict)
for _t in (set, frozenset):
    Set.register(_t)
MutableSet.register(set)
ByteString.register(bytes)
ByteString.register(bytearray)
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
for _t in (int, float, bool, str, bytes, tuple, frozenset, range, type(None), type):
    Hashable.register(_t)
for _t in _iterator_types:
    Iterator.register(_t)
    Iterable.register(_t)
Generator.register(_generator_type)
for _t in _function_types:
    Callable.register(_t)
del _t

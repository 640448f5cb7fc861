"""Abstract base classes (CPython's abc): ABC, ABCMeta.register, abstractmethod. isinstance and
issubclass consult a class's __subclasshook__ and its registered virtual subclasses."""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractproperty', 'abstractclassmethod',
           'abstractstaticmethod', 'get_cache_token']


def abstractmethod(funcobj):
    """Marks a method abstract: a class with abstract methods cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


def _abstract_names(cls):
    names = []
    for name in dir(cls):
        try:
            value = getattr(cls, name)
        except AttributeError:
            continue
        if getattr(value, '__isabstractmethod__', False):
            names.append(name)
    return sorted(names)


def _register(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('Can only register classes')
    if '_abc_registry' not in cls.__dict__:
        cls._abc_registry = []
    cls._abc_registry.append(subclass)
    return subclass


class ABCMeta(type):
    """Metaclass of abstract base classes; ABCMeta.register(cls, subclass) registers a virtual subclass."""

    register = staticmethod(_register)


class ABC(object):
    """Helper class: subclass it to make an abstract base class."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        abstract = _abstract_names(cls)
        if abstract:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(abstract) > 1 else '', ', '.join(abstract)))
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Registers a virtual subclass."""
        return _register(cls, subclass)


def get_cache_token():
    return 0

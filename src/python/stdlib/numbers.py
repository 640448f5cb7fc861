"""Numeric abstract base classes (CPython's numbers, PEP 3141): Number > Complex > Real > Rational >
Integral. int and float are virtual subclasses as in CPython, and so are NumPy's scalar types
(numpy registers them when imported; here the check asks an imported numpy module). There are no
complex numbers in Gradbook, so complex is not among them."""

import sys
from abc import ABC, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _numpy_types(names):
    np = sys.modules.get('numpy')
    if np is None:
        return ()
    return tuple(getattr(np, name) for name in names)


def _hook(cls, C):
    # Only the ABC that lists concrete types answers; a user subclass of Real keeps the MRO rule.
    concrete = cls.__dict__.get('_concrete')
    if concrete is None:
        return NotImplemented
    builtins, numpy_names = concrete
    if issubclass(C, builtins) or issubclass(C, _numpy_types(numpy_names)):
        return True
    return NotImplemented


class Number(ABC):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None
    _concrete = ((int, float), ('number',))
    __subclasshook__ = classmethod(_hook)


class Complex(Number):
    """Numbers with real and imaginary parts."""
    __slots__ = ()
    _concrete = ((int, float), ('number',))


class Real(Complex):
    """Real numbers: the operations of float."""
    __slots__ = ()
    _concrete = ((int, float), ('integer', 'floating'))


class Rational(Real):
    """Rationals: numerator and denominator."""
    __slots__ = ()
    _concrete = ((int,), ('integer',))


class Integral(Rational):
    """Integers: the operations of int."""
    __slots__ = ()
    _concrete = ((int,), ('integer',))

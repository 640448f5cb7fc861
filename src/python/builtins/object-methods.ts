// Methods on object, int, float and BaseException.
import { PyExceptionObj, PyFloat, PyInstance, PyValue } from '../objects/core';
import { PyTuple } from '../objects/containers';
import { T } from '../objects/types';
import { E } from '../exceptions';
import { NotImplemented } from '../objects/singletons';
import { repr, str, fakeAddress } from '../runtime/repr';
import { formatValue } from '../runtime/format-spec';
import { defineMethods } from './define';
import { PyProperty } from '../objects/callables';

export function installObjectMethods(): void {
  defineMethods<PyValue>(T.object, {
    __init__: () => null,
    __repr__: self => (self instanceof PyInstance ? `<${self.cls.module === 'builtins' ? '' : self.cls.module + '.'}${self.cls.name} object at ${fakeAddress(self)}>` : repr(self)),
    __str__: self => str(self),
    __eq__: (self, a) => (self === a[0] ? true : NotImplemented),
    __ne__: (self, a) => (self === a[0] ? false : NotImplemented),
    __format__: (self, a) => formatValue(self instanceof PyInstance ? str(self) : self, String(a[0] ?? '')),
  });
  // @x.setter / @x.deleter / @x.getter: a new property with one accessor replaced.
  defineMethods<PyProperty>(T.property, {
    getter: (p, a) => new PyProperty(a[0], p.fset, p.fdel),
    setter: (p, a) => new PyProperty(p.fget, a[0], p.fdel),
    deleter: (p, a) => new PyProperty(p.fget, p.fset, a[0]),
  });
  defineMethods<PyExceptionObj>(E.BaseException, {
    __init__: (self, a) => { self.args = a; return null; },
    with_traceback: self => self,
  });
  defineMethods<number>(T.int, {
    bit_length: n => (n === 0 ? 0 : Math.abs(n).toString(2).length),
    conjugate: n => n,
    is_integer: () => true,
    __index__: n => n,
  });
  defineMethods<PyFloat>(T.float, {
    is_integer: f => Number.isInteger(f.v),
    conjugate: f => f,
    as_integer_ratio: f => {
      let x = f.v, d = 1;
      while (!Number.isInteger(x)) { x *= 2; d *= 2; }
      return new PyTuple([x, d]);
    },
    hex: f => f.v.toString(16),
  });
}

// Methods on object, int, float and BaseException.
import { PyExceptionObj, PyFloat, PyInstance, PyValue } from '../objects/core';
import { PyTuple } from '../objects/containers';
import { T } from '../objects/types';
import { E, pyException, valueError } from '../exceptions';
import { intFromFloat, normBig } from '../runtime/ints';
import { NotImplemented } from '../objects/singletons';
import { repr, str, fakeAddress } from '../runtime/repr';
import { formatValue } from '../runtime/format-spec';
import { defineMethods } from './define';
import { PyProperty } from '../objects/callables';
import { readOnlyProperty } from '../bind/objects';
import { installCMethods } from './native_methods';
import { comparisonMethods } from './compare-methods';
import { cm } from './native_methods';
import { pyHash } from '../runtime/numeric-hash';
import { toInt } from './constructors';
import { installObjectAttributeMethods } from './object-attributes';

export function installObjectMethods(): void {
  defineMethods<PyValue>(T.object, {
    __init__: () => null,
    __repr__: self => (self instanceof PyInstance ? `<${self.cls.module === 'builtins' ? '' : self.cls.module + '.'}${self.cls.name} object at ${fakeAddress(self)}>` : repr(self)),
    __str__: self => str(self),
    __eq__: (self, a) => (self === a[0] ? true : NotImplemented),
    __ne__: (self, a) => (self === a[0] ? false : NotImplemented),
    __format__: (self, a) => formatValue(self instanceof PyInstance ? str(self) : self, String(a[0] ?? '')),
  });
  installObjectAttributeMethods();
  // @x.setter / @x.deleter / @x.getter: a new property with one accessor replaced.
  defineMethods<PyProperty>(T.property, {
    getter: (p, a) => new PyProperty(a[0], p.fset, p.fdel, p.doc),
    setter: (p, a) => new PyProperty(p.fget, a[0], p.fdel, p.doc),
    deleter: (p, a) => new PyProperty(p.fget, p.fset, a[0], p.doc),
  });
  // The accessors and docstring a property was made with, read-only as in CPython.
  const fields: Record<string, (p: PyProperty) => PyValue> = { fget: p => p.fget, fset: p => p.fset, fdel: p => p.fdel, __doc__: p => p.doc };
  for (const [name, get] of Object.entries(fields)) T.property.dict.set(name, readOnlyProperty(name, get));
  defineMethods<PyExceptionObj>(E.BaseException, {
    __init__: (self, a) => { self.args = a; return null; },
    with_traceback: self => self,
  });
  defineMethods<PyFloat>(T.float, {
    is_integer: f => Number.isInteger(f.v),
    conjugate: f => f,
    as_integer_ratio: f => floatRatio(f.v),
    hex: f => floatHex(f.v),
  });
  installCMethods(T.float, [...FLOAT_COMPARISONS,
    cm<PyFloat>('wrapper', '__repr__', '()', 'Return repr(self).', f => repr(f)),
    cm<PyFloat>('wrapper', '__hash__', '()', 'Return hash(self).', f => pyHash(f)),
    cm<PyFloat>('wrapper', '__bool__', '()', 'True if self else False', f => f.v !== 0),
    cm<PyFloat>('wrapper', '__float__', '()', 'float(self)', f => f),
    cm<PyFloat>('wrapper', '__int__', '()', 'int(self)', f => toInt(f))]);
}

/** float's comparisons: with floats, ints and bools; (1.5).__eq__('a') is NotImplemented. */
export const FLOAT_COMPARISONS = comparisonMethods<PyValue>(
  v => v instanceof PyFloat || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean');

/** Exact numerator/denominator: doubling until integral leaves an odd numerator (lowest terms). */
function floatRatio(x: number): PyTuple {
  if (x !== x) throw valueError('cannot convert NaN to integer ratio');
  if (!isFinite(x)) throw pyException(E.OverflowError, 'cannot convert Infinity to integer ratio');
  let m = x, k = 0;
  while (!Number.isInteger(m)) { m *= 2; k++; }
  return new PyTuple([intFromFloat(m), normBig(1n << BigInt(k))]);
}

/** float.hex(): 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<digits>p-1022. */
function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const sign = view.getUint32(0) >>> 31 ? '-' : '';
  const biased = (view.getUint16(0) >>> 4) & 0x7ff;
  const mantissa = (BigInt(view.getUint32(0) & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  if (biased === 0 && mantissa === 0n) return sign + '0x0.0p+0';
  const digits = mantissa.toString(16).padStart(13, '0');
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${biased === 0 ? 0 : 1}.${digits}p${exp < 0 ? '' : '+'}${exp}`;
}

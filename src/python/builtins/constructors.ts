// Constructors of the builtin types: int(), float(), str(), list(), dict(), ...
import { PyFloat, PyInstance, PyValue, Kwargs } from '../objects/core';
import { PyDict, PyList, PyRange, PySet, PySlice, PyTuple } from '../objects/containers';
import { PyClassMethod, PyProperty, PyStaticMethod, PySuper } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';
import { HostObject, isHost } from '../host';
import { typeError, valueError, pyException, E } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { repr, str } from '../runtime/repr';
import { toArray } from '../runtime/iteration';
import { truthy } from '../runtime/truth';
import { indexValue } from '../runtime/numbers';
import { PyInt, intFromFloat, intOf, intToFloat } from '../runtime/ints';
import { parseIntText } from '../runtime/int-text';
import { floatToInt } from '../runtime/float-int';
import { makeRange } from '../runtime/big-range';
import { callMethodIfDefined, noteClassAttr } from '../runtime/attributes';
import { mergeInto } from '../interpreter/compile-expr';
import { cConstructor, CArgs, varkwOf } from './native_methods';
import { bytesOf } from '../runtime/bytes';
import { decode, lookupEncoding, lookupErrors } from '../io/codecs';
import { PyScalarSub } from '../objects/scalar-sub';

export function toInt(v: PyValue, base?: PyValue): PyInt {
  if (base !== undefined && base !== null) {
    if (typeof v !== 'string') throw typeError("int() can't convert non-string with explicit base");
    const b = indexValue(base);
    if (b !== 0 && (b < 2 || b > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
    const n = parseIntText(v, Number(b));
    if (n === null) throw valueError(`invalid literal for int() with base ${b}: ${repr(v)}`);
    return n;
  }
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return floatToInt(v.v);
  if (typeof v === 'string') {
    const n = parseIntText(v, 10);
    if (n === null) throw valueError(`invalid literal for int() with base 10: ${repr(v)}`);
    return n;
  }
  if (isHost(v)) {
    if (v.index) return intFromFloat(v.index());
    if (v.number) return floatToInt(v.number());
  }
  if (v instanceof PyInstance) {
    for (const m of ['__int__', '__index__', '__trunc__']) {
      const r = callMethodIfDefined(v, m);
      if (r === undefined) continue;
      const n = intOf(r);
      if (n === undefined) throw typeError(`${m} returned non-int (type ${typeOf(r).name})`);
      return n;
    }
    if (v instanceof PyScalarSub) return toInt(v.value, base);
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeOf(v).name}'`);
}

export function toFloat(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return intToFloat(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(t)) return NaN;
    // Underscores only between digits, as in float literals.
    if (/^[+-]?(\d(_?\d)*\.?(\d(_?\d)*)?|\.\d(_?\d)*)(e[+-]?\d(_?\d)*)?$/.test(t)) return parseFloat(t.replace(/_/g, ''));
    throw valueError(`could not convert string to float: ${repr(v)}`);
  }
  if (isHost(v) && v.number) return v.number();
  if (v instanceof PyInstance) {
    const r = callMethodIfDefined(v, '__float__');
    if (r instanceof PyFloat) return r.v;
    const i = callMethodIfDefined(v, '__index__');
    if (i !== undefined && intOf(i) !== undefined) return intToFloat(intOf(i)!);
    if (v instanceof PyScalarSub) return toFloat(v.value);
  }
  throw typeError(`float() argument must be a string or a real number, not '${typeOf(v).name}'`);
}

function dictFrom(src: PyValue | undefined, kw: Kwargs): PyDict {
  const d = new PyDict();
  if (src !== undefined) {
    if (src instanceof PyDict || (src instanceof PyInstance && typeOf(src).lookup('keys'))) mergeInto(d, src);
    else {
      let i = 0;
      for (const item of toArray(src)) {
        const pair = toArray(item);
        if (pair.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        d.set(pair[0], pair[1]);
        i++;
      }
    }
  }
  if (kw) for (const [k, v] of kw) d.set(k, v);
  return d;
}

/** str(object='', encoding='utf-8', errors='strict'): with an encoding or errors, it decodes bytes. */
function strNew(a: CArgs): string {
  const object = a.object!;
  if (a.encoding === undefined && a.errors === undefined) return str(object);
  // str(errors='strict') decodes nothing: the default object is ''.
  if (object === '') return '';
  if (typeof object === 'string') throw typeError('decoding str is not supported');
  const data = bytesOf(object);
  if (!data) throw typeError(`decoding to str: need a bytes-like object, ${typeOf(object).name} found`);
  return decode(data, lookupEncoding(a.encoding === undefined ? 'utf-8' : String(a.encoding)), lookupErrors(a.errors === undefined ? 'strict' : String(a.errors)));
}

const iterableItems = (a: CArgs): PyValue[] => (a.iterable === undefined ? [] : [...toArray(a.iterable)]);
function setNew(a: CArgs, frozen: boolean): PySet {
  const s = new PySet(frozen);
  for (const x of iterableItems(a)) s.add(x);
  return s;
}

function rangeNew(a: CArgs): PyValue {
  if (a.stop === undefined) return makeRange(0, indexValue(a.start!), 1);
  return makeRange(indexValue(a.start!), indexValue(a.stop), a.step === undefined ? 1 : indexValue(a.step));
}

const NO_VALUE = '<unrepresentable>';

/**
 * The builtin types' constructors with CPython 3.11's signatures and C parsers (the parser decides
 * the call-error text: `float expected at most 1 argument, got 2`, `'x' is an invalid keyword
 * argument for int()`). type() and super() keep their own argument rules below.
 */
export const TYPE_CONSTRUCTORS = {
  int: cConstructor('clinic', 'int', `(x=${NO_VALUE}, /, base=10)`, 'Convert a number or string to an integer; a string in the given base.', (_c, a) => {
    if (a.x === undefined) {
      if (a.base !== undefined) throw typeError('int() missing string argument');
      return 0;
    }
    return toInt(a.x, a.base);
  }, { omittedAs: ['base'] }),
  float: cConstructor('positional', 'float', '(x=0, /)', 'Convert a string or number to a floating point number.', (_c, a) => new PyFloat(toFloat(a.x!))),
  bool: cConstructor('positional', 'bool', '(x=False, /)', 'Return True when the argument is true, False otherwise.', (_c, a) => truthy(a.x!)),
  str: cConstructor('clinic', 'str', `(object='', encoding=${NO_VALUE}, errors=${NO_VALUE})`, 'Create a string from an object (its str()), or decode bytes with an encoding.', (_c, a) => strNew(a)),
  list: cConstructor('positional', 'list', '(iterable=(), /)', 'Built-in mutable sequence.', (_c, a) => new PyList(iterableItems(a))),
  tuple: cConstructor('positional', 'tuple', '(iterable=(), /)', 'Built-in immutable sequence.',
    (_c, a) => (a.iterable instanceof PyTuple ? a.iterable : new PyTuple(iterableItems(a)))),
  set: cConstructor('positional', 'set', '(iterable=(), /)', 'Build an unordered collection of unique elements.', (_c, a) => setNew(a, false)),
  frozenset: cConstructor('positional', 'frozenset', '(iterable=(), /)', 'Build an immutable unordered collection of unique elements.', (_c, a) => setNew(a, true)),
  dict: cConstructor('positional', 'dict', `(mapping=${NO_VALUE}, /, **kwargs)`, 'A dictionary from a mapping or an iterable of pairs, plus keyword arguments.',
    (_c, a) => dictFrom(a.mapping, varkwOf(a, 'kwargs'))),
  range: cConstructor('positional', 'range', `(start, stop=${NO_VALUE}, step=${NO_VALUE}, /)`, 'range(stop) or range(start, stop[, step]): an immutable sequence of integers.', (_c, a) => rangeNew(a)),
  slice: cConstructor('positional', 'slice', `(start, stop=${NO_VALUE}, step=None, /)`, 'slice(stop) or slice(start, stop[, step]).',
    (_c, a) => (a.stop === undefined ? new PySlice(null, a.start!, null) : new PySlice(a.start!, a.stop, a.step!))),
  property: cConstructor('clinic', 'property', '(fget=None, fset=None, fdel=None, doc=None)', 'Property attribute.',
    (_c, a) => new PyProperty(a.fget!, a.fset!, a.fdel!, a.doc!)),
  staticmethod: cConstructor('positional', 'staticmethod', '(function, /)', 'Convert a function to be a static method.', (_c, a) => new PyStaticMethod(a.function!)),
  classmethod: cConstructor('positional', 'classmethod', '(function, /)', 'Convert a function to be a class method.', (_c, a) => new PyClassMethod(a.function!)),
};

export function installConstructors(): void {
  for (const [name, c] of Object.entries(TYPE_CONSTRUCTORS)) (T as unknown as Record<string, PyClass>)[name].nativeNew = c.construct;
  T.object.nativeNew = null;
  T.type.nativeNew = (_c, args) => {
    if (args.length === 1) return typeOf(args[0]);
    if (args.length === 3) {
      const [name, bases, ns] = args;
      const baseList = toArray(bases) as PyClass[];
      const mod = ns instanceof PyDict ? ns.get('__module__') : undefined;
      const cls = new PyClass(String(name), baseList.length ? baseList : [T.object], typeof mod === 'string' ? mod : '__main__');
      if (ns instanceof PyDict) for (const e of ns.map.values()) { noteClassAttr(String(e.k)); cls.dict.set(String(e.k), e.v); }
      return cls;
    }
    throw typeError('type() takes 1 or 3 arguments');
  };
  T.super.nativeNew = (_c, args) => {
    if (args.length !== 2) throw pyException(E.RuntimeError, 'super(): no arguments');
    const [start, self] = args;
    if (!(start instanceof PyClass)) throw typeError('super() argument 1 must be a type');
    return new PySuper(start, self, self instanceof PyClass ? self : typeOf(self));
  };
}

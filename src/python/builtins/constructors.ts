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
import { callMethodIfDefined } from '../runtime/attributes';
import { mergeInto } from '../interpreter/compile-expr';
import { argCount, parseArgs } from './args';

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
  }
  throw typeError(`float() argument must be a string or a real number, not '${typeOf(v).name}'`);
}

function dictFrom(args: PyValue[], kw: Kwargs): PyDict {
  const d = new PyDict();
  if (args.length > 1) throw typeError(`dict expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) {
    const src = args[0];
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

export function installConstructors(): void {
  T.int.nativeNew = (_c, args, kw) => {
    const [v, base] = parseArgs('int', args, kw, ['x', 'base'], 0);
    return v === undefined ? 0 : toInt(v, base);
  };
  T.float.nativeNew = (_c, args) => { argCount('float', args, 0, 1); return new PyFloat(args.length ? toFloat(args[0]) : 0); };
  T.bool.nativeNew = (_c, args) => (args.length ? truthy(args[0]) : false);
  T.str.nativeNew = (_c, args) => (args.length ? str(args[0]) : '');
  T.list.nativeNew = (_c, args) => new PyList(args.length ? [...toArray(args[0])] : []);
  T.tuple.nativeNew = (_c, args) => (args.length ? (args[0] instanceof PyTuple ? args[0] : new PyTuple([...toArray(args[0])])) : new PyTuple([]));
  T.set.nativeNew = (_c, args) => { const s = new PySet(); if (args.length) for (const x of toArray(args[0])) s.add(x); return s; };
  T.frozenset.nativeNew = (_c, args) => { const s = new PySet(true); if (args.length) for (const x of toArray(args[0])) s.add(x); return s; };
  T.dict.nativeNew = (_c, args, kw) => dictFrom(args, kw);
  T.object.nativeNew = null;
  T.type.nativeNew = (_c, args) => {
    if (args.length === 1) return typeOf(args[0]);
    if (args.length === 3) {
      const [name, bases, ns] = args;
      const cls = new PyClass(String(name), toArray(bases) as PyClass[], '__main__');
      if (ns instanceof PyDict) for (const e of ns.map.values()) cls.dict.set(String(e.k), e.v);
      return cls;
    }
    throw typeError('type() takes 1 or 3 arguments');
  };
  T.range.nativeNew = (_c, args) => {
    argCount('range', args, 1, 3);
    const [a, b, c] = args.map(indexValue);
    if (args.length === 1) return makeRange(0, a, 1);
    return makeRange(a, b, args.length === 3 ? c : 1);
  };
  T.slice.nativeNew = (_c, args) => {
    argCount('slice', args, 1, 3);
    if (args.length === 1) return new PySlice(null, args[0], null);
    return new PySlice(args[0], args[1], args[2] ?? null);
  };
  T.property.nativeNew = (_c, args, kw) => {
    const [fget, fset, fdel] = parseArgs('property', args, kw, ['fget', 'fset', 'fdel', 'doc'], 0);
    return new PyProperty(fget ?? null, fset ?? null, fdel ?? null);
  };
  T.staticmethod.nativeNew = (_c, args) => new PyStaticMethod(args[0]);
  T.classmethod.nativeNew = (_c, args) => new PyClassMethod(args[0]);
  T.super.nativeNew = (_c, args) => {
    if (args.length !== 2) throw pyException(E.RuntimeError, 'super(): no arguments');
    const [start, self] = args;
    if (!(start instanceof PyClass)) throw typeError('super() argument 1 must be a type');
    return new PySuper(start, self, self instanceof PyClass ? self : typeOf(self));
  };
}

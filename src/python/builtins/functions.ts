// The builtin functions (print, len, range, sorted, ...). No open(), input(), eval(), exec():
// cells cannot reach the file system, the terminal or the host.
import { PyExceptionObj, PyFloat, PyInstance, PyValue, Kwargs } from '../objects/core';
import { PyDict, PyList, PySet, PyTuple } from '../objects/containers';
import { PyBuiltin, PyBoundMethod, PyFunction, PyIterator, PyMethodDescr, PyModule } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { T, iteratorType } from '../objects/types';
import { PyGenerator } from '../interpreter/generators/generator-object';
import { openBuiltin } from '../io/open';
import { evalExecBuiltins } from '../interpreter/eval-exec';
import { NotImplemented, Ellipsis } from '../objects/singletons';
import { HostObject, isHost } from '../host';
import { E, allExceptionClasses, typeError, valueError, pyException, stopIteration } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { repr, str } from '../runtime/repr';
import { getIter, toArray } from '../runtime/iteration';
import { truthy, len } from '../runtime/truth';
import { binaryOp, unaryOp } from '../runtime/operators';
import { richCompare, pyEq } from '../runtime/compare';
import { callValue } from '../runtime/call';
import { getAttrOpt, getAttr, setAttr, delAttr, callMethodIfDefined } from '../runtime/attributes';
import { hashKey, objectId } from '../runtime/hashing';
import { formatValue } from '../runtime/format-spec';
import { indexValue, toIndex } from '../runtime/numbers';
import { MAX_SMALL } from '../runtime/ints';
import { PyBigRange, bigRangeCursor, bigRangeLen } from '../runtime/big-range';
import { NUMERIC_FUNCTIONS } from './numeric-functions';
import { argCount, parseArgs } from './args';
import { io } from './io';
import { BUILTINS_TABLE } from './bound';
import { boundFunction } from '../bind';

type Fn = (args: PyValue[], kw: Kwargs) => PyValue;

function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return truthy(richCompare('<', a, b));
}

/** Stable sort using Python's `<`, as list.sort does. */
export function sortValues(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keyed = items.map((v, i) => ({ k: key === null ? v : callValue(key, [v], null), v, i }));
  keyed.sort((x, y) => {
    const [a, b] = reverse ? [y.k, x.k] : [x.k, y.k];
    if (lessThan(a, b)) return -1;
    if (lessThan(b, a)) return 1;
    return x.i - y.i;
  });
  return keyed.map(e => e.v);
}

function minMax(name: string, args: PyValue[], kw: Kwargs, wantMax: boolean): PyValue {
  const key = kw?.get('key') ?? null;
  const dflt = kw?.get('default');
  const items = args.length === 1 ? toArray(args[0]) : args;
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (!items.length) {
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key === null ? best : callValue(key, [best], null);
  for (let i = 1; i < items.length; i++) {
    const k = key === null ? items[i] : callValue(key, [items[i]], null);
    if (wantMax ? lessThan(bestKey, k) : lessThan(k, bestKey)) { best = items[i]; bestKey = k; }
  }
  return best;
}

function isInstance(v: PyValue, spec: PyValue): boolean {
  if (spec instanceof PyTuple) return spec.items.some(s => isInstance(v, s));
  if (!(spec instanceof PyClass)) throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  return typeOf(v).isSubclassOf(spec);
}

function iterFn(args: PyValue[]): PyValue {
  argCount('iter', args, 1, 2);
  if (args.length === 2) {
    const [fn, sentinel] = args;
    let done = false;
    return new PyIterator(iteratorType('callable_iterator'), () => {
      if (done) return undefined;
      const v = callValue(fn, [], null);
      if (pyEq(v, sentinel)) { done = true; return undefined; }
      return v;
    });
  }
  return getIter(args[0]);
}

function next(args: PyValue[]): PyValue {
  argCount('next', args, 1, 2);
  const it = args[0];
  let v: PyValue | undefined;
  if (it instanceof PyGenerator) {
    // A generator's StopIteration carries its return value.
    try { return it.nextOrStop(); } catch (e) {
      if (args.length === 2 && e instanceof PyExceptionObj && e.cls.isSubclassOf(E.StopIteration)) return args[1];
      throw e;
    }
  }
  if (it instanceof PyIterator) v = it.next();
  else if (it instanceof PyInstance && it.cls.lookup('__next__')) {
    try { return callMethodIfDefined(it, '__next__')!; } catch (e) {
      if (e instanceof PyExceptionObj && e.cls.isSubclassOf(E.StopIteration) && args.length === 2) return args[1];
      throw e;
    }
  } else throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  if (v === undefined) {
    if (args.length === 2) return args[1];
    throw stopIteration();
  }
  return v;
}

function lazy(name: string, nextFn: () => PyValue | undefined): PyIterator {
  return new PyIterator(iteratorType(name), nextFn);
}

const FUNCTIONS: Record<string, Fn> = {
  display(args) { for (const a of args) io.display(a); return null; },
  len(args) { argCount('len', args, 1, 1); return args[0] instanceof PyBigRange ? bigRangeLen(args[0]) : len(args[0]); },
  repr(args) { argCount('repr', args, 1, 1); return repr(args[0]); },
  ascii(args) { return repr(args[0]).replace(/[^\x00-\x7f]/g, c => { const n = c.codePointAt(0)!; return n < 256 ? '\\x' + n.toString(16).padStart(2, '0') : n < 65536 ? '\\u' + n.toString(16).padStart(4, '0') : '\\U' + n.toString(16).padStart(8, '0'); }); },
  min: (a, kw) => minMax('min', a, kw, false),
  max: (a, kw) => minMax('max', a, kw, true),
  any(args) { const it = getIter(args[0]); for (let x = it.next(); x !== undefined; x = it.next()) if (truthy(x)) return true; return false; },
  all(args) { const it = getIter(args[0]); for (let x = it.next(); x !== undefined; x = it.next()) if (!truthy(x)) return false; return true; },
  reversed(args) {
    argCount('reversed', args, 1, 1);
    const v = args[0];
    if (v instanceof PyInstance) {
      const r = callMethodIfDefined(v, '__reversed__');
      if (r !== undefined) return r;
    }
    if (v instanceof PyBigRange) return new PyIterator(iteratorType('longrange_iterator'), bigRangeCursor(v, true));
    if (v instanceof PyDict || v instanceof PySet || v instanceof PyIterator) {
      if (v instanceof PyDict) { const keys = v.keys(); let i = keys.length; return lazy('dict_reversekeyiterator', () => (i > 0 ? keys[--i] : undefined)); }
      throw typeError(`'${typeOf(v).name}' object is not reversible`);
    }
    const items = toArray(v);
    let i = items.length;
    return lazy(v instanceof PyList ? 'list_reverseiterator' : 'reversed', () => (i > 0 ? items[--i] : undefined));
  },
  enumerate(args, kw) {
    const [iterable, start] = parseArgs('enumerate', args, kw, ['iterable', 'start'], 1);
    const it = getIter(iterable!);
    // The counter is a Python int: it may start (or grow) past 2**53.
    let i: PyValue = start === undefined ? 0 : indexValue(start);
    return lazy('enumerate', () => {
      const x = it.next();
      if (x === undefined) return undefined;
      const item = new PyTuple([i, x]);
      i = typeof i === 'number' && i < MAX_SMALL ? i + 1 : binaryOp('+', i, 1);
      return item;
    });
  },
  zip(args, kw) {
    const strict = kw?.get('strict');
    const its = args.map(getIter);
    if (!its.length) return lazy('zip', () => undefined);
    return lazy('zip', () => {
      const out: PyValue[] = [];
      for (let k = 0; k < its.length; k++) {
        const x = its[k].next();
        if (x === undefined) {
          if (strict && truthy(strict) && k > 0) throw valueError(`zip() argument ${k + 1} is shorter than argument 1`);
          return undefined;
        }
        out.push(x);
      }
      return new PyTuple(out);
    });
  },
  map(args) {
    if (args.length < 2) throw typeError('map() must have at least two arguments.');
    const fn = args[0];
    const its = args.slice(1).map(getIter);
    return lazy('map', () => {
      const xs: PyValue[] = [];
      for (const it of its) { const x = it.next(); if (x === undefined) return undefined; xs.push(x); }
      return callValue(fn, xs, null);
    });
  },
  filter(args) {
    argCount('filter', args, 2, 2);
    const fn = args[0];
    const it = getIter(args[1]);
    return lazy('filter', () => {
      for (let x = it.next(); x !== undefined; x = it.next()) {
        if (fn === null ? truthy(x) : truthy(callValue(fn, [x], null))) return x;
      }
      return undefined;
    });
  },
  isinstance(args) { argCount('isinstance', args, 2, 2); return isInstance(args[0], args[1]); },
  issubclass(args) {
    argCount('issubclass', args, 2, 2);
    const [c, spec] = args;
    if (!(c instanceof PyClass)) throw typeError('issubclass() arg 1 must be a class');
    const check = (s: PyValue): boolean => (s instanceof PyTuple ? s.items.some(check) : s instanceof PyClass ? c.isSubclassOf(s) : (() => { throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union'); })());
    return check(spec);
  },
  hasattr(args) {
    argCount('hasattr', args, 2, 2);
    try { return getAttrOpt(args[0], String(args[1])) !== undefined; } catch (e) {
      if (e instanceof PyExceptionObj && e.cls.isSubclassOf(E.AttributeError)) return false;
      throw e;
    }
  },
  getattr(args) {
    argCount('getattr', args, 2, 3);
    const name = args[1];
    if (typeof name !== 'string') throw typeError("attribute name must be string, not '" + typeOf(name).name + "'");
    if (args.length === 3) {
      try { const v = getAttrOpt(args[0], name); return v === undefined ? args[2] : v; } catch (e) {
        if (e instanceof PyExceptionObj && e.cls.isSubclassOf(E.AttributeError)) return args[2];
        throw e;
      }
    }
    return getAttr(args[0], name);
  },
  setattr(args) { argCount('setattr', args, 3, 3); setAttr(args[0], String(args[1]), args[2]); return null; },
  delattr(args) { argCount('delattr', args, 2, 2); delAttr(args[0], String(args[1])); return null; },
  callable(args) {
    const v = args[0];
    return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyClass || v instanceof PyMethodDescr
      || (v instanceof PyInstance && v.cls.lookup('__call__') !== undefined) || (isHost(v) && !!v.call);
  },
  iter: iterFn,
  next,
  id(args) { const v = args[0]; return typeof v === 'object' && v !== null ? objectId(v) : typeof v === 'number' ? v * 2 + 1 : objectId({ v }); },
  ord(args) {
    const s = args[0];
    if (typeof s !== 'string') throw typeError(`ord() expected string of length 1, but ${typeOf(s).name} found`);
    const cps = [...s];
    if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
    return cps[0].codePointAt(0)!;
  },
  format(args) { argCount('format', args, 1, 2); return formatValue(args[0], args.length > 1 ? String(args[1]) : ''); },
  vars(args) {
    const v = args[0];
    if (v instanceof PyInstance || v instanceof PyModule || v instanceof PyClass) return PyDict.fromEntries(v.dict);
    throw typeError('vars() argument must have __dict__ attribute');
  },
  dir(args) {
    const v = args[0];
    const names = new Set<string>();
    if (v instanceof PyInstance) for (const k of v.dict.keys()) names.add(k);
    if (v instanceof PyModule) for (const k of v.dict.keys()) names.add(k);
    else for (const c of (v instanceof PyClass ? v : typeOf(v)).mro) for (const k of c.dict.keys()) names.add(k);
    return new PyList([...names].sort());
  },
};

export function installFunctions(builtins: Map<string, PyValue>): void {
  for (const [name, fn] of Object.entries({ ...FUNCTIONS, ...NUMERIC_FUNCTIONS })) builtins.set(name, new PyBuiltin(name, fn, 'builtins'));
  for (const e of BUILTINS_TABLE) builtins.set(e.signature.name, new PyBuiltin(e.signature.name, boundFunction(e), 'builtins'));
  const types: [string, PyClass][] = [
    ['int', T.int], ['float', T.float], ['bool', T.bool], ['str', T.str], ['list', T.list], ['tuple', T.tuple],
    ['dict', T.dict], ['set', T.set], ['frozenset', T.frozenset], ['object', T.object], ['type', T.type],
    ['range', T.range], ['slice', T.slice], ['property', T.property], ['staticmethod', T.staticmethod],
    ['classmethod', T.classmethod], ['super', T.super],
  ];
  for (const [n, c] of types) builtins.set(n, c);
  for (const c of allExceptionClasses()) builtins.set(c.name, c);
  // Python 2 names CPython 3 keeps as aliases of OSError.
  builtins.set('IOError', E.OSError);
  builtins.set('EnvironmentError', E.OSError);
  builtins.set('open', openBuiltin);
  for (const [n, b] of evalExecBuiltins) builtins.set(n, b);
  builtins.set('NotImplemented', NotImplemented);
  builtins.set('Ellipsis', Ellipsis);
  builtins.set('__name__', '__main__');
}

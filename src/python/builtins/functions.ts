// The builtin functions (len, min, zip, getattr, ...) as signature-table entries with CPython 3.11's
// signatures and the call-error texts its C functions print (c_messages.ts). open(), eval() and
// exec() live with the interpreter (io/open.ts, interpreter/eval-exec.ts).
import { namespaceDict } from '../objects/namespace-dict';
import { PyExceptionObj, PyInstance, PyValue } from '../objects/core';
import { PyDict, PyList, PySet, PyTuple } from '../objects/containers';
import { PyIterator, PyModule } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { iteratorType } from '../objects/types';
import { PyGenerator } from '../interpreter/generators/generator-object';
import { isHost } from '../host';
import { E, typeError, valueError, pyException, stopIteration } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { repr } from '../runtime/repr';
import { getIter, toArray } from '../runtime/iteration';
import { truthy, len } from '../runtime/truth';
import { binaryOp } from '../runtime/operators';
import { richCompare, pyEq } from '../runtime/compare';
import { callValue } from '../runtime/call';
import { getAttrIfAny, getAttrOpt, getAttr, setAttr, delAttr, callMethodIfDefined, dictView, hasInstanceDict } from '../runtime/attributes';
import { subOf } from '../runtime/subclass';
import { objectId } from '../runtime/hashing';
import { formatValue } from '../runtime/format-spec';
import { indexValue } from '../runtime/numbers';
import { MAX_SMALL } from '../runtime/ints';
import { PyBigRange, bigRangeCursor, bigRangeLen } from '../runtime/big-range';
import { io } from './io';
import { entry, isCallable, TableEntry } from '../bind';
import { checkPositional, clinic, METH_O } from './c_messages';
import { abcSubclassCheck } from '../runtime/abc-check';

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

function minMax(name: string, args: readonly PyValue[], key: PyValue, dflt: PyValue | undefined, wantMax: boolean): PyValue {
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 1 && dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const items = args.length === 1 ? toArray(args[0]) : args;
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
  return typeOf(v).isSubclassOf(spec) || abcSubclassCheck(typeOf(v), spec) === true;
}

const valueIds = new Map<unknown, object>();
function valueId(v: PyValue): number {
  let holder = valueIds.get(v);
  if (!holder) { holder = {}; valueIds.set(v, holder); }
  return objectId(holder) * 2;
}

function iterFn(object: PyValue, sentinel: PyValue | undefined): PyValue {
  if (sentinel !== undefined) {
    const fn = object;
    let done = false;
    return new PyIterator(iteratorType('callable_iterator'), () => {
      if (done) return undefined;
      const v = callValue(fn, [], null);
      if (pyEq(v, sentinel)) { done = true; return undefined; }
      return v;
    });
  }
  // A host iterator (a csv reader, a file) is its own iterator: iter(reader) is reader.
  if (isHost(object) && getAttrOpt(object, '__next__') !== undefined) {
    const iterMethod = getAttrOpt(object, '__iter__');
    if (iterMethod !== undefined && callValue(iterMethod, [], null) === object) return object;
  }
  return getIter(object);
}

function next(it: PyValue, dflt: PyValue | undefined): PyValue {
  const args = dflt === undefined ? [it] : [it, dflt];
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
  } else if (isHost(it) && getAttrOpt(it, '__next__') !== undefined) {
    // Host iterators (files, csv readers) answer __next__ themselves.
    try { return callValue(getAttrOpt(it, '__next__')!, [], null); } catch (e) {
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

/** `len(obj, /)`-style: one positional-only parameter. */
const one = (name: string) => [{ name, kind: 'positional' }] as const;
const positional = (...names: string[]) => names.map(name => ({ name, kind: 'positional' }) as const);
const optionalPositional = (name: string) => ({ name, default: { expr: '<no value>' }, kind: 'positional' }) as const;
const ascii = (v: PyValue) => repr(v).replace(/[^\x00-\x7f]/g, c => { const n = c.codePointAt(0)!; return n < 256 ? '\\x' + n.toString(16).padStart(2, '0') : n < 65536 ? '\\u' + n.toString(16).padStart(4, '0') : '\\U' + n.toString(16).padStart(8, '0'); });

function reversed(v: PyValue): PyValue {
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
}

function enumerate(iterable: PyValue, start: PyValue): PyValue {
  const it = getIter(iterable);
  // The counter is a Python int: it may start (or grow) past 2**53.
  let i: PyValue = indexValue(start);
  return lazy('enumerate', () => {
    const x = it.next();
    if (x === undefined) return undefined;
    const item = new PyTuple([i, x]);
    i = typeof i === 'number' && i < MAX_SMALL ? i + 1 : binaryOp('+', i, 1);
    return item;
  });
}

function zip(iterables: readonly PyValue[], strict: boolean): PyValue {
  const its = iterables.map(getIter);
  if (!its.length) return lazy('zip', () => undefined);
  return lazy('zip', () => {
    const out: PyValue[] = [];
    for (let k = 0; k < its.length; k++) {
      const x = its[k].next();
      if (x === undefined) {
        if (strict && k > 0) throw valueError(`zip() argument ${k + 1} is shorter than argument 1`);
        return undefined;
      }
      out.push(x);
    }
    return new PyTuple(out);
  });
}

function map(fn: PyValue, iterables: readonly PyValue[]): PyValue {
  if (iterables.length < 1) throw typeError('map() must have at least two arguments.');
  const its = iterables.map(getIter);
  return lazy('map', () => {
    const xs: PyValue[] = [];
    for (const it of its) { const x = it.next(); if (x === undefined) return undefined; xs.push(x); }
    return callValue(fn, xs, null);
  });
}

function filter(fn: PyValue, iterable: PyValue): PyValue {
  const it = getIter(iterable);
  return lazy('filter', () => {
    for (let x = it.next(); x !== undefined; x = it.next()) {
      if (fn === null ? truthy(x) : truthy(callValue(fn, [x], null))) return x;
    }
    return undefined;
  });
}

function issubclass(c: PyValue, spec: PyValue): boolean {
  if (!(c instanceof PyClass)) throw typeError('issubclass() arg 1 must be a class');
  const check = (s: PyValue): boolean => (s instanceof PyTuple ? s.items.some(check) : s instanceof PyClass ? c.isSubclassOf(s) || abcSubclassCheck(c, s) === true : (() => { throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union'); })());
  return check(spec);
}

function hasattr(obj: PyValue, name: PyValue): boolean {
  return getAttrIfAny(obj, String(name)) !== undefined;
}

function getattr(obj: PyValue, name: PyValue, dflt: PyValue | undefined): PyValue {
  if (typeof name !== 'string') throw typeError("attribute name must be string, not '" + typeOf(name).name + "'");
  if (dflt !== undefined) {
    const v = getAttrIfAny(obj, name);
    return v === undefined ? dflt : v;
  }
  return getAttr(obj, name);
}

// Objects get even ids, small ints odd ones, other immutable values one stable id per value: no two live values share an id.
const id = (v: PyValue) => (typeof v === 'object' && v !== null ? objectId(v) * 2 : typeof v === 'number' ? v * 2 + 1 : valueId(v));

function ord(s: PyValue): number {
  if (typeof s !== 'string') throw typeError(`ord() expected string of length 1, but ${typeOf(s).name} found`);
  const cps = [...s];
  if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
  return cps[0].codePointAt(0)!;
}

/** vars() and dir() without an argument read the caller's local scope, which builtins cannot see here. */
const noLocals = (fn: string) => pyException(E.NotImplementedError, `${fn}() without an argument is not supported by Gradbook: pass the object`);

function vars(v: PyValue | undefined): PyValue {
  if (v === undefined) throw noLocals('vars');
  if (v instanceof PyModule) return namespaceDict(v.dict);
  if (v instanceof PyClass) return getAttr(v, '__dict__');
  // An instance's live __dict__ (writes to it are its attributes), unless it has only slots.
  const state = v instanceof PyInstance ? v : subOf(v);
  if (state !== null && (!(v instanceof PyInstance) || hasInstanceDict(state.cls))) return dictView(state.dict);
  throw typeError('vars() argument must have __dict__ attribute');
}

function dir(v: PyValue | undefined): PyValue {
  if (v === undefined) throw noLocals('dir');
  const names = new Set<string>();
  if (v instanceof PyInstance) for (const k of v.dict.keys()) names.add(k);
  if (v instanceof PyModule) for (const k of v.dict.keys()) names.add(k);
  else for (const c of (v instanceof PyClass ? v : typeOf(v)).mro) for (const k of c.dict.keys()) names.add(k);
  return new PyList([...names].sort());
}

const MIN_MAX_KEYWORDS = [{ name: 'key', default: null, kind: 'keyword' }, { name: 'default', default: { expr: '<no value>' }, kind: 'keyword' }] as const;
const MIN_MAX_MESSAGES = clinic([]);

/** The builtin functions other than the numeric ones, with CPython 3.11's signatures and call-error texts. */
export const FUNCTION_TABLE: readonly TableEntry[] = [
  entry({
    name: 'display', doc: "IPython's display: shows each object as the notebook's rich output.", varargs: 'objs',
    params: [
      { name: 'include', default: null, kind: 'keyword', unsupported: true }, { name: 'exclude', default: null, kind: 'keyword', unsupported: true },
      { name: 'metadata', default: null, kind: 'keyword', unsupported: true }, { name: 'transient', default: null, kind: 'keyword', unsupported: true },
      { name: 'display_id', default: null, kind: 'keyword', unsupported: true }, { name: 'raw', default: false, kind: 'keyword', unsupported: true },
      { name: 'clear', default: false, kind: 'keyword', unsupported: true },
    ],
  }, a => { for (const o of a.objs as PyValue[]) io.display(o); return null; }),
  entry({ name: 'len', doc: 'Return the number of items in a container.', params: one('obj') },
    a => (a.obj instanceof PyBigRange ? bigRangeLen(a.obj) : len(a.obj as PyValue)), { messages: METH_O }),
  entry({ name: 'repr', doc: 'Return the canonical string representation of the object.', params: one('obj') }, a => repr(a.obj as PyValue), { messages: METH_O }),
  entry({ name: 'ascii', doc: 'Return an ASCII-only representation of an object.', params: one('obj') }, a => ascii(a.obj as PyValue), { messages: METH_O }),
  entry({ name: 'min', doc: 'With a single iterable argument, return its smallest item; with two or more arguments, the smallest argument.', varargs: 'args', params: MIN_MAX_KEYWORDS },
    a => minMax('min', a.args as PyValue[], a.key as PyValue, a.default as PyValue | undefined, false), { messages: MIN_MAX_MESSAGES }),
  entry({ name: 'max', doc: 'With a single iterable argument, return its biggest item; with two or more arguments, the largest argument.', varargs: 'args', params: MIN_MAX_KEYWORDS },
    a => minMax('max', a.args as PyValue[], a.key as PyValue, a.default as PyValue | undefined, true), { messages: MIN_MAX_MESSAGES }),
  entry({ name: 'any', doc: 'Return True if bool(x) is True for any x in the iterable.', params: one('iterable') }, a => {
    const it = getIter(a.iterable as PyValue); for (let x = it.next(); x !== undefined; x = it.next()) if (truthy(x)) return true; return false;
  }, { messages: METH_O }),
  entry({ name: 'all', doc: 'Return True if bool(x) is True for all values x in the iterable.', params: one('iterable') }, a => {
    const it = getIter(a.iterable as PyValue); for (let x = it.next(); x !== undefined; x = it.next()) if (!truthy(x)) return false; return true;
  }, { messages: METH_O }),
  entry({ name: 'reversed', doc: 'Return a reverse iterator over the values of the given sequence.', params: one('sequence') },
    a => reversed(a.sequence as PyValue), { messages: checkPositional(1, 1) }),
  entry({ name: 'enumerate', doc: 'Return an enumerate object: (index, item) pairs.', params: [{ name: 'iterable' }, { name: 'start', default: 0 }] },
    a => enumerate(a.iterable as PyValue, a.start as PyValue), {
      messages: { ...clinic(['iterable', 'start']), missing: (c, _kind, names) => `${c.fn}() missing required argument '${names[0]}'` },
    }),
  entry({ name: 'zip', doc: 'Iterate over several iterables in parallel, producing tuples.', varargs: 'iterables', params: [{ name: 'strict', default: false, kind: 'keyword', type: 'flag' }] },
    a => zip(a.iterables as PyValue[], a.strict), { messages: clinic([]) }),
  entry({ name: 'map', doc: 'Make an iterator that computes the function using arguments from each of the iterables.', varargs: 'iterables', params: [{ name: 'func', kind: 'positional' }] },
    a => map(a.func as PyValue, a.iterables as PyValue[]), {
      messages: { ...checkPositional(2, Infinity), missing: () => 'map() must have at least two arguments.' },
    }),
  entry({ name: 'filter', doc: 'Return an iterator yielding those items of iterable for which function(item) is true.', params: positional('function', 'iterable') },
    a => filter(a.function as PyValue, a.iterable as PyValue), { messages: checkPositional(2, 2) }),
  entry({ name: 'isinstance', doc: 'Return whether an object is an instance of a class or of a subclass thereof.', params: positional('obj', 'class_or_tuple') },
    a => isInstance(a.obj as PyValue, a.class_or_tuple as PyValue), { messages: checkPositional(2, 2) }),
  entry({ name: 'issubclass', doc: "Return whether 'cls' is derived from another class or is the same class.", params: positional('cls', 'class_or_tuple') },
    a => issubclass(a.cls as PyValue, a.class_or_tuple as PyValue), { messages: checkPositional(2, 2) }),
  entry({ name: 'hasattr', doc: 'Return whether the object has an attribute with the given name.', params: positional('obj', 'name') },
    a => hasattr(a.obj as PyValue, a.name as PyValue), { messages: checkPositional(2, 2) }),
  entry({ name: 'getattr', doc: 'Get a named attribute from an object; a default is returned when it does not exist.', params: [...positional('object', 'name'), optionalPositional('default')] },
    a => getattr(a.object as PyValue, a.name as PyValue, a.default as PyValue | undefined), { messages: checkPositional(2, 3) }),
  entry({ name: 'setattr', doc: 'Sets the named attribute on the given object to the specified value.', params: positional('obj', 'name', 'value') },
    a => { setAttr(a.obj as PyValue, String(a.name), a.value as PyValue); return null; }, { messages: checkPositional(3, 3) }),
  entry({ name: 'delattr', doc: 'Deletes the named attribute from the given object.', params: positional('obj', 'name') },
    a => { delAttr(a.obj as PyValue, String(a.name)); return null; }, { messages: checkPositional(2, 2) }),
  entry({ name: 'callable', doc: 'Return whether the object is callable.', params: one('obj') }, a => isCallable(a.obj as PyValue), { messages: METH_O }),
  entry({ name: 'iter', doc: 'Get an iterator from an object (or call callable until it returns sentinel).', params: [{ name: 'object', kind: 'positional' }, optionalPositional('sentinel')] },
    a => iterFn(a.object as PyValue, a.sentinel as PyValue | undefined), { messages: checkPositional(1, 2) }),
  entry({ name: 'next', doc: 'Return the next item from the iterator (or default when it is exhausted).', params: [{ name: 'iterator', kind: 'positional' }, optionalPositional('default')] },
    a => next(a.iterator as PyValue, a.default as PyValue | undefined), { messages: checkPositional(1, 2) }),
  entry({ name: 'id', doc: 'Return the identity of an object.', params: one('obj') }, a => id(a.obj as PyValue), { messages: METH_O }),
  entry({ name: 'ord', doc: 'Return the Unicode code point for a one-character string.', params: one('c') }, a => ord(a.c as PyValue), { messages: METH_O }),
  entry({ name: 'format', doc: 'Return value.__format__(format_spec).', params: [{ name: 'value', kind: 'positional' }, { name: 'format_spec', default: '', kind: 'positional' }] },
    a => formatValue(a.value as PyValue, String(a.format_spec)), { messages: checkPositional(1, 2) }),
  entry({ name: 'vars', doc: 'Return the __dict__ of an object (without an argument: not supported).', params: [optionalPositional('object')] },
    a => vars(a.object as PyValue | undefined), { messages: checkPositional(0, 1) }),
  entry({ name: 'dir', doc: 'Return an alphabetized list of names of the attributes of the object (without an argument: not supported).', params: [optionalPositional('object')] },
    a => dir(a.object as PyValue | undefined), { messages: checkPositional(0, 1) }),
];


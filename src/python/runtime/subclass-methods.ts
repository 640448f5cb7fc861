// The builtin dunders a subclass reaches through super() or the base class (`tuple.__new__(cls,
// items)`, `dict.__init__(self, *a, **kw)`, `super().__setitem__(k, v)`, `dict.__repr__(self)`):
// each runs the builtin behaviour on the object as its builtin type, never the subclass's
// override (which would recurse).
import { PyInstance, PyValue, Kwargs } from '../objects/core';
import { NotImplemented } from '../objects/singletons';
import { CompareOpName } from '../host';
import { newScalarSub, scalarBase } from './scalar-subclass';
import { PyDict, PyList, PySet, PySlice, PyTuple } from '../objects/containers';
import { PyMethodDescr, PyStaticMethod } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';
import { keyError, typeError } from '../exceptions';
import { typeOf } from './type-name';
import { toArray } from './iteration';
import { repr, str } from './repr';
import { richCompare, contains as containsValue } from './compare';
import { getItem, setItem, delItem, sliceIndices } from './subscript';
import { toIndex } from './numbers';
import { len } from './truth';
import { getIter } from './iteration';
import { asBuiltin, callOverride, containerBase, newContainer } from './subclass';
import { cm, installCMethods, CArgs, CMethod, CParser } from '../builtins/native_methods';
import { slotWrapper } from '../builtins/c_messages';
import { argumentBinder, entry } from '../bind';
import { textSignature } from '../bind/text_signature';
import { methodDescriptor, readOnlyProperty, staticMethodOf } from '../bind/objects';
import type { Signature } from '../../engine';

/**
 * `X.__new__(cls, ...)` for a builtin X: an instance of cls built as X builds one. CPython's
 * tp_new wrapper takes `(type, *args, **kwargs)` and says `tuple.__new__(): not enough arguments`.
 */
function builtinNew(owner: PyClass): PyStaticMethod {
  const notEnough = () => `${owner.name}.__new__(): not enough arguments`;
  return staticMethodOf(entry({
    name: `${owner.name}.__new__`, doc: 'Create and return a new object.', params: [{ name: 'type', kind: 'positional' }], varargs: 'args', varkw: 'kwargs',
  }, a => {
    const cls = a.type as PyValue, args = a.args as PyValue[], kwargs = a.kwargs as Map<string, PyValue>;
    const kw: Kwargs = kwargs.size ? kwargs : null;
    if (!(cls instanceof PyClass)) throw typeError(`${owner.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
    if (!cls.isSubclassOf(owner)) throw typeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
    const base = containerBase(cls);
    if (base) {
      const immutable = base === T.tuple || base === T.frozenset;
      return newContainer(cls, base, immutable && args.length > 0 ? [...toArray(args[0])] : []);
    }
    if (cls === owner && cls.nativeNew) return cls.nativeNew(cls, args, kw);
    // str.__new__(cls, 'a') in a str subclass's __new__: the builtin value, wrapped for cls.
    const scalar = scalarBase(cls);
    if (scalar !== null && scalar.nativeNew) return newScalarSub(cls, scalar.nativeNew(scalar, args, kw));
    const nativeNew = cls.findNativeNew();
    if (nativeNew) return nativeNew(cls, [], null);
    return new PyInstance(cls);
  }, { messages: { missing: notEnough } }));
}

/** A row run on the object as its builtin type (never a subclass's override, which would recurse). */
const view = (parser: CParser, name: string, text: string, doc: string, f: (self: PyValue, a: CArgs) => PyValue): CMethod =>
  cm(parser, name, text, doc, (self, a) => asBuiltin(self, () => f(self, a)));

// Each dunder is bound with the parser CPython 3.11 gives it, which decides its call-error text:
// a type slot's wrapper (`[].__contains__()`: `expected 1 argument, got 0`) or, where the type
// defines the method itself, METH_O (`{}.__contains__()`: `dict.__contains__() takes exactly one
// argument (0 given)`).
const REPR = view('wrapper', '__repr__', '()', 'Return repr(self).', self => repr(self));
const STR = view('wrapper', '__str__', '()', 'Return str(self).', self => str(self));
const LEN = view('wrapper', '__len__', '()', 'Return len(self).', self => len(self));
const ITER = view('wrapper', '__iter__', '()', 'Implement iter(self).', self => getIter(self));
/** Whether a container's comparison slot knows the other operand: `[1].__eq__((1,))` is NotImplemented. */
function sameKind(self: PyValue, other: PyValue): boolean {
  if (self instanceof PyList) return other instanceof PyList;
  if (self instanceof PyTuple) return other instanceof PyTuple;
  if (self instanceof PyDict) return other instanceof PyDict;
  if (self instanceof PySet) return other instanceof PySet;
  return typeOf(self) === typeOf(other);
}
const compareSlot = (op: CompareOpName, name: string, doc: string) =>
  view('wrapper', name, '(value, /)', doc, (self, a) => (sameKind(self, a.value!) ? richCompare(op, self, a.value!) : NotImplemented));
const EQ = compareSlot('==', '__eq__', 'Return self==value.');
const NE = compareSlot('!=', '__ne__', 'Return self!=value.');
const ORDER = [compareSlot('<', '__lt__', 'Return self<value.'), compareSlot('<=', '__le__', 'Return self<=value.'),
  compareSlot('>', '__gt__', 'Return self>value.'), compareSlot('>=', '__ge__', 'Return self>=value.')];
const contains = (parser: CParser) => view(parser, '__contains__', '(key, /)', 'Return key in self.', (self, a) => containsValue(self, a.key!));
const getitem = (parser: CParser) => view(parser, '__getitem__', '(key, /)', 'Return self[key].', (self, a) => getItem(self, a.key!));
const DELITEM = view('wrapper', '__delitem__', '(key, /)', 'Delete self[key].', (self, a) => { delItem(self, a.key!); return null; });

/** `__setitem__`'s wrapper unpacks its tuple under an empty name: ` expected 2 arguments, got 0`. */
function installSetItem(cls: PyClass): void {
  const sig = textSignature(`${cls.name}.__setitem__`, '(key, value, /)', 'Set self[key] to value.');
  const bind = argumentBinder(sig, { ...slotWrapper(2), missing: c => ` expected 2 arguments, got ${c.given}`, tooManyPositional: c => ` expected 2 arguments, got ${c.given}` });
  cls.dict.set('__setitem__', new PyMethodDescr('__setitem__', (self: PyValue, args: PyValue[], kw: Kwargs) => {
    const a = bind(args, kw) as CArgs;
    return asBuiltin(self, () => { setItem(self, a.key!, a.value!); return null; });
  }, cls));
}

export function installContainerDunders(): void {
  T.object.dict.set('__new__', builtinNew(T.object));
  for (const cls of [T.list, T.tuple, T.dict, T.set, T.frozenset]) cls.dict.set('__new__', builtinNew(cls));
  const shared = [REPR, STR, LEN, ITER, EQ, NE];
  installCMethods(T.list, [...shared, ...ORDER, contains('wrapper'), getitem('O'), DELITEM]);
  installCMethods(T.tuple, [...shared, ...ORDER, contains('wrapper'), getitem('wrapper')]);
  installCMethods(T.dict, [...shared, contains('O'), DELITEM]);
  installCMethods(T.set, [...shared, ...ORDER, contains('O')]);
  installCMethods(T.frozenset, [...shared, ...ORDER, contains('O')]);
  // range is a sequence too: hasattr(range(5), '__len__') is how code tells sequences apart.
  installCMethods(T.range, [...shared, contains('wrapper'), getitem('wrapper')]);
  // str defines its own __repr__ (pprint tells strings apart by `type(x).__repr__ is str.__repr__`).
  installCMethods(T.str, [REPR]);
  installSetItem(T.list);
  installSetItem(T.dict);
  // slice.start/stop/step and slice.indices(length) (itertools.islice and user __getitem__ read them).
  for (const field of ['start', 'stop', 'step'] as const) {
    T.slice.dict.set(field, readOnlyProperty<PySlice>(field, self => self[field]));
  }
  installCMethods(T.slice, [cm('O', 'indices', '(len, /)', 'Assuming a sequence of length len, calculate the start and stop indices, and the stride length of the extended slice described by S.', (self, a) => {
    const [start, stop, step] = sliceIndices(self as PySlice, toIndex(a.len!));
    return new PyTuple([start, stop, step]);
  })]);
  T.list.dict.set('__init__', containerInit(T.list, (self, items) => { (self as PyList).items = items ? [...items] : []; }));
  T.set.dict.set('__init__', containerInit(T.set, (self, items) => { const s = self as PySet; s.map.clear(); if (items) for (const x of items) s.add(x); }));
  T.dict.dict.set('__init__', methodDescriptor<PyValue, Signature>(T.dict, { name: 'dict.__init__', doc: 'Initialize self from a mapping or iterable of pairs, then keywords.', params: [], varargs: 'args', varkw: 'kwargs' },
    (self, a) => { const kw = a.kwargs as unknown as Map<string, PyValue>; dictUpdate(self as PyDict, a.args as unknown as PyValue[], kw.size ? kw : null); return null; }, undefined, false));
  // dict.__getitem__ (METH_O) on a subclass still consults its __missing__, as CPython's does.
  installCMethods(T.dict, [cm('O', '__getitem__', '(key, /)', 'Return self[key].', (self, a) => {
    const d = self as PyDict, v = d.get(a.key!);
    if (v !== undefined) return v;
    const missing = callOverride(d, '__missing__', [a.key!]);
    if (missing !== undefined) return missing;
    throw keyError(a.key!);
  })]);
}

/**
 * list.__init__ / set.__init__: `(self, iterable=(), /)`, checked as their Clinic code does
 * (`list expected at most 1 argument, got 2`, `list() takes no keyword arguments`).
 */
function containerInit(cls: PyClass, fill: (self: PyValue, items: Iterable<PyValue> | undefined) => void): PyMethodDescr {
  const n = cls.name;
  const noKeywords = () => `${n}() takes no keyword arguments`;
  return methodDescriptor<PyValue, Signature>(cls, { name: `${n}.__init__`, doc: 'Initialize self from an iterable.', params: [{ name: 'iterable', default: { expr: '()' }, kind: 'positional' }] },
    (self, a) => { fill(self, a.iterable === undefined ? undefined : toArray(a.iterable as PyValue)); return null; },
    { tooManyPositional: c => `${n} expected at most 1 argument, got ${c.given}`, unexpectedKeyword: noKeywords, positionalOnlyAsKeyword: noKeywords }, false);
}

/** dict.update's rules: a mapping (keys()) or an iterable of pairs, then keywords. */
function dictUpdate(d: PyDict, args: PyValue[], kw: Kwargs): void {
  if (args.length > 1) throw typeError(`dict expected at most 1 argument, got ${args.length}`);
  if (args.length) {
    const plain = T.dict.nativeNew!(T.dict, [args[0]], null) as PyDict;
    for (const e of plain.map.values()) d.set(e.k, e.v);
  }
  if (kw) for (const [k, v] of kw) d.set(k, v);
}


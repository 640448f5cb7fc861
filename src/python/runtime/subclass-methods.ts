// The builtin dunders a subclass reaches through super() or the base class (`tuple.__new__(cls,
// items)`, `dict.__init__(self, *a, **kw)`, `super().__setitem__(k, v)`, `dict.__repr__(self)`):
// each runs the builtin behaviour on the object as its builtin type, never the subclass's
// override (which would recurse).
import { PyInstance, PyValue, Kwargs } from '../objects/core';
import { PyDict, PyList, PySet, PySlice, PyTuple } from '../objects/containers';
import { PyBuiltin, PyMethodDescr, PyProperty, PyStaticMethod } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';
import { keyError, typeError } from '../exceptions';
import { typeOf } from './type-name';
import { toArray } from './iteration';
import { repr, str } from './repr';
import { richCompare, contains } from './compare';
import { getItem, setItem, delItem, sliceIndices } from './subscript';
import { toIndex } from './numbers';
import { len } from './truth';
import { getIter } from './iteration';
import { asBuiltin, callOverride, containerBase, newContainer } from './subclass';

/** `X.__new__(cls, ...)` for a builtin X: an instance of cls built as X builds one. */
function builtinNew(owner: PyClass): PyStaticMethod {
  return new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyClass)) throw typeError(`${owner.name}.__new__(X): X is not a type object (${typeOf(cls ?? null).name})`);
    if (!cls.isSubclassOf(owner)) throw typeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
    const base = containerBase(cls);
    if (base) {
      const immutable = base === T.tuple || base === T.frozenset;
      return newContainer(cls, base, immutable && args.length > 1 ? [...toArray(args[1])] : []);
    }
    if (cls === owner && cls.nativeNew) return cls.nativeNew(cls, args.slice(1), kw);
    const nativeNew = cls.findNativeNew();
    if (nativeNew) return nativeNew(cls, [], null);
    return new PyInstance(cls);
  }));
}

type Method = (self: PyValue, args: PyValue[], kw: Kwargs) => PyValue;

function define(cls: PyClass, methods: Record<string, Method>): void {
  for (const [name, fn] of Object.entries(methods)) cls.dict.set(name, new PyMethodDescr(name, fn, cls));
}

const builtinView = (name: string, f: (self: PyValue, a: PyValue[]) => PyValue): Method => (self, a) => asBuiltin(self, () => f(self, a));

/** Methods every container type shares, run on the object as its builtin type. */
const SHARED: Record<string, Method> = {
  __repr__: builtinView('__repr__', self => repr(self)),
  __str__: builtinView('__str__', self => str(self)),
  __len__: builtinView('__len__', self => len(self)),
  __iter__: builtinView('__iter__', self => getIter(self)),
  __contains__: builtinView('__contains__', (self, a) => contains(self, a[0])),
  __getitem__: builtinView('__getitem__', (self, a) => getItem(self, a[0])),
  __eq__: builtinView('__eq__', (self, a) => richCompare('==', self, a[0])),
  __ne__: builtinView('__ne__', (self, a) => richCompare('!=', self, a[0])),
};

const MUTABLE: Record<string, Method> = {
  __setitem__: builtinView('__setitem__', (self, a) => { setItem(self, a[0], a[1]); return null; }),
  __delitem__: builtinView('__delitem__', (self, a) => { delItem(self, a[0]); return null; }),
};

export function installContainerDunders(): void {
  T.object.dict.set('__new__', builtinNew(T.object));
  for (const cls of [T.list, T.tuple, T.dict, T.set, T.frozenset]) {
    cls.dict.set('__new__', builtinNew(cls));
    define(cls, SHARED);
  }
  define(T.list, MUTABLE);
  // range is a sequence too: hasattr(range(5), '__len__') is how code tells sequences apart.
  define(T.range, SHARED);
  // slice.start/stop/step and slice.indices(length) (itertools.islice and user __getitem__ read them).
  for (const field of ['start', 'stop', 'step'] as const) {
    T.slice.dict.set(field, new PyProperty(new PyBuiltin(field, a => (a[0] as PySlice)[field])));
  }
  define(T.slice, {
    indices: (self, a) => {
      const [start, stop, step] = sliceIndices(self as PySlice, toIndex(a[0]));
      return new PyTuple([start, stop, step]);
    },
  });
  define(T.dict, MUTABLE);
  define(T.list, { __init__: (self, a, kw) => { noKw('list', kw); (self as PyList).items = a.length ? [...toArray(a[0])] : []; return null; } });
  define(T.set, { __init__: (self, a, kw) => { noKw('set', kw); const s = self as PySet; s.map.clear(); if (a.length) for (const x of toArray(a[0])) s.add(x); return null; } });
  define(T.dict, {
    __init__: (self, a, kw) => { dictUpdate(self as PyDict, a, kw); return null; },
    // dict.__getitem__ on a subclass still consults its __missing__, as CPython's does.
    __getitem__: (self, a) => {
      const d = self as PyDict, v = d.get(a[0]);
      if (v !== undefined) return v;
      const missing = callOverride(d, '__missing__', [a[0]]);
      if (missing !== undefined) return missing;
      throw keyError(a[0]);
    },
  });
}

function noKw(name: string, kw: Kwargs): void {
  if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`);
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


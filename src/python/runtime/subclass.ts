// User subclasses of list, tuple, dict, set and frozenset (see SubclassState in
// objects/containers.ts): creating their instances (`__new__`/`__init__` as CPython runs them)
// and finding the dunders a subclass overrides, which the runtime's protocols call before their
// native behaviour (a Counter's repr, a defaultdict's __missing__, an AttrDict's __getattr__).
import { PyValue } from '../objects/core';
import { PyDict, PyList, PySet, PyTuple, SubclassState } from '../objects/containers';
import { PyMethodDescr } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { InstanceDict } from '../objects/instance-dict';
import { T } from '../objects/types';
import { callBound } from './attributes';

export type Container = PyList | PyTuple | PyDict | PySet;

/** The subclass state of a value, or null for builtin containers and every other value. */
export function subOf(v: PyValue): SubclassState | null {
  return v instanceof PyList || v instanceof PyDict || v instanceof PyTuple || v instanceof PySet ? v.sub : null;
}

/**
 * A dunder the value's class defines in Python (not the builtin's own method), or undefined.
 * Cheap for plain containers: one field read.
 */
export function overrideOf(v: PyValue, name: string): PyValue | undefined {
  const sub = subOf(v);
  if (sub === null) return undefined;
  const m = sub.cls.lookup(name);
  return m === undefined || (m instanceof PyMethodDescr && isContainerType(m.owner)) ? undefined : m;
}

/** The builtin types whose own dunders are the native behaviour (never an override). */
function isContainerType(c: PyClass): boolean {
  return c === T.list || c === T.tuple || c === T.dict || c === T.set || c === T.frozenset || c === T.object;
}

/** The builtin container type a class derives from (list, tuple, dict, set, frozenset), if any. */
export function containerBase(cls: PyClass): PyClass | null {
  for (const c of cls.mro) if (c !== T.object && isContainerType(c)) return c;
  return null;
}

/** An empty instance of `cls` (a subclass of the container type `base`), with its items. */
export function newContainer(cls: PyClass, base: PyClass, items: PyValue[] = []): Container {
  let obj: Container;
  if (base === T.list) obj = new PyList(items);
  else if (base === T.tuple) obj = new PyTuple(items);
  else if (base === T.dict) obj = new PyDict();
  else {
    obj = new PySet(base === T.frozenset);
    for (const x of items) obj.add(x);
  }
  if (cls !== base) obj.sub = { cls, dict: new InstanceDict() };
  return obj;
}

/** Calls the subclass's own `name` on `obj` when it defines one; undefined otherwise. */
export function callOverride(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const m = overrideOf(obj, name);
  return m === undefined ? undefined : callBound(m, obj, args);
}

/** dict[key] for a dict subclass: its __getitem__, else the item, else its __missing__. */
export function subclassDictItem(d: PyDict, key: PyValue): PyValue | undefined {
  const own = callOverride(d, '__getitem__', [key]);
  if (own !== undefined) return own;
  const v = d.get(key);
  if (v !== undefined) return v;
  return callOverride(d, '__missing__', [key]);
}

/** Runs `f` with `obj` seen as its builtin type (dict.__repr__(self) inside a subclass's __repr__). */
export function asBuiltin<R>(obj: PyValue, f: () => R): R {
  if (!(obj instanceof PyList || obj instanceof PyDict || obj instanceof PyTuple || obj instanceof PySet) || obj.sub === null) return f();
  const sub = obj.sub;
  obj.sub = null;
  try { return f(); } finally { obj.sub = sub; }
}

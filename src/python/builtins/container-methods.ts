// Methods of list, tuple, dict, set.
import { PyExceptionObj, PyValue, Kwargs } from '../objects/core';
import { PyDict, PyList, PySet, PyTuple } from '../objects/containers';
import { T, iteratorType } from '../objects/types';
import { PyBuiltin, PyClassMethod, PyIterator } from '../objects/callables';
import { indexError, keyError, typeError, valueError } from '../exceptions';
import { toArray, dictIterator } from '../runtime/iteration';
import { pyEq } from '../runtime/compare';
import { toIndex } from '../runtime/numbers';
import { sliceIndex } from '../runtime/subscript';
import { truthy } from '../runtime/truth';
import { repr } from '../runtime/repr';
import { mergeInto } from '../interpreter/compile-expr';
import { cm, CArgs, CMethod, installCMethods, varargsOf, varkwOf } from './native_methods';
import { sortValues } from './functions';
import { PyClass } from '../objects/pyclass';
import { extendList } from '../runtime/operators';
import { checkGrowth } from '../runtime/limits';

function indexIn(items: PyValue[], v: PyValue, start: PyValue | undefined, stop: PyValue | undefined, what: string): number {
  const n = items.length;
  const norm = (x: PyValue | undefined, d: number) => { if (x === undefined) return d; let i = sliceIndex(x); if (i < 0) i = Math.max(0, i + n); return Math.min(i, n); };
  const a = norm(start, 0), b = norm(stop, n);
  for (let i = a; i < b; i++) if (items[i] === v || pyEq(items[i], v)) return i;
  throw valueError(what);
}

const viewClasses: Record<string, PyClass> = {};

/** dict.keys()/values()/items(): a snapshot list whose type (and repr) is dict_keys etc. */
export class DictView extends PyList {
  constructor(items: PyValue[], readonly kind: string) { super(items); }
  override get type(): PyClass { return viewClasses[this.kind] ??= new PyClass('dict_' + this.kind, [T.object]); }
}

function view(d: PyDict, kind: 'keys' | 'values' | 'items'): PyValue {
  const out: PyValue[] = [];
  for (const e of d.map.values()) out.push(kind === 'keys' ? e.k : kind === 'values' ? e.v : new PyTuple([e.k, e.v]));
  return new DictView(out, kind);
}

const NOARGS = '()';
const INDEX = '(value, start=0, stop=sys.maxsize, /)';
const sameOrEqual = (x: PyValue, v: PyValue) => x === v || pyEq(x, v);

function pop(l: PyList, index: PyValue): PyValue {
  if (!l.items.length) throw indexError('pop from empty list');
  let i = toIndex(index);
  if (i < 0) i += l.items.length;
  if (i < 0 || i >= l.items.length) throw indexError('pop index out of range');
  return l.items.splice(i, 1)[0];
}

function insert(l: PyList, index: PyValue, value: PyValue): null {
  let i = toIndex(index);
  const n = l.items.length;
  if (i < 0) i = Math.max(0, i + n);
  l.items.splice(Math.min(i, n), 0, value);
  checkGrowth(l.items);
  return null;
}

function sort(l: PyList, a: CArgs): null {
  const sorted = sortValues(l.items, a.key!, truthy(a.reverse!));
  l.items.length = 0;
  extendList(l.items, sorted);
  return null;
}

export const LIST_METHODS: readonly CMethod<PyList>[] = [
  cm('O', 'append', '(object, /)', 'Append object to the end of the list.', (l, a) => { l.items.push(a.object!); checkGrowth(l.items); return null; }),
  cm('O', 'extend', '(iterable, /)', 'Extend list by appending elements from the iterable.', (l, a) => { extendList(l.items, toArray(a.iterable!)); return null; }),
  cm('positional', 'insert', '(index, object, /)', 'Insert object before index.', (l, a) => insert(l, a.index!, a.object!)),
  cm('positional', 'pop', '(index=-1, /)', 'Remove and return item at index (default last).', (l, a) => pop(l, a.index!)),
  cm('O', 'remove', '(value, /)', 'Remove first occurrence of value.',
    (l, a) => { const i = indexIn(l.items, a.value!, undefined, undefined, 'list.remove(x): x not in list'); l.items.splice(i, 1); return null; }),
  cm('positional', 'index', INDEX, 'Return first index of value.', (l, a) => indexIn(l.items, a.value!, a.start, a.stop, `${repr(a.value!)} is not in list`)),
  cm('O', 'count', '(value, /)', 'Return number of occurrences of value.', (l, a) => l.items.filter(x => sameOrEqual(x, a.value!)).length),
  cm('noargs', 'clear', NOARGS, 'Remove all items from list.', l => { l.items.length = 0; return null; }),
  cm('noargs', 'copy', NOARGS, 'Return a shallow copy of the list.', l => new PyList(l.items.slice())),
  cm('noargs', 'reverse', NOARGS, 'Reverse *IN PLACE*.', l => { l.items.reverse(); return null; }),
  cm('clinic', 'sort', '(*, key=None, reverse=False)', 'Sort the list in ascending order and return None (stable).', sort),
];

export const TUPLE_METHODS: readonly CMethod<PyTuple>[] = [
  cm('positional', 'index', INDEX, 'Return first index of value.', (t, a) => indexIn(t.items, a.value!, a.start, a.stop, 'tuple.index(x): x not in tuple')),
  cm('O', 'count', '(value, /)', 'Return number of occurrences of value.', (t, a) => t.items.filter(x => sameOrEqual(x, a.value!)).length),
];

function dictPop(d: PyDict, a: CArgs): PyValue {
  const v = d.get(a.key!);
  if (v === undefined) { if (a.default !== undefined) return a.default; throw keyError(a.key!); }
  d.delete(a.key!);
  return v;
}

function dictUpdate(d: PyDict, a: CArgs): null {
  const other = a.other;
  if (other !== undefined) mergeInto(d, other instanceof PyDict ? other : T.dict.nativeNew!(T.dict, [other], null));
  const kw = varkwOf(a, 'kwargs');
  if (kw) for (const [k, v] of kw) d.set(k, v);
  return null;
}

function fromkeys(a: CArgs): PyDict {
  const d = new PyDict();
  for (const k of toArray(a.iterable!)) d.set(k, a.value!);
  return d;
}

export const DICT_METHODS: readonly CMethod<PyDict>[] = [
  cm('noargs', 'keys', NOARGS, "A set-like view of the dict's keys.", d => view(d, 'keys')),
  cm('noargs', 'values', NOARGS, "A view of the dict's values.", d => view(d, 'values')),
  cm('noargs', 'items', NOARGS, "A set-like view of the dict's items.", d => view(d, 'items')),
  cm('positional', 'get', '(key, default=None, /)', 'Return the value for key if key is in the dictionary, else default.', (d, a) => { const v = d.get(a.key!); return v === undefined ? a.default! : v; }),
  cm('positional', 'setdefault', '(key, default=None, /)', 'Insert key with a value of default if key is not in the dictionary; return its value.', (d, a) => {
    const v = d.get(a.key!);
    if (v !== undefined) return v;
    d.set(a.key!, a.default!);
    return a.default!;
  }),
  cm('positional', 'pop', '(key, default=<unrepresentable>, /)', 'Remove key and return its value; default (or KeyError) when it is missing.', dictPop),
  cm('noargs', 'popitem', NOARGS, 'Remove and return a (key, value) pair as a 2-tuple, last in first out.', d => {
    const last = [...d.map.entries()].pop();
    if (!last) throw keyError('popitem(): dictionary is empty');
    d.map.delete(last[0]);
    return new PyTuple([last[1].k, last[1].v]);
  }),
  cm('positional', 'update', '(other=<unrepresentable>, /, **kwargs)', 'Update the dict from a mapping or iterable of pairs and from keyword arguments.', dictUpdate),
  cm('noargs', 'clear', NOARGS, 'Remove all items from the dict.', d => { d.map.clear(); return null; }),
  cm('noargs', 'copy', NOARGS, 'A shallow copy of the dict.', d => { const c = new PyDict(); for (const e of d.map.values()) c.set(e.k, e.v); return c; }),
  cm('positional', 'fromkeys', '(iterable, value=None, /)', 'Create a new dictionary with keys from iterable and values set to value.', (_cls, a) => fromkeys(a), { classMethod: true }),
];

/** A set of the items of `src`. */
function setOf(src: PyValue): PySet { const o = new PySet(); for (const v of toArray(src)) o.add(v); return o; }
const others = (a: CArgs) => varargsOf(a, 'others');

export const SET_METHODS: readonly CMethod<PySet>[] = [
  cm('O', 'add', '(elem, /)', 'Add an element to a set.', (s, a) => { s.add(a.elem!); return null; }),
  cm('O', 'remove', '(elem, /)', 'Remove an element from a set; it must be a member (else KeyError).', (s, a) => { if (!s.delete(a.elem!)) throw keyError(a.elem!); return null; }),
  cm('O', 'discard', '(elem, /)', 'Remove an element from a set if it is a member.', (s, a) => { s.delete(a.elem!); return null; }),
  cm('noargs', 'pop', NOARGS, 'Remove and return an arbitrary set element.', s => {
    const first = s.map.entries().next();
    if (first.done) throw keyError('pop from an empty set');
    s.map.delete(first.value[0]);
    return first.value[1];
  }),
  cm('noargs', 'clear', NOARGS, 'Remove all elements from this set.', s => { s.map.clear(); return null; }),
  cm('noargs', 'copy', NOARGS, 'Return a shallow copy of a set.', s => { const c = new PySet(s.frozen); for (const v of s.values()) c.add(v); return c; }),
  cm('positional', 'update', '(*others)', 'Update the set, adding elements from all others.', (s, a) => { for (const src of others(a)) for (const v of toArray(src)) s.add(v); return null; }),
  cm('positional', 'union', '(*others)', 'Return the union of sets as a new set.', (s, a) => {
    const c = new PySet(s.frozen);
    for (const v of s.values()) c.add(v);
    for (const src of others(a)) for (const v of toArray(src)) c.add(v);
    return c;
  }),
  cm('positional', 'intersection', '(*others)', 'Return the intersection of the set and all others as a new set.', (s, a) => {
    let cur = s.values();
    for (const src of others(a)) { const o = setOf(src); cur = cur.filter(v => o.has(v)); }
    const c = new PySet(s.frozen);
    for (const v of cur) c.add(v);
    return c;
  }),
  cm('positional', 'difference', '(*others)', 'Return the difference of the set and all others as a new set.', (s, a) => {
    const c = new PySet(s.frozen), drop = new PySet();
    for (const src of others(a)) for (const v of toArray(src)) drop.add(v);
    for (const v of s.values()) if (!drop.has(v)) c.add(v);
    return c;
  }),
  cm('O', 'symmetric_difference', '(other, /)', 'Return the symmetric difference of two sets as a new set.', (s, a) => {
    const o = setOf(a.other!), c = new PySet(s.frozen);
    for (const v of s.values()) if (!o.has(v)) c.add(v);
    for (const v of o.values()) if (!s.has(v)) c.add(v);
    return c;
  }),
  cm('O', 'issubset', '(other, /)', 'Report whether another set contains this set.', (s, a) => { const o = setOf(a.other!); return s.values().every(v => o.has(v)); }),
  cm('O', 'issuperset', '(other, /)', 'Report whether this set contains another set.', (s, a) => toArray(a.other!).every(v => s.has(v))),
  cm('O', 'isdisjoint', '(other, /)', 'Return True if two sets have a null intersection.', (s, a) => !toArray(a.other!).some(v => s.has(v))),
];

// The containers' dunders (__len__, __contains__, __getitem__, __init__, ...) are installed by
// runtime/subclass-methods.ts, which runs them on subclass instances as their builtin type.
/** frozenset has only the methods that leave the set unchanged. */
const MUTATORS = new Set(['add', 'remove', 'discard', 'pop', 'clear', 'update']);
export const FROZENSET_METHODS = SET_METHODS.filter(m => !MUTATORS.has(m.name));

export function installContainerMethods(): void {
  installCMethods(T.list, LIST_METHODS);
  installCMethods(T.tuple, TUPLE_METHODS);
  installCMethods(T.dict, DICT_METHODS);
  installCMethods(T.set, SET_METHODS);
  installCMethods(T.frozenset, FROZENSET_METHODS);
}

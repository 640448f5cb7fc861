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
import { defineMethods } from './define';
import { parseArgs } from './args';
import { sortValues } from './functions';
import { PyClass } from '../objects/pyclass';
import { extendList } from '../runtime/operators';
import { checkGrowth } from '../runtime/limits';

function indexIn(items: PyValue[], v: PyValue, args: PyValue[], what: string): number {
  const n = items.length;
  const norm = (x: PyValue | undefined, d: number) => { if (x === undefined) return d; let i = sliceIndex(x); if (i < 0) i = Math.max(0, i + n); return Math.min(i, n); };
  const a = norm(args[1], 0), b = norm(args[2], n);
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

export function installContainerMethods(): void {
  defineMethods<PyList>(T.list, {
    append: (l, a) => { l.items.push(a[0]); checkGrowth(l.items); return null; },
    extend: (l, a) => { extendList(l.items, toArray(a[0])); return null; },
    insert: (l, a) => { let i = toIndex(a[0]); const n = l.items.length; if (i < 0) i = Math.max(0, i + n); l.items.splice(Math.min(i, n), 0, a[1]); checkGrowth(l.items); return null; },
    pop: (l, a) => {
      if (!l.items.length) throw indexError('pop from empty list');
      let i = a.length ? toIndex(a[0]) : l.items.length - 1;
      if (i < 0) i += l.items.length;
      if (i < 0 || i >= l.items.length) throw indexError('pop index out of range');
      return l.items.splice(i, 1)[0];
    },
    remove: (l, a) => { const i = indexIn(l.items, a[0], [], 'list.remove(x): x not in list'); l.items.splice(i, 1); return null; },
    index: (l, a) => indexIn(l.items, a[0], a, `${repr(a[0])} is not in list`),
    count: (l, a) => l.items.filter(x => x === a[0] || pyEq(x, a[0])).length,
    clear: l => { l.items.length = 0; return null; },
    copy: l => new PyList(l.items.slice()),
    reverse: l => { l.items.reverse(); return null; },
    sort: (l, a, kw: Kwargs) => {
      if (a.length) throw typeError('sort() takes no positional arguments');
      const [key, reverse] = parseArgs('sort', [], kw, ['key', 'reverse'], 0);
      const sorted = sortValues(l.items, key ?? null, truthy(reverse ?? false));
      l.items.length = 0;
      extendList(l.items, sorted);
      return null;
    },
    __len__: l => l.items.length,
  });
  defineMethods<PyTuple>(T.tuple, {
    index: (t, a) => indexIn(t.items, a[0], a, 'tuple.index(x): x not in tuple'),
    count: (t, a) => t.items.filter(x => x === a[0] || pyEq(x, a[0])).length,
    __len__: t => t.items.length,
  });
  defineMethods<PyDict>(T.dict, {
    keys: d => view(d, 'keys'),
    values: d => view(d, 'values'),
    items: d => view(d, 'items'),
    get: (d, a) => { const v = d.get(a[0]); return v === undefined ? (a.length > 1 ? a[1] : null) : v; },
    setdefault: (d, a) => { const v = d.get(a[0]); if (v !== undefined) return v; const dv = a.length > 1 ? a[1] : null; d.set(a[0], dv); return dv; },
    pop: (d, a) => {
      const v = d.get(a[0]);
      if (v === undefined) { if (a.length > 1) return a[1]; throw keyError(a[0]); }
      d.delete(a[0]);
      return v;
    },
    popitem: d => {
      const last = [...d.map.entries()].pop();
      if (!last) throw keyError('popitem(): dictionary is empty');
      d.map.delete(last[0]);
      return new PyTuple([last[1].k, last[1].v]);
    },
    update: (d, a, kw) => { if (a.length) mergeInto(d, a[0] instanceof PyDict ? a[0] : T.dict.nativeNew!(T.dict, [a[0]], null)); if (kw) for (const [k, v] of kw) d.set(k, v); return null; },
    clear: d => { d.map.clear(); return null; },
    copy: d => { const c = new PyDict(); for (const e of d.map.values()) c.set(e.k, e.v); return c; },
    __len__: d => d.size,
    __contains__: (d, a) => d.has(a[0]),
    __getitem__: (d, a) => { const v = d.get(a[0]); if (v === undefined) throw keyError(a[0]); return v; },
  });
  T.dict.dict.set('fromkeys', new PyClassMethod(new PyBuiltin('fromkeys', (a: PyValue[]) => {
    const d = new PyDict();
    for (const k of toArray(a[1])) d.set(k, a.length > 2 ? a[2] : null);
    return d;
  })));
  const setMethods: Record<string, (s: PySet, a: PyValue[]) => PyValue> = {
    add: (s, a) => { s.add(a[0]); return null; },
    remove: (s, a) => { if (!s.delete(a[0])) throw keyError(a[0]); return null; },
    discard: (s, a) => { s.delete(a[0]); return null; },
    pop: s => { const first = s.map.entries().next(); if (first.done) throw keyError('pop from an empty set'); s.map.delete(first.value[0]); return first.value[1]; },
    clear: s => { s.map.clear(); return null; },
    copy: s => { const c = new PySet(s.frozen); for (const v of s.values()) c.add(v); return c; },
    update: (s, a) => { for (const src of a) for (const v of toArray(src)) s.add(v); return null; },
    union: (s, a) => { const c = new PySet(s.frozen); for (const v of s.values()) c.add(v); for (const src of a) for (const v of toArray(src)) c.add(v); return c; },
    intersection: (s, a) => { let cur = s.values(); for (const src of a) { const o = new PySet(); for (const v of toArray(src)) o.add(v); cur = cur.filter(v => o.has(v)); } const c = new PySet(s.frozen); for (const v of cur) c.add(v); return c; },
    difference: (s, a) => { const c = new PySet(s.frozen); const drop = new PySet(); for (const src of a) for (const v of toArray(src)) drop.add(v); for (const v of s.values()) if (!drop.has(v)) c.add(v); return c; },
    symmetric_difference: (s, a) => { const o = new PySet(); for (const v of toArray(a[0])) o.add(v); const c = new PySet(s.frozen); for (const v of s.values()) if (!o.has(v)) c.add(v); for (const v of o.values()) if (!s.has(v)) c.add(v); return c; },
    issubset: (s, a) => { const o = new PySet(); for (const v of toArray(a[0])) o.add(v); return s.values().every(v => o.has(v)); },
    issuperset: (s, a) => toArray(a[0]).every(v => s.has(v)),
    isdisjoint: (s, a) => !toArray(a[0]).some(v => s.has(v)),
    __len__: s => s.size,
  };
  defineMethods<PySet>(T.set, setMethods);
  defineMethods<PySet>(T.frozenset, setMethods);
  void dictIterator; void PyExceptionObj; void PyIterator; void iteratorType;
}

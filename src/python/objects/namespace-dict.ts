// A module's namespace as the dict `globals()`, `vars()` and `module.__dict__` return: a live view,
// so `globals()['W1'] = ...` defines a global the code then reads, and a global assigned by code
// shows up in the dict. The namespace itself stays a Map<string, PyValue> (the interpreter's fast
// global lookups read it directly); this adapter gives PyDict the Map<hash key, DictEntry> it
// works on. A str's hash key is the str itself, so names map one to one; a key of another type
// (CPython allows `globals()[1] = 2`) is kept aside, where no name lookup can see it anyway.
// A class's __dict__ is the same view made read-only (CPython's mappingproxy): writes raise.
import { PyValue } from './core';
import { DictEntry } from './instance-dict';
import { PyDict } from './containers';

/** Raises the error a write to a read-only view gets (the caller knows Python's exception types). */
export type RefuseWrite = (what: 'assignment' | 'deletion') => never;

/** The namespace's entry for one name: reads and writes go straight to the namespace. */
function nameEntry(names: Map<string, PyValue>, name: string, refuse: RefuseWrite | null): DictEntry {
  return {
    k: name,
    get v(): PyValue { return names.get(name) as PyValue; },
    set v(value: PyValue) { if (refuse) refuse('assignment'); names.set(name, value); },
  };
}

class NamespaceEntries implements Map<unknown, DictEntry> {
  private readonly others = new Map<unknown, DictEntry>();
  constructor(readonly names: Map<string, PyValue>, private readonly refuse: RefuseWrite | null) {}

  get size(): number { return this.names.size + this.others.size; }
  get [Symbol.toStringTag](): string { return 'NamespaceEntries'; }
  has(key: unknown): boolean { return typeof key === 'string' ? this.names.has(key) : this.others.has(key); }
  get(key: unknown): DictEntry | undefined {
    if (typeof key !== 'string') return this.others.get(key);
    return this.names.has(key) ? nameEntry(this.names, key, this.refuse) : undefined;
  }
  set(key: unknown, entry: DictEntry): this {
    if (this.refuse) this.refuse('assignment');
    if (typeof key === 'string') this.names.set(key, entry.v); else this.others.set(key, entry);
    return this;
  }
  delete(key: unknown): boolean {
    if (this.refuse) this.refuse('deletion');
    return typeof key === 'string' ? this.names.delete(key) : this.others.delete(key);
  }
  clear(): void { if (this.refuse) this.refuse('deletion'); this.names.clear(); this.others.clear(); }
  *entries(): IterableIterator<[unknown, DictEntry]> {
    for (const name of [...this.names.keys()]) if (this.names.has(name)) yield [name, nameEntry(this.names, name, this.refuse)];
    yield* this.others.entries();
  }
  *keys(): IterableIterator<unknown> { for (const [k] of this.entries()) yield k; }
  *values(): IterableIterator<DictEntry> { for (const [, e] of this.entries()) yield e; }
  [Symbol.iterator](): IterableIterator<[unknown, DictEntry]> { return this.entries(); }
  forEach(fn: (value: DictEntry, key: unknown, map: Map<unknown, DictEntry>) => void, thisArg?: unknown): void {
    for (const [k, e] of this.entries()) fn.call(thisArg, e, k, this);
  }
}

const views = new WeakMap<Map<string, PyValue>, PyDict>();

/** The one live dict of a namespace (so `globals() is globals()`, as in CPython). */
export function namespaceDict(names: Map<string, PyValue>): PyDict {
  let d = views.get(names);
  if (!d) { d = new PyDict(new NamespaceEntries(names, null)); views.set(names, d); }
  return d;
}

/** A live view that refuses writes (a class's __dict__); a new one each time, as CPython's mappingproxy. */
export function readOnlyNamespaceDict(names: Map<string, PyValue>, refuse: RefuseWrite): PyDict {
  return new PyDict(new NamespaceEntries(names, refuse));
}

/** The namespace behind a dict, when the dict is one of these views. */
export function namespaceOf(d: PyDict): Map<string, PyValue> | null {
  return d.map instanceof NamespaceEntries ? d.map.names : null;
}

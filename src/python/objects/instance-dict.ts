// The attribute storage of an instance. It keeps its entries in the very Map shape a PyDict uses
// (a str key is its own hash key, see runtime/hashing.ts), so `obj.__dict__` can be a PyDict over
// this same Map: writes through `obj.x = v`, `obj.__dict__[k] = v`, `.update()`, `del` and
// `vars(obj)` all see each other, as in CPython. `obj.__dict__ = d` adopts d's Map (the Bunch
// idiom `self.__dict__ = self` on a dict subclass makes the dict's items the attributes).
// Only type imports here: core.ts builds one per instance and must not import containers.ts.
import type { PyValue } from './core';

/** A dict entry as PyDict stores it under the key's hash key: the key object and its value. */
export interface DictEntry { k: PyValue; v: PyValue }

export class InstanceDict {
  /** Entries keyed like PyDict.map; shared with `view` when there is one. */
  map: Map<unknown, DictEntry> = new Map();
  /** The PyDict `obj.__dict__` returned (made once, so `obj.__dict__ is obj.__dict__`). */
  view: object | null = null;

  get(name: string): PyValue | undefined { return this.map.get(name)?.v; }
  set(name: string, v: PyValue): void {
    const e = this.map.get(name);
    if (e !== undefined) e.v = v; else this.map.set(name, { k: name, v });
  }
  has(name: string): boolean { return this.map.has(name); }
  delete(name: string): boolean { return this.map.delete(name); }
  clear(): void { this.map.clear(); }
  get size(): number { return this.map.size; }
  /** Attribute names and values; a non-str key put in through __dict__ is not an attribute. */
  *entries(): IterableIterator<[string, PyValue]> {
    for (const e of this.map.values()) if (typeof e.k === 'string') yield [e.k, e.v];
  }
  *keys(): IterableIterator<string> { for (const [k] of this.entries()) yield k; }
  *values(): IterableIterator<PyValue> { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator](): IterableIterator<[string, PyValue]> { return this.entries(); }
}

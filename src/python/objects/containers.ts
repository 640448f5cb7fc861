// list, tuple, dict, set, range, slice.
import { PyObject, PyValue } from './core';
import type { PyClass } from './pyclass';
import { T } from './types';
import { hashKey } from '../runtime/hashing';
import { DictEntry, InstanceDict } from './instance-dict';

/**
 * An instance of a user subclass of list, tuple, dict or set (`class Config(dict)`, a namedtuple)
 * is the builtin container itself with its class and instance __dict__ attached, so every native
 * code path still sees a list or dict; the runtime consults the class for overridden dunders.
 */
export interface SubclassState { cls: PyClass; dict: InstanceDict }

export class PyList extends PyObject {
  constructor(public items: PyValue[]) { super(); }
  sub: SubclassState | null = null;
  get type(): PyClass { return this.sub ? this.sub.cls : T.list; }
}

export class PyTuple extends PyObject {
  constructor(readonly items: PyValue[]) { super(); }
  sub: SubclassState | null = null;
  get type(): PyClass { return this.sub ? this.sub.cls : T.tuple; }
}

export const EMPTY_TUPLE = new PyTuple([]);

/** Dict entries keep the original key object; the Map is keyed by a hash key (see hashing.ts). */
export class PyDict extends PyObject {
  /** `map` may be an instance's attribute storage (InstanceDict), when this dict is its __dict__. */
  constructor(readonly map: Map<unknown, DictEntry> = new Map()) { super(); }
  sub: SubclassState | null = null;
  get type(): PyClass { return this.sub ? this.sub.cls : T.dict; }
  get size(): number { return this.map.size; }
  get(key: PyValue): PyValue | undefined { return this.map.get(hashKey(key))?.v; }
  set(key: PyValue, value: PyValue): void {
    const h = hashKey(key);
    const e = this.map.get(h);
    if (e) e.v = value; else this.map.set(h, { k: key, v: value });
  }
  has(key: PyValue): boolean { return this.map.has(hashKey(key)); }
  delete(key: PyValue): boolean { return this.map.delete(hashKey(key)); }
  keys(): PyValue[] { const out: PyValue[] = []; for (const e of this.map.values()) out.push(e.k); return out; }
  values(): PyValue[] { const out: PyValue[] = []; for (const e of this.map.values()) out.push(e.v); return out; }
  /** Convenience for host modules: a dict with string keys. */
  static fromEntries(entries: Iterable<[PyValue, PyValue]>): PyDict {
    const d = new PyDict();
    for (const [k, v] of entries) d.set(k, v);
    return d;
  }
}

export class PySet extends PyObject {
  readonly map = new Map<unknown, PyValue>();
  constructor(readonly frozen = false) { super(); }
  sub: SubclassState | null = null;
  get type(): PyClass { return this.sub ? this.sub.cls : this.frozen ? T.frozenset : T.set; }
  get size(): number { return this.map.size; }
  add(v: PyValue): void { const h = hashKey(v); if (!this.map.has(h)) this.map.set(h, v); }
  has(v: PyValue): boolean { return this.map.has(hashKey(v)); }
  delete(v: PyValue): boolean { return this.map.delete(hashKey(v)); }
  values(): PyValue[] { return [...this.map.values()]; }
}

export class PyRange extends PyObject {
  readonly length: number;
  constructor(readonly start: number, readonly stop: number, readonly step: number) {
    super();
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    this.length = Math.max(0, n);
  }
  get type(): PyClass { return T.range; }
}

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) { super(); }
  get type(): PyClass { return T.slice; }
}

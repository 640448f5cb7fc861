// matplotlib.rcParams as a Python mapping over src/plots' RcParams (shared by matplotlib and
// pyplot), the cycler objects of 'axes.prop_cycle', and rc_context.
import type { PyValue, Kwargs } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyDict, PyList, PyTuple } from '../../objects/containers';
import { PyBuiltin } from '../../objects/callables';
import { HostObject, hostClass } from '../../host';
import { E, pyException } from '../../exceptions';
import { repr } from '../../runtime/repr';
import { toArray } from '../../runtime/iteration';
import type { RcParams } from '../../../plots';
import { jsObject, jsValue } from './convert';

type PropCycle = Record<string, unknown[]>;

/** cycler(color=[...]): what axes.prop_cycle holds; by_key() is the idiom for the default colors. */
export class Cycler extends HostObject {
  constructor(readonly props: PropCycle) { super(); }
  override get pyTypeName(): string { return 'Cycler'; }
  override get type() { return hostClass('Cycler', 'cycler'); }
  override repr(): string {
    const [k, v] = Object.entries(this.props)[0] ?? ['', []];
    return `cycler(${repr(k)}, ${repr(pyOf(v))})`;
  }
  plotValue(): unknown { return this.props; }
  private get length(): number { return Math.max(0, ...Object.values(this.props).map((v) => v.length)); }
  len(): number { return this.length; }
  iter(): Iterable<PyValue> {
    return Array.from({ length: this.length }, (_, i) => {
      const d = new PyDict();
      for (const [k, v] of Object.entries(this.props)) d.set(k, pyOf(v[i]));
      return d;
    });
  }
  getattr(name: string): PyValue | undefined {
    if (name === 'by_key') {
      return new PyBuiltin('by_key', () => {
        const d = new PyDict();
        for (const [k, v] of Object.entries(this.props)) d.set(k, pyOf(v));
        return d;
      });
    }
    if (name === 'keys') return new PyBuiltin('keys', () => new PyList(Object.keys(this.props)));
    return undefined;
  }
}

/** cycler('color', [...]) or cycler(color=[...]). */
export function makeCycler(args: PyValue[], kw: Kwargs): Cycler {
  const props: PropCycle = {};
  if (args.length === 2) props[String(args[0])] = toArray(args[1]).map((v) => jsValue(v, 'color'));
  else if (args.length === 1 && args[0] instanceof Cycler) Object.assign(props, args[0].props);
  else if (args.length) throw pyException(E.TypeError, 'cycler() takes a label and a list of values, or keyword arguments');
  for (const [k, v] of kw ?? []) props[k] = toArray(v).map((x) => jsValue(x, k));
  return new Cycler(props);
}

/** An rc value as Python: numbers are floats, lists are lists, the prop cycle a Cycler. */
export function pyOf(v: unknown): PyValue {
  if (typeof v === 'number') return new PyFloat(v);
  if (Array.isArray(v)) return new PyList(v.map(pyOf));
  if (v && typeof v === 'object') return new Cycler(v as PropCycle);
  return v as PyValue;
}

export class RcParamsObject extends HostObject {
  constructor(readonly rc: RcParams) { super(); }
  override get pyTypeName(): string { return 'RcParams'; }
  override get type() { return hostClass('RcParams', 'matplotlib'); }
  override repr(): string { return `RcParams({${this.rc.keys().map((k) => `${repr(k)}: ${repr(pyOf(this.rc.get(k)))}`).join(',\n          ')}})`; }
  getitem(key: PyValue): PyValue { return pyOf(this.rc.get(String(key))); }
  setitem(key: PyValue, value: PyValue): void { this.rc.set(String(key), jsValue(value, lastPart(String(key))) as never); }
  contains(key: PyValue): boolean { return typeof key === 'string' && this.rc.has(key); }
  len(): number { return this.rc.keys().length; }
  iter(): Iterable<PyValue> { return this.rc.keys(); }
  update(entries: PyValue | undefined, kw: Kwargs): void {
    if (entries !== undefined && entries !== null) {
      if (entries instanceof PyDict) this.rc.update(jsObject(entries) as never);
      else if (entries instanceof RcParamsObject) for (const k of entries.rc.keys()) this.rc.set(k, entries.rc.get(k));
      else for (const item of toArray(entries)) { const [k, v] = toArray(item); this.setitem(k, v); }
    }
    for (const [k, v] of kw ?? []) this.setitem(k, v);
  }
  snapshot(): PyDict {
    const d = new PyDict();
    for (const k of this.rc.keys()) d.set(k, pyOf(this.rc.get(k)));
    return d;
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'update': return new PyBuiltin('update', (args, kw) => { this.update(args[0], kw); return null; });
      case 'get': return new PyBuiltin('get', (args) => (this.contains(args[0]) ? this.getitem(args[0]) : args[1] ?? null));
      case 'keys': return new PyBuiltin('keys', () => new PyList(this.rc.keys()));
      case 'values': return new PyBuiltin('values', () => new PyList(this.rc.keys().map((k) => pyOf(this.rc.get(k)))));
      case 'items': return new PyBuiltin('items', () => new PyList(this.rc.keys().map((k) => new PyTuple([k, pyOf(this.rc.get(k))]))));
      case 'copy': return new PyBuiltin('copy', () => this.snapshot());
    }
    return undefined;
  }
}

const lastPart = (key: string) => key.slice(key.lastIndexOf('.') + 1);

/** `with plt.rc_context({...}):` — the changed keys come back when the block ends. */
export class RcContext extends HostObject {
  private saved: [string, unknown][] = [];
  constructor(readonly rc: RcParamsObject, readonly entries: PyValue, readonly kw: Kwargs) { super(); }
  override get pyTypeName(): string { return '_GeneratorContextManager'; }
  enter(): PyValue {
    this.saved = this.rc.rc.keys().map((k) => [k, this.rc.rc.get(k)]);
    this.rc.update(this.entries ?? undefined, this.kw);
    return null;
  }
  exit(): boolean {
    for (const [k, v] of this.saved) this.rc.rc.set(k, v as never);
    return false;
  }
}

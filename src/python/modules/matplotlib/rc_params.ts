// matplotlib.rcParams as a Python mapping over src/plots' RcParams (shared by matplotlib and
// pyplot), the cycler objects of 'axes.prop_cycle', and rc_context.
import type { PyValue, Kwargs } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyDict, PyList, PyTuple } from '../../objects/containers';
import { entry, method, MethodTable } from '../../bind';
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
  getattr(name: string): PyValue | undefined { return CYCLER_METHODS.get(this, name); }
  byKey(): PyDict {
    const d = new PyDict();
    for (const [k, v] of Object.entries(this.props)) d.set(k, pyOf(v));
    return d;
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

/** cycler.cycler(*args, **kwargs) (also matplotlib.cycler). */
export const CYCLER_ENTRY = entry({
  name: 'cycler.cycler', doc: "A property cycle: cycler('color', [...]), cycler(other_cycler) or cycler(color=[...]).", params: [], varargs: 'args', varkw: 'kwargs',
}, (a) => makeCycler(a.args as PyValue[], a.kwargs as Kwargs));

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
  getattr(name: string): PyValue | undefined { return RC_PARAMS_METHODS.get(this, name); }
}

/** cycler.Cycler's by_key() and keys (a Python class). */
export const CYCLER_METHODS = new MethodTable<Cycler>([
  method({ name: 'Cycler.by_key', doc: 'The values of each property as a dict of lists.', params: [] }, (self: Cycler) => self.byKey()),
  method({ name: 'Cycler.keys', doc: 'The property names.', params: [] }, (self: Cycler) => new PyList(Object.keys(self.props))),
], { pythonClass: true });

/** RcParams' mapping methods (matplotlib 3.x: MutableMapping's, and RcParams.copy). */
export const RC_PARAMS_METHODS = new MethodTable<RcParamsObject>([
  method({ name: 'RcParams.update', doc: 'Sets the keys of a dict, an iterable of pairs, and the keyword arguments.', params: [{ name: 'other', kind: 'positional', default: [] }], varkw: 'kwds' },
    (self: RcParamsObject, a) => { self.update(a.other as PyValue, a.kwds as Kwargs); return null; }),
  method({ name: 'RcParams.get', doc: "The value of `key`, or `default` when it is not an rc parameter.", params: [{ name: 'key' }, { name: 'default', default: null }] },
    (self: RcParamsObject, a) => (self.contains(a.key as PyValue) ? self.getitem(a.key as PyValue) : a.default as PyValue)),
  method({ name: 'RcParams.keys', doc: 'The rc parameter names.', params: [] }, (self: RcParamsObject) => new PyList(self.rc.keys())),
  method({ name: 'RcParams.values', doc: 'The rc parameter values.', params: [] }, (self: RcParamsObject) => new PyList(self.rc.keys().map((k) => pyOf(self.rc.get(k))))),
  method({ name: 'RcParams.items', doc: 'The (name, value) pairs.', params: [] },
    (self: RcParamsObject) => new PyList(self.rc.keys().map((k) => new PyTuple([k, pyOf(self.rc.get(k))])))),
  method({ name: 'RcParams.copy', doc: 'A dict copy of the parameters.', params: [] }, (self: RcParamsObject) => self.snapshot()),
], { pythonClass: true });

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

// Python objects for src/plots' objects (Figure, Axes, Line2D, ...): one wrapper per plot object
// (so `fig.axes[0] is ax`), whose methods are signature-table entries bound by the one binder
// with `self` first, and whose attributes are small getters. A class is a `PlotClass`: its
// qualified name, its method table and its attributes.
import type { PyValue } from '../../objects/core';
import { boundMethod, notImplementedFunction } from '../../bind/objects';
import { HostObject, hostClass } from '../../host';
import { PyClass } from '../../objects/pyclass';
import { fakeAddress } from '../../runtime/repr';
import { typeError } from '../../exceptions';
import { typeOf } from '../../runtime/type-name';
import { getItem } from '../../runtime/subscript';
import { PyList } from '../../objects/containers';
import { boundFunction, entry, PYTHON_MESSAGES, type Messages, type TableEntry } from '../../bind';
import type { ArgsOf, ParamSpec, Signature } from '../../../engine';

type Native = (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue;

export interface PlotClass<T extends object> {
  /** `Line2D`; the Python class `matplotlib.lines.Line2D`. */
  readonly name: string;
  readonly module: string;
  readonly methods: readonly TableEntry[];
  /** Attributes that are not methods (`ax.xaxis`, `fig.number`). */
  readonly attributes?: Readonly<Record<string, (target: T, self: PlotObject<T>) => PyValue>>;
  /** Assignable attributes (`fig.number` is read-only in matplotlib too). */
  readonly settable?: Readonly<Record<string, (target: T, value: PyValue) => void>>;
  /** The Python type name when it depends on the object (AxesSubplot or Axes); `name` otherwise. */
  readonly typeName?: (target: T) => string;
  /** matplotlib methods Gradbook does not implement: calling one raises NotImplementedError. */
  readonly notImplemented?: readonly string[];
  /** Sequence-like objects (BarContainer): what iteration, len() and indexing see. */
  readonly items?: (target: T) => PyValue[];
  /** `obj(...)` (a Colormap or a Normalize is callable). */
  readonly call?: (target: T, args: PyValue[], kw: Map<string, PyValue> | null) => PyValue;
  /** The display bundle (image/png, ...) the kernel shows for this object (figures). */
  readonly mimeBundle?: (target: T) => Record<string, unknown>;
  /** repr(); `<module.Name object at 0x...>` when absent. */
  readonly repr?: (target: T, self: PlotObject<T>) => string;
}

interface Compiled { methods: Map<string, Native>; missing: Set<string> }
const compiled = new WeakMap<PlotClass<object>, Compiled>();

function compile<T extends object>(spec: PlotClass<T>): Compiled {
  let c = compiled.get(spec as unknown as PlotClass<object>);
  if (!c) {
    c = { methods: new Map(spec.methods.map((e) => [methodName(e), boundFunction(e)])), missing: new Set(spec.notImplemented ?? []) };
    compiled.set(spec as unknown as PlotClass<object>, c);
  }
  return c;
}

const methodName = (e: TableEntry) => e.signature.name.slice(e.signature.name.lastIndexOf('.') + 1);

/** The Python object of one src/plots object. */
export class PlotObject<T extends object> extends HostObject {
  constructor(readonly target: T, readonly spec: PlotClass<T>) { super(); }
  override get pyTypeName(): string { return this.spec.typeName ? this.spec.typeName(this.target) : this.spec.name; }
  override get type(): PyClass { return hostClass(this.pyTypeName, this.spec.module); }
  override repr(): string {
    return this.spec.repr ? this.spec.repr(this.target, this) : `<${this.spec.module}.${this.pyTypeName} object at ${fakeAddress(this)}>`;
  }
  plotValue(): unknown { return this.target; }

  // Hooks present only for the classes that have them (a host hook's presence is what Python sees).
  get iter(): (() => Iterable<PyValue>) | undefined {
    const items = this.spec.items;
    return items ? () => items(this.target) : undefined;
  }
  get len(): (() => number) | undefined {
    const items = this.spec.items;
    return items ? () => items(this.target).length : undefined;
  }
  get getitem(): ((key: PyValue) => PyValue) | undefined {
    const items = this.spec.items;
    return items ? (key) => getItem(new PyList(items(this.target)), key) : undefined;
  }
  get call(): ((args: PyValue[], kw: Map<string, PyValue> | null) => PyValue) | undefined {
    const call = this.spec.call;
    return call ? (args, kw) => call(this.target, args, kw) : undefined;
  }
  /** The kernel's display reads this (src/worker/display.ts). */
  get _repr_mimebundle_(): (() => Record<string, unknown>) | undefined {
    const bundle = this.spec.mimeBundle;
    return bundle ? () => bundle(this.target) : undefined;
  }

  getattr(name: string): PyValue | undefined {
    const m = compile(this.spec).methods.get(name);
    if (m) return boundMethod(name, m, this);
    const attr = this.spec.attributes?.[name];
    if (attr) return attr(this.target, this);
    if (compile(this.spec).missing.has(name)) {
      const qual = `${this.pyTypeName}.${name}`;
      return notImplementedFunction(qual, `${qual}() is not supported by Gradbook`);
    }
    return undefined;
  }

  setattr(name: string, value: PyValue): boolean {
    const set = this.spec.settable?.[name];
    if (!set) return false;
    set(this.target, value);
    return true;
  }
}

// ---- one wrapper per plot object

type Factory = (target: object) => PlotObject<object>;
const factories = new Map<Function, Factory>();
const specs: PlotClass<object>[] = [];

/** Every Python class of the binding, for the catalog (docs/API.md). */
export function plotClasses(): readonly PlotClass<object>[] { return specs; }
const wrappers = new WeakMap<object, PlotObject<object>>();

/** Declares the Python class of a src/plots class (exact class: Annotation is not Text). */
export function registerPlotClass<T extends object>(ctor: abstract new (...args: never[]) => T, spec: PlotClass<T>): void {
  factories.set(ctor, (t) => new PlotObject(t as T, spec) as unknown as PlotObject<object>);
  if (!specs.includes(spec as unknown as PlotClass<object>)) specs.push(spec as unknown as PlotClass<object>);
}

/** The Python object of a plot object, the same one every time. */
export function wrap(target: object): PlotObject<object> {
  let w = wrappers.get(target);
  if (!w) {
    const make = factories.get(target.constructor);
    if (!make) throw new Error(`no Python class for the plot object ${target.constructor.name}`);
    w = make(target);
    wrappers.set(target, w);
  }
  return w;
}

/** A plot object of the expected class behind a Python argument, or a TypeError naming what was wanted. */
export function unwrap<T extends object>(v: PyValue, ctor: abstract new (...args: never[]) => T, what: string): T {
  const t = v instanceof PlotObject ? v.target : undefined;
  if (t instanceof ctor) return t;
  throw typeError(`expected ${what}, got ${typeOf(v).name}`);
}

// ---- methods from signature tables

/**
 * A method: its signature without `self` (named `Class.method`), and a body over the plot object
 * and the converted arguments. Call errors name `Class.method()` as CPython 3.11 does.
 */
export function method<T extends object, const S extends Signature>(signature: S, body: (target: T, a: ArgsOf<S>, self: PlotObject<T>) => PyValue): TableEntry {
  const withSelf = { ...signature, params: [{ name: 'self' } as ParamSpec, ...signature.params] };
  const qualname = signature.name.split('.').slice(-2).join('.');
  return entry(withSelf, (a) => {
    const self = (a as unknown as { self: PlotObject<T> }).self;
    return body(self.target, a as unknown as ArgsOf<S>, self);
  }, { messages: qualifiedMessages(qualname) });
}

/** CPython's call-error texts with the method's qualified name (`Axes.set_title()`). */
function qualifiedMessages(qualname: string): Partial<Messages> {
  const q = <A extends unknown[]>(f: (c: { fn: string; given: number }, ...rest: A) => string) =>
    (c: { fn: string; given: number }, ...rest: A) => f({ ...c, fn: qualname }, ...rest);
  return {
    missing: q(PYTHON_MESSAGES.missing),
    tooManyPositional: q(PYTHON_MESSAGES.tooManyPositional),
    unexpectedKeyword: q(PYTHON_MESSAGES.unexpectedKeyword),
    multipleValues: q(PYTHON_MESSAGES.multipleValues),
    positionalOnlyAsKeyword: q(PYTHON_MESSAGES.positionalOnlyAsKeyword),
  };
}

/** `self.method()` with no arguments (getters, toggles): a one-line entry. */
export function nullary<T extends object>(cls: string, name: string, doc: string, body: (target: T, self: PlotObject<T>) => PyValue): TableEntry {
  return method<T, Signature>({ name: `${cls}.${name}`, doc, params: [] }, (t, _a, self) => body(t, self));
}

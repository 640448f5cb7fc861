/**
 * Host-object protocol: how JavaScript objects (tf.Tensor, np.ndarray, tf.Session, ...) behave
 * as Python objects. Extend `HostObject` and implement only the hooks you need; every hook is
 * optional and a missing hook gives the Python error CPython would raise
 * (e.g. `TypeError: 'Tensor' object is not subscriptable`).
 *
 * Values crossing the boundary are `PyValue`s: int = JS number, float = `PyFloat` (use
 * `pyFloat(x)` / `toNumber(v)`), str = string, bool = boolean, None = null, list = `PyList`,
 * tuple = `PyTuple`, dict = `PyDict`. Keyword arguments arrive as `Map<string, PyValue> | null`.
 * Throw `pyException(E.ValueError, 'msg')` for a Python exception, or any JS error with a
 * `pyType` string (e.g. the engine's PyLikeError / OpError) — it surfaces as that Python class.
 *
 * Example:
 * ```ts
 * class Vec extends HostObject {
 *   constructor(readonly xs: number[]) { super(); }
 *   get type() { return VecClass; }                       // or rely on pyTypeName
 *   override get pyTypeName() { return 'Vec'; }
 *   binop(op: BinaryOpName, other: PyValue, reflected: boolean) {
 *     if (op === '+' && other instanceof Vec) return new Vec(this.xs.map((x, i) => x + other.xs[i]));
 *     return NotImplemented;                               // lets Python try the other operand
 *   }
 *   getitem(key: PyValue) { return this.xs[toIndex(key)]; }
 *   len() { return this.xs.length; }
 *   repr() { return `Vec(${this.xs.join(', ')})`; }
 *   enter() { return this; }
 *   exit() { return false; }                               // false: don't swallow exceptions
 * }
 * const VecClass = hostClass('Vec', 'mymodule');
 * VecClass.nativeNew = (_cls, args) => new Vec(toList(args[0]).map(toNumber));
 * registerModule('mymodule', () => new PyModule('mymodule').set('Vec', VecClass));
 * ```
 */
import { PyObject, PyValue, Kwargs } from './objects/core';
import { PyClass } from './objects/pyclass';
import { T } from './objects/types';
import type { NotImplemented } from './objects/singletons';

export type BinaryOpName = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';
export type CompareOpName = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type UnaryOpName = 'neg' | 'pos' | 'invert' | 'abs';
export type MaybeNotImplemented = PyValue | typeof NotImplemented;

/** Optional hooks a HostObject subclass may implement (no `override` keyword needed). */
export interface HostHooks {
  /** obj.name; return undefined for AttributeError. Called before the class dict is consulted. */
  getattr?(name: string): PyValue | undefined;
  /** obj.name = value; return false for AttributeError. */
  setattr?(name: string, value: PyValue): boolean;
  /** obj(*args, **kwargs). */
  call?(args: PyValue[], kw: Kwargs): PyValue;
  /** a <op> b with this object as `a` (reflected=false) or as `b` (reflected=true, __radd__ etc.). */
  binop?(op: BinaryOpName, other: PyValue, reflected: boolean): MaybeNotImplemented;
  /** a <op>= b in place (__iadd__ etc.); return NotImplemented to fall back to a = a <op> b. */
  inplace?(op: BinaryOpName, other: PyValue): MaybeNotImplemented;
  /** -x, +x, ~x, abs(x). */
  unary?(op: UnaryOpName): MaybeNotImplemented;
  /** Rich comparison with this object on the left; reflected comparisons are tried automatically. */
  compare?(op: CompareOpName, other: PyValue): MaybeNotImplemented;
  getitem?(key: PyValue): PyValue;
  setitem?(key: PyValue, value: PyValue): void;
  delitem?(key: PyValue): void;
  /** iter(obj): any JS iterable of Python values. */
  iter?(): Iterable<PyValue>;
  len?(): number;
  /** bool(obj); defaults to len() != 0 if len exists, else True. Throw to forbid (tf.Tensor). */
  bool?(): boolean;
  contains?(item: PyValue): boolean;
  /** str(obj); defaults to repr(). */
  str?(): string;
  /** format(obj, spec) / f'{obj:spec}'; defaults to formatting number() or str(). */
  format?(spec: string): string;
  /** float(obj) / int(obj) / numeric formatting (numpy scalars). */
  number?(): number;
  /** operator.index(obj): use as list index, range() bound, etc. */
  index?(): number;
  /** `with obj as x:` — the value bound to x. */
  enter?(): PyValue;
  /** Return true to swallow the exception. `exc` is null on normal exit. */
  exit?(exc: PyValue): boolean;
}

export abstract class HostObject extends PyObject {
  /** Python type name used in messages and type(); override or override `type`. */
  get pyTypeName(): string { return this.constructor.name; }
  get type(): PyClass { return hostClass(this.pyTypeName); }
  repr(): string { return `<${this.pyTypeName} object>`; }
  /** Dict/set key; identity by default (like object.__hash__). */
  hashKey(): unknown { return this; }
}

/** Type guard used by the runtime: a host object, with its optional hooks visible. */
export function isHost(v: unknown): v is HostObject & HostHooks {
  return v instanceof HostObject;
}

const hostClasses = new Map<string, PyClass>();
/** The PyClass for a host type name, created once; expose it in a module for isinstance(). */
export function hostClass(name: string, module = 'builtins', base: PyClass = T.object): PyClass {
  const key = module + '.' + name;
  let c = hostClasses.get(key);
  if (!c) {
    c = new PyClass(name, [base], module);
    c.isBuiltin = module === 'builtins';
    hostClasses.set(key, c);
  }
  return c;
}

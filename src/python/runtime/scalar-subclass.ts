// Protocol helpers for instances of user subclasses of int, float and str (objects/scalar-sub.ts):
// which dunders the subclass itself defines (never the builtin's own, which would act on the
// wrapper), and how such an instance is made from its class and the builtin value.
import { PyValue } from '../objects/core';
import { PyMethodDescr } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';
import { PyScalarSub } from '../objects/scalar-sub';
export { descriptorSelf } from '../objects/scalar-sub';
import { callBound } from './attributes';

/** int, float or str when `cls` is a Python-defined subclass of one of them; null otherwise. */
export function scalarBase(cls: PyClass): PyClass | null {
  if (cls.isBuiltin) return null;
  for (const c of cls.mro) if (c === T.int || c === T.float || c === T.str) return c;
  return null;
}

/** The instance of `cls` standing for `value` (a builtin int, float or str). */
export function newScalarSub(cls: PyClass, value: PyValue): PyScalarSub {
  return new PyScalarSub(cls, value);
}

/** A dunder written in Python by the value's class (or a Python base); undefined for builtins'. */
export function scalarOverride(v: PyScalarSub, name: string): PyValue | undefined {
  const m = v.cls.lookup(name);
  return m === undefined || (m instanceof PyMethodDescr && m.owner.isBuiltin) ? undefined : m;
}

/** Calls the subclass's own `name` on `v`; undefined when it has none. */
export function callScalarOverride(v: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  if (!(v instanceof PyScalarSub)) return undefined;
  const m = scalarOverride(v, name);
  return m === undefined ? undefined : callBound(m, v, args);
}

// Exception values in `raise X` and `except X:` clauses.
import { PyExceptionObj, PyValue } from '../objects/core';
import { PyTuple } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { E, typeError } from '../exceptions';
import { callValue } from '../runtime/call';

export function instantiate(v: PyValue): PyExceptionObj {
  if (v instanceof PyClass && v.isSubclassOf(E.BaseException)) {
    const e = callValue(v, [], null);
    if (e instanceof PyExceptionObj) return e;
  }
  if (v instanceof PyExceptionObj) return v;
  throw typeError('exceptions must derive from BaseException');
}

export function matches(exc: PyExceptionObj, spec: PyValue): boolean {
  if (spec instanceof PyClass) {
    if (!spec.isSubclassOf(E.BaseException)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
    return exc.cls.isSubclassOf(spec);
  }
  if (spec instanceof PyTuple) return spec.items.some(s => matches(exc, s));
  throw typeError('catching classes that do not inherit from BaseException is not allowed');
}


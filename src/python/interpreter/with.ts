// Context-manager protocol for `with`: user classes (__enter__/__exit__) and host objects.
import { PyExceptionObj, PyInstance, PyValue } from '../objects/core';
import { HostObject, isHost } from '../host';
import { typeError } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { callBound } from '../runtime/attributes';
import { truthy } from '../runtime/truth';

export function enterContext(mgr: PyValue): PyValue {
  if (isHost(mgr)) {
    if (!mgr.enter) throw notAContextManager(mgr);
    return mgr.enter();
  }
  const cls = typeOf(mgr);
  const enter = cls.lookup('__enter__');
  if (enter === undefined || cls.lookup('__exit__') === undefined) throw notAContextManager(mgr);
  return callBound(enter, mgr, []);
}

export function exitContext(mgr: PyValue, exc: PyExceptionObj | null): boolean {
  if (isHost(mgr)) return mgr.exit ? mgr.exit(exc) : false;
  const exit = typeOf(mgr).lookup('__exit__')!;
  const args: PyValue[] = exc ? [exc.cls, exc, null] : [null, null, null];
  return truthy(callBound(exit, mgr, args));
}

function notAContextManager(mgr: PyValue) {
  const tn = typeOf(mgr).name;
  return mgr instanceof PyInstance || isHost(mgr)
    ? typeError(`'${tn}' object does not support the context manager protocol`)
    : typeError(`'${tn}' object does not support the context manager protocol`);
}

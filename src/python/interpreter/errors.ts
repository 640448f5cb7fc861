// Converting JS errors into Python exceptions, and the interrupt check.
import { PyExceptionObj } from '../objects/core';
import { E, exceptionClassByName, pyException } from '../exceptions';
import { state } from './frame';

/** Any thrown value as a Python exception: host errors with `pyType`/`errorClass` keep their class. */
export function toPyException(e: unknown): PyExceptionObj {
  if (e instanceof PyExceptionObj) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return pyException(E.RecursionError, 'maximum recursion depth exceeded');
  }
  if (e && typeof e === 'object') {
    const err = e as { pyType?: unknown; errorClass?: unknown; message?: unknown };
    const names = [err.errorClass, err.pyType].filter((n): n is string => typeof n === 'string');
    for (const n of names) {
      const cls = exceptionClassByName(n);
      if (cls) {
        const exc = pyException(cls, String(err.message ?? ''));
        (exc as unknown as { hostError: unknown }).hostError = e;
        return exc;
      }
    }
    if (names.includes('OpError')) return pyException(E.RuntimeError, String(err.message ?? ''));
    if (e instanceof Error) return pyException(E.RuntimeError, e.message);
  }
  return pyException(E.RuntimeError, String(e));
}

export function checkInterrupt(): void {
  const hook = state.hooks.checkInterrupt;
  if (hook === null) return;
  try {
    hook();
  } catch (e) {
    if (e instanceof PyExceptionObj) throw e;
    throw pyException(E.KeyboardInterrupt);
  }
}

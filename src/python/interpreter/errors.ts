// The one place where a JavaScript error that reaches Python becomes a Python exception.
// Errors that carry a Python class (`pyType` / `errorClass`: the engine's PyLikeError, OpError,
// OutOfMemoryError) keep it and their text. Anything else is V8 or a bug of ours: its text and
// stack are never shown (they name JS internals and install paths), only a Python class and a
// sentence about what happened.
import { PyExceptionObj } from '../objects/core';
import { E, exceptionClassByName, pyException } from '../exceptions';
import { state } from './frame';

/**
 * V8's texts for allocations it refused: the user asked for more memory than there is.
 * Plain string tests, no RegExp: this runs right after a stack overflow, and V8 aborts the
 * process when it must compile a RegExp with the stack nearly full.
 */
const OUT_OF_MEMORY_PREFIXES = [
  'Invalid array length', 'Invalid typed array length', 'Invalid string length', 'Array buffer allocation failed',
  'Invalid array buffer length', 'Map maximum size exceeded', 'Set maximum size exceeded', 'Out of memory',
  'WebAssembly.Memory.grow()', 'Cannot allocate Wasm memory', 'Maximum BigInt size exceeded',
];
const isStackOverflow = (m: string): boolean => m.includes('call stack size exceeded') || m.includes('too much recursion');
const isOutOfMemory = (m: string): boolean => OUT_OF_MEMORY_PREFIXES.some(p => m.startsWith(p));

export const INTERNAL_ERROR_TEXT = 'internal error in Gradbook while running this line (not a problem in your code); please report it with the code that caused it';

/** Any thrown value as a Python exception: host errors with `pyType`/`errorClass` keep their class. */
export function toPyException(e: unknown): PyExceptionObj {
  if (e instanceof PyExceptionObj) return e;
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
  }
  return fromJsError(e);
}

/** A V8 or internal error: its class and a clean text, never its message or stack. */
export function fromJsError(e: unknown, during = ''): PyExceptionObj {
  const message = e instanceof Error ? e.message : '';
  if (e instanceof RangeError && isStackOverflow(message)) {
    return pyException(E.RecursionError, 'maximum recursion depth exceeded' + during);
  }
  if (e instanceof RangeError && isOutOfMemory(message)) return pyException(E.MemoryError);
  return pyException(E.SystemError, INTERNAL_ERROR_TEXT);
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

// Plot errors carry the Python exception class matplotlib raises, the same way engine errors do,
// so the Python binding re-raises them unchanged (ValueError, TypeError, KeyError, ...).
import { PyLikeError, valueError, typeError, keyError } from '../engine/errors';

export { PyLikeError, valueError, typeError, keyError };

/** An argument or value Gradbook does not implement: never silently ignored. */
export function notImplemented(fn: string, what: string): PyLikeError {
  return new PyLikeError('NotImplementedError', `${fn}() argument '${what}' is not supported by Gradbook`);
}

/** Throws NotImplementedError for any key of `options` not in `supported` (undefined values are absent). */
export function rejectUnknown(fn: string, options: object | undefined, supported: readonly string[]): void {
  if (!options) return;
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && !supported.includes(key)) throw notImplemented(fn, key);
  }
}

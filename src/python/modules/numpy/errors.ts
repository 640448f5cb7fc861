// NumPy's AxisError is both a ValueError and an IndexError; the core raises ValueError with
// NumPy's text, and the binding re-raises it under NumPy's class so `except np.AxisError`-style
// handlers and printed tracebacks match.
import { PyClass } from '../../objects/pyclass';
import { E, pyException, registerExceptionClass } from '../../exceptions';
import { PyLikeError } from '../../../engine';

export const AxisError = new PyClass('AxisError', [E.ValueError, E.IndexError], 'numpy.exceptions');
AxisError.nativeNew = E.BaseException.nativeNew;
registerExceptionClass(AxisError);

export function withNumpyErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyLikeError && e.pyType === 'ValueError' && /^axis -?\d+ is out of bounds/.test(e.message)) {
      throw pyException(AxisError, e.message);
    }
    throw e;
  }
}

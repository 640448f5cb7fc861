// Python's exception hierarchy as PyClass objects, plus helpers to raise them from TypeScript.
// Extra classes (TF's OpError family) can be added with registerExceptionClass so that host
// errors carrying `pyType`/`errorClass` surface under their Python name.
import { PyClass } from './objects/pyclass';
import { PyExceptionObj, PyValue } from './objects/core';
import { T } from './objects/types';

const byName = new Map<string, PyClass>();

function newException(cls: PyClass, args: PyValue[]): PyValue {
  return new PyExceptionObj(cls, args);
}

function def(name: string, base: PyClass | null): PyClass {
  const c = new PyClass(name, [base ?? T.object]);
  c.isBuiltin = true;
  if (!base) c.nativeNew = newException;
  byName.set(name, c);
  return c;
}

const BaseException = def('BaseException', null);
const Exception = def('Exception', BaseException);
const ArithmeticError = def('ArithmeticError', Exception);
const LookupError = def('LookupError', Exception);
const ImportError = def('ImportError', Exception);
const OSError = def('OSError', Exception);
const RuntimeError = def('RuntimeError', Exception);
const NameError = def('NameError', Exception);
const ValueError = def('ValueError', Exception);
const SyntaxError = def('SyntaxError', Exception);
const Warning = def('Warning', Exception);

export const E = {
  BaseException, Exception, ArithmeticError, LookupError, ImportError, OSError, RuntimeError,
  NameError, ValueError, SyntaxError, Warning,
  SystemExit: def('SystemExit', BaseException),
  KeyboardInterrupt: def('KeyboardInterrupt', BaseException),
  GeneratorExit: def('GeneratorExit', BaseException),
  StopIteration: def('StopIteration', Exception),
  AssertionError: def('AssertionError', Exception),
  AttributeError: def('AttributeError', Exception),
  BufferError: def('BufferError', Exception),
  EOFError: def('EOFError', Exception),
  MemoryError: def('MemoryError', Exception),
  TypeError: def('TypeError', Exception),
  SystemError: def('SystemError', Exception),
  ZeroDivisionError: def('ZeroDivisionError', ArithmeticError),
  OverflowError: def('OverflowError', ArithmeticError),
  FloatingPointError: def('FloatingPointError', ArithmeticError),
  IndexError: def('IndexError', LookupError),
  KeyError: def('KeyError', LookupError),
  ModuleNotFoundError: def('ModuleNotFoundError', ImportError),
  FileNotFoundError: def('FileNotFoundError', OSError),
  PermissionError: def('PermissionError', OSError),
  FileExistsError: def('FileExistsError', OSError),
  IsADirectoryError: def('IsADirectoryError', OSError),
  NotADirectoryError: def('NotADirectoryError', OSError),
  NotImplementedError: def('NotImplementedError', RuntimeError),
  RecursionError: def('RecursionError', RuntimeError),
  UnboundLocalError: def('UnboundLocalError', NameError),
  UnicodeError: def('UnicodeError', ValueError),
  UnicodeDecodeError: null as unknown as PyClass,
  UnicodeEncodeError: null as unknown as PyClass,
  IndentationError: def('IndentationError', SyntaxError),
  TabError: null as unknown as PyClass,
  UserWarning: def('UserWarning', Warning),
  DeprecationWarning: def('DeprecationWarning', Warning),
  RuntimeWarning: def('RuntimeWarning', Warning),
  FutureWarning: def('FutureWarning', Warning),
  PendingDeprecationWarning: def('PendingDeprecationWarning', Warning),
  SyntaxWarning: def('SyntaxWarning', Warning),
  ImportWarning: def('ImportWarning', Warning),
  UnicodeWarning: def('UnicodeWarning', Warning),
  BytesWarning: def('BytesWarning', Warning),
  ResourceWarning: def('ResourceWarning', Warning),
  EncodingWarning: def('EncodingWarning', Warning),
};
E.TabError = def('TabError', E.IndentationError);
E.UnicodeDecodeError = def('UnicodeDecodeError', E.UnicodeError);
E.UnicodeEncodeError = def('UnicodeEncodeError', E.UnicodeError);

/** Makes a Python exception class known by name (e.g. the tf module's InvalidArgumentError). */
export function registerExceptionClass(cls: PyClass): void { byName.set(cls.name, cls); }
export function exceptionClassByName(name: string): PyClass | undefined { return byName.get(name); }
export function allExceptionClasses(): PyClass[] { return [...new Set(byName.values())]; }

/** Creates (does not throw) an exception instance: `throw pyException(E.ValueError, 'bad')`. */
export function pyException(cls: PyClass, message?: string | PyValue): PyExceptionObj {
  return new PyExceptionObj(cls, message === undefined ? [] : [message]);
}

export const typeError = (m: string) => pyException(E.TypeError, m);
export const valueError = (m: string) => pyException(E.ValueError, m);
export const indexError = (m: string) => pyException(E.IndexError, m);
export const keyError = (key: PyValue) => pyException(E.KeyError, key);
export const attributeError = (m: string) => pyException(E.AttributeError, m);
export const nameError = (name: string) => pyException(E.NameError, `name '${name}' is not defined`);
export const zeroDivision = (m = 'division by zero') => pyException(E.ZeroDivisionError, m);
export const overflowError = (m: string) => pyException(E.OverflowError, m);
export const runtimeError = (m: string) => pyException(E.RuntimeError, m);
export const stopIteration = () => pyException(E.StopIteration);

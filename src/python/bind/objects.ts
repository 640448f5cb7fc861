// Python callable objects made from signature tables: the only place outside the table installers
// that creates builtin function objects (test/structure/hand_bound_builtins.test.ts keeps it so).
// Each helper takes a Signature (or a TableEntry) and binds calls with the one binder, so call
// errors are CPython's and unsupported parameters raise NotImplementedError naming them.
//   tableFunction       a module-level function or builtin (`eval`, `_gradbook.caller`)
//   methodDescriptor    a method in a class's dict, `self` left out of the signature (`Point._replace`)
//   classMethodOf       a classmethod, the class left out of the signature (`Point._make`)
//   staticMethodOf      a staticmethod (`tuple.__new__(type, iterable=(), /)`)
//   readOnlyProperty    a property computed from the instance (`slice.start`, a namedtuple field)
// Methods of host objects (returned by getattr) use MethodTable (method.ts).
import type { PyValue, Kwargs } from '../objects/core';
import { PyBuiltin, PyClassMethod, PyMethodDescr, PyProperty, PyStaticMethod } from '../objects/callables';
import type { PyClass } from '../objects/pyclass';
import type { ArgsOf, Signature } from '../../engine';
import { argumentBinder, boundFunction, entry, splitName, TableEntry } from './function';
import { E, pyException } from '../exceptions';
import type { Messages } from './messages';

/** `Point._replace` → `Point._replace`; `io.StringIO.read` → `StringIO.read` (CPython 3.11's qualname in call errors). */
function qualname(signature: Signature): string {
  const { path, attr } = splitName(signature.name);
  return path.length ? `${path[path.length - 1]}.${attr}` : attr;
}

/** A table entry as a function object; `module` is its __module__ (`builtins`, `_gradbook`). */
export function tableFunction(e: TableEntry, module: string | null = null): PyBuiltin {
  return new PyBuiltin(splitName(e.signature.name).attr, boundFunction(e), module);
}

/**
 * A method stored in `owner`'s dict; the signature leaves out `self` and names the class
 * (`Point._replace`). `qualified`: call errors say `Point._replace()` as CPython 3.11 does
 * (the default); false for C methods that use the bare name.
 */
export function methodDescriptor<T, const S extends Signature>(
  owner: PyClass, signature: S, body: (self: T, a: ArgsOf<S>) => PyValue, messages?: Partial<Messages>, qualified = true,
): PyMethodDescr {
  const bind = argumentBinder(signature, messages, qualified ? qualname(signature) : undefined);
  const name = splitName(signature.name).attr;
  return new PyMethodDescr(name, (self: T, args: PyValue[], kw: Kwargs) => body(self, bind(args, kw) as ArgsOf<S>), owner);
}

/** A classmethod: the body receives the class first; the signature binds the rest. */
export function classMethodOf<const S extends Signature>(
  signature: S, body: (cls: PyValue, a: ArgsOf<S>) => PyValue, messages?: Partial<Messages>, qualified = true,
): PyClassMethod {
  const bind = argumentBinder(signature, messages, qualified ? qualname(signature) : undefined);
  return new PyClassMethod(new PyBuiltin(splitName(signature.name).attr, (args, kw) => body(args[0], bind(args.slice(1), kw) as ArgsOf<S>)));
}

/** A staticmethod bound from a table entry. */
export function staticMethodOf(e: TableEntry): PyStaticMethod {
  return new PyStaticMethod(tableFunction(e));
}

/**
 * A read-only property computed from the instance. Its getter is `fget(self, /)`: the attribute
 * access passes exactly the instance, and only a direct call of `.fget` with other arguments goes
 * through the binder for CPython's error.
 */
export function readOnlyProperty<T = PyValue>(name: string, get: (self: T) => PyValue): PyProperty {
  const bind = argumentBinder({ name, doc: '', params: [{ name: 'self', kind: 'positional' }] }, PROPERTY_GETTER);
  return new PyProperty(new PyBuiltin(name, (args, kw) => {
    if (args.length === 1 && !kw?.size) return get(args[0] as T);
    return get(bind(args, kw).self as T);
  }));
}
const PROPERTY_GETTER: Partial<Messages> = {
  missing: c => `${c.fn}() takes exactly one argument (${c.given} given)`,
  tooManyPositional: c => `${c.fn}() takes exactly one argument (${c.given} given)`,
  unexpectedKeyword: c => `${c.fn}() takes no keyword arguments`,
  positionalOnlyAsKeyword: c => `${c.fn}() takes no keyword arguments`,
};

// Shapes the module bindings use (merged from the module-side conversion).
/** The module side's name for tableFunction. */
export { tableFunction as functionOf };

/** A function of a signature and a body over its converted arguments (`entry` + `functionOf`). */
export function signatureFunction<const S extends Signature>(
  signature: S, body: (args: ArgsOf<S>) => PyValue, options: { module?: string | null; messages?: Partial<Messages> } = {},
): PyBuiltin {
  return tableFunction(entry(signature, body, options.messages ? { messages: options.messages } : {}), options.module ?? null);
}

/**
 * A signature-bound native whose signature starts with `self` (a bound function of a table entry
 * with `self` first), as the method object `receiver.<name>`: `self` is filled with the receiver.
 */
export function boundMethod(name: string, bound: (args: PyValue[], kw: Kwargs) => PyValue, receiver: PyValue): PyBuiltin {
  return new PyBuiltin(name, (args, kw) => bound([receiver, ...args], kw));
}

/** The signature of a callable Gradbook does not implement: it takes anything and raises. */
export function notImplementedSignature(qualified: string): Signature {
  return { name: qualified, doc: 'Not supported by Gradbook: calling it raises NotImplementedError.', params: [], varargs: 'args', varkw: 'kwargs' };
}

/**
 * A function (or class) Gradbook does not implement: any call raises NotImplementedError with
 * `text` (which names it and, when useful, what to use instead).
 */
export function notImplementedFunction(qualified: string, text: string, module: string | null = null): PyBuiltin {
  return signatureFunction(notImplementedSignature(qualified), () => { throw pyException(E.NotImplementedError, text); }, { module });
}

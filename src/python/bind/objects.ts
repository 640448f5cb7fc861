// The small recurring shapes of signature-bound callables that modules and host objects hand out:
// a table entry as a function object, a method bound to its receiver, a read-only property and a
// function Gradbook does not implement. Every one goes through the one binder (function.ts), so
// module files never build a `PyBuiltin` by hand.
import type { PyValue, Kwargs } from '../objects/core';
import { PyBuiltin, PyProperty } from '../objects/callables';
import { E, pyException } from '../exceptions';
import type { ArgsOf, Signature } from '../../engine';
import { boundFunction, entry, splitName, type TableEntry } from './function';
import type { Messages } from './messages';

/** A table entry as a Python function object; `__name__` is the signature name's last part. */
export function functionOf(e: TableEntry, module: string | null = null): PyBuiltin {
  return new PyBuiltin(splitName(e.signature.name).attr, boundFunction(e), module);
}

/** A function of a signature and a body over its converted arguments (`entry` + `functionOf`). */
export function signatureFunction<const S extends Signature>(
  signature: S, body: (args: ArgsOf<S>) => PyValue, options: { module?: string | null; messages?: Partial<Messages> } = {},
): PyBuiltin {
  return functionOf(entry(signature, body, options.messages ? { messages: options.messages } : {}), options.module ?? null);
}

/**
 * A signature-bound native whose signature starts with `self` (a bound function of a table entry
 * with `self` first), as the method object `receiver.<name>`: `self` is filled with the receiver.
 */
export function boundMethod(name: string, bound: (args: PyValue[], kw: Kwargs) => PyValue, receiver: PyValue): PyBuiltin {
  return new PyBuiltin(name, (args, kw) => bound([receiver, ...args], kw));
}

/**
 * A read-only property computed from the instance: its getter is bound from the signature
 * `Class.name(self, /)` (the interpreter calls it with the instance alone).
 */
export function readOnlyProperty(qualified: string, get: (self: PyValue) => PyValue): PyProperty {
  return new PyProperty(signatureFunction(
    { name: qualified, doc: `The read-only property ${qualified}.`, params: [{ name: 'self', kind: 'positional' }] },
    a => get(a.self as PyValue),
  ));
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

// Methods and constructors of host classes (tf.Session.run, tf.train.Saver(...)) bound from
// signature tables by the same binder as functions. A method's signature leaves out `self`; its
// qualified name names the class (`tf.Session.run`), and call errors use CPython 3.11's
// `Session.run() missing 1 required positional argument: 'fetches'`.
import type { PyValue, Kwargs } from '../objects/core';
import { PyBuiltin } from '../objects/callables';
import type { ArgsOf, Signature } from '../../engine';
import { argumentBinder, splitName } from './function';
import { PYTHON_METHOD_MESSAGES, type Messages } from './messages';

export interface MethodEntry<T = unknown> {
  readonly signature: Signature;
  /** C methods word some call errors differently (`Random.random() takes no arguments (1 given)`). */
  readonly messages?: Partial<Messages>;
  body(self: T, args: Record<string, unknown>): PyValue;
}

/** Typed from the literal signature, like `entry`; `self` is the host object. */
export function method<T, const S extends Signature>(signature: S, body: (self: T, args: ArgsOf<S>) => PyValue, messages?: Partial<Messages>): MethodEntry<T> {
  return { signature, body: body as (self: T, args: Record<string, unknown>) => PyValue, ...(messages ? { messages } : {}) };
}

/** `tf.train.Saver.save` → `Saver.save`; a constructor `tf.train.Saver` → `Saver.__init__`. */
function qualname(signature: Signature, isConstructor: boolean): string {
  const { path, attr } = splitName(signature.name);
  return isConstructor ? `${attr}.__init__` : `${path[path.length - 1]}.${attr}`;
}

/** The methods of one class: compiled once, bound to a receiver on attribute access. */
/** Every method name of every MethodTable: candidates the editor confirms by asking an object. */
const ALL_METHOD_NAMES = new Set<string>();
export const methodTableNames = (): ReadonlySet<string> => ALL_METHOD_NAMES;

export class MethodTable<T> {
  private readonly binders = new Map<string, { entry: MethodEntry<T>; bind: (args: PyValue[], kw: Kwargs) => Record<string, unknown> }>();
  /**
   * `functionNames`: call errors name the bare function (`normal()`), for methods that Python also
   * exposes as module functions bound to a hidden instance (np.random.normal is RandomState.normal).
   * `pythonClass`: the class is written in Python in CPython (random.Random), so a bound call's
   * "takes N positional arguments" counts `self` as CPython's does.
   */
  constructor(readonly entries: readonly MethodEntry<T>[], options: { functionNames?: boolean; pythonClass?: boolean } = {}) {
    for (const e of entries) {
      const name = splitName(e.signature.name).attr;
      const messages = options.pythonClass ? { ...PYTHON_METHOD_MESSAGES, ...e.messages } : e.messages;
      this.binders.set(name, { entry: e, bind: argumentBinder(e.signature, messages, options.functionNames ? undefined : qualname(e.signature, false)) });
      ALL_METHOD_NAMES.add(name);
    }
  }
  has(name: string): boolean { return this.binders.has(name); }
  /** `self.<name>` as a bound method object, or undefined when the class has no such method. */
  get(self: T, name: string): PyBuiltin | undefined {
    const b = this.binders.get(name);
    if (!b) return undefined;
    return new PyBuiltin(name, (args, kw) => b.entry.body(self, b.bind(args, kw)));
  }
  /** Calls a method directly (for protocol hooks that share a method's signature). */
  call(self: T, name: string, args: PyValue[], kw: Kwargs): PyValue {
    const b = this.binders.get(name)!;
    return b.entry.body(self, b.bind(args, kw));
  }
}

/**
 * A constructor bound from a signature: `Class(...)` → the body's result. `messages`:
 * PYTHON_METHOD_MESSAGES for a class CPython defines in Python (`Random.__init__() takes from 1
 * to 2 positional arguments but 3 were given`), or a C type's texts.
 */
export function constructorOf<const S extends Signature>(signature: S, body: (args: ArgsOf<S>) => PyValue, messages?: Partial<Messages>): { signature: S; construct: (args: PyValue[], kw: Kwargs) => PyValue } {
  const bind = argumentBinder(signature, messages, qualname(signature, true));
  return { signature, construct: (args, kw) => body(bind(args, kw) as never) };
}

// A table entry (a Signature and a body over converted arguments) as a Python callable, and the
// installation of a table into modules. Every table-bound function goes through here: bind
// (binder.ts), refuse unsupported arguments, convert by ParamType (converters.ts), call the body.
import type { PyValue, Kwargs } from '../objects/core';
import { PyBuiltin, PyModule } from '../objects/callables';
import { pyException, E } from '../exceptions';
import { unsupportedArgumentText } from '../../engine';
import type { ArgsOf, Signature } from '../../engine';
import { BindPlan, bindCall, compilePlan, equalsDefault } from './binder';
import { CONVERTERS } from './converters';
import type { Messages } from './messages';

export interface TableEntry<S extends Signature = Signature> {
  readonly signature: S;
  /** Other qualified names for the same function (`tf.math.exp`). */
  readonly aliases?: readonly string[];
  /** C builtins word some call errors differently from Python functions. */
  readonly messages?: Partial<Messages>;
  body(args: ArgsOf<S>): PyValue;
}

/** Typed from the literal signature, like the engine's defineApi. */
export function entry<const S extends Signature>(signature: S, body: (args: ArgsOf<S>) => PyValue, extra: { aliases?: readonly string[]; messages?: Partial<Messages> } = {}): TableEntry {
  return { signature, body, ...extra } as unknown as TableEntry;
}

/** The converted arguments of a bound call, keyed by parameter name. */
function convertArguments(plan: BindPlan, given: (PyValue | undefined)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const { params, defaults } = plan;
  for (let i = 0; i < params.length; i++) {
    const p = params[i], v = given[i];
    if (v !== undefined && p.unsupported && !equalsDefault(v, p.default)) {
      throw pyException(E.NotImplementedError, unsupportedArgumentText(plan.fn, p.name, typeof p.unsupported === 'string' ? p.unsupported : undefined));
    }
    const value = v === undefined ? defaults[i] : v;
    if (value === undefined) out[p.name] = undefined;
    else if (value === null && p.default === null) out[p.name] = null;
    else out[p.name] = p.type ? CONVERTERS[p.type](value, { fn: plan.fn, param: p.name }) : value;
  }
  return out;
}

/**
 * Plans of binders not called yet (see argumentBinder); a plan leaves the set when compiled, or
 * when its binder is collected. Held weakly: functions made at run time (a namedtuple's methods,
 * np.vectorize's result, a SpinesProxy method per attribute read) must not stay alive here.
 */
const pendingPlans = new Set<WeakRef<() => BindPlan>>();
const forgetPlan = new FinalizationRegistry<WeakRef<() => BindPlan>>((ref) => pendingPlans.delete(ref));
/** Compiles every live binder's plan not compiled yet, throwing as compilePlan does for a malformed signature (tests). */
export function compileAllPendingPlans(): number {
  const pending = [...pendingPlans].map((ref) => ref.deref()).filter((compile) => compile !== undefined);
  for (const compile of pending) compile();
  return pending.length;
}

/**
 * A compiled signature: (args, kwargs) → the converted arguments record, *args/**kwargs included.
 * `qualname` overrides the name call errors use (`Session.run`, `Saver.__init__`: CPython 3.11
 * names methods by their qualified name).
 */
export function argumentBinder(signature: Signature, messages?: Partial<Messages>, qualname?: string): (args: PyValue[], kw: Kwargs) => Record<string, unknown> {
  // The plan is compiled at the first call: every builtin method and table entry gets its binder
  // when its module is evaluated (~4 ms of every kernel start), and most are never called.
  // compileAllPendingPlans() compiles the rest, so a test still finds a malformed signature.
  let plan: BindPlan | undefined;
  const compile = (): BindPlan => {
    if (plan) return plan;
    pendingPlans.delete(pending);
    forgetPlan.unregister(pending);
    const compiled = compilePlan(signature, messages);
    return (plan = qualname ? { ...compiled, fn: qualname } : compiled);
  };
  const pending = new WeakRef(compile);
  pendingPlans.add(pending);
  const { varargs, varargsType, varkw } = signature;
  const binder = (args: PyValue[], kw: Kwargs): Record<string, unknown> => {
    const plan = compile();
    const call = bindCall(plan, args, kw);
    const converted = convertArguments(plan, call.given);
    if (varargs) converted[varargs] = varargsType ? call.varargs.map((v, i) => CONVERTERS[varargsType](v, { fn: plan.fn, param: `${varargs}[${i}]` })) : call.varargs;
    if (varkw) converted[varkw] = call.varkw;
    return converted;
  };
  forgetPlan.register(binder, pending, pending);
  return binder;
}

/** The native implementation of an entry: (args, kwargs) → result. */
export function boundFunction(e: TableEntry): (args: PyValue[], kw: Kwargs) => PyValue {
  const bind = argumentBinder(e.signature, e.messages);
  return (args, kw) => e.body(bind(args, kw) as never);
}

/** `print`, `tf.nn.conv2d` → module 'builtins' / 'tensorflow.nn' and attribute name. */
export function splitName(qualified: string): { path: string[]; attr: string } {
  const parts = qualified.split('.');
  return { path: parts.slice(0, -1), attr: parts[parts.length - 1] };
}

/**
 * Binds every entry into its modules: `root` stands for the qualified names' first part
 * (`tf`, `np`); missing submodules (`tf.math`) are created as `<root.name>.<part>`.
 * Names without a dot (`print`) go into `root` itself.
 */
export function installTable(root: PyModule, entries: readonly TableEntry[]): void {
  for (const e of entries) {
    const primary = splitName(e.signature.name);
    const home = moduleAt(root, primary.path.slice(1));
    // One function object under every name, so `tf.math.exp is tf.exp` as in TF.
    const fn = new PyBuiltin(primary.attr, boundFunction(e), home.name);
    home.set(primary.attr, fn);
    for (const alias of e.aliases ?? []) {
      const { path, attr } = splitName(alias);
      moduleAt(root, path.slice(1)).set(attr, fn);
    }
  }
}

function moduleAt(root: PyModule, path: string[]): PyModule {
  let mod = root;
  for (const part of path) {
    const found = mod.dict.get(part);
    const next = found instanceof PyModule ? found : new PyModule(`${mod.name}.${part}`);
    if (next !== found) mod.set(part, next);
    mod = next;
  }
  return mod;
}

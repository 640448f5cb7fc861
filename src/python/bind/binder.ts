// The one binder: matches a call's positional and keyword arguments to a Signature with
// CPython's rules (positional-only, keyword-only, *args, **kwargs, defaults) and its TypeError
// texts. A plan is compiled once per signature, so a call costs one pass over its arguments.
import type { PyValue, Kwargs } from '../objects/core';
import { PyFloat } from '../objects/core';
import { PyList, PyTuple } from '../objects/containers';
import { typeError } from '../exceptions';
import type { ParamSpec, PyDefault, Signature } from '../../engine';
import { CallShape, Messages, PYTHON_MESSAGES } from './messages';

export interface BindPlan {
  readonly signature: Signature;
  /** The function's __name__: the last part of the qualified name. */
  readonly fn: string;
  readonly params: readonly ParamSpec[];
  /** Parameters a positional argument can fill (positional-only and ordinary ones). */
  readonly positional: number;
  /** Positional parameters that have no default. */
  readonly requiredPositional: number;
  /** Parameters a keyword can name (all but the positional-only ones). */
  readonly byKeyword: ReadonlyMap<string, number>;
  readonly positionalOnly: ReadonlySet<string>;
  /** Defaults as Python values; `undefined` for required parameters and `{ expr }` defaults. */
  readonly defaults: readonly (PyValue | undefined)[];
  readonly messages: Messages;
}

/** A call matched to its plan: `given[i]` is the argument of params[i], undefined when omitted. */
export interface BoundCall {
  readonly given: (PyValue | undefined)[];
  readonly varargs: PyValue[];
  readonly varkw: Map<string, PyValue> | null;
}

const RANK = { positional: 0, ordinary: 1, keyword: 2 } as const;

/** A default as the Python value the body sees. */
export function defaultValue(d: PyDefault): PyValue | undefined {
  if (d === null || typeof d === 'boolean' || typeof d === 'number' || typeof d === 'string') return d;
  if (Array.isArray(d)) return new PyList(d.map(x => defaultValue(x) ?? null));
  if ('float' in d) return new PyFloat(d.float);
  return undefined;
}

/** Whether an argument equals the default as Python's == would say (for unsupported params). */
export function equalsDefault(v: PyValue, d: PyDefault | undefined): boolean {
  if (d === undefined) return false;
  if (d === null || typeof d === 'string') return v === d;
  if (Array.isArray(d)) {
    return (v instanceof PyList || v instanceof PyTuple) && v.items.length === d.length && v.items.every((x, i) => equalsDefault(x, d[i]));
  }
  const n = typeof d === 'boolean' ? Number(d) : typeof d === 'number' ? d : 'float' in d ? d.float : NaN;
  if (typeof v === 'number' || typeof v === 'boolean') return Number(v) === n;
  return v instanceof PyFloat && v.v === n;
}

/** Checks the signature's shape (a bug in a table fails at start-up, not on a user's call). */
export function compilePlan(signature: Signature, messages: Partial<Messages> = {}): BindPlan {
  const params = signature.params;
  const byKeyword = new Map<string, number>();
  const positionalOnly = new Set<string>();
  let rank = 0, positional = 0, requiredPositional = 0, sawDefault = false;
  params.forEach((p, i) => {
    const r = RANK[p.kind ?? 'ordinary'];
    if (r < rank) throw new Error(`${signature.name}: parameter '${p.name}' is out of order (positional-only, ordinary, keyword-only)`);
    rank = r;
    if (byKeyword.has(p.name) || positionalOnly.has(p.name)) throw new Error(`${signature.name}: duplicate parameter '${p.name}'`);
    if (p.unsupported && !('default' in p)) throw new Error(`${signature.name}: unsupported parameter '${p.name}' needs a default`);
    if (r < RANK.keyword) {
      positional++;
      if ('default' in p) sawDefault = true;
      else if (sawDefault) throw new Error(`${signature.name}: non-default parameter '${p.name}' follows a default one`);
      else requiredPositional++;
    }
    if (r === RANK.positional) positionalOnly.add(p.name); else byKeyword.set(p.name, i);
  });
  return {
    signature, fn: signature.name.slice(signature.name.lastIndexOf('.') + 1), params, positional, requiredPositional,
    byKeyword, positionalOnly, defaults: params.map(p => ('default' in p ? defaultValue(p.default!) : undefined)),
    messages: { ...PYTHON_MESSAGES, ...messages },
  };
}

export function bindCall(plan: BindPlan, args: readonly PyValue[], kw: Kwargs): BoundCall {
  const { params, messages } = plan;
  const call: CallShape = { fn: plan.fn, given: args.length };
  if (messages.preflight) {
    const text = messages.preflight(call, kw ? [...kw.keys()] : []);
    if (text !== undefined) throw typeError(text);
  }
  const given: (PyValue | undefined)[] = new Array(params.length);
  const n = Math.min(args.length, plan.positional);
  for (let i = 0; i < n; i++) given[i] = args[i];
  const sig = plan.signature;
  const varargs = sig.varargs ? args.slice(plan.positional) : [];
  const varkw = sig.varkw ? new Map<string, PyValue>() : null;
  if (kw) {
    for (const [name, value] of kw) {
      const i = plan.byKeyword.get(name);
      if (i === undefined) {
        if (varkw) { varkw.set(name, value); continue; }
        const misplaced = [...kw.keys()].filter(k => plan.positionalOnly.has(k));
        if (misplaced.length) throw typeError(messages.positionalOnlyAsKeyword(call, misplaced));
        throw typeError(messages.unexpectedKeyword(call, name));
      }
      if (given[i] !== undefined) throw typeError(messages.multipleValues(call, name));
      given[i] = value;
    }
  }
  if (args.length > plan.positional && !sig.varargs) {
    let keywordOnly = 0;
    for (let i = plan.positional; i < params.length; i++) if (given[i] !== undefined) keywordOnly++;
    throw typeError(messages.tooManyPositional(call, plan.requiredPositional, plan.positional, keywordOnly));
  }
  checkMissing(plan, call, given);
  return { given, varargs, varkw };
}

function checkMissing(plan: BindPlan, call: CallShape, given: (PyValue | undefined)[]): void {
  const { params } = plan;
  let missing: string[] | null = null;
  for (let i = 0; i < plan.requiredPositional; i++) if (given[i] === undefined) (missing ??= []).push(params[i].name);
  if (missing) throw typeError(plan.messages.missing(call, 'positional', missing));
  for (let i = plan.positional; i < params.length; i++) {
    if (given[i] === undefined && !('default' in params[i])) (missing ??= []).push(params[i].name);
  }
  if (missing) throw typeError(plan.messages.missing(call, 'keyword-only', missing));
}

// tf.get_variable and tf.variable_scope (tf1-semantics §1.7): variables named by the variable
// scope only (name scopes are ignored), shared through a per-graph store with TF's reuse rules.
import { getDefaultGraph } from '../graph/default_graph';
import type { Graph } from '../graph/graph';
import type { DType } from '../dtypes';
import { isFloat } from '../dtypes';
import { Tensor } from '../graph/tensor';
import { NDArray } from '../ndarray';
import { valueError } from '../errors';
import { formatShapePy } from '../shape';
import { Variable } from './variable';
import { Initializer, glorotUniformInitializer, zerosInitializer } from './initializers_random';

export const AUTO_REUSE = 'AUTO_REUSE' as const;
export type Reuse = boolean | null | typeof AUTO_REUSE;

interface VarScopeState { name: string; reuse: Reuse; initializer: Initializer | null; dtype: DType }

function scopeStack(g: Graph): VarScopeState[] {
  let s = g.extras.get('variableScopes') as VarScopeState[] | undefined;
  if (!s) { s = [{ name: '', reuse: false, initializer: null, dtype: 'float32' }]; g.extras.set('variableScopes', s); }
  return s;
}
function store(g: Graph): Map<string, Variable> {
  let m = g.extras.get('variableStore') as Map<string, Variable> | undefined;
  if (!m) { m = new Map(); g.extras.set('variableStore', m); }
  return m;
}
export function currentVariableScope(): VarScopeState { const s = scopeStack(getDefaultGraph()); return s[s.length - 1]; }

export interface VariableScopeOptions {
  reuse?: Reuse;
  initializer?: Initializer | null;
  dtype?: DType;
  /** `name` is a full scope path (re-entering a captured VariableScope), not relative to the current one. */
  absolute?: boolean;
  /** The name scope to open instead of `name` (absolute when it ends with '/'; '' for none). */
  nameScope?: string;
}

/** Enter tf.variable_scope(name, reuse=..., initializer=...): opens a matching name scope too. */
export function enterVariableScope(name: string, opts: VariableScopeOptions = {}): { scope: string; nameScope: string; exit: () => void } {
  const g = getDefaultGraph();
  const stack = scopeStack(g);
  const parent = stack[stack.length - 1];
  const full = opts.absolute || !parent.name ? name : `${parent.name}/${name}`;
  // reuse is inherited: once True inside a scope, nested scopes reuse too.
  const reuse: Reuse = parent.reuse === true ? true : opts.reuse === undefined || opts.reuse === null ? parent.reuse : opts.reuse;
  stack.push({ name: full, reuse, initializer: opts.initializer ?? parent.initializer, dtype: opts.dtype ?? parent.dtype });
  const counts = scopeCounts(g);
  counts.set(full, (counts.get(full) ?? 0) + 1);
  const ns = g.enterNameScope(opts.nameScope === undefined ? name : opts.nameScope || null);
  return { scope: full, nameScope: ns.scope, exit: () => { ns.exit(); const i = stack.lastIndexOf(stack[stack.length - 1]); stack.splice(i, 1); } };
}

/** How often each full variable scope name was entered (TF's variable_scope_count). */
function scopeCounts(g: Graph): Map<string, number> {
  let m = g.extras.get('variableScopeCounts') as Map<string, number> | undefined;
  if (!m) { m = new Map(); g.extras.set('variableScopeCounts', m); }
  return m;
}

/**
 * TF's `_get_unique_variable_scope(prefix)`: `prefix`, or `prefix_1`, `prefix_2`, ... when a scope
 * of that name was already entered inside the current one (variable_scope(None, default_name=...)).
 */
export function uniqueVariableScopeName(prefix: string): string {
  const g = getDefaultGraph();
  const current = currentVariableScope().name;
  const counts = scopeCounts(g);
  const base = current ? `${current}/${prefix}` : prefix;
  if (!counts.get(base)) return prefix;
  let i = 1;
  while (counts.get(`${base}_${i}`)) i++;
  return `${prefix}_${i}`;
}
export function withVariableScope<T>(name: string, opts: Parameters<typeof enterVariableScope>[1], fn: () => T): T {
  const ctx = enterVariableScope(name, opts);
  try { return fn(); } finally { ctx.exit(); }
}

export interface GetVariableOptions {
  shape?: number[] | null;
  dtype?: DType | null;
  initializer?: Initializer | Tensor | NDArray | number | null;
  trainable?: boolean | null;
  collections?: string[] | null;
}

export function getVariable(name: string, opts: GetVariableOptions = {}): Variable {
  const g = getDefaultGraph();
  const scope = currentVariableScope();
  const full = scope.name ? `${scope.name}/${name}` : name;
  const vars = store(g);
  const existing = vars.get(full);
  if (existing) {
    if (scope.reuse === false || scope.reuse === null) {
      throw valueError(`Variable ${full} already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?`);
    }
    if (opts.shape && existing.shape && formatShapePy(opts.shape) !== formatShapePy(existing.shape)) {
      throw valueError(`Trying to share variable ${full}, but specified shape ${formatShapePy(opts.shape)} and found shape ${formatShapePy(existing.shape)}.`);
    }
    if (opts.dtype && opts.dtype !== existing.dtype) {
      throw valueError(`Trying to share variable ${full}, but specified dtype ${opts.dtype} and found dtype ${existing.dtype}_ref.`);
    }
    return existing;
  }
  if (scope.reuse === true) {
    throw valueError(`Variable ${full} does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?`);
  }
  const dtype = opts.dtype ?? scope.dtype;
  const init = opts.initializer ?? scope.initializer;
  const isConstant = init instanceof Tensor || init instanceof NDArray || typeof init === 'number';
  if (isConstant && opts.shape && !(typeof init === 'number')) throw valueError('If initializer is a constant, do not specify shape.');
  let initialValue: () => Tensor | NDArray | number;
  if (isConstant) initialValue = () => init as Tensor | NDArray;
  else {
    if (!opts.shape) throw valueError(`Shape of a new variable (${full}) must be fully defined, but instead was <unknown>.`);
    const fn = (init as Initializer | null) ?? (isFloat(dtype) ? glorotUniformInitializer() : zerosInitializer());
    initialValue = () => fn(opts.shape!, dtype);
  }
  // The variable's op name is the full variable-scope path, whatever name scope is active.
  const ns = g.enterNameScope(scope.name ? `${scope.name}/` : null);
  let v: Variable;
  try {
    v = new Variable(initialValue, { name, dtype, trainable: opts.trainable ?? true, collections: opts.collections ?? null });
  } finally { ns.exit(); }
  vars.set(full, v);
  return v;
}

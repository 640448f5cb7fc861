// tf.get_variable and tf.variable_scope (tf1-semantics §1.7): variables named by the variable
// scope only (name scopes are ignored), shared through a per-graph store with TF's reuse rules.
// A scope also carries defaults for the variables made in it: initializer, regularizer,
// constraint, dtype.
import { getDefaultGraph } from '../graph/default_graph';
import type { Graph } from '../graph/graph';
import { GraphKeys } from '../graph/graph_keys';
import type { DType } from '../dtypes';
import { isFloat } from '../dtypes';
import { Tensor } from '../graph/tensor';
import { NDArray } from '../ndarray';
import { valueError } from '../errors';
import { formatShapePy, StaticShape } from '../shape';
import type { TensorLike } from '../ops/builder';
import { Variable } from './variable';
import { Initializer, glorotUniformInitializer, zerosInitializer } from './initializers_random';

export const AUTO_REUSE = 'AUTO_REUSE' as const;
export type Reuse = boolean | null | typeof AUTO_REUSE;
/** A regularizer: the variable's penalty tensor (added to REGULARIZATION_LOSSES), or null for none. */
export type Regularizer = (v: Variable) => Tensor | null;
export type Constraint = (value: Tensor) => TensorLike;

/** A variable scope (TF's VariableScope): its full name and the defaults it gives variables. */
export interface VariableScopeState {
  name: string;
  reuse: Reuse;
  initializer: Initializer | null;
  regularizer: Regularizer | null;
  constraint: Constraint | null;
  dtype: DType;
  /** The name scope opened when the scope was first entered (`foo/`, `foo_1/`). */
  originalNameScope: string;
}

function scopeStack(g: Graph): VariableScopeState[] {
  let s = g.extras.get('variableScopes') as VariableScopeState[] | undefined;
  if (!s) {
    s = [{ name: '', reuse: false, initializer: null, regularizer: null, constraint: null, dtype: 'float32', originalNameScope: '' }];
    g.extras.set('variableScopes', s);
  }
  return s;
}
/** The variables get_variable made in `g`, by full name (init_from_checkpoint maps scopes over it). */
export function variableStore(g: Graph): Map<string, Variable> {
  let m = g.extras.get('variableStore') as Map<string, Variable> | undefined;
  if (!m) { m = new Map(); g.extras.set('variableStore', m); }
  return m;
}
export function currentVariableScope(): VariableScopeState { const s = scopeStack(getDefaultGraph()); return s[s.length - 1]; }

export interface VariableScopeOptions {
  reuse?: Reuse;
  initializer?: Initializer | null;
  regularizer?: Regularizer | null;
  constraint?: Constraint | null;
  dtype?: DType;
  /** False: no name scope is opened (TF's auxiliary_name_scope=False). */
  auxiliaryNameScope?: boolean;
  /** A string `name` is a full scope path (an RNN cell re-entering its scope), not relative to the current one. */
  absolute?: boolean;
  /** The name scope to open instead of the default one (absolute when it ends with '/'; '' for none). */
  nameScope?: string;
}

/**
 * Enter tf.variable_scope: a name nests under the current scope and opens a matching (uniquified)
 * name scope; a scope object re-enters that scope by its full name and its original name scope.
 * Reuse is inherited: once True or AUTO_REUSE, nested scopes reuse too (TF: `reuse or old.reuse`).
 * `nameScope` in the result is the name scope now open ('' when none was opened).
 */
export function enterVariableScope(nameOrScope: string | VariableScopeState, opts: VariableScopeOptions = {}): { scope: VariableScopeState; nameScope: string; exit: () => void } {
  const g = getDefaultGraph();
  const stack = scopeStack(g);
  const parent = stack[stack.length - 1];
  const reopening = typeof nameOrScope !== 'string';
  const base = reopening ? nameOrScope : parent;
  const full = reopening ? nameOrScope.name : opts.absolute || !parent.name ? nameOrScope : `${parent.name}/${nameOrScope}`;
  const given = opts.reuse === false ? null : opts.reuse ?? null;
  const inherited = reopening ? (nameOrScope.reuse || parent.reuse) : parent.reuse;
  const reuse: Reuse = given === true || inherited === true ? true : given ?? inherited ?? false;
  const counts = scopeCounts(g);
  counts.set(full, (counts.get(full) ?? 0) + 1);
  let exitNameScope = () => undefined as void;
  let nameScope = reopening ? nameOrScope.originalNameScope : '';
  let opened = '';
  if (opts.nameScope !== undefined) {
    const ns = g.enterNameScope(opts.nameScope || null);
    exitNameScope = ns.exit;
    opened = ns.scope;
    if (!reopening) nameScope = ns.scope;
  } else if (opts.auxiliaryNameScope !== false) {
    // TF opens a new name scope named after the scope's last part (`foo_1/` when reopening `foo`);
    // the reopened scope keeps its original_name_scope.
    const ns = g.enterNameScope(reopening ? nameOrScope.name.split('/').pop()! : (nameOrScope as string));
    exitNameScope = ns.exit;
    opened = ns.scope;
    if (!reopening) nameScope = ns.scope;
  }
  const state: VariableScopeState = {
    name: full, reuse,
    initializer: opts.initializer ?? base.initializer, regularizer: opts.regularizer ?? base.regularizer,
    constraint: opts.constraint ?? base.constraint, dtype: opts.dtype ?? base.dtype, originalNameScope: nameScope,
  };
  stack.push(state);
  // TF forgets the default names used inside a scope when it closes, so a model function run again
  // in `variable_scope('model', reuse=True)` gets `model/dense` again, not `model/dense_1`; a
  // reopened scope object restores the counts it found instead.
  const before = reopening ? new Map(counts) : null;
  const restoreCounts = () => {
    if (before) { counts.clear(); for (const [k, v] of before) counts.set(k, v); return; }
    for (const k of counts.keys()) if (k.startsWith(`${full}/`)) counts.set(k, 0);
  };
  return { scope: state, nameScope: opened, exit: () => { exitNameScope(); restoreCounts(); const i = stack.lastIndexOf(state); if (i >= 0) stack.splice(i, 1); } };
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
export function withVariableScope<T>(name: string, opts: VariableScopeOptions, fn: () => T): T {
  const ctx = enterVariableScope(name, opts);
  try { return fn(); } finally { ctx.exit(); }
}

export interface GetVariableOptions {
  shape?: number[] | null;
  dtype?: DType | null;
  initializer?: Initializer | Tensor | NDArray | number | null;
  regularizer?: Regularizer | null;
  trainable?: boolean | null;
  collections?: string[] | null;
  validateShape?: boolean;
  constraint?: Constraint | null;
}

function checkShared(full: string, existing: Variable, opts: GetVariableOptions): void {
  if (opts.shape && existing.shape && formatShapePy(opts.shape) !== formatShapePy(existing.shape)) {
    throw valueError(`Trying to share variable ${full}, but specified shape ${formatShapePy(opts.shape)} and found shape ${formatShapePy(existing.shape)}.`);
  }
  if (opts.dtype && opts.dtype !== existing.dtype) {
    throw valueError(`Trying to share variable ${full}, but specified dtype ${opts.dtype} and found dtype ${existing.dtype}_ref.`);
  }
}

export function getVariable(name: string, opts: GetVariableOptions = {}): Variable {
  const g = getDefaultGraph();
  const scope = currentVariableScope();
  const full = scope.name ? `${scope.name}/${name}` : name;
  const vars = variableStore(g);
  const existing = vars.get(full);
  if (existing) {
    if (scope.reuse === false || scope.reuse === null) {
      throw valueError(`Variable ${full} already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?`);
    }
    checkShared(full, existing, opts);
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
  let shape: StaticShape | null = null;
  if (isConstant) initialValue = () => init as Tensor | NDArray;
  else {
    if (!opts.shape) throw valueError(`Shape of a new variable (${full}) must be fully defined, but instead was <unknown>.`);
    const fn = (init as Initializer | null) ?? (isFloat(dtype) ? glorotUniformInitializer() : zerosInitializer());
    shape = opts.shape;
    initialValue = () => fn(opts.shape!, dtype);
  }
  // The variable's op name is the full variable-scope path, whatever name scope is active.
  const ns = g.enterNameScope(scope.name ? `${scope.name}/` : null);
  let v: Variable;
  try {
    v = new Variable(initialValue, {
      name, dtype, trainable: opts.trainable ?? true, collections: opts.collections ?? null,
      validateShape: opts.validateShape ?? true, shape: (opts.validateShape ?? true) ? null : shape,
      constraint: opts.constraint ?? scope.constraint,
    });
  } finally { ns.exit(); }
  vars.set(full, v);
  addRegularizationLoss(g, v, opts.regularizer ?? scope.regularizer);
  return v;
}

/** TF: `with ops.name_scope(name + "/Regularizer/"): loss = regularizer(v)`, kept when not None. */
function addRegularizationLoss(g: Graph, v: Variable, regularizer: Regularizer | null): void {
  if (!regularizer) return;
  const loss = g.withNameScope(`${v.op.name}/Regularizer/`, null, () => regularizer(v));
  if (loss) g.addToCollection(GraphKeys.REGULARIZATION_LOSSES, loss);
}

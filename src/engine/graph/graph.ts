// tf.Graph: the op list, TF1's unique naming and name scopes (tf1-semantics §1.2–1.3),
// collections, and the control-dependency stack. Ops are appended in creation order, so the
// op list is already a topological order: the session relies on that.
import { Operation, Attrs } from './operation';
import { Tensor } from './tensor';
import type { DType } from '../dtypes';
import type { StaticShape } from '../shape';
import { valueError, runtimeError, keyError, PyLikeError } from '../errors';
import type { ControlFlowContext } from './control_flow_context';
import { currentOpSite } from './op_site';

const OP_NAME_RE = /^[A-Za-z0-9.][A-Za-z0-9_.\-/]*$/;
const NESTED_SCOPE_RE = /^[A-Za-z0-9_.\-/]*$/;

export interface OutputSpec { dtype: DType; shape: StaticShape; isRef?: boolean }

interface ControlDepContext { ops: Operation[] | null; created: Set<Operation> }

export class Graph {
  private readonly ops: Operation[] = [];
  private readonly byName = new Map<string, Operation>();
  private readonly namesInUse = new Map<string, number>();
  private readonly collections = new Map<string, unknown[]>();
  private readonly consumers = new Map<number, Operation[]>();
  private controlDeps: ControlDepContext[] = [];
  private gradientOverrides: Record<string, string>[] = [];
  /** tf.device scopes: the innermost names the device new ops record. */
  readonly deviceStack: string[] = [];
  private tensorCounter = 0;
  nameScope = '';
  finalized = false;
  /** tf.set_random_seed: graph-level seed, null when unset. */
  seed: number | null = null;
  /** Bumped by anything that changes what a cached session plan depends on. */
  get version(): number { return this.ops.length; }
  /** The while body or cond branch new ops belong to (src/engine/control/); null at top level. */
  controlFlowContext: ControlFlowContext | null = null;
  /** Free-form per-graph state owned by other modules (variable store, variable scopes, ...). */
  readonly extras = new Map<string, unknown>();

  nextTensorId(): number { return this.tensorCounter++; }

  // ---- naming ---------------------------------------------------------------------------
  uniqueName(name: string, markAsUsed = true): string {
    const full = this.nameScope ? `${this.nameScope}/${name}` : name;
    const key = full.toLowerCase();
    let i = this.namesInUse.get(key) ?? 0;
    if (markAsUsed) this.namesInUse.set(key, i + 1);
    if (i === 0) return full;
    let candidate = `${key}_${i}`;
    while (this.namesInUse.has(candidate)) { i++; candidate = `${key}_${i}`; }
    if (markAsUsed) this.namesInUse.set(candidate, 1);
    return `${full}_${i}`;
  }

  /** Open tf.name_scope(name, defaultName); returns the scope with a trailing '/' and an exit. */
  enterNameScope(name: string | null | undefined, defaultName?: string | null): { scope: string; exit: () => void } {
    const previous = this.nameScope;
    const n = name ?? defaultName ?? null;
    let next: string;
    // TF checks the name as given, trailing '/' included: at the root like an op name, nested
    // scopes may also start with '_', '-' or '/'.
    if (n && !(previous ? NESTED_SCOPE_RE : OP_NAME_RE).test(n)) throw valueError(`'${n}' is not a valid scope name`);
    if (n === null || n === '') next = '';
    else if (n.endsWith('/')) next = n.slice(0, -1);
    else next = this.uniqueName(n);
    this.nameScope = next;
    let exited = false;
    return {
      scope: next ? `${next}/` : '',
      exit: () => { if (!exited) { exited = true; this.nameScope = previous; } },
    };
  }
  withNameScope<T>(name: string | null | undefined, defaultName: string | null | undefined, fn: (scope: string) => T): T {
    const ctx = this.enterNameScope(name, defaultName);
    try { return fn(ctx.scope); } finally { ctx.exit(); }
  }
  getNameScope(): string { return this.nameScope; }

  // ---- ops ------------------------------------------------------------------------------
  createOp(type: string, inputs: Tensor[], attrs: Attrs, name: string | undefined, outputs: OutputSpec[], extraControlInputs: Operation[] = []): Operation {
    if (this.finalized) throw runtimeError('Graph is finalized and cannot be modified.');
    for (const t of inputs) {
      if (t.graph !== this) throw valueError(`${t.toString()} must be from the same graph as ${inputs[0].toString()}.`);
    }
    const opName = name && name.endsWith('/') ? name.slice(0, -1) : this.uniqueName(name ?? type, false);
    // TF validates the full node name, however it was made (Operation.__init__).
    if (!OP_NAME_RE.test(opName)) throw valueError(`'${opName}' is not a valid node name`);
    if (!(name && name.endsWith('/'))) this.uniqueName(name ?? type);
    const control = this.controlInputsFor(inputs).concat(extraControlInputs.filter(o => !inputs.some(t => t.op === o)));
    const op = new Operation(this, this.ops.length + 1, opName, type, inputs.slice(), dedupe(control), attrs);
    op.site = currentOpSite();
    for (const o of this.gradientOverrides) if (o[type]) op.gradientType = o[type];
    if (this.deviceStack.length) op.device = this.deviceStack[this.deviceStack.length - 1];
    if (this.controlFlowContext !== null) { op.controlFlowContext = this.controlFlowContext; this.controlFlowContext.addOp(op); }
    outputs.forEach((s, i) => op.outputs.push(new Tensor(op, i, s.dtype, s.shape, s.isRef ?? false)));
    this.ops.push(op);
    this.byName.set(opName, op);
    for (const t of inputs) {
      const list = this.consumers.get(t.id);
      if (list) list.push(op); else this.consumers.set(t.id, [op]);
    }
    for (const ctx of this.controlDeps) ctx.created.add(op);
    return op;
  }
  getOperations(): Operation[] { return this.ops.slice(); }
  get operationCount(): number { return this.ops.length; }
  opAt(index: number): Operation { return this.ops[index]; }
  hasOperation(name: string): boolean { return this.byName.has(name); }
  getOperationByName(name: string): Operation {
    const op = this.byName.get(name);
    if (!op) throw keyError(`The name '${name}' refers to an Operation not in the graph.`);
    return op;
  }
  getTensorByName(name: string): Tensor {
    const m = /^(.*):(\d+)$/.exec(name);
    if (!m) throw valueError(`The name '${name}' looks a like an Operation name, not a Tensor name (it must have the form "<op_name>:<output_index>").`);
    const op = this.byName.get(m[1]);
    if (!op) throw keyError(`The name '${name}' refers to a Tensor which does not exist. The operation, '${m[1]}', does not exist in the graph.`);
    const idx = Number(m[2]);
    if (idx >= op.outputs.length) throw keyError(`The name '${name}' refers to a Tensor which does not exist. The operation, '${m[1]}', exists but only has ${op.outputs.length} outputs.`);
    return op.outputs[idx];
  }
  consumersOf(t: Tensor): Operation[] { return (this.consumers.get(t.id) ?? []).slice(); }
  finalize(): void { this.finalized = true; }

  // ---- collections ----------------------------------------------------------------------
  addToCollection(key: string, value: unknown): void {
    if (this.finalized) throw runtimeError('Graph is finalized and cannot be modified.');
    this.getCollectionRef(key).push(value);
  }
  addToCollections(keys: string | string[], value: unknown): void {
    for (const k of typeof keys === 'string' ? [keys] : new Set(keys)) this.addToCollection(k, value);
  }
  getCollectionRef(key: string): unknown[] {
    let list = this.collections.get(key);
    if (!list) { list = []; this.collections.set(key, list); }
    return list;
  }
  /** A copy; with `scope`, only items whose .name matches the regex at its start (re.match). */
  getCollection(key: string, scope?: string | null): unknown[] {
    const list = this.collections.get(key) ?? [];
    if (scope == null) return list.slice();
    const re = new RegExp(`^(?:${scope})`);
    return list.filter(v => {
      const n = (v as { name?: unknown })?.name;
      return typeof n === 'string' && re.test(n);
    });
  }
  getAllCollectionKeys(): string[] { return [...this.collections.keys()]; }
  clearCollection(key: string): void { this.collections.delete(key); }

  // ---- control dependencies -------------------------------------------------------------
  /**
   * tf.control_dependencies(ops): null clears inherited dependencies and, as in TF, the control
   * flow context too (variables and slots made inside a loop body live outside it).
   */
  enterControlDependencies(ops: Operation[] | null): { exit: () => void } {
    const saved = this.controlDeps;
    const savedFlow = this.controlFlowContext;
    if (ops === null) { this.controlDeps = []; this.controlFlowContext = null; }
    const ctx: ControlDepContext = { ops, created: new Set() };
    this.controlDeps = this.controlDeps.concat([ctx]);
    let exited = false;
    return {
      exit: () => {
        if (exited) return;
        exited = true;
        this.controlDeps = ops === null ? saved : this.controlDeps.filter(c => c !== ctx);
        if (ops === null) this.controlFlowContext = savedFlow;
      },
    };
  }
  withControlDependencies<T>(ops: Operation[] | null, fn: () => T): T {
    const ctx = this.enterControlDependencies(ops);
    try { return fn(); } finally { ctx.exit(); }
  }
  private controlInputsFor(inputs: Tensor[]): Operation[] {
    const result: Operation[] = [];
    for (const ctx of this.controlDeps) {
      if (!ctx.ops) continue;
      // An op whose inputs were created inside this context already depends on it.
      if (inputs.some(t => ctx.created.has(t.op))) continue;
      for (const o of ctx.ops) if (!inputs.some(t => t.op === o)) result.push(o);
    }
    return result;
  }

  // ---- feeding and fetching ---------------------------------------------------------------
  private readonly unfeedable = new Set<Tensor>();
  private readonly unfetchable = new Set<Operation>();
  /** Graph.prevent_feeding: feeding `t` becomes TF's ValueError (`Tensor ... may not be fed.`). */
  preventFeeding(t: Tensor): void { this.unfeedable.add(t); }
  isFeedable(t: Tensor): boolean { return !this.unfeedable.has(t); }
  /** Graph.prevent_fetching: fetching the op or its outputs becomes TF's ValueError. */
  preventFetching(op: Operation): void { this.unfetchable.add(op); }
  isFetchable(x: Tensor | Operation): boolean { return !this.unfetchable.has(x instanceof Tensor ? x.op : x); }

  // ---- gradient overrides ---------------------------------------------------------------
  enterGradientOverrideMap(map: Record<string, string>): { exit: () => void } {
    this.gradientOverrides.push(map);
    return { exit: () => { const i = this.gradientOverrides.lastIndexOf(map); if (i >= 0) this.gradientOverrides.splice(i, 1); } };
  }

  /** g.as_graph_element: Tensor, Operation, or a name ("op" or "op:0"). */
  asGraphElement(obj: unknown, allowTensor = true, allowOperation = true): Tensor | Operation {
    if (obj instanceof Tensor) {
      if (!allowTensor) throw typeError_(`Can not convert a Tensor into a Operation.`);
      if (obj.graph !== this) throw valueError(`Tensor ${obj.toString()} is not an element of this graph.`);
      return obj;
    }
    if (obj instanceof Operation) {
      if (!allowOperation) throw typeError_(`Can not convert a Operation into a Tensor.`);
      if (obj.graph !== this) throw valueError(`Operation ${obj.repr()} is not an element of this graph.`);
      return obj;
    }
    if (typeof obj === 'string') {
      if (obj.includes(':')) {
        if (!allowTensor) throw valueError(`Name '${obj}' appears to refer to a Tensor, not a Operation.`);
        return this.getTensorByName(obj);
      }
      if (!allowOperation) throw valueError(`The name '${obj}' refers to an Operation, not a Tensor. Tensor names must be of the form "<op_name>:<output_index>".`);
      return this.getOperationByName(obj);
    }
    const asRef = (obj as { graphElement?: () => Tensor })?.graphElement;
    if (typeof asRef === 'function') return this.asGraphElement(asRef.call(obj), allowTensor, allowOperation);
    throw typeError_(`Can not convert a ${typeof obj} into a Tensor or Operation.`);
  }
}

function typeError_(m: string) { return new PyLikeError('TypeError', m); }
function dedupe<T>(xs: T[]): T[] { return [...new Set(xs)]; }

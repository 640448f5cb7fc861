// tf.train.Optimizer (tf1-semantics §5.1), shaped like TF1's optimizer.py:
// minimize = compute_gradients + apply_gradients. Subclasses supply slots (`createSlots`),
// hyperparameter tensors (`prepare`), the per-variable update op (`applyDense`) and,
// if they need one, `finish`.
import { Tensor } from '../graph/tensor';
import { Operation } from '../graph/operation';
import type { Graph } from '../graph/graph';
import { GraphKeys } from '../graph/graph_keys';
import { getDefaultGraph } from '../graph/default_graph';
import { Variable } from '../variables/variable';
import { convertToTensor, isConvertible, TensorLike } from '../ops/builder';
import { AssignAdd } from '../ops/state/assign';
import { Identity } from '../ops/control/identity';
import { group, tuple } from '../ops/control';
import { gradientsKeepingSlices } from '../gradients/gradients';
import { IndexedSlices } from '../graph/indexed_slices';
import { valueError, typeError, PyLikeError } from '../errors';
import { pyStrListRepr } from './python_repr';
import { createSlotVariable, SlotFill } from './slots';
import { registerTrainingApplication, trainingApplicationOf, AppliedVariable } from '../telemetry/applications';

export const GATE_NONE = 0;
export const GATE_OP = 1;
export const GATE_GRAPH = 2;

/** A (gradient, variable) pair, as compute_gradients returns it; the gradient may be None. */
export type GradAndVar = [Tensor | IndexedSlices | null, Variable];
export type GlobalStep = Variable | Tensor;

export interface ComputeGradientsOptions {
  varList?: Variable[] | null;
  gateGradients?: number;
  aggregationMethod?: number | null;
  colocateGradientsWithOps?: boolean;
  gradLoss?: TensorLike | null;
}
export interface ApplyGradientsOptions { globalStep?: GlobalStep | null; name?: string | null }
export type MinimizeOptions = ComputeGradientsOptions & ApplyGradientsOptions;

const VALID_LOSS_DTYPES = ['float16', 'bfloat16', 'float32', 'float64'];

export abstract class Optimizer {
  static readonly GATE_NONE = GATE_NONE;
  static readonly GATE_OP = GATE_OP;
  static readonly GATE_GRAPH = GATE_GRAPH;

  /** slot name ('m', 'momentum', ...) → primary variable → slot variable. */
  private readonly slots = new Map<string, Map<Variable, Variable>>();
  /** Non-slot variables (Adam's beta1_power) per graph. */
  private readonly nonSlots = new Map<Graph, Map<string, Variable>>();

  constructor(readonly useLocking: boolean, readonly name: string) {
    if (!name) throw valueError('Must specify the optimizer name');
  }

  getName(): string { return this.name; }
  /** The TF class name ("GradientDescentOptimizer"), for views and reprs. */
  abstract get typeName(): string;

  // ---- hooks -------------------------------------------------------------------------------
  protected createSlots(_varList: Variable[]): void {}
  protected prepare(): void {}
  protected abstract applyDense(grad: Tensor, v: Variable): Operation;
  /**
   * The update for a sparse gradient (an embedding's IndexedSlices). The default applies the
   * dense form (duplicate rows summed), which gives TF's numbers for optimizers whose update of a
   * row with zero gradient is a no-op or matches TF's sparse rule (Adagrad, Adam's decay of all
   * rows); GradientDescent overrides it with a ScatterSub of the touched rows. Momentum, RMSProp,
   * Adadelta and Ftrl need their SparseApply* kernels to touch only the gradient's rows.
   */
  protected applySparse(grad: IndexedSlices, v: Variable): Operation { return this.applyDense(grad.toTensor(), v); }
  /** The update is exactly `scale · grad` when this returns the scale (telemetry uses it). */
  protected updateScaleOf(_applyOp: Operation): Tensor | null { return null; }
  /** The learning-rate tensor `prepare` made (telemetry records its value). */
  protected learningRateTensor(): Tensor | null { return null; }
  protected finish(updateOps: Operation[], nameScope: string): Operation {
    return group(updateOps, nameScope);
  }

  // ---- public API --------------------------------------------------------------------------
  minimize(loss: TensorLike, opts: MinimizeOptions = {}): Operation {
    const lossT = convertToTensor(loss);
    const gv = this.computeGradients(lossT, opts);
    if (!gv.some(([g]) => g !== null)) {
      throw valueError(`No gradients provided for any variable, check your graph for ops that do not support gradients, between variables ${pyStrListRepr(gv.map(([, v]) => v.toString()))} and loss ${lossT.toString()}.`);
    }
    const trainOp = this.applyGradients(gv, { globalStep: opts.globalStep, name: opts.name });
    const app = trainingApplicationOf(trainOp);
    if (app) app.loss = lossT;
    return trainOp;
  }

  computeGradients(loss: TensorLike, opts: ComputeGradientsOptions = {}): GradAndVar[] {
    const gate = opts.gateGradients ?? GATE_OP;
    if (gate !== GATE_NONE && gate !== GATE_OP && gate !== GATE_GRAPH) {
      throw valueError(`gate_gradients must be one of: Optimizer.GATE_NONE, Optimizer.GATE_OP, Optimizer.GATE_GRAPH.  Not ${gate}`);
    }
    const lossT = convertToTensor(loss);
    const gradLoss = opts.gradLoss == null ? null : convertToTensor(opts.gradLoss);
    assertValidDtypes(gradLoss ? [lossT, gradLoss] : [lossT]);
    const g = lossT.graph;
    const varList = opts.varList != null
      ? opts.varList.flat(Infinity as 1) as Variable[]
      : [...g.getCollection(GraphKeys.TRAINABLE_VARIABLES), ...g.getCollection(GraphKeys.TRAINABLE_RESOURCE_VARIABLES)] as Variable[];
    if (!varList.length) throw valueError('No variables to optimize.');
    for (const v of varList) {
      if (!(v instanceof Variable)) throw typeError(`Argument is not a tf.Variable: ${String(v)}`);
    }
    let grads = gradientsKeepingSlices(lossT, varList, { gradYs: gradLoss ? [gradLoss] : null });
    if (gate === GATE_GRAPH) {
      const dense = tuple(grads.map(gr => (gr instanceof IndexedSlices ? gr.values : gr)));
      grads = grads.map((gr, i) => (gr instanceof IndexedSlices ? new IndexedSlices(dense[i]!, gr.indices, gr.denseShape) : dense[i]));
    }
    const pairs: GradAndVar[] = varList.map((v, i) => [grads[i], v]);
    assertValidDtypes(pairs.filter(([gr]) => gr !== null).map(([, v]) => v.ref));
    return pairs;
  }

  applyGradients(gradsAndVars: ReadonlyArray<readonly [TensorLike | IndexedSlices | null | undefined, Variable]>, opts: ApplyGradientsOptions = {}): Operation {
    if (!gradsAndVars.length) throw valueError('No variables provided.');
    const converted: GradAndVar[] = gradsAndVars.map(([grad, v]) => {
      if (grad === null || grad === undefined) return [null, v];
      if (grad instanceof IndexedSlices) return [grad, v];
      try {
        return [convertToTensor(grad), v];
      } catch (e) {
        if (e instanceof PyLikeError && e.pyType === 'TypeError') throw typeError(`Gradient must be convertible to a Tensor or IndexedSlices, or None: ${String(grad)}`);
        throw e;
      }
    });
    const withGrads = converted.filter((p): p is [Tensor | IndexedSlices, Variable] => p[0] !== null);
    if (!withGrads.length) {
      throw valueError(`No gradients provided for any variable: (${pyStrListRepr(converted.map(([, v]) => v.toString()))},).`);
    }
    const varList = withGrads.map(([, v]) => v);
    const g = varList[0].graph;
    // Slots are made outside any control-dependency context (TF's init_scope).
    g.withControlDependencies(null, () => this.createSlots(varList));

    const scope = g.enterNameScope(opts.name ?? null, this.name);
    try {
      this.prepare();
      const applied: AppliedVariable[] = [];
      const updateOps = withGrads.map(([grad, v]) => g.withNameScope(`update_${v.op.name}`, null, () => {
        const sparse = grad instanceof IndexedSlices;
        const applyOp = sparse ? this.applySparse(grad, v) : this.applyDense(grad, v);
        applied.push({ variable: v, gradient: sparse ? grad.values : grad, applyOp, updateScale: sparse ? null : this.updateScaleOf(applyOp) });
        if (!v.constraint) return applyOp;
        // TF: after the update, v.assign(constraint(v)); the value is read from the update's output.
        const constraint = v.constraint;
        return g.withControlDependencies([applyOp], () => v.assign(constraint(Identity.make1([applyOp.outputs[0]], {}, 'read'))).op);
      }));
      let trainOp: Operation;
      let globalStepRef: Tensor | null = null;
      if (opts.globalStep == null) {
        trainOp = this.finish(updateOps, scope.scope);
      } else {
        globalStepRef = opts.globalStep instanceof Variable ? opts.globalStep.ref : opts.globalStep;
        const one = convertToTensor(1, globalStepRef.dtype, 'value');
        const finished = this.finish(updateOps, 'update');
        trainOp = g.withControlDependencies([finished], () =>
          AssignAdd.make([globalStepRef!, one], { use_locking: this.useLocking }, scope.scope));
      }
      const trainOps = g.getCollectionRef(GraphKeys.TRAIN_OP);
      if (!trainOps.includes(trainOp)) trainOps.push(trainOp);
      registerTrainingApplication({
        trainOp, optimizerName: this.name, optimizerType: this.typeName, loss: null,
        learningRate: this.learningRateTensor(), globalStep: globalStepRef, variables: applied,
      });
      return trainOp;
    } finally {
      scope.exit();
    }
  }

  getSlot(v: Variable, name: string): Variable | null {
    return this.slots.get(name)?.get(v) ?? null;
  }
  getSlotNames(): string[] { return [...this.slots.keys()].sort(); }

  /** Slot and non-slot variables of the current default graph, sorted by name. */
  variables(): Variable[] {
    const g = getDefaultGraph();
    const out: Variable[] = [...(this.nonSlots.get(g)?.values() ?? [])];
    for (const perVar of this.slots.values()) for (const s of perVar.values()) if (s.graph === g) out.push(s);
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  // ---- helpers for subclasses ----------------------------------------------------------------
  /** `_zeros_slot` / `_get_or_make_slot_with_initializer`: one slot per variable, cached. */
  protected getOrMakeSlot(v: Variable, fill: SlotFill, slotName: string, opName: string = this.name): Variable {
    let perVar = this.slots.get(slotName);
    if (!perVar) { perVar = new Map(); this.slots.set(slotName, perVar); }
    let slot = perVar.get(v);
    if (!slot) { slot = createSlotVariable(v, fill, opName); perVar.set(v, slot); }
    return slot;
  }
  protected zerosSlot(v: Variable, slotName: string): Variable { return this.getOrMakeSlot(v, 0, slotName); }
  protected slotOf(v: Variable, slotName: string): Variable {
    const s = this.getSlot(v, slotName);
    if (!s) throw new Error(`internal: no slot ${slotName} for ${v.name}`);
    return s;
  }

  /** `_create_non_slot_variable`: created once per graph, in the current name scope. */
  protected createNonSlotVariable(initialValue: number | Tensor, name: string, colocateWith: Variable): Variable {
    const g = colocateWith.graph;
    let perGraph = this.nonSlots.get(g);
    if (!perGraph) { perGraph = new Map(); this.nonSlots.set(g, perGraph); }
    let v = perGraph.get(name);
    if (!v) {
      v = new Variable(initialValue, { name, trainable: false });
      perGraph.set(name, v);
    }
    return v;
  }
  protected getNonSlotVariable(name: string, g: Graph): Variable | null {
    return this.nonSlots.get(g)?.get(name) ?? null;
  }
}

/** TF's `_assert_valid_dtypes` for the loss and the variables. */
function assertValidDtypes(tensors: Tensor[]): void {
  for (const t of tensors) {
    if (!VALID_LOSS_DTYPES.includes(t.dtype)) {
      throw valueError(`Invalid type tf.${t.dtype} for ${t.name}, expected: [${VALID_LOSS_DTYPES.map(d => `tf.${d}`).join(', ')}].`);
    }
  }
}

export { isConvertible };

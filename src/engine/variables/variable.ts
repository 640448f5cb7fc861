// tf.Variable, the classic ref variable (tf1-semantics §1.6): a VariableV2 op named after its
// scope, an Assign initializer `<name>/Assign`, and the `<name>/read` snapshot consumers use.
import { Tensor } from '../graph/tensor';
import { Operation } from '../graph/operation';
import { GraphKeys } from '../graph/graph_keys';
import { getDefaultGraph } from '../graph/default_graph';
import { convertToTensor, TensorLike, TensorConvertible } from '../ops/builder';
import { VariableV2 } from '../ops/state/variable_v2';
import { Assign, assign, assignAdd, assignSub } from '../ops/state/assign';
import { isVariableInitialized } from '../ops/state/is_initialized';
import { Identity } from '../ops/control/identity';
import { Merge, RefSwitch, Switch } from '../ops/control/cond';
import { formatShapePy, isFullyDefined, StaticShape } from '../shape';
import { valueError } from '../errors';
import type { DType } from '../dtypes';
import type { Session } from '../session/session';
import { evalTensor } from '../session/session';
import type { FeedDict } from '../session/feeds';

export interface VariableOptions {
  trainable?: boolean;
  collections?: string[] | null;
  validateShape?: boolean;
  name?: string | null;
  dtype?: DType | null;
  /** The variable's static shape; default: the initial value's (unknown when validateShape is false). */
  shape?: StaticShape | null;
  /**
   * Applied after each optimizer update: `v.assign(constraint(value))` (a projection such as
   * max-norm). It gets the updated value as a Tensor read after the update, so it never sees
   * the value from before the step.
   */
  constraint?: ((value: Tensor) => TensorLike) | null;
}

export class Variable implements TensorConvertible {
  readonly op: Operation;
  readonly ref: Tensor;
  /** Replaced by init_from_checkpoint (TF sets `_initializer_op` and `_initial_value` the same way). */
  initializer: Operation;
  initialValue: Tensor;
  readonly snapshot: Tensor;
  readonly trainable: boolean;
  readonly constraint: ((value: Tensor) => TensorLike) | null;

  constructor(initialValue: TensorLike | (() => TensorLike), opts: VariableOptions = {}) {
    if (initialValue === undefined || initialValue === null) throw valueError('initial_value must be specified.');
    const trainable = opts.trainable ?? true;
    const collections = (opts.collections ?? [GraphKeys.GLOBAL_VARIABLES]).slice();
    if (trainable && !collections.includes(GraphKeys.TRAINABLE_VARIABLES)) collections.push(GraphKeys.TRAINABLE_VARIABLES);
    const g = initialValue instanceof Tensor ? initialValue.graph : getDefaultGraph();
    // TF's init_scope: a variable made inside a while body or cond branch lives outside it.
    const outside = g.enterControlDependencies(null);
    const scope = g.enterNameScope(opts.name ?? null, 'Variable');
    try {
      const scopeName = scope.scope.slice(0, -1);
      let init: Tensor;
      if (typeof initialValue === 'function') {
        init = g.withNameScope('Initializer', null, () => convertToTensor(initialValue(), opts.dtype ?? null, 'initial_value'));
      } else {
        init = convertToTensor(initialValue, opts.dtype ?? null, 'initial_value');
      }
      const validate = opts.validateShape ?? true;
      if (validate && !isFullyDefined(init.shape)) throw valueError(`initial_value must have a shape specified: ${init.toString()}`);
      // Ops made here must not pick up control dependencies of an enclosing context.
      const shape = opts.shape ?? (validate ? init.shape : null);
      const varOp = g.withControlDependencies(null, () =>
        VariableV2.make([], { dtype: init.dtype, shape }, scope.scope));
      this.op = varOp;
      this.ref = varOp.outputs[0];
      this.initialValue = init;
      this.initializer = Assign.make([this.ref, init], { validate_shape: validate, use_locking: true }, 'Assign');
      this.snapshot = g.withControlDependencies(null, () => Identity.make1([this.ref], {}, 'read'));
      this.trainable = trainable;
      this.constraint = opts.constraint ?? null;
      void scopeName;
    } finally {
      scope.exit();
      outside.exit();
    }
    g.addToCollections(collections, this);
    registerVariable(this);
  }

  /**
   * A Variable over ops that already exist in the graph (import_meta_graph's VariableDefs). A
   * missing snapshot or initial value is taken from the graph: Identity of the ref, the
   * initializer's value input.
   */
  static adopt(parts: { variableOp: Operation; initializer: Operation; snapshot: Tensor | null; initialValue: Tensor | null; trainable: boolean }): Variable {
    const v = Object.create(Variable.prototype) as { -readonly [K in keyof Variable]: Variable[K] };
    v.op = parts.variableOp;
    v.ref = parts.variableOp.outputs[0];
    v.initializer = parts.initializer;
    v.initialValue = parts.initialValue ?? parts.initializer.inputs[1];
    v.snapshot = parts.snapshot ?? v.op.graph.withControlDependencies(null, () => Identity.make1([v.ref], {}, `${v.op.name}/read`));
    v.trainable = parts.trainable;
    v.constraint = null;
    registerVariable(v as Variable);
    return v as Variable;
  }

  get name(): string { return this.ref.name; }
  get graph() { return this.op.graph; }
  get dtype(): DType { return this.ref.dtype; }
  get dtypeName(): string { return `${this.ref.dtype}_ref`; }
  get shape() { return this.ref.shape; }
  getShape() { return this.ref.getShape(); }
  value(): Tensor { return this.snapshot; }
  toTensor(asRef = false): Tensor { return asRef ? this.ref : this.snapshot; }
  graphElement(): Tensor { return this.ref; }
  /** A new `read` Identity of the variable (uniquified in the current name scope). */
  readValue(): Tensor { return Identity.make1([this.ref], {}, 'read'); }
  /** Ops named as TF's state_ops name them: `Assign`, `AssignAdd`, `AssignSub` in the current scope. */
  assign(value: TensorLike, name?: string | null, useLocking = false): Tensor {
    return assign(this, convertToTensor(value, this.dtype), { validateShape: true, useLocking, name });
  }
  assignAdd(value: TensorLike, name?: string | null, useLocking = false): Tensor {
    return assignAdd(this, convertToTensor(value, this.dtype), { useLocking, name });
  }
  assignSub(value: TensorLike, name?: string | null, useLocking = false): Tensor {
    return assignSub(this, convertToTensor(value, this.dtype), { useLocking, name });
  }
  /**
   * The value if the variable is initialized, else its initial value: TF's
   * `cond(is_variable_initialized(v), v.read_value, lambda: v.initial_value)`, built outside any
   * control-dependency context. So `tf.Variable(w.initialized_value() * 2)` initializes in any order.
   */
  initializedValue(): Tensor {
    // TF's init_scope: no enclosing control dependencies; the name scope stays.
    return this.graph.withControlDependencies(null, () => {
      const pred = isVariableInitialized(this);
      return this.graph.withNameScope(null, 'cond', () => {
        const [pFalse, pTrue] = Switch.make([pred, pred], {}, 'Switch').outputs;
        Identity.make1([pTrue], {}, 'switch_t');
        Identity.make1([pFalse], {}, 'switch_f');
        const predId = Identity.make1([pred], {}, 'pred_id');
        const read = this.graph.withNameScope('read', null, scope => {
          const refTrue = RefSwitch.make([this.ref, predId], {}, 'Switch').outputs[1];
          return Identity.make1([refTrue], {}, scope);
        });
        const initial = Switch.make([this.initialValue, predId], {}, 'Switch_1').outputs[0];
        return Merge.make([initial, read], {}, 'Merge').outputs[0];
      });
    });
  }
  eval(session?: Session | null, feedDict?: FeedDict) { return evalTensor(this.ref, feedDict, session); }
  toString(): string { return this.repr(); }
  repr(): string { return `<tf.Variable '${this.name}' shape=${formatShapePy(this.shape)} dtype=${this.dtypeName}>`; }
}

/** Map from VariableV2 op to its Variable, per graph (views and optimizers look it up). */
function registry(g: import('../graph/graph').Graph): Map<Operation, Variable> {
  let m = g.extras.get('variables') as Map<Operation, Variable> | undefined;
  if (!m) { m = new Map(); g.extras.set('variables', m); }
  return m;
}
function registerVariable(v: Variable): void { registry(v.graph).set(v.op, v); }
export function variableForOp(op: Operation): Variable | undefined { return registry(op.graph).get(op); }

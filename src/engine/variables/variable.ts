// tf.Variable, the classic ref variable (tf1-semantics §1.6): a VariableV2 op named after its
// scope, an Assign initializer `<name>/Assign`, and the `<name>/read` snapshot consumers use.
import { Tensor } from '../graph/tensor';
import { Operation } from '../graph/operation';
import { GraphKeys } from '../graph/graph_keys';
import { getDefaultGraph } from '../graph/default_graph';
import { convertToTensor, makeOp, makeOp1, TensorLike, TensorConvertible } from '../ops/builder';
import { formatShapePy, isFullyDefined } from '../shape';
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
}

export class Variable implements TensorConvertible {
  readonly op: Operation;
  readonly ref: Tensor;
  readonly initializer: Operation;
  readonly initialValue: Tensor;
  readonly snapshot: Tensor;
  readonly trainable: boolean;

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
      const varOp = g.withControlDependencies(null, () =>
        makeOp('VariableV2', [], { dtype: init.dtype, shape: init.shape, container: '', shared_name: '' }, scope.scope));
      this.op = varOp;
      this.ref = varOp.outputs[0];
      this.initialValue = init;
      this.initializer = makeOp('Assign', [this.ref, init], { validate_shape: validate, use_locking: true }, 'Assign');
      this.snapshot = g.withControlDependencies(null, () => makeOp1('Identity', [this.ref], {}, 'read'));
      this.trainable = trainable;
      void scopeName;
    } finally {
      scope.exit();
      outside.exit();
    }
    g.addToCollections(collections, this);
    registerVariable(this);
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
  readValue(): Tensor { return makeOp1('Identity', [this.ref], {}, `${this.op.name}/read`); }
  assign(value: TensorLike, name?: string): Tensor {
    return makeOp1('Assign', [this.ref, convertToTensor(value, this.dtype)], { validate_shape: true, use_locking: false }, name ?? `${this.op.name}/Assign`);
  }
  assignAdd(value: TensorLike, name?: string): Tensor {
    return makeOp1('AssignAdd', [this.ref, convertToTensor(value, this.dtype)], { use_locking: false }, name ?? `${this.op.name}/AssignAdd`);
  }
  assignSub(value: TensorLike, name?: string): Tensor {
    return makeOp1('AssignSub', [this.ref, convertToTensor(value, this.dtype)], { use_locking: false }, name ?? `${this.op.name}/AssignSub`);
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

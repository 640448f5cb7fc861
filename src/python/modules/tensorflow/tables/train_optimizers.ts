// tf.train optimizers as Python classes over the engine's optimizers: each constructor bound from
// TF 1.15's signature, and the methods of tf.train.Optimizer (minimize, compute_gradients,
// apply_gradients, get_slot, ...) from one method table. tf1-semantics §5.
import type { PyValue } from '../../../objects/core';
import { PyFloat } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import type { PyModule } from '../../../objects/callables';
import type { PyClass } from '../../../objects/pyclass';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import type { ParamSpec, Signature } from '../../../../engine';
import { constructorOf, isCallable, method, MethodTable, toTensorLike } from '../../../bind';
import { typeError } from '../../../exceptions';
import { callValue } from '../../../runtime/call';
import { typeOf } from '../../../runtime/type-name';
import { toArray } from '../../../runtime/iteration';
import { PyIndexedSlices } from '../indexed_slices_object';
import { isEngineBacked } from '../convert';
import { wrap } from '../wrappers';

/** A learning rate (or other tensor-able hyperparameter): a number, a Tensor/Variable, or a callable returning one. */
export function hyperparameter(v: PyValue): tf.train.Hyperparameter {
  if (typeof v === 'number' || typeof v === 'boolean') return Number(v);
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'bigint') return Number(v);
  if (isEngineBacked(v)) return v.engineValue() as tf.Tensor | tf.Variable;
  if (isCallable(v)) return () => {
    const r = hyperparameter(callValue(v, [], null));
    return typeof r === 'function' ? (r as () => number | tf.Tensor)() : r as number | tf.Tensor;
  };
  throw typeError(`Expected a number, a Tensor or a callable for a hyperparameter, got ${typeOf(v).name}`);
}

export class PyOptimizer extends HostObject {
  constructor(readonly optimizer: tf.train.Optimizer) { super(); }
  override get pyTypeName() { return this.optimizer.typeName; }
  override get type() { return hostClass(this.optimizer.typeName, 'tensorflow.train'); }
  override repr(): string { return `<tensorflow.python.training.${this.optimizer.typeName} object>`; }
  getattr(name: string): PyValue | undefined {
    if (name === 'GATE_NONE') return tf.train.GATE_NONE;
    if (name === 'GATE_OP') return tf.train.GATE_OP;
    if (name === 'GATE_GRAPH') return tf.train.GATE_GRAPH;
    return OPTIMIZER_METHODS.get(this, name);
  }
}

const variableList = (v: PyValue, fn: string): tf.Variable[] => {
  if (!(v instanceof PyList || v instanceof PyTuple)) throw typeError(`${fn}() argument 'var_list' must be a list of variables`);
  return v.items.map(x => {
    const e = isEngineBacked(x) ? x.engineValue() : null;
    if (!(e instanceof tf.Variable)) throw typeError(`Argument is not a tf.Variable: ${typeOf(x).name}`);
    return e;
  });
};
const globalStepOf = (v: PyValue): tf.train.GlobalStep | null => {
  if (v === null) return null;
  const e = isEngineBacked(v) ? v.engineValue() : null;
  if (!(e instanceof tf.Variable) && !(e instanceof tf.Tensor)) throw typeError(`global_step must be a Variable or Tensor, got ${typeOf(v).name}`);
  return e;
};

const GATE: ParamSpec = { name: 'gate_gradients', default: 1, type: 'int', doc: 'GATE_NONE (0), GATE_OP (1) or GATE_GRAPH (2)' };
const AGGREGATION: ParamSpec = { name: 'aggregation_method', default: null, doc: 'how gradient terms are summed; every method gives the same sums here' };
const COLOCATE: ParamSpec = { name: 'colocate_gradients_with_ops', default: false, type: 'flag', doc: 'a device placement hint (one CPU device)' };
const GRAD_LOSS: ParamSpec = { name: 'grad_loss', default: null, type: 'tensor' };

export const OPTIMIZER_METHODS = new MethodTable<PyOptimizer>([
  method({
    name: 'tf.train.Optimizer.minimize', doc: 'Add operations to minimize `loss` by updating `var_list` (compute_gradients + apply_gradients).',
    params: [{ name: 'loss', type: 'tensor' }, { name: 'global_step', default: null }, { name: 'var_list', default: null }, GATE, AGGREGATION, COLOCATE,
      { name: 'name', default: null, type: 'name' }, GRAD_LOSS],
  }, (self: PyOptimizer, a) => wrap(self.optimizer.minimize(a.loss as tf.TensorLike, {
    globalStep: globalStepOf(a.global_step as PyValue), varList: a.var_list === null ? null : variableList(a.var_list as PyValue, 'minimize'),
    gateGradients: a.gate_gradients as number, name: a.name, gradLoss: a.grad_loss as tf.TensorLike | null,
  }))),
  method({
    name: 'tf.train.Optimizer.compute_gradients', doc: 'Compute gradients of `loss` for the variables in `var_list`: a list of (gradient, variable) pairs.',
    params: [{ name: 'loss', type: 'tensor' }, { name: 'var_list', default: null }, GATE, AGGREGATION, COLOCATE, GRAD_LOSS],
  }, (self: PyOptimizer, a) => {
    const pairs = self.optimizer.computeGradients(a.loss as tf.TensorLike, {
      varList: a.var_list === null ? null : variableList(a.var_list as PyValue, 'compute_gradients'), gateGradients: a.gate_gradients as number,
      gradLoss: a.grad_loss as tf.TensorLike | null,
    });
    return new PyList(pairs.map(([g, v]) => new PyTuple([g ? wrap(g) : null, wrap(v)])));
  }),
  method({
    name: 'tf.train.Optimizer.apply_gradients', doc: 'Apply gradients to variables: the training op.',
    params: [{ name: 'grads_and_vars' }, { name: 'global_step', default: null }, { name: 'name', default: null, type: 'name' }],
  }, (self: PyOptimizer, a) => {
    // Any iterable of pairs: `apply_gradients(zip(grads, tvars))` passes a zip iterator.
    const pairs = iterableItems(a.grads_and_vars as PyValue, 'apply_gradients() argument \'grads_and_vars\' must be an iterable of (gradient, variable) pairs').map(p => {
      if (!(p instanceof PyList || p instanceof PyTuple) || p.items.length !== 2) throw typeError(`Expected (gradient, variable) pairs, got ${typeOf(p).name}`);
      const [g, v] = p.items;
      const variable = isEngineBacked(v) ? v.engineValue() : null;
      if (!(variable instanceof tf.Variable)) throw typeError(`Argument is not a tf.Variable: ${typeOf(v).name}`);
      // An embedding's IndexedSlices gradient stays sparse: the optimizer touches only its rows.
      const grad = g === null ? null : g instanceof PyIndexedSlices ? g.slices : toTensorLike(g);
      return [grad, variable] as const;
    });
    return wrap(self.optimizer.applyGradients(pairs, { globalStep: globalStepOf(a.global_step as PyValue), name: a.name }));
  }),
  method({
    name: 'tf.train.Optimizer.get_slot', doc: 'The slot variable named `name` for `var`, or None.',
    params: [{ name: 'var' }, { name: 'name', type: 'str' }],
  }, (self: PyOptimizer, a) => {
    const v = isEngineBacked(a.var as PyValue) ? (a.var as unknown as { engineValue(): unknown }).engineValue() : null;
    if (!(v instanceof tf.Variable)) return null;
    const s = self.optimizer.getSlot(v, a.name);
    return s ? wrap(s) : null;
  }),
  method({ name: 'tf.train.Optimizer.get_slot_names', doc: 'The names of the slots this optimizer creates, sorted.', params: [] },
    (self: PyOptimizer) => new PyList(self.optimizer.getSlotNames())),
  method({ name: 'tf.train.Optimizer.variables', doc: 'The slot and non-slot variables this optimizer made in the default graph.', params: [] },
    (self: PyOptimizer) => new PyList(self.optimizer.variables().map(v => wrap(v)))),
  method({ name: 'tf.train.Optimizer.get_name', doc: 'The optimizer\'s name.', params: [] }, (self: PyOptimizer) => self.optimizer.getName()),
]);

type EngineOptimizer = new (options: never) => tf.train.Optimizer;

interface OptimizerRow { name: string; engine: EngineOptimizer; params: ParamSpec[]; doc: string }

const LR: ParamSpec = { name: 'learning_rate', doc: 'a number, a Tensor (re-read on every run) or a callable' };
const USE_LOCKING: ParamSpec = { name: 'use_locking', default: false, type: 'bool', doc: 'a hint for concurrent updates; Gradbook runs ops one at a time' };
const hyper = (name: string, dflt: number): ParamSpec => ({ name, default: { float: dflt } });
const float = (name: string, dflt: number): ParamSpec => ({ name, default: { float: dflt }, type: 'float' });
const nameParam = (dflt: string): ParamSpec => ({ name: 'name', default: dflt, type: 'name' });

/** Hyperparameters given as numbers, tensors or callables; other params by their converter. */
const HYPERPARAMETERS = new Set(['learning_rate', 'momentum', 'beta1', 'beta2', 'epsilon', 'decay', 'rho']);

const T = tf.train as unknown as Record<string, EngineOptimizer>;
const ROWS: OptimizerRow[] = [
  { name: 'GradientDescentOptimizer', engine: T.GradientDescentOptimizer, doc: 'Optimizer that implements the gradient descent algorithm.',
    params: [LR, USE_LOCKING, nameParam('GradientDescent')] },
  { name: 'MomentumOptimizer', engine: T.MomentumOptimizer, doc: 'Optimizer that implements the Momentum algorithm.',
    params: [LR, { name: 'momentum' }, USE_LOCKING, nameParam('Momentum'), { name: 'use_nesterov', default: false, type: 'bool' }] },
  { name: 'AdamOptimizer', engine: T.AdamOptimizer, doc: 'Optimizer that implements the Adam algorithm.',
    params: [{ ...LR, default: { float: 0.001 } }, hyper('beta1', 0.9), hyper('beta2', 0.999), hyper('epsilon', 1e-8), USE_LOCKING, nameParam('Adam')] },
  { name: 'AdagradOptimizer', engine: T.AdagradOptimizer, doc: 'Optimizer that implements the Adagrad algorithm.',
    params: [LR, float('initial_accumulator_value', 0.1), USE_LOCKING, nameParam('Adagrad')] },
  { name: 'RMSPropOptimizer', engine: T.RMSPropOptimizer, doc: 'Optimizer that implements the RMSProp algorithm.',
    params: [LR, hyper('decay', 0.9), hyper('momentum', 0.0), hyper('epsilon', 1e-10), USE_LOCKING, { name: 'centered', default: false, type: 'bool' }, nameParam('RMSProp')] },
  { name: 'AdadeltaOptimizer', engine: T.AdadeltaOptimizer, doc: 'Optimizer that implements the Adadelta algorithm.',
    params: [{ ...LR, default: { float: 0.001 } }, hyper('rho', 0.95), hyper('epsilon', 1e-8), USE_LOCKING, nameParam('Adadelta')] },
  { name: 'FtrlOptimizer', engine: T.FtrlOptimizer, doc: 'Optimizer that implements the FTRL algorithm.',
    params: [LR, float('learning_rate_power', -0.5), float('initial_accumulator_value', 0.1), float('l1_regularization_strength', 0.0),
      float('l2_regularization_strength', 0.0), USE_LOCKING, nameParam('Ftrl'), { name: 'accum_name', default: null, type: 'str' },
      { name: 'linear_name', default: null, type: 'str' }, float('l2_shrinkage_regularization_strength', 0.0)] },
  { name: 'ProximalGradientDescentOptimizer', engine: T.ProximalGradientDescentOptimizer, doc: 'Optimizer that implements the proximal gradient descent algorithm.',
    params: [LR, float('l1_regularization_strength', 0.0), float('l2_regularization_strength', 0.0), USE_LOCKING, nameParam('ProximalGradientDescent')] },
  { name: 'ProximalAdagradOptimizer', engine: T.ProximalAdagradOptimizer, doc: 'Optimizer that implements the Proximal Adagrad algorithm.',
    params: [LR, float('initial_accumulator_value', 0.1), float('l1_regularization_strength', 0.0), float('l2_regularization_strength', 0.0), USE_LOCKING, nameParam('ProximalAdagrad')] },
];

const OPTIMIZER_CONSTRUCTORS = ROWS.map(row => {
  const signature: Signature = { name: `tf.train.${row.name}`, doc: row.doc, params: row.params };
  return {
    row,
    ctor: constructorOf(signature, (a: Record<string, unknown>) => {
      const options: Record<string, unknown> = {};
      for (const p of row.params) {
        const v = a[p.name];
        // name=None is TF's "Must specify the optimizer name" (the engine raises it for '').
        if (v === null && p.name === 'name') options.name = '';
        if (v === null || v === undefined) continue;
        options[tf.train.camelCase(p.name)] = HYPERPARAMETERS.has(p.name) ? hyperparameter(v as PyValue) : v;
      }
      return new PyOptimizer(new row.engine(options as never));
    }),
  };
});

/** tf.train.Optimizer and its subclasses, as classes of `train` (isinstance works). */
export function installOptimizers(train: PyModule): void {
  const base: PyClass = hostClass('Optimizer', 'tensorflow.train');
  for (const [k, v] of [['GATE_NONE', tf.train.GATE_NONE], ['GATE_OP', tf.train.GATE_OP], ['GATE_GRAPH', tf.train.GATE_GRAPH]] as const) base.dict.set(k, v);
  train.set('Optimizer', base);
  for (const { row, ctor } of OPTIMIZER_CONSTRUCTORS) {
    const cls = hostClass(row.name, 'tensorflow.train', base);
    cls.nativeNew = (_c, args, kw) => ctor.construct(args, kw);
    train.set(row.name, cls);
  }
}

/** Signatures for docs/API.md. */
export const OPTIMIZER_SIGNATURES: readonly Signature[] = [
  ...OPTIMIZER_CONSTRUCTORS.map(c => c.ctor.signature),
  ...OPTIMIZER_METHODS.entries.map(e => e.signature),
];

/** The items of any Python iterable (list, tuple, zip, generator), or TypeError with `message`. */
function iterableItems(v: PyValue, message: string): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  try { return [...toArray(v)]; } catch { throw typeError(message); }
}

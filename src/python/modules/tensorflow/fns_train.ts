// tf.train: optimizers as Python classes over the engine's optimizers, schedules, global step.
import type { PyValue, Kwargs } from '../../objects/core';
import { PyModule, PyBuiltin } from '../../objects/callables';
import { PyList, PyTuple } from '../../objects/containers';
import { HostObject, hostClass } from '../../host';
import * as tf from '../../../engine';
import { Variable } from '../../../engine/variables/variable';
import { Tensor } from '../../../engine/graph/tensor';
import { defFn, arg, out, listItems } from './define';
import { bindArgs } from './args';
import { toEngine } from './convert';
import { wrap } from './wrappers';
import { PyFloat } from '../../objects/core';
import { sessionArg } from './feeds';
import { PyIndexedSlices } from './indexed_slices_object';

type OptimizerCtor = (new (arg: never) => tf.train.Optimizer) & { pythonArgs: readonly string[] };

const method = (name: string, fn: (args: PyValue[], kw: Kwargs) => PyValue) => new PyBuiltin(name, fn);
const optVar = (v: PyValue): Variable | Tensor | null => (v === null ? null : (toEngine(v) as Variable | Tensor));
const varList = (v: PyValue): Variable[] | null => (v === null ? null : listItems(v).map(x => toEngine(x) as Variable));

export class PyOptimizer extends HostObject {
  constructor(readonly optimizer: tf.train.Optimizer) { super(); }
  get pyTypeName() { return this.optimizer.typeName; }
  get type() { return hostClass(this.optimizer.typeName, 'tensorflow.train'); }
  repr(): string { return `<tensorflow.python.training.${this.optimizer.typeName} object>`; }
  getattr(name: string): PyValue | undefined {
    const o = this.optimizer;
    switch (name) {
      case 'minimize': return method('minimize', (args, kw) => {
        const a = bindArgs('minimize', ['loss', 'global_step=', 'var_list=', 'gate_gradients=', 'aggregation_method=', 'colocate_gradients_with_ops=', 'name=', 'grad_loss='], args, kw);
        return wrap(o.minimize(toEngine(a.loss), { globalStep: optVar(a.global_step), varList: varList(a.var_list), name: arg.name(a.name) ?? null, gradLoss: a.grad_loss === null ? null : toEngine(a.grad_loss) }));
      });
      case 'compute_gradients': return method('compute_gradients', (args, kw) => {
        const a = bindArgs('compute_gradients', ['loss', 'var_list=', 'gate_gradients=', 'aggregation_method=', 'colocate_gradients_with_ops=', 'grad_loss='], args, kw);
        const pairs = o.computeGradients(toEngine(a.loss), { varList: varList(a.var_list), gradLoss: a.grad_loss === null ? null : toEngine(a.grad_loss) });
        return new PyList(pairs.map(([g, v]) => new PyTuple([g ? wrap(g) : null, wrap(v)])));
      });
      case 'apply_gradients': return method('apply_gradients', (args, kw) => {
        const a = bindArgs('apply_gradients', ['grads_and_vars', 'global_step=', 'name='], args, kw);
        const pairs = listItems(a.grads_and_vars).map(p => {
          const [g, v] = listItems(p);
          const grad = g === null ? null : g instanceof PyIndexedSlices ? g.slices : (tf.convertToTensor(toEngine(g)) as Tensor);
          return [grad, toEngine(v) as Variable] as tf.train.GradAndVar;
        });
        return wrap(o.applyGradients(pairs, { globalStep: optVar(a.global_step), name: arg.name(a.name) ?? null }));
      });
      case 'get_slot': return method('get_slot', (args, kw) => { const a = bindArgs('get_slot', ['var', 'name'], args, kw); const s = o.getSlot(toEngine(a.var) as Variable, String(a.name)); return s ? wrap(s) : null; });
      case 'get_slot_names': return method('get_slot_names', () => new PyList(o.getSlotNames()));
      case 'variables': return method('variables', () => new PyList(o.variables().map(v => wrap(v))));
      case 'get_name': return method('get_name', () => o.getName());
    }
    return undefined;
  }
}

/** A Python argument value as what the engine's optimizer options take. */
function optionValue(v: PyValue): unknown {
  if (v === null) return undefined;
  if (typeof v === 'number' || v instanceof PyFloat) return arg.num(v);
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  return toEngine(v);
}

function defineOptimizer(train: PyModule, pyName: string, ctor: OptimizerCtor): void {
  const cls = hostClass(pyName, 'tensorflow.train');
  cls.nativeNew = (_c, args, kw) => {
    const a = bindArgs(pyName, ctor.pythonArgs.map(n => `${n}=`), args, kw);
    const opts: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(a)) { const ov = optionValue(v); if (ov !== undefined) opts[tf.train.camelCase(k)] = ov; }
    return new PyOptimizer(new ctor(opts as never));
  };
  train.set(pyName, cls);
}

export function defineTrain(train: PyModule): void {
  const T = tf.train as unknown as Record<string, OptimizerCtor>;
  for (const name of ['GradientDescentOptimizer', 'MomentumOptimizer', 'AdamOptimizer', 'AdagradOptimizer', 'RMSPropOptimizer', 'AdadeltaOptimizer', 'FtrlOptimizer', 'ProximalGradientDescentOptimizer', 'ProximalAdagradOptimizer']) {
    defineOptimizer(train, name, T[name]);
  }
  train.set('Optimizer', hostClass('Optimizer', 'tensorflow.train'));
  const scalar = (v: PyValue) => (v === null ? undefined : typeof v === 'number' || v instanceof PyFloat ? arg.num(v) : toEngine(v));
  defFn(train, 'exponential_decay', ['learning_rate', 'global_step', 'decay_steps', 'decay_rate', 'staircase=', 'name='], a => out(tf.train.exponentialDecay(scalar(a.learning_rate) as never, scalar(a.global_step) as never, scalar(a.decay_steps) as never, scalar(a.decay_rate) as never, arg.bool(a.staircase), arg.name(a.name))));
  defFn(train, 'natural_exp_decay', ['learning_rate', 'global_step', 'decay_steps', 'decay_rate', 'staircase=', 'name='], a => out(tf.train.naturalExpDecay(scalar(a.learning_rate) as never, scalar(a.global_step) as never, scalar(a.decay_steps) as never, scalar(a.decay_rate) as never, arg.bool(a.staircase), arg.name(a.name))));
  defFn(train, 'inverse_time_decay', ['learning_rate', 'global_step', 'decay_steps', 'decay_rate', 'staircase=', 'name='], a => out(tf.train.inverseTimeDecay(scalar(a.learning_rate) as never, scalar(a.global_step) as never, scalar(a.decay_steps) as never, scalar(a.decay_rate) as never, arg.bool(a.staircase), arg.name(a.name))));
  defFn(train, 'polynomial_decay', ['learning_rate', 'global_step', 'decay_steps', 'end_learning_rate=', 'power=', 'cycle=', 'name='], a => out(tf.train.polynomialDecay(scalar(a.learning_rate) as never, scalar(a.global_step) as never, scalar(a.decay_steps) as never, (scalar(a.end_learning_rate) ?? 0.0001) as never, (scalar(a.power) ?? 1) as never, arg.bool(a.cycle), arg.name(a.name))));
  defFn(train, 'cosine_decay', ['learning_rate', 'global_step', 'decay_steps', 'alpha=', 'name='], a => out(tf.train.cosineDecay(scalar(a.learning_rate) as never, scalar(a.global_step) as never, scalar(a.decay_steps) as never, (scalar(a.alpha) ?? 0) as never, arg.name(a.name))));
  defFn(train, 'piecewise_constant', ['x', 'boundaries', 'values', 'name='], a => out(tf.train.piecewiseConstant(scalar(a.x) as never, listItems(a.boundaries).map(scalar) as never, listItems(a.values).map(scalar) as never, arg.name(a.name))));
  defFn(train, 'get_global_step', ['graph='], () => out(tf.train.getGlobalStep()));
  defFn(train, 'create_global_step', ['graph='], () => out(tf.train.createGlobalStep()));
  defFn(train, 'get_or_create_global_step', ['graph='], () => out(tf.train.getOrCreateGlobalStep()));
  defFn(train, 'global_step', ['sess', 'global_step_tensor'], a => tf.train.globalStep(sessionArg(a.sess)!, toEngine(a.global_step_tensor) as Variable));
}

/** tf.train.Saver over the engine's in-memory checkpoints (cells cannot write files). */
class PySaver extends HostObject {
  constructor(readonly saver: tf.train.Saver) { super(); }
  get pyTypeName() { return 'Saver'; }
  getattr(name: string): PyValue | undefined {
    const s = this.saver;
    switch (name) {
      case 'save': return method('save', (args, kw) => {
        const a = bindArgs('save', ['sess', 'save_path', 'global_step=', 'latest_filename=', 'meta_graph_suffix=', 'write_meta_graph=', 'write_state='], args, kw);
        const step = a.global_step === null ? null : typeof a.global_step === 'number' ? a.global_step : tf.train.globalStep(sessionArg(a.sess)!, toEngine(a.global_step) as Variable);
        return s.save(sessionArg(a.sess)!, String(a.save_path), step);
      });
      case 'restore': return method('restore', (args, kw) => {
        const a = bindArgs('restore', ['sess', 'save_path'], args, kw);
        s.restore(sessionArg(a.sess)!, a.save_path === null ? null : String(a.save_path));
        return null;
      });
      case 'last_checkpoints': return new PyList(s.lastCheckpoints);
    }
    return undefined;
  }
}

export function defineSaver(train: PyModule): void {
  const cls = hostClass('Saver', 'tensorflow.train');
  cls.nativeNew = (_c, args, kw) => {
    const a = bindArgs('Saver', ['var_list=', 'reshape=', 'sharded=', 'max_to_keep=', 'keep_checkpoint_every_n_hours=', 'name=', 'restore_sequentially=', 'saver_def=', 'builder=', 'defer_build=', 'allow_empty=', 'write_version=', 'pad_step_number=', 'save_relative_paths=', 'filename='], args, kw);
    let vars: Variable[] | Record<string, Variable> | null = null;
    if (a.var_list !== null) {
      const d = a.var_list as unknown as { keys?: () => PyValue[]; get?: (k: PyValue) => PyValue };
      vars = typeof d.keys === 'function' && typeof d.get === 'function'
        ? Object.fromEntries(d.keys().map(k => [String(k), toEngine(d.get!(k)!) as Variable]))
        : listItems(a.var_list).map(v => toEngine(v) as Variable);
    }
    return new PySaver(new tf.train.Saver(vars, { maxToKeep: a.max_to_keep === null ? 5 : arg.num(a.max_to_keep) }));
  };
  train.set('Saver', cls);
  defFn(train, 'latest_checkpoint', ['checkpoint_dir', 'latest_filename='], a => tf.train.latestCheckpoint(String(a.checkpoint_dir)));
}

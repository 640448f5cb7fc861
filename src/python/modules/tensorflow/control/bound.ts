// tf.while_loop, tf.cond, tf.case and the functional ops (map_fn, scan, foldl, foldr): TF 1.15's
// signatures bound by the one binder. Their bodies call Python functions, so they live on the
// Python side and reach the engine through its public API.
import type { PyValue } from '../../../objects/core';
import { PyDict, PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, isCallable, TableEntry } from '../../../bind';
import { callValue } from '../../../runtime/call';
import { repr } from '../../../runtime/repr';
import { typeError, valueError } from '../../../exceptions';
import { structuredCond, structuredWhile, leafTensor } from './structured';
import { children } from './nest';
import { TENSOR_ARRAY_METHODS } from './tensor_array_object';
import { FUNCTIONAL_TABLE } from './functional';

const NAME = { name: 'name', default: null, type: 'name' } as const;

function requireCallable(v: PyValue, what: string): void {
  if (!isCallable(v)) throw typeError(`${what} must be callable.`);
}

function predicate(v: PyValue): tf.Tensor {
  if (typeof v === 'boolean') throw typeError('pred must not be a Python bool');
  return leafTensor(v);
}

export const CONTROL_FLOW_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.while_loop', doc: 'Repeat body while the condition cond is true.',
    params: [
      { name: 'cond' }, { name: 'body' }, { name: 'loop_vars' },
      { name: 'shape_invariants', default: null, doc: 'TensorShapes, structured like loop_vars' },
      { name: 'parallel_iterations', default: 10, type: 'int', doc: 'scheduling only: iterations run one after another' },
      { name: 'back_prop', default: true, type: 'bool' },
      { name: 'swap_memory', default: false, type: 'bool', doc: 'GPU memory hint: no effect' },
      NAME,
      { name: 'maximum_iterations', default: null, type: 'tensor' },
      { name: 'return_same_structure', default: false, type: 'bool' },
    ],
  }, a => {
    requireCallable(a.cond as PyValue, 'cond');
    requireCallable(a.body as PyValue, 'body');
    if (a.parallel_iterations < 1) throw typeError('parallel_iterations must be a positive integer.');
    const loopVars = a.loop_vars as PyValue;
    const result = structuredWhile(
      vs => callValue(a.cond as PyValue, vs, null), vs => callValue(a.body as PyValue, vs, null), loopVars,
      {
        shapeInvariants: a.shape_invariants as PyValue, parallelIterations: a.parallel_iterations, backProp: a.back_prop,
        maximumIterations: a.maximum_iterations, name: a.name, spread: true,
      });
    const single = (loopVars instanceof PyList || loopVars instanceof PyTuple) && loopVars.items.length === 1 && !a.return_same_structure;
    return single ? children(result as PyList)[0] : result;
  }),

  entry({
    name: 'tf.cond', doc: 'Return true_fn() if the predicate pred is true else false_fn().',
    params: [
      { name: 'pred' }, { name: 'true_fn', default: null }, { name: 'false_fn', default: null },
      { name: 'strict', default: false, type: 'bool' }, NAME,
      { name: 'fn1', default: null, doc: 'deprecated spelling of true_fn' }, { name: 'fn2', default: null, doc: 'deprecated spelling of false_fn' },
    ],
  }, a => {
    const pick = (fn: PyValue, old: PyValue, which: string, oldName: string): PyValue => {
      if (fn !== null && old !== null) throw typeError(`cond(): ${which} and ${oldName} may not be set simultaneously.`);
      const f = fn ?? old;
      if (f === null) throw typeError(`cond(): ${which} argument required`);
      requireCallable(f, which);
      return f;
    };
    const t = pick(a.true_fn as PyValue, a.fn1 as PyValue, 'true_fn', 'fn1');
    const f = pick(a.false_fn as PyValue, a.fn2 as PyValue, 'false_fn', 'fn2');
    return structuredCond(predicate(a.pred as PyValue), () => callValue(t, [], null), () => callValue(f, [], null), a.strict, a.name);
  }),

  entry({
    name: 'tf.case', doc: 'Create a case operation: the first (pred, fn) pair whose pred is true runs.',
    params: [
      { name: 'pred_fn_pairs' }, { name: 'default', default: null },
      { name: 'exclusive', default: false, type: 'bool', doc: 'an Assert that at most one predicate is true runs before the case' },
      { name: 'strict', default: false, type: 'bool' }, { name: 'name', default: 'case', type: 'name' },
    ],
  }, a => {
    const pairs = casePairs(a.pred_fn_pairs as PyValue);
    let fallback = a.default as PyValue;
    if (fallback !== null) requireCallable(fallback, 'default');
    const g = tf.getDefaultGraph();
    return g.withNameScope(a.name, 'case', () => {
      // TF1: without a default, the last pair's fn runs when no earlier predicate holds.
      let rest = pairs;
      if (fallback === null) { fallback = pairs[pairs.length - 1][1]; rest = pairs.slice(0, -1); }
      const build = (i: number): PyValue => (i === rest.length
        ? callValue(fallback!, [], null)
        : structuredCond(rest[i][0], () => callValue(rest[i][1], [], null), () => build(i + 1), a.strict, null));
      if (!a.exclusive) return build(0);
      return tf.withControlDependencies([exclusiveCheck(pairs.map(p => p[0]))], () => build(0));
    });
  }),

  ...FUNCTIONAL_TABLE,
];

/** TF1's exclusive=True: an Assert that fewer than two predicates hold, printing them when not. */
function exclusiveCheck(preds: tf.Tensor[]): tf.Operation {
  const stacked = tf.stack(preds, 0, 'preds_c');
  const count = tf.reduceSum(tf.cast(stacked, 'int32'), null, false, 'num_true_conds');
  const ok = tf.less(count, tf.constant(2, 'int32', 'two_true_conds'));
  const message = `More than one condition evaluated as True but exclusive=True.  Conditions: (${preds.map(p => p.name).join(', ')}), Values:`;
  return tf.assertOp(ok, [message, stacked], preds.length);
}

function casePairs(v: PyValue): [tf.Tensor, PyValue][] {
  const items: PyValue[] = v instanceof PyDict ? v.keys().map(k => new PyTuple([k, v.get(k)!])) : v instanceof PyList || v instanceof PyTuple ? v.items : [];
  if (!(v instanceof PyDict) && !(v instanceof PyList) && !(v instanceof PyTuple)) throw typeError('fns must be a list, tuple, or dict');
  if (!items.length) throw valueError('pred_fn_pairs must not be empty');
  return items.map(p => {
    if (!(p instanceof PyTuple || p instanceof PyList) || p.items.length !== 2) throw typeError('Each entry in pred_fn_pairs must be a 2-tuple');
    const [pred, fn] = p.items;
    const t = leafTensor(pred);
    if (t.dtype !== 'bool') throw typeError(`pred must be Tensor of type bool: ${repr(pred)}`);
    if (!isCallable(fn)) throw typeError(`fn for pred ${repr(pred)} must be callable.`);
    return [t, fn];
  });
}

/** Every table of this folder (for the catalog and docs/API.md). */
export const CONTROL_FLOW_TABLES: readonly TableEntry[] = [...CONTROL_FLOW_TABLE, ...TENSOR_ARRAY_METHODS];

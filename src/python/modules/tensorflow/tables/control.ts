// tf.group, tf.tuple and tf.control_dependencies: graph-building helpers whose arguments are
// Operations as well as Tensors (and None entries), so they are bound here rather than as
// engine op builders. tf1-semantics §1.10.
import type { PyValue } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, TableEntry, toTensorLike } from '../../../bind';
import { typeError } from '../../../exceptions';
import { typeOf } from '../../../runtime/type-name';
import { repr } from '../../../runtime/repr';
import { isEngineBacked } from '../convert';
import { out } from '../define';
import { PyContext } from '../session_object';

/** An Operation, Tensor or Variable behind a Python object, for control edges. */
export function controlInput(x: PyValue): tf.OpOrTensor {
  if (!isEngineBacked(x)) throw typeError(`Can not convert a ${typeOf(x).name} into a Tensor or Operation.`);
  return x.engineValue();
}

function groupInput(x: PyValue): tf.OpOrTensor {
  if (!isEngineBacked(x)) throw typeError(`Expected tf.group() expected Tensor arguments not '${repr(x)}' with type '<class '${typeOf(x).name}'>'`);
  return x.engineValue();
}

/** TF flattens nested lists and tuples in group's arguments (nest.flatten). */
function flatten(items: readonly PyValue[]): PyValue[] {
  return items.flatMap(x => (x instanceof PyList || x instanceof PyTuple ? flatten(x.items) : [x]));
}

function listOf(v: PyValue, fn: string, param: string): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  throw typeError(`${fn}() argument '${param}' must be a list or tuple, not ${typeOf(v).name}`);
}

export const CONTROL_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.group', doc: 'Create an op that groups multiple operations (a NoOp with control inputs on all).',
    varargs: 'inputs',
    params: [{ name: 'name', default: null, kind: 'keyword', type: 'name' }],
  }, a => out(tf.group(flatten(a.inputs as PyValue[]).map(groupInput), a.name ?? undefined))),
  entry({
    name: 'tf.tuple', doc: 'Group tensors together: each output waits for all inputs.',
    params: [
      { name: 'tensors' },
      { name: 'name', default: null, type: 'name' },
      { name: 'control_inputs', default: null },
    ],
  }, a => {
    const tensors = listOf(a.tensors as PyValue, 'tuple', 'tensors').map(t => (t === null ? null : tf.convertToTensor(toTensorLike(t))));
    const controls = a.control_inputs === null ? [] : listOf(a.control_inputs as PyValue, 'tuple', 'control_inputs').map(controlInput);
    return out(tf.tuple(tensors, a.name ?? undefined, controls));
  }),
  entry({
    name: 'tf.control_dependencies', doc: 'A context: ops created inside depend on `control_inputs` (None clears inherited ones).',
    params: [{ name: 'control_inputs' }],
  }, a => {
    const deps = a.control_inputs === null ? null : listOf(a.control_inputs as PyValue, 'control_dependencies', 'control_inputs').map(controlInput);
    return new PyContext(() => ({ value: null, exit: tf.enterControlDependencies(deps).exit }));
  }),
];

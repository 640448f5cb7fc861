// Tracing a Python function for Dataset.map / filter / flat_map once, as TF traces it into a graph
// function: the element arrives as tensors in its structure (a plain tuple is spread into
// positional arguments), and the result's leaves become the function's outputs.
import type { PyValue } from '../../../objects/core';
import { PyFunction } from '../../../objects/callables';
import { PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { callValue } from '../../../runtime/call';
import { typeError } from '../../../exceptions';
import { isCallable } from '../../../bind';
import { out } from '../define';
import { ElementSpec, leafTensors, packData } from './structure';

export interface TracedFunction { fn: ReturnType<typeof tf.traceDatasetFunction>; result: ElementSpec }

/**
 * `asDataset` turns flat_map's returned Dataset into its variant tensor and element spec (the
 * Dataset class lives in dataset_object.ts, which imports this file).
 */
export function traceElementFunction(kind: 'map' | 'filter' | 'flat_map', f: PyValue, input: ElementSpec,
  asDataset?: (ret: PyValue) => { variant: tf.Tensor; element: ElementSpec }): TracedFunction {
  if (!isCallable(f)) throw typeError(`${kind === 'filter' ? 'predicate' : 'map_func'} must be callable.`);
  const fname = (f instanceof PyFunction ? f.name : 'function').replace(/\W/g, '_');
  let result: ElementSpec | null = null;
  const fn = tf.traceDatasetFunction(`Dataset_${kind}_${fname}`, input.types.map((dtype, i) => ({ dtype, shape: input.shapes[i] })), args => {
    const element = packData(input.template, args.map(t => out(t)));
    const spread = element instanceof PyTuple && element.type.name === 'tuple' && element.type.isBuiltin;
    let ret = callValue(f, spread ? (element as PyTuple).items.slice() : [element], null);
    // TF 1.15 treats a returned list as a tuple of components (structured_function.py).
    if (asDataset) {
      const d = asDataset(ret);
      result = d.element;
      return [d.variant];
    }
    if (ret instanceof PyList) ret = new PyTuple(ret.items.slice());
    const tensors = leafTensors(ret);
    result = { template: ret, types: tensors.map(t => t.dtype), shapes: tensors.map(t => t.shape) };
    return tensors;
  });
  return { fn, result: result! };
}

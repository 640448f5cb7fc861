// tf.data's view of element structures: tuples (named tuples too) and dicts nest; a list is a
// value (converted to one tensor), as in TF 1.15's data/util/nest.py. An element is kept as a
// template (the structure with its leaves) plus flat component dtypes and static shapes.
import type { PyValue } from '../../../objects/core';
import { PyDict, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { children, sequenceLike } from '../control/nest';
import { leafTensor } from '../control/structured';
import { PyDType } from '../dtype_object';
import { PyTensorShape } from '../shape_object';
import { out } from '../define';
import { PySparseTensor } from '../sparse/sparse_tensor_object';

export const isDataStructure = (v: PyValue): v is PyTuple | PyDict => v instanceof PyTuple || v instanceof PyDict;

export function flattenData(v: PyValue): PyValue[] {
  const outs: PyValue[] = [];
  const walk = (x: PyValue) => { if (isDataStructure(x)) children(x).forEach(walk); else outs.push(x); };
  walk(v);
  return outs;
}

export function packData(template: PyValue, flat: readonly PyValue[]): PyValue {
  let i = 0;
  const build = (s: PyValue): PyValue => (isDataStructure(s) ? sequenceLike(s, children(s).map(build)) : flat[i++]);
  return build(template);
}

export interface ElementSpec {
  /** The structure; its leaves are placeholders (only the nesting matters). */
  template: PyValue;
  types: tf.DType[];
  shapes: tf.StaticShape[];
}

/** The element's leaves as tensors (lists and numpy arrays become constants). */
export function leafTensors(v: PyValue, name = 'component'): tf.Tensor[] {
  return flattenData(v).map((x, i) => {
    // TF serializes a SparseTensor component into a variant and batches it as sparse; not modelled.
    if (x instanceof PySparseTensor) {
      throw new tf.PyLikeError('NotImplementedError', 'SparseTensor components of tf.data elements are not supported by Gradbook '
        + '(e.g. a VarLenFeature parsed in Dataset.map): make it dense inside the function with tf.sparse.to_dense');
    }
    return x instanceof PyTuple ? leafTensor(x) : tf.convertToTensor(leafTensor(x), null, `${name}_${i}`);
  });
}

/** output_types / output_shapes / output_classes as TF shows them. */
export const typesOf = (e: ElementSpec): PyValue => packData(e.template, e.types.map(t => PyDType.of(t)));
export const shapesOf = (e: ElementSpec): PyValue => packData(e.template, e.shapes.map(s => new PyTensorShape(s)));
export const tensorsOf = (e: ElementSpec, ts: tf.Tensor[]): PyValue => packData(e.template, ts.map(t => out(t)));

// tf.IndexedSlices as a Python object: values, indices, dense_shape. Anything that needs a
// Tensor gets the dense form (TF registers the same conversion, with its "Converting sparse
// IndexedSlices to a dense Tensor" warning); apply_gradients keeps it sparse.
import type { PyValue } from '../../objects/core';
import { HostObject, hostClass } from '../../host';
import * as tf from '../../../engine';
import { typeError } from '../../exceptions';
import { registerWrapper, wrap } from './wrappers';
import { PyDType } from './dtype_object';
import { PyTensorShape } from './shape_object';
import { isEngineBacked, EngineBacked } from './convert';

export const indexedSlicesClass = hostClass('IndexedSlices', 'tensorflow');

export class PyIndexedSlices extends HostObject implements EngineBacked {
  constructor(readonly slices: tf.IndexedSlices) { super(); }
  override get pyTypeName() { return 'IndexedSlices'; }
  override get type() { return indexedSlicesClass; }
  engineValue(): tf.Tensor { return this.slices.toTensor(); }
  override repr(): string { return this.slices.toString(); }
  getattr(name: string): PyValue | undefined {
    const s = this.slices;
    switch (name) {
      case 'values': return wrap(s.values);
      case 'indices': return wrap(s.indices);
      case 'dense_shape': return s.denseShape ? wrap(s.denseShape) : null;
      case 'dtype': return PyDType.of(s.dtype);
      case 'name': return s.name;
      case 'op': return wrap(s.op);
      case 'graph': return wrap(s.graph);
      case 'device': return '';
      case 'shape': return new PyTensorShape(s.shape);
    }
    return undefined;
  }
}

registerWrapper(tf.IndexedSlices, x => new PyIndexedSlices(x as tf.IndexedSlices));

const tensorOf = (v: PyValue, what: string): tf.Tensor => {
  if (!isEngineBacked(v)) throw typeError(`${what} must be a Tensor`);
  return tf.convertToTensor(v.engineValue() as tf.Tensor);
};
indexedSlicesClass.nativeNew = (_cls, args, kw) => {
  const get = (i: number, n: string) => args[i] ?? kw?.get(n) ?? null;
  const dense = get(2, 'dense_shape');
  return new PyIndexedSlices(new tf.IndexedSlices(tensorOf(get(0, 'values'), 'values'), tensorOf(get(1, 'indices'), 'indices'), dense === null ? null : tensorOf(dense, 'dense_shape')));
};

// tf.TensorArray as a Python class over the engine's TensorArray. Methods are signature-table
// entries (TF 1.15's parameters), bound by the one binder; writes return a new TensorArray.
import type { PyValue } from '../../../objects/core';
import { HostObject } from '../../../host';
import * as tf from '../../../../engine';
import { boundFunction, entry, TableEntry } from '../../../bind';
import { defineClass } from '../../../bind/py_class';
import { PyDType } from '../dtype_object';
import { PyTensorShape } from '../shape_object';
import { out } from '../define';

export class PyTensorArray extends HostObject {
  constructor(readonly ta: tf.TensorArray) { super(); }
  override get pyTypeName() { return 'TensorArray'; }
  override get type() { return tensorArrayClass; }
  override repr(): string { return `<tensorflow.python.ops.tensor_array_ops.TensorArray object>`; }
}

const self = (v: unknown): tf.TensorArray => {
  if (!(v instanceof PyTensorArray)) throw new TypeError('descriptor requires a TensorArray');
  return v.ta;
};
const ta = (t: tf.TensorArray) => new PyTensorArray(t);
const tensor = (v: tf.TensorLike) => tf.convertToTensor(v);
const NAME = { name: 'name', default: null, type: 'name' } as const;

export const TENSOR_ARRAY_METHODS: readonly TableEntry[] = [
  entry({
    name: 'tf.TensorArray.__init__', doc: 'Class wrapping dynamic-sized, per-time-step, write-once Tensor arrays.',
    params: [
      { name: 'self' },
      { name: 'dtype', type: 'dtype' },
      { name: 'size', default: null, type: 'tensor' },
      { name: 'dynamic_size', default: null, type: 'bool' },
      { name: 'clear_after_read', default: null, type: 'bool' },
      { name: 'tensor_array_name', default: null, type: 'str' },
      { name: 'handle', default: null, unsupported: 'only new arrays (no existing handle)' },
      { name: 'flow', default: null, unsupported: 'only new arrays (no existing flow)' },
      { name: 'infer_shape', default: true, type: 'bool' },
      { name: 'element_shape', default: null, type: 'shape' },
      { name: 'colocate_with_first_write_call', default: true, type: 'flag', doc: 'device placement only: no effect' },
      NAME,
    ],
  }, () => null),
  entry({ name: 'tf.TensorArray.read', doc: 'Read the value at location index.', params: [{ name: 'self' }, { name: 'index', type: 'tensor' }, NAME] },
    a => out(self(a.self).read(a.index, a.name))),
  entry({ name: 'tf.TensorArray.write', doc: 'Write value into index index of the TensorArray.', params: [{ name: 'self' }, { name: 'index', type: 'tensor' }, { name: 'value', type: 'tensor' }, NAME] },
    a => ta(self(a.self).write(a.index, tensorFor(self(a.self), a.value), a.name))),
  entry({ name: 'tf.TensorArray.stack', doc: 'Return the values in the TensorArray as a stacked Tensor.', params: [{ name: 'self' }, NAME] },
    a => out(self(a.self).stack(a.name))),
  entry({ name: 'tf.TensorArray.gather', doc: 'Return selected values in the TensorArray as a packed Tensor.', params: [{ name: 'self' }, { name: 'indices', type: 'tensor' }, NAME] },
    a => out(self(a.self).gather(a.indices, a.name))),
  entry({ name: 'tf.TensorArray.unstack', doc: 'Unstack the values of a Tensor in the TensorArray.', params: [{ name: 'self' }, { name: 'value', type: 'tensor' }, NAME] },
    a => ta(self(a.self).unstack(tensorFor(self(a.self), a.value), a.name))),
  entry({ name: 'tf.TensorArray.scatter', doc: 'Scatter the values of a Tensor in specific indices of a TensorArray.', params: [{ name: 'self' }, { name: 'indices', type: 'tensor' }, { name: 'value', type: 'tensor' }, NAME] },
    a => ta(self(a.self).scatter(a.indices, tensorFor(self(a.self), a.value), a.name))),
  entry({ name: 'tf.TensorArray.concat', doc: 'Return the values in the TensorArray as a concatenated Tensor.', params: [{ name: 'self' }, NAME] },
    a => out(self(a.self).concat(a.name))),
  entry({ name: 'tf.TensorArray.split', doc: 'Split the values of a Tensor into the TensorArray.', params: [{ name: 'self' }, { name: 'value', type: 'tensor' }, { name: 'lengths', type: 'tensor' }, NAME] },
    a => ta(self(a.self).split(tensorFor(self(a.self), a.value), a.lengths, a.name))),
  entry({ name: 'tf.TensorArray.size', doc: 'Return the size of the TensorArray.', params: [{ name: 'self' }, NAME] },
    a => out(self(a.self).size(a.name))),
  entry({ name: 'tf.TensorArray.close', doc: 'Close the current TensorArray.', params: [{ name: 'self' }, NAME] },
    a => out(self(a.self).close(a.name))),
  entry({ name: 'tf.TensorArray.identity', doc: 'Returns a TensorArray with the same content and properties.', params: [{ name: 'self' }] },
    a => ta(self(a.self).identity())),
  entry({ name: 'tf.TensorArray.grad', doc: 'The gradient TensorArray for source.', params: [{ name: 'self' }, { name: 'source', type: 'str' }, { name: 'flow', default: null, type: 'tensor' }, NAME] },
    a => ta(self(a.self).grad(a.source, a.flow === null ? null : tensor(a.flow), a.name))),
];

/** A value converted with the array's dtype (a Python list of floats into a float64 array). */
function tensorFor(array: tf.TensorArray, v: tf.TensorLike): tf.Tensor {
  return tf.convertToTensor(v, array.dtype);
}

export const tensorArrayClass = defineClass({
  name: 'TensorArray', module: 'tensorflow',
  methods: TENSOR_ARRAY_METHODS.slice(1),
  properties: {
    flow: s => out(self(s).flow),
    handle: s => out(self(s).handle),
    dtype: s => PyDType.of(self(s).dtype),
    element_shape: s => new PyTensorShape(self(s).elementShape),
  },
});

const construct = boundFunction({
  ...TENSOR_ARRAY_METHODS[0],
  body: (a: Record<string, unknown>) => ta(new tf.TensorArray({
    dtype: a.dtype as tf.DType, size: a.size as tf.TensorLike | null, dynamicSize: a.dynamic_size as boolean | null,
    clearAfterRead: a.clear_after_read as boolean | null, tensorArrayName: a.tensor_array_name as string | null,
    inferShape: a.infer_shape as boolean, elementShape: (a.element_shape ?? undefined) as tf.TensorArrayOptions['elementShape'],
    name: a.name as string | null,
  })),
} as TableEntry);
tensorArrayClass.nativeNew = (_cls, args, kw) => construct([null, ...args], kw);

export function isTensorArray(v: PyValue): v is PyTensorArray { return v instanceof PyTensorArray; }

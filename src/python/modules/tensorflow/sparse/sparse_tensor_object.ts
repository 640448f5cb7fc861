// tf.SparseTensor as a Python object (indices, values, dense_shape) and TF's SparseTensorValue,
// the named tuple a session fetch of one gives. A SparseTensor is not a Tensor: ops that need one
// refuse it (as TF does) until tf.sparse.to_dense makes it dense.
import type { PyValue } from '../../../objects/core';
import { method, MethodTable } from '../../../bind/method';
import { namedTupleClass } from '../../../objects/named_tuple';
import { HostObject, hostClass, BinaryOpName, MaybeNotImplemented } from '../../../host';
import { NotImplemented } from '../../../objects/singletons';
import { repr } from '../../../runtime/repr';
import * as tf from '../../../../engine';
import { toTensorLike } from '../../../bind/converters';
import { registerWrapper, wrap } from '../wrappers';
import { PyDType } from '../dtype_object';
import { PyTensorShape } from '../shape_object';
import { bindArgs } from '../args';
import { feedsFromPy, fetchedValue, sessionArg } from '../feeds';
import { PyNamedTuple } from '../../../objects/named_tuple';
import { valueError } from '../../../exceptions';

export const sparseTensorClass = hostClass('SparseTensor', 'tensorflow');
export const sparseTensorValueClass = namedTupleClass('SparseTensorValue', 'tensorflow.python.framework.sparse_tensor', ['indices', 'values', 'dense_shape'], repr);

export class PySparseTensor extends HostObject {
  constructor(readonly sparse: tf.SparseTensor) { super(); }
  override get pyTypeName() { return 'SparseTensor'; }
  override get type() { return sparseTensorClass; }
  override repr(): string { return this.sparse.toString(); }
  /** The three tensors a fetch runs, in SparseTensorValue's order. */
  get components(): tf.Tensor[] { return [this.sparse.indices, this.sparse.values, this.sparse.denseShape]; }
  /** `sparse * dense` and `sparse / dense` keep the sparse indices (TF defines no reflected forms). */
  binop(op: BinaryOpName, other: PyValue, reflected: boolean): MaybeNotImplemented {
    if (reflected || (op !== '*' && op !== '/') || other instanceof PySparseTensor) return NotImplemented;
    const f = op === '*' ? tf.sparseDenseCwiseMul : tf.sparseDenseCwiseDiv;
    return new PySparseTensor(tf.getDefaultGraph().withNameScope(null, op === '*' ? 'mul' : 'truediv', scope => f(this.sparse, toTensorLike(other), scope)));
  }
  getattr(name: string): PyValue | undefined {
    const s = this.sparse;
    switch (name) {
      case 'indices': return wrap(s.indices);
      case 'values': return wrap(s.values);
      case 'dense_shape': return wrap(s.denseShape);
      case 'dtype': return PyDType.of(s.dtype);
      case 'op': return wrap(s.op);
      case 'graph': return wrap(s.graph);
      case 'shape': return new PyTensorShape(s.shape);
    }
    return sparseMethods().get(this, name);
  }
}

/** SparseTensor's methods (TF 1.15 sparse_tensor.py); made on first use, as the binder's converters import the tf objects. */
let SPARSE_METHODS: MethodTable<PySparseTensor> | undefined;
function sparseMethods(): MethodTable<PySparseTensor> {
  return SPARSE_METHODS ??= new MethodTable<PySparseTensor>([
    method({ name: 'tf.SparseTensor.get_shape', doc: 'The static dense shape, a TensorShape.', params: [] },
      (self: PySparseTensor) => new PyTensorShape(self.sparse.shape)),
    method({ name: 'tf.SparseTensor.eval', doc: 'Runs the three component tensors in a session and returns a SparseTensorValue.',
      params: [{ name: 'feed_dict', default: null }, { name: 'session', default: null }] }, (self: PySparseTensor, a) => {
      const sess = sessionArg(a.session as PyValue) ?? tf.getDefaultSession();
      if (!sess) throw valueError('Cannot evaluate tensor using `eval()`: No default session is registered. Use `with sess.as_default()` or pass an explicit session to `eval(session=sess)`');
      const values = sess.runFlat(self.components, feedsFromPy(a.feed_dict as PyValue, self.sparse.graph));
      return new PyNamedTuple(sparseTensorValueClass, values.map(v => fetchedValue(v!)));
    }),
  ], { pythonClass: true });
}

/** The method signatures, for docs/API.md. */
export const sparseMethodSignatures = () => sparseMethods().entries.map(e => e.signature);

registerWrapper(tf.SparseTensor, x => new PySparseTensor(x as tf.SparseTensor));

// tf.SparseTensor(indices, values, dense_shape): indices and dense_shape become int64, as in TF.
sparseTensorClass.nativeNew = (_cls, args, kw) => {
  const a = bindArgs('SparseTensor', ['indices', 'values', 'dense_shape'], args, kw);
  const int64 = (v: PyValue, what: string) => tf.convertToTensor(toTensorLike(v), 'int64', what);
  // TF builds the three tensors inside name scope 'SparseTensor' (SparseTensor/indices, ...).
  return new PySparseTensor(tf.getDefaultGraph().withNameScope(null, 'SparseTensor', () =>
    new tf.SparseTensor(int64(a.indices, 'indices'), tf.convertToTensor(toTensorLike(a.values), undefined, 'values'), int64(a.dense_shape, 'dense_shape'))));
};

// tf.Tensor, tf.Operation and tf.Variable as Python objects.
import { HostObject, hostClass, BinaryOpName, CompareOpName, UnaryOpName, MaybeNotImplemented } from '../../host';
import type { PyValue } from '../../objects/core';
import { PyList } from '../../objects/containers';
import { NotImplemented } from '../../objects/singletons';
import { typeError } from '../../exceptions';
import { Tensor, Operation, Variable, evalTensor, runOperation, convertToTensor, formats } from '../../../engine';
import { PyFloat } from '../../objects/core';
import { PyBytes } from '../../io/bytes';
import { PyMessage } from './proto_object';
import { PyDType } from './dtype_object';
import { PyTensorShape, toStatic } from './shape_object';
import { registerWrapper, wrap } from './wrappers';
import { method, MethodTable, signatureFunction } from '../../bind';
import { pyOperators } from './operators';
import { feedsFromPy, fetchedValue, sessionArg } from './feeds';
import { wrapArray } from '../numpy/ndarray_object';
import { EngineBacked } from './convert';
import { VARIABLE_METHODS } from './tables/variables';

// Tensor's and Operation's methods (TF 1.15 ops.py), made on first use (the binder imports this file's neighbours).
let TENSOR_METHODS: MethodTable<PyTensor> | undefined, OPERATION_METHODS: MethodTable<PyOperation> | undefined;
const tensorMethods = () => TENSOR_METHODS ??= new MethodTable<PyTensor>([
  method({ name: 'tf.Tensor.get_shape', doc: 'The static shape (as `tensor.shape`).', params: [] }, (self: PyTensor) => new PyTensorShape(self.tensor.shape)),
  method({ name: 'tf.Tensor.set_shape', doc: 'Refines the static shape; ValueError when incompatible.', params: [{ name: 'shape' }] },
    (self: PyTensor, a) => { self.tensor.setShape(toStatic(a.shape as PyValue)); return null; }),
  method({ name: 'tf.Tensor.consumers', doc: 'The operations that take this tensor as an input.', params: [] }, (self: PyTensor) => new PyList(self.tensor.consumers().map(o => wrap(o)))),
  method({ name: 'tf.Tensor.eval', doc: "Runs the tensor in `session` (default: the default session) and returns its value.", params: [{ name: 'feed_dict', default: null }, { name: 'session', default: null }] },
    (self: PyTensor, a) => fetchedValue(evalTensor(self.tensor, feedsFromPy(a.feed_dict as PyValue, self.tensor.graph), sessionArg(a.session as PyValue)))),
], { pythonClass: true });
const operationMethods = () => OPERATION_METHODS ??= new MethodTable<PyOperation>([
  method({ name: 'tf.Operation.get_attr', doc: "The value of the op's attribute `name`.", params: [{ name: 'name' }] }, (self: PyOperation, a) => attrToPy(formats.nodeDefAttr(self.op, String(a.name)), self.op.name)),
  method({ name: 'tf.Operation.run', doc: 'Runs the operation in `session` (default: the default session).', params: [{ name: 'feed_dict', default: null }, { name: 'session', default: null }] }, (self: PyOperation, a) => {
    runOperation(self.op, feedsFromPy(a.feed_dict as PyValue, self.op.graph), sessionArg(a.session as PyValue));
    return null;
  }),
], { pythonClass: true });

/** The Tensor and Operation method signatures, for docs/API.md. */
export const tensorMethodSignatures = () => [...tensorMethods().entries, ...operationMethods().entries].map(e => e.signature);

/** Operators shared by Tensor and Variable (a Variable computes on its `read` value). */
abstract class TensorLikeObject extends HostObject implements EngineBacked {
  abstract engineValue(): Tensor | Variable;
  binop(op: BinaryOpName, other: PyValue, reflected: boolean): MaybeNotImplemented {
    return pyOperators.binary(op, this, other, reflected);
  }
  unary(op: UnaryOpName): MaybeNotImplemented { return pyOperators.unary(op, this); }
  compare(op: CompareOpName, other: PyValue): MaybeNotImplemented {
    // TF1 keeps == and != as identity comparisons; only ordering builds ops.
    if (op === '==' || op === '!=') return NotImplemented;
    return pyOperators.compare(op, this, other);
  }
  getitem(key: PyValue): PyValue { return pyOperators.getitem(this, key); }
  bool(): boolean {
    throw typeError('Using a `tf.Tensor` as a Python `bool` is not allowed. Use `if t is not None:` instead of `if t:` to test if a tensor is defined, and use TensorFlow ops such as tf.cond to execute subgraphs conditioned on the value of a tensor.');
  }
  iter(): Iterable<PyValue> {
    const t = this.engineValue();
    const shape = t instanceof Variable ? t.shape : t.shape;
    if (!shape || shape.length === 0 || shape[0] === null) throw typeError("'Tensor' object is not iterable.");
    return Array.from({ length: shape[0] }, (_, i) => pyOperators.getitem(this, i));
  }
  override hashKey(): unknown { return this.engineValue(); }
}

export class PyTensor extends TensorLikeObject {
  constructor(readonly tensor: Tensor) { super(); }
  engineValue(): Tensor { return this.tensor; }
  override get pyTypeName() { return 'Tensor'; }
  override get type() { return hostClass('Tensor', 'tensorflow'); }
  override repr(): string { return this.tensor.repr(); }
  str(): string { return this.tensor.toString(); }
  getattr(name: string): PyValue | undefined {
    const t = this.tensor;
    switch (name) {
      case 'name': return t.name;
      case 'op': return wrap(t.op);
      case 'dtype': return PyDType.of(t.dtype, t.isRef);
      case 'shape': return new PyTensorShape(t.shape);
      case 'graph': return wrap(t.graph);
      case 'value_index': return t.valueIndex;
      case 'device': return t.op.device;
    }
    return tensorMethods().get(this, name);
  }
}

export class PyOperation extends HostObject implements EngineBacked {
  constructor(readonly op: Operation) { super(); }
  engineValue(): Operation { return this.op; }
  override get pyTypeName() { return 'Operation'; }
  override get type() { return hostClass('Operation', 'tensorflow'); }
  override repr(): string { return this.op.repr(); }
  str(): string { return this.op.toString(); }
  override hashKey(): unknown { return this.op; }
  getattr(name: string): PyValue | undefined {
    const op = this.op;
    switch (name) {
      case 'name': return op.name;
      case 'type': return op.type;
      case 'inputs': return new PyList(op.inputs.map(t => wrap(t)));
      case 'outputs': return new PyList(op.outputs.map(t => wrap(t)));
      case 'control_inputs': return new PyList(op.controlInputs.map(o => wrap(o)));
      case 'graph': return wrap(op.graph);
      case 'device': return op.device;
      case 'node_def': return new PyMessage('NodeDef', formats.operationToNodeDef(op) as unknown as Record<string, unknown>);
    }
    return operationMethods().get(this, name);
  }
}

/** TF 1.15's Operation.get_attr: the AttrValue's set oneof field as Python (bytes for strings,
 *  tf.DType for types, TensorShapeProto / TensorProto messages); a list gives its first non-empty
 *  field (in TF's order s, i, f, b, type, shape, tensor, func) as a Python list, else []. */
function attrToPy(a: formats.AttrValueProto, where: string): PyValue {
  const one = (field: string, v: unknown): PyValue => {
    switch (field) {
      case 's': return new PyBytes(v as Uint8Array);
      case 'i': return formats.int64ToNumber(v as number);
      case 'f': return new PyFloat(Number(v));
      case 'b': return !!v;
      case 'type': return PyDType.of(formats.dtypeFromTf(v as number, where));
      case 'shape': return new PyMessage('TensorShapeProto', v as Record<string, unknown>);
      case 'tensor': return new PyMessage('TensorProto', v as Record<string, unknown>);
      case 'func': return new PyMessage('NameAttrList', v as Record<string, unknown>);
      default: return v as PyValue;
    }
  };
  const fields = ['s', 'i', 'f', 'b', 'type', 'shape', 'tensor', 'func'] as const;
  if (a.list !== undefined) {
    const list = a.list as Record<string, unknown[] | undefined>;
    for (const f of fields) {
      const items = list[f];
      if (items && items.length) return new PyList(items.map(x => one(f, x)));
    }
    return new PyList([]);
  }
  for (const f of fields) if (a[f] !== undefined) return one(f, a[f]);
  if (a.placeholder !== undefined) return a.placeholder;
  return new PyList([]);
}

export class PyVariable extends TensorLikeObject {
  constructor(readonly variable: Variable) { super(); }
  engineValue(): Variable { return this.variable; }
  override get pyTypeName() { return 'Variable'; }
  override get type() { return variableClass; }
  override repr(): string { return this.variable.repr(); }
  getattr(name: string): PyValue | undefined {
    const v = this.variable;
    switch (name) {
      case 'name': return v.name;
      case 'op': return wrap(v.op);
      case 'dtype': return PyDType.of(v.dtype, true);
      case 'shape': return new PyTensorShape(v.shape);
      case 'graph': return wrap(v.graph);
      case 'initializer': return wrap(v.initializer);
      case 'initial_value': return wrap(v.initialValue);
      case 'trainable': return v.trainable;
      case 'device': return v.ref.op.device;
      case 'constraint': return v.constraint === null ? null : signatureFunction({ name: 'tf.Variable.constraint', doc: "The variable's constraint: a projection applied after each optimizer update.", params: [{ name: 'value' }] },
        a => wrap(convertToTensor(v.constraint!(convertToTensor(pyOperators.toEngine(a.value as PyValue))))));
    }
    return VARIABLE_METHODS.get(this, name);
  }
}

export const variableClass = hostClass('Variable', 'tensorflow');
export const nameArg = (v: PyValue): string | undefined => (v === null || v === undefined ? undefined : String(v));

registerWrapper(Tensor, x => new PyTensor(x as Tensor));
registerWrapper(Operation, x => new PyOperation(x as Operation));
registerWrapper(Variable, x => new PyVariable(x as Variable));

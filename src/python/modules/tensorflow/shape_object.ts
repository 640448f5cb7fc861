// tf.TensorShape: str `(?, 784)`, as_list() with None, shape[0] a Dimension, shape[1:] a TensorShape.
import { safeRepr } from '../../runtime/repr';
import { HostObject, hostClass, CompareOpName, MaybeNotImplemented } from '../../host';
import type { PyValue } from '../../objects/core';
import { PyList, PySlice, PyTuple } from '../../objects/containers';
import { sliceIndices, sliceIndex } from '../../runtime/subscript';
import { PyDimension } from './dimension_object';

export { PyDimension } from './dimension_object';
import { method, MethodTable } from '../../bind/method';
import { NotImplemented } from '../../objects/singletons';
import { StaticShape, formatShapePy, isCompatible, mergeShapes } from '../../../engine';
import { valueError, indexError, typeError } from '../../exceptions';

export class PyTensorShape extends HostObject {
  constructor(readonly shape: StaticShape) { super(); }
  override get pyTypeName() { return 'TensorShape'; }
  override get type() { return hostClass('TensorShape', 'tensorflow'); }
  override repr(): string { return this.shape === null ? 'TensorShape(None)' : `TensorShape([${this.shape.map(d => `Dimension(${d === null ? 'None' : d})`).join(', ')}])`; }
  str(): string { return formatShapePy(this.shape); }
  len(): number { if (this.shape === null) throw valueError('Cannot take the length of Shape with unknown rank.'); return this.shape.length; }
  iter(): Iterable<PyValue> { return (this.shape ?? []).map(d => new PyDimension(d)); }
  getitem(key: PyValue): PyValue {
    if (key instanceof PySlice) return new PyTensorShape(this.sliced(key));
    if (this.shape === null) return new PyDimension(null);
    const i0 = sliceIndex(key);
    const i = i0 < 0 ? i0 + this.shape.length : i0;
    if (i < 0 || i >= this.shape.length) throw indexError('list index out of range');
    return new PyDimension(this.shape[i]);
  }
  /** TF's rule: a known shape slices like its list of dims; an unknown one gives a shape of
   *  rank stop - start when both bounds are known and non-negative, else an unknown shape. */
  private sliced(key: PySlice): StaticShape {
    const s = this.shape;
    if (s !== null) {
      const [start, , step, n] = sliceIndices(key, s.length);
      return Array.from({ length: n }, (_, k) => s[start + k * step]);
    }
    if (key.step !== null) throw valueError('Steps are not yet handled');
    if (key.stop === null) return null;
    const start = key.start === null ? 0 : sliceIndex(key.start), stop = sliceIndex(key.stop);
    if (start < 0 || stop < 0) return null;
    return new Array(Math.max(stop - start, 0)).fill(null);
  }
  compare(op: CompareOpName, other: PyValue): MaybeNotImplemented {
    if (op !== '==' && op !== '!=') return NotImplemented;
    const o = other instanceof PyTensorShape ? other.shape : toStatic(other);
    const same = JSON.stringify(o) === JSON.stringify(this.shape);
    return op === '==' ? same : !same;
  }
  getattr(name: string): PyValue | undefined {
    const s = this.shape;
    switch (name) {
      case 'ndims': return s === null ? null : s.length;
      case 'dims': return s === null ? null : new PyList(s.map(d => new PyDimension(d)));
    }
    return shapeMethods().get(this, name);
  }
}

/** TensorShape's methods (TF 1.15 tensor_shape.py); made on first use: the binder's converters import this file. */
let SHAPE_METHODS: MethodTable<PyTensorShape> | undefined;
function shapeMethods(): MethodTable<PyTensorShape> {
  return SHAPE_METHODS ??= new MethodTable<PyTensorShape>(shapeMethodEntries(), { pythonClass: true });
}
const fullyDefined = (s: StaticShape): s is number[] => s !== null && s.every(d => d !== null);

function shapeMethodEntries() {
  return [
    method({ name: 'tf.TensorShape.as_list', doc: 'The dimensions as a list of ints and None; ValueError for an unknown rank.', params: [] }, (self: PyTensorShape) => {
      if (self.shape === null) throw valueError('as_list() is not defined on an unknown TensorShape.');
      return new PyList(self.shape.slice());
    }),
    method({ name: 'tf.TensorShape.is_fully_defined', doc: 'Whether the rank and every dimension are known.', params: [] }, (self: PyTensorShape) => fullyDefined(self.shape)),
    method({ name: 'tf.TensorShape.num_elements', doc: 'The number of elements, or None when not fully defined.', params: [] },
      (self: PyTensorShape) => (fullyDefined(self.shape) ? self.shape.reduce((a, b) => a * b, 1) : null)),
    method({ name: 'tf.TensorShape.is_compatible_with', doc: 'Whether the two shapes could describe the same tensor.', params: [{ name: 'other' }] },
      (self: PyTensorShape, a) => isCompatible(self.shape, toStatic(a.other as PyValue))),
    method({ name: 'tf.TensorShape.merge_with', doc: 'The most specific shape compatible with both; ValueError when incompatible.', params: [{ name: 'other' }] }, (self: PyTensorShape, a) => {
      try { return new PyTensorShape(mergeShapes(self.shape, toStatic(a.other as PyValue))); } catch (e) { throw valueError((e as Error).message); }
    }),
  ];
}

/** The method signatures, for docs/API.md. */
export const shapeMethodSignatures = () => shapeMethods().entries.map(e => e.signature);

/** A Python shape argument ([None, 784], (2,), TensorShape, None) as a static shape. */
export function toStatic(v: PyValue): StaticShape {
  if (v === null) return null;
  if (v instanceof PyTensorShape) return v.shape;
  if (typeof v === 'number') return [v];
  if (v instanceof PyList || v instanceof PyTuple) {
    return v.items.map(d => (d === null ? null : d instanceof PyDimension ? d.value : typeof d === 'number' ? d : Number((d as any).index?.() ?? NaN)));
  }
  throw valueError(`Cannot convert ${safeRepr(v)} to a TensorShape`);
}

// tf.TensorShape(dims): shape_invariants and set_shape arguments are built this way.
hostClass('TensorShape', 'tensorflow').nativeNew = (_cls, args) => {
  if (args.length !== 1) throw typeError(`__init__() takes 2 positional arguments but ${args.length + 1} were given`);
  return new PyTensorShape(toStatic(args[0]));
};

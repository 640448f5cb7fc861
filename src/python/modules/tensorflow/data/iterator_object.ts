// tf.data.Iterator (TF1 style): one-shot, initializable, and reusable (from_structure +
// make_initializer). get_next builds one IteratorGetNext op per call; running it advances the
// iterator once per sess.run, whichever components are fetched.
import type { PyValue } from '../../../objects/core';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import { method, MethodTable } from '../../../bind';
import { typeError, valueError } from '../../../exceptions';
import { PyLikeError } from '../../../../engine';
import { toDType } from '../dtype_object';
import { toStatic } from '../shape_object';
import { out } from '../define';
import { repr } from '../../../runtime/repr';
import { ElementSpec, flattenData, isDataStructure, packData, shapesOf, tensorsOf, typesOf } from './structure';
import type { PyDataset } from './dataset_object';

export const iteratorClass = hostClass('Iterator', 'tensorflow.data');

export class PyIterator extends HostObject {
  initializerOp: tf.Operation | null = null;
  getNextCalls = 0;
  constructor(readonly handle: tf.Tensor, readonly element: ElementSpec) { super(); }
  override get pyTypeName() { return 'Iterator'; }
  override get type() { return iteratorClass; }
  override repr(): string { return '<tensorflow.python.data.ops.iterator_ops.Iterator object>'; }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'initializer':
        if (this.initializerOp === null) throw valueError('Iterator does not have an initializer.');
        return out(this.initializerOp);
      case 'output_types': return typesOf(this.element);
      case 'output_shapes': return shapesOf(this.element);
    }
    return ITERATOR_METHODS.get(this, name);
  }
}

export function makeOneShotIterator(ds: PyDataset): PyIterator {
  const e = ds.element;
  return new PyIterator(tf.iteratorOps.oneShot(ds.variant, e.types, e.shapes), e);
}

export function makeInitializableIterator(ds: PyDataset, sharedName: string): PyIterator {
  const e = ds.element;
  const it = new PyIterator(tf.iteratorOps.iterator(sharedName, e.types, e.shapes), e);
  it.initializerOp = tf.iteratorOps.makeIterator(ds.variant, it.handle);
  return it;
}

const sameStructure = (a: PyValue, b: PyValue): boolean =>
  isDataStructure(a) === isDataStructure(b) && flattenData(a).length === flattenData(b).length;

/** Whether dataset shapes fit an iterator's (unknown dims and ranks fit anything). */
function compatible(a: tf.StaticShape, b: tf.StaticShape): boolean {
  if (a === null || b === null) return true;
  return a.length === b.length && a.every((d, i) => d === null || b[i] === null || d === b[i]);
}

export function fromStructure(types: PyValue, shapes: PyValue | null, sharedName: string): PyIterator {
  const flatTypes = flattenData(types).map(t => toDType(t)!);
  const flatShapes = shapes === null ? flatTypes.map(() => null) : flattenData(shapes).map(s => toStatic(s));
  if (flatShapes.length !== flatTypes.length) throw valueError("The two structures don't have the same number of elements.");
  const template = packData(types, flatTypes.map(() => null));
  return new PyIterator(tf.iteratorOps.iterator(sharedName, flatTypes, flatShapes), { template, types: flatTypes, shapes: flatShapes });
}

export const ITERATOR_METHODS = new MethodTable<PyIterator>([
  method({ name: 'tf.data.Iterator.get_next', doc: 'The next element as a nested structure of tensors (call once and reuse the result).', params: [{ name: 'name', default: null, type: 'name' }] },
    (self, a) => {
      self.getNextCalls++;
      const e = self.element;
      return tensorsOf(e, tf.iteratorOps.getNext(self.handle, e.types, e.shapes, a.name ?? 'IteratorGetNext'));
    }),
  method({ name: 'tf.data.Iterator.make_initializer', doc: 'An op that (re)starts this iterator over `dataset`.', params: [{ name: 'dataset' }, { name: 'name', default: null, type: 'name' }] },
    (self, a) => {
      const ds = a.dataset as PyDataset;
      if (!ds || !(ds as { variant?: unknown }).variant) throw typeError('Argument `dataset` must be a `tf.data.Dataset`.');
      const e = self.element, d = ds.element;
      if (e.types.join() !== d.types.join() || !sameStructure(e.template, d.template)) {
        throw typeError(`Expected output types ${reprStructure(typesOf(e))} but got dataset with output types ${reprStructure(typesOf(d))}.`);
      }
      if (!e.shapes.every((s, i) => compatible(s, d.shapes[i]))) {
        throw typeError(`Expected output shapes compatible with ${reprStructure(shapesOf(e))} but got dataset with output shapes ${reprStructure(shapesOf(d))}.`);
      }
      return out(tf.iteratorOps.makeIterator(ds.variant, self.handle, a.name ?? 'MakeIterator'));
    }),
  method({ name: 'tf.data.Iterator.string_handle', doc: 'Not supported: feedable iterators (string handles).', params: [{ name: 'name', default: null, type: 'name' }] },
    () => { throw new PyLikeError('NotImplementedError', 'Iterator.string_handle() is not supported by Gradbook: feedable iterators'); }),
]);

const reprStructure = (v: PyValue): string => repr(v);

/**
 * The next-element tensors of a one-shot iterator over `ds`, in its structure: what an Estimator
 * does with a Dataset that input_fn returns ((features, labels) for a pair).
 */
export function datasetNextElement(ds: PyDataset): PyValue {
  const it = makeOneShotIterator(ds);
  return tensorsOf(it.element, tf.iteratorOps.getNext(it.handle, it.element.types, it.element.shapes));
}

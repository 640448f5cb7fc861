// tf.data.Dataset (TF 1.15's DatasetV1) as a Python object: a dataset op's variant tensor plus
// the element structure, dtypes and static shapes. Transformations build new dataset ops;
// iterators (iterator_object.ts) pull elements through the session.
import type { PyValue } from '../../../objects/core';
import { PyDict, PyTuple } from '../../../objects/containers';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import { method, MethodTable } from '../../../bind';
import { callValue } from '../../../runtime/call';
import { str } from '../../../runtime/repr';
import { typeError, valueError, runtimeError } from '../../../exceptions';
import { PyLikeError } from '../../../../engine';
import { toStatic } from '../shape_object';
import { leafTensor } from '../control/structured';
import { children } from '../control/nest';
import { ElementSpec, flattenData, isDataStructure, leafTensors, packData, shapesOf, typesOf } from './structure';
import { traceElementFunction } from './function_trace';
import { makeInitializableIterator, makeOneShotIterator } from './iterator_object';

export const datasetClass = hostClass('Dataset', 'tensorflow.data');
export const textLineDatasetClass = hostClass('TextLineDataset', 'tensorflow.data', datasetClass);
export const tfRecordDatasetClass = hostClass('TFRecordDataset', 'tensorflow.data', datasetClass);

export class PyDataset extends HostObject {
  constructor(readonly variant: tf.Tensor, readonly element: ElementSpec, private readonly cls = datasetClass) { super(); }
  override get pyTypeName() { return 'DatasetV1Adapter'; }
  override get type() { return this.cls; }
  override repr(): string {
    const shapes = shapesOf(this.element), types = typesOf(this.element);
    return `<DatasetV1Adapter shapes: ${reprOf(shapes)}, types: ${reprOf(types)}>`;
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'output_types': return typesOf(this.element);
      case 'output_shapes': return shapesOf(this.element);
      case 'output_classes': return packData(this.element.template, this.element.types.map(() => hostClass('Tensor', 'tensorflow')));
    }
    return DATASET_METHODS.get(this, name);
  }
  iter(): Iterable<PyValue> { throw runtimeError('dataset.__iter__() is only supported when eager execution is enabled.'); }
  /** A dataset derived from this one with the same element. */
  derive(variant: tf.Tensor, element: ElementSpec = this.element): PyDataset { return new PyDataset(variant, element); }
}

function reprOf(v: PyValue): string {
  if (v instanceof PyTuple) return `(${v.items.map(reprOf).join(', ')}${v.items.length === 1 ? ',' : ''})`;
  if (v instanceof PyDict) return `{${children(v).map((c, i) => `${JSON.stringify(String(v.keys()[i])).replace(/"/g, "'")}: ${reprOf(c)}`).join(', ')}}`;
  return str(v);
}

/** An element of tensors → its spec. */
function specOf(template: PyValue, tensors: tf.Tensor[], shapes?: tf.StaticShape[]): ElementSpec {
  return { template, types: tensors.map(t => t.dtype), shapes: shapes ?? tensors.map(t => t.shape) };
}

export function fromTensorSlices(tensors: PyValue): PyDataset {
  const ts = leafTensors(tensors);
  let n: number | null = null;
  for (const t of ts) {
    if (t.shape !== null && t.shape.length === 0) throw valueError(`Shape must be at least rank 1 but is rank 0`);
    const d = t.shape?.[0] ?? null;
    if (d !== null && n !== null && d !== n) throw valueError(`Dimensions ${n} and ${d} are not compatible`);
    if (d !== null) n = d;
  }
  return new PyDataset(tf.datasetOps.tensorSlices(ts), specOf(tensors, ts, ts.map(t => (t.shape === null ? null : t.shape.slice(1)))));
}
export function fromTensors(tensors: PyValue): PyDataset {
  const ts = leafTensors(tensors);
  return new PyDataset(tf.datasetOps.tensors(ts), specOf(tensors, ts));
}
export function rangeDataset(args: PyValue[]): PyDataset {
  if (args.length < 1 || args.length > 3) throw valueError(`Invalid arguments to RangeDataset: ${args.length} given`);
  const [start, stop, step] = args.length === 1 ? [0, args[0], 1] : [args[0], args[1], args[2] ?? 1];
  const t = (v: PyValue, n: string) => tf.convertToTensor(leafTensor(v, 'int64'), 'int64', n);
  const variant = tf.datasetOps.range(t(start, 'start'), t(stop, 'stop'), t(step, 'step'));
  return new PyDataset(variant, { template: null, types: ['int64'], shapes: [[]] });
}
export function zipDatasets(datasets: PyValue): PyDataset {
  const parts = flattenData(datasets);
  if (!parts.length || !parts.every(p => p instanceof PyDataset)) throw typeError('The argument to `Dataset.zip()` must be a nested structure of `Dataset` objects.');
  const ds = parts as PyDataset[];
  const template = packData(datasets, ds.map(d => d.element.template));
  return new PyDataset(tf.datasetOps.zip(ds.map(d => d.variant)), {
    template, types: ds.flatMap(d => d.element.types), shapes: ds.flatMap(d => d.element.shapes),
  });
}
export function textLineDataset(filenames: PyValue): PyDataset {
  const f = leafTensor(filenames, 'string');
  const flat = f.shape !== null && f.shape.length === 0 ? tf.reshape(f, [1]) : f;
  return new PyDataset(tf.datasetOps.textLines(flat), { template: null, types: ['string'], shapes: [[]] }, textLineDatasetClass);
}
export function tfRecordDataset(filenames: PyValue, compression: string, bufferSize: number): PyDataset {
  const f = leafTensor(filenames, 'string');
  const flat = f.shape !== null && f.shape.length === 0 ? tf.reshape(f, [1]) : f;
  return new PyDataset(tf.datasetOps.tfRecords(flat, new tf.NDArray('string', [], [compression]), bufferSize), { template: null, types: ['string'], shapes: [[]] }, tfRecordDatasetClass);
}

const mergeDim = (a: number | null, b: number | null) => (a === b ? a : null);
const count = (v: PyValue, dflt: number) => (v === null ? dflt : leafTensor(v, 'int64'));

function paddedShapesOf(ds: PyDataset, padded: PyValue): tf.Tensor[] {
  const given = isDataStructure(ds.element.template) ? flattenData(padded) : [padded];
  if (given.length !== ds.element.types.length) throw valueError(`The two structures don't have the same number of elements.`);
  return given.map((s, i) => {
    const shape = toStatic(s);
    const rank = ds.element.shapes[i]?.length;
    if (shape === null || (rank !== undefined && shape.length !== rank)) throw valueError(`The padded shape ${String(s)} is not compatible with the corresponding input component shape.`);
    return tf.convertToTensor(tf.NDArray.from(shape.map(d => d ?? -1), 'int64'), 'int64', 'padded_shapes');
  });
}

export const DATASET_METHODS = new MethodTable<PyDataset>([
  method({ name: 'tf.data.Dataset.map', doc: 'Maps map_func across the elements of this dataset (traced once into a graph function).',
    params: [{ name: 'map_func', type: 'callable' }, { name: 'num_parallel_calls', default: null, doc: 'accepted: elements are mapped one at a time, in order' }] },
  (self, a) => {
    const traced = traceElementFunction('map', a.map_func as PyValue, self.element);
    return self.derive(tf.datasetOps.map(self.variant, traced.fn), traced.result);
  }),
  method({ name: 'tf.data.Dataset.filter', doc: 'Filters this dataset according to predicate (a function returning a scalar bool tensor).',
    params: [{ name: 'predicate', type: 'callable' }] },
  (self, a) => {
    const traced = traceElementFunction('filter', a.predicate as PyValue, self.element);
    const r = traced.result;
    if (r.types.length !== 1 || r.types[0] !== 'bool' || (r.shapes[0] !== null && r.shapes[0].length !== 0)) {
      throw valueError('`predicate` must return a scalar boolean tensor.');
    }
    return self.derive(tf.datasetOps.filter(self.variant, traced.fn));
  }),
  method({ name: 'tf.data.Dataset.batch', doc: 'Combines consecutive elements of this dataset into batches.',
    params: [{ name: 'batch_size', type: 'tensor' }, { name: 'drop_remainder', default: false, type: 'flag' }] },
  (self, a) => {
    const size = tf.convertToTensor(a.batch_size, 'int64', 'batch_size');
    const known = a.drop_remainder && size.op.type === 'Const' ? Number((size.op.attrs.value as tf.NDArray).data[0]) : null;
    return self.derive(tf.datasetOps.batch(self.variant, size, a.drop_remainder),
      { ...self.element, shapes: self.element.shapes.map(s => (s === null ? null : [known, ...s])) });
  }),
  method({ name: 'tf.data.Dataset.padded_batch', doc: 'Combines consecutive elements into padded batches (None dimensions pad to the longest).',
    params: [{ name: 'batch_size', type: 'tensor' }, { name: 'padded_shapes' }, { name: 'padding_values', default: null }, { name: 'drop_remainder', default: false, type: 'flag' }] },
  (self, a) => {
    const shapes = paddedShapesOf(self, a.padded_shapes as PyValue);
    const given = a.padding_values === null ? null : isDataStructure(self.element.template) ? flattenData(a.padding_values as PyValue) : [a.padding_values as PyValue];
    const values = self.element.types.map((t, i) => (given === null
      ? tf.convertToTensor(t === 'string' ? new tf.NDArray('string', [], ['']) : tf.NDArray.zeros(t, []), t, 'padding_value')
      : tf.convertToTensor(leafTensor(given[i], t), t, 'padding_value')));
    const size = tf.convertToTensor(a.batch_size, 'int64', 'batch_size');
    const known = a.drop_remainder && size.op.type === 'Const' ? Number((size.op.attrs.value as tf.NDArray).data[0]) : null;
    const staticShapes = flattenData(isDataStructure(self.element.template) ? a.padded_shapes as PyValue : new PyTuple([a.padded_shapes as PyValue]))
      .map((s, i) => { const p = toStatic(s)!; const inShape = self.element.shapes[i]; return [known, ...p.map((d, k) => d ?? (inShape ? mergeDim(inShape[k], null) : null))]; });
    return self.derive(tf.datasetOps.paddedBatch(self.variant, size, shapes, values, a.drop_remainder), { ...self.element, shapes: staticShapes });
  }),
  method({ name: 'tf.data.Dataset.shuffle', doc: "Randomly shuffles the elements of this dataset (TF's buffer algorithm; our own random stream).",
    params: [{ name: 'buffer_size', type: 'tensor' }, { name: 'seed', default: null, type: 'int' }, { name: 'reshuffle_each_iteration', default: null, type: 'bool' }] },
  (self, a) => {
    const [seed, seed2] = tf.getSeed(a.seed);
    return self.derive(tf.datasetOps.shuffle(self.variant, a.buffer_size, seed, seed2, a.reshuffle_each_iteration ?? true));
  }),
  method({ name: 'tf.data.Dataset.repeat', doc: 'Repeats this dataset count times (None or -1: forever).', params: [{ name: 'count', default: null, type: 'tensor' }] },
    (self, a) => self.derive(tf.datasetOps.repeat(self.variant, a.count ?? -1))),
  method({ name: 'tf.data.Dataset.take', doc: 'Creates a Dataset with at most count elements from this dataset.', params: [{ name: 'count', type: 'tensor' }] },
    (self, a) => self.derive(tf.datasetOps.take(self.variant, a.count))),
  method({ name: 'tf.data.Dataset.skip', doc: 'Creates a Dataset that skips count elements from this dataset.', params: [{ name: 'count', type: 'tensor' }] },
    (self, a) => self.derive(tf.datasetOps.skip(self.variant, a.count))),
  method({ name: 'tf.data.Dataset.prefetch', doc: 'Creates a Dataset that prefetches elements (no effect on results: nothing runs ahead here).', params: [{ name: 'buffer_size', type: 'tensor' }] },
    (self, a) => self.derive(tf.datasetOps.prefetch(self.variant, a.buffer_size))),
  method({ name: 'tf.data.Dataset.cache', doc: 'Caches the elements in memory: the first full pass fills the cache, later passes replay it.',
    params: [{ name: 'filename', default: '', type: 'str', unsupported: 'caching to files (only the in-memory cache, filename="")' }] },
  (self, a) => self.derive(tf.datasetOps.cache(self.variant, new tf.NDArray('string', [], [a.filename])))),
  method({ name: 'tf.data.Dataset.concatenate', doc: 'Creates a Dataset by concatenating the given dataset with this dataset.', params: [{ name: 'dataset' }] },
    (self, a) => {
      const other = a.dataset;
      if (!(other instanceof PyDataset)) throw typeError('`dataset` must be a `tf.data.Dataset` object.');
      if (other.element.types.join() !== self.element.types.join()) throw typeError(`Two datasets to concatenate have different types ${reprOf(typesOf(self.element))} and ${reprOf(typesOf(other.element))}`);
      const shapes = self.element.shapes.map((s, i) => { const o = other.element.shapes[i]; return s === null || o === null || s.length !== o.length ? null : s.map((d, k) => mergeDim(d, o[k])); });
      return self.derive(tf.datasetOps.concatenate(self.variant, other.variant), { ...self.element, shapes });
    }),
  method({ name: 'tf.data.Dataset.apply', doc: 'Applies a transformation function to this dataset.', params: [{ name: 'transformation_func', type: 'callable' }] },
    (self, a) => {
      const r = callValue(a.transformation_func as PyValue, [self], null);
      if (!(r instanceof PyDataset)) throw typeError('`transformation_func` must return a Dataset.');
      return r;
    }),
  method({ name: 'tf.data.Dataset.make_one_shot_iterator', doc: 'Creates an Iterator that initializes itself on first use.', params: [] },
    self => makeOneShotIterator(self)),
  method({ name: 'tf.data.Dataset.make_initializable_iterator', doc: 'Creates an Iterator whose `initializer` must run first (and restarts it).',
    params: [{ name: 'shared_name', default: null, type: 'str' }] },
  (self, a) => makeInitializableIterator(self, a.shared_name ?? '')),
  method({ name: 'tf.data.Dataset.flat_map', doc: 'Maps map_func (which returns a Dataset) across this dataset and flattens the results, in order.',
    params: [{ name: 'map_func', type: 'callable' }] },
  (self, a) => {
    const traced = traceElementFunction('flat_map', a.map_func as PyValue, self.element, ret => {
      if (!(ret instanceof PyDataset)) throw typeError('`map_func` must return a `Dataset` object.');
      return { variant: ret.variant, element: ret.element };
    });
    return self.derive(tf.datasetOps.flatMap(self.variant, traced.fn), traced.result);
  }),
  ...['interleave', 'unbatch', 'window', 'reduce', 'padded_window'].map(name => method({
    name: `tf.data.Dataset.${name}`, doc: `Not supported by Gradbook yet: Dataset.${name}.`, params: [], varargs: 'args', varkw: 'kwargs',
  }, () => { throw new PyLikeError('NotImplementedError', `Dataset.${name}() is not supported by Gradbook`); })),
]);

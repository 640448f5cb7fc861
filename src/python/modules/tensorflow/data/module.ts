// tf.data: Dataset (with its static constructors), TextLineDataset, Iterator (from_structure),
// the TF 1.15 module functions make_one_shot_iterator / make_initializable_iterator, and
// experimental.AUTOTUNE. The kernels read files through the session's permitted files.
import type { PyValue } from '../../../objects/core';
import { PyModule } from '../../../objects/callables';
import * as tf from '../../../../engine';
import { boundFunction, entry, functionOf, TableEntry } from '../../../bind';
import { typeError } from '../../../exceptions';
import { sessionFileSystem } from '../../../io/session-files';
import { datasetClass, textLineDatasetClass, tfRecordDatasetClass, tfRecordDataset, PyDataset, fromTensorSlices, fromTensors, rangeDataset, zipDatasets, textLineDataset, DATASET_METHODS } from './dataset_object';
import { iteratorClass, fromStructure, makeInitializableIterator, makeOneShotIterator, ITERATOR_METHODS } from './iterator_object';

const dataset = (v: PyValue, fn: string): PyDataset => {
  if (!(v instanceof PyDataset)) throw typeError(`${fn}() argument 'dataset' must be a tf.data.Dataset`);
  return v;
};

/** Static methods of tf.data.Dataset and tf.data.Iterator. */
const STATICS: readonly TableEntry[] = [
  entry({ name: 'tf.data.Dataset.from_tensor_slices', doc: 'A Dataset whose elements are slices of the given tensors (along their first dimension).', params: [{ name: 'tensors' }] },
    a => fromTensorSlices(a.tensors as PyValue)),
  entry({ name: 'tf.data.Dataset.from_tensors', doc: 'A Dataset with a single element, comprising the given tensors.', params: [{ name: 'tensors' }] },
    a => fromTensors(a.tensors as PyValue)),
  entry({ name: 'tf.data.Dataset.range', doc: 'A Dataset of a step-separated range of int64 values: range(stop), range(start, stop[, step]).', params: [], varargs: 'args' },
    a => rangeDataset((a as unknown as { args: PyValue[] }).args)),
  entry({ name: 'tf.data.Dataset.zip', doc: 'A Dataset by zipping together the given datasets (ends with the shortest).', params: [{ name: 'datasets' }] },
    a => zipDatasets(a.datasets as PyValue)),
  entry({ name: 'tf.data.Iterator.from_structure', doc: 'A new, uninitialized Iterator with the given structure (initialize with make_initializer).',
    params: [{ name: 'output_types' }, { name: 'output_shapes', default: null }, { name: 'shared_name', default: null, type: 'str' }, { name: 'output_classes', default: null }] },
  a => fromStructure(a.output_types as PyValue, a.output_shapes as PyValue | null, a.shared_name ?? '')),
  entry({ name: 'tf.data.Iterator.from_string_handle', doc: 'Not supported: feedable iterators (string handles).', params: [{ name: 'string_handle' }, { name: 'output_types' }, { name: 'output_shapes', default: null }, { name: 'output_classes', default: null }] },
    () => { throw new tf.PyLikeError('NotImplementedError', 'Iterator.from_string_handle() is not supported by Gradbook: feedable iterators'); }),
];

const FUNCTIONS: readonly TableEntry[] = [
  entry({ name: 'tf.data.make_one_shot_iterator', doc: 'Creates a one-shot Iterator for the dataset.', params: [{ name: 'dataset' }] },
    a => makeOneShotIterator(dataset(a.dataset as PyValue, 'make_one_shot_iterator'))),
  entry({ name: 'tf.data.make_initializable_iterator', doc: 'Creates an initializable Iterator for the dataset.', params: [{ name: 'dataset' }, { name: 'shared_name', default: null, type: 'str' }] },
    a => makeInitializableIterator(dataset(a.dataset as PyValue, 'make_initializable_iterator'), a.shared_name ?? '')),
];

const TEXT_LINE = entry({
  name: 'tf.data.TextLineDataset', doc: 'A Dataset of the lines of one or more text files.',
  params: [{ name: 'filenames' }, { name: 'compression_type', default: null, type: 'str', unsupported: 'compressed files' },
    { name: 'buffer_size', default: null, doc: 'read-buffer hint: no effect' }, { name: 'num_parallel_reads', default: null, doc: 'files are read one after another' }],
}, a => textLineDataset(a.filenames as PyValue));

const TF_RECORD = entry({
  name: 'tf.data.TFRecordDataset', doc: 'A Dataset of the records (bytes) of one or more TFRecord files; a bad CRC raises DataLossError.',
  params: [{ name: 'filenames' }, { name: 'compression_type', default: null, type: 'str', doc: "'' (none), 'ZLIB' or 'GZIP'" },
    { name: 'buffer_size', default: null, type: 'int', doc: 'read-buffer hint: no effect' }, { name: 'num_parallel_reads', default: null, doc: 'files are read one after another' }],
}, a => {
  tf.formats.recordCompression(a.compression_type);
  return tfRecordDataset(a.filenames as PyValue, a.compression_type ?? '', a.buffer_size ?? 256 * 1024);
});

/** Every tf.data signature, for the catalog and docs/API.md. */
export const DATA_TABLES: readonly TableEntry[] = [...STATICS, ...FUNCTIONS, TEXT_LINE, TF_RECORD];
export const DATA_METHOD_SIGNATURES = [...DATASET_METHODS.entries, ...ITERATOR_METHODS.entries].map(e => e.signature);

export function installData(tfModule: PyModule): void {
  tf.setKernelFileSystem(sessionFileSystem);
  const data = new PyModule('tensorflow.data');
  for (const e of STATICS) {
    const attr = e.signature.name.slice(e.signature.name.lastIndexOf('.') + 1);
    const cls = e.signature.name.startsWith('tf.data.Iterator') ? iteratorClass : datasetClass;
    cls.dict.set(attr, functionOf(e));
  }
  for (const e of FUNCTIONS) {
    const attr = e.signature.name.slice(e.signature.name.lastIndexOf('.') + 1);
    data.set(attr, functionOf(e));
  }
  const construct = boundFunction(TEXT_LINE);
  textLineDatasetClass.nativeNew = (_c, args, kw) => construct(args, kw);
  data.set('Dataset', datasetClass);
  data.set('TextLineDataset', textLineDatasetClass);
  const constructRecords = boundFunction(TF_RECORD);
  tfRecordDatasetClass.nativeNew = (_c, args, kw) => constructRecords(args, kw);
  data.set('TFRecordDataset', tfRecordDatasetClass);
  data.set('Iterator', iteratorClass);
  const experimental = new PyModule('tensorflow.data.experimental');
  experimental.set('AUTOTUNE', -1);
  data.set('experimental', experimental);
  tfModule.set('data', data);
}

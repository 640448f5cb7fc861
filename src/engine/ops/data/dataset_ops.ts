// tf.data's dataset ops (TF 1.15 names). Each outputs a scalar standing for TF's variant tensor;
// its kernel builds a pipeline stage (engine/data/pipeline) from its input values, so tensors a
// dataset reads (placeholders of an initializable iterator, a map function's captures) are
// evaluated when the iterator is initialized. Builders return that tensor; the Python Dataset
// keeps the element structure, dtypes and static shapes.
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { convertToTensor, makeOp, makeOp1, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpDef, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { DatasetValue, datasetOf, DatasetSource, scalarOf } from '../../data/pipeline/element';
import * as src from '../../data/pipeline/sources';
import { batchSource, paddedBatchSource } from '../../data/pipeline/batching';
import { shuffleSource } from '../../data/pipeline/shuffle';
import { filterSource, flatMapSource, mapSource } from '../../data/pipeline/mapped';
import { attachFunction, DatasetFunction, functionOf } from '../../data/pipeline/function';
import { textLineSource } from '../../data/pipeline/text_lines';
import { tfRecordSource } from '../../data/pipeline/tf_records';
import { recordCompression } from '../../formats/tfrecord';
import type { AttrSchema } from '../attrs';

const VARIANT = [{ dtype: 'string' as const, shape: [] }];
const SPEC_ATTRS = { output_types: attr.any<string[]>('list(type)', []), output_shapes: attr.any<unknown[]>('list(shape)', []) };
const SPEC_TEXT = 'output_types: list(type) >= 1; output_shapes: list(shape) >= 1';

/** A dataset op: its inputs' values → a pipeline stage. */
function datasetOp<S extends AttrSchema>(type: OpTypeName, inputs: string[], attrs: S, tfRow: [string, string], make: (v: NDArray[], o: { name: string; attrs: Record<string, unknown>; op: import('../../graph/operation').Operation }) => DatasetSource): OpDef<S> {
  return defineOp({
    type, family: 'control', inputs, attrs,
    infer: () => VARIANT,
    compute: (values, o) => [new DatasetValue(make(values.slice(), { name: o.name, attrs: o.attrs as Record<string, unknown>, op: o }))],
    gradient: NOT_DIFFERENTIABLE,
    stateful: true,
    tf: op(type, tfRow[0], 'handle: variant', tfRow[1], { stateful: true, gradbookOnly: true }),
  });
}

const ds = (v: NDArray, o: { name: string }) => datasetOf(v, o.name);

export const TensorSliceDataset = datasetOp(OpType.TensorSliceDataset, ['*components'], { Toutput_types: attr.any<string[]>('list(type)', []), output_shapes: SPEC_ATTRS.output_shapes },
  ['components: L:Toutput_types', 'Toutput_types: list(type); output_shapes: list(shape)'], v => src.sliceSource(v));
export const TensorDataset = datasetOp(OpType.TensorDataset, ['*components'], { Toutput_types: attr.any<string[]>('list(type)', []), output_shapes: SPEC_ATTRS.output_shapes },
  ['components: L:Toutput_types', 'Toutput_types: list(type); output_shapes: list(shape)'], v => src.tensorSource(v));
export const RangeDataset = datasetOp(OpType.RangeDataset, ['start', 'stop', 'step'], SPEC_ATTRS,
  ['start: int64, stop: int64, step: int64', SPEC_TEXT], ([a, b, c]) => src.rangeSource(scalarOf(a), scalarOf(b), scalarOf(c)));
export const ZipDataset = datasetOp(OpType.ZipDataset, ['*input_datasets'], { ...SPEC_ATTRS, N: attr.int() },
  ['input_datasets: N * variant', `${SPEC_TEXT}; N: int >= 1`], (v, o) => src.zipSource(v.map(x => ds(x, o))));
export const ConcatenateDataset = datasetOp(OpType.ConcatenateDataset, ['input_dataset', 'another_dataset'], SPEC_ATTRS,
  ['input_dataset: variant, another_dataset: variant', SPEC_TEXT], ([a, b], o) => src.concatenateSource(ds(a, o), ds(b, o)));
export const TakeDataset = datasetOp(OpType.TakeDataset, ['input_dataset', 'count'], SPEC_ATTRS,
  ['input_dataset: variant, count: int64', SPEC_TEXT], ([a, n], o) => src.takeSource(ds(a, o), scalarOf(n)));
export const SkipDataset = datasetOp(OpType.SkipDataset, ['input_dataset', 'count'], SPEC_ATTRS,
  ['input_dataset: variant, count: int64', SPEC_TEXT], ([a, n], o) => src.skipSource(ds(a, o), scalarOf(n)));
export const RepeatDataset = datasetOp(OpType.RepeatDataset, ['input_dataset', 'count'], SPEC_ATTRS,
  ['input_dataset: variant, count: int64', SPEC_TEXT], ([a, n], o) => src.repeatSource(ds(a, o), scalarOf(n)));
export const PrefetchDataset = datasetOp(OpType.PrefetchDataset, ['input_dataset', 'buffer_size'], SPEC_ATTRS,
  ['input_dataset: variant, buffer_size: int64', SPEC_TEXT], ([a], o) => ds(a, o));
export const CacheDataset = datasetOp(OpType.CacheDataset, ['input_dataset', 'filename'], SPEC_ATTRS,
  ['input_dataset: variant, filename: string', SPEC_TEXT], ([a], o) => src.cacheSource(ds(a, o)));
export const BatchDatasetV2 = datasetOp(OpType.BatchDatasetV2, ['input_dataset', 'batch_size', 'drop_remainder'], SPEC_ATTRS,
  ['input_dataset: variant, batch_size: int64, drop_remainder: bool', SPEC_TEXT], ([a, n, d], o) => batchSource(ds(a, o), scalarOf(n), d.data[0] !== 0));
export const PaddedBatchDatasetV2 = datasetOp(OpType.PaddedBatchDatasetV2, ['input_dataset', 'batch_size', '*rest'], { ...SPEC_ATTRS, N: attr.int(), Toutput_types: attr.any<string[]>('list(type)', []) },
  ['input_dataset: variant, batch_size: int64, padded_shapes: N * int64, padding_values: L:Toutput_types, drop_remainder: bool', 'Toutput_types: list(type); output_shapes: list(shape); N: int >= 1'],
  ([a, n, ...rest], o) => {
    const k = o.attrs.N as number;
    const shapes = rest.slice(0, k).map(s => Array.from(s.data as ArrayLike<number>, Number));
    return paddedBatchSource(ds(a, o), scalarOf(n), shapes, rest.slice(k, 2 * k), rest[2 * k].data[0] !== 0);
  });
export const ShuffleDataset = datasetOp(OpType.ShuffleDataset, ['input_dataset', 'buffer_size', 'seed', 'seed2'], { ...SPEC_ATTRS, reshuffle_each_iteration: attr.bool(true) },
  ['input_dataset: variant, buffer_size: int64, seed: int64, seed2: int64', `reshuffle_each_iteration: bool = true; ${SPEC_TEXT}`],
  ([a, b, s1, s2], o) => shuffleSource(ds(a, o), scalarOf(b), scalarOf(s1), scalarOf(s2), o.attrs.reshuffle_each_iteration as boolean));
export const MapDataset = datasetOp(OpType.MapDataset, ['input_dataset', '*other_arguments'], { ...SPEC_ATTRS, f: attr.string(''), Targuments: attr.any<string[]>('list(type)', []) },
  ['input_dataset: variant, other_arguments: L:Targuments', `f: string; Targuments: list(type) >= 0; ${SPEC_TEXT}`],
  ([a, ...captured], o) => mapSource(ds(a, o), functionOf(o.op), captured));
export const FilterDataset = datasetOp(OpType.FilterDataset, ['input_dataset', '*other_arguments'], { ...SPEC_ATTRS, predicate: attr.string(''), Targuments: attr.any<string[]>('list(type)', []) },
  ['input_dataset: variant, other_arguments: L:Targuments', `predicate: string; Targuments: list(type) >= 0; ${SPEC_TEXT}`],
  ([a, ...captured], o) => filterSource(ds(a, o), functionOf(o.op), captured));
export const FlatMapDataset = datasetOp(OpType.FlatMapDataset, ['input_dataset', '*other_arguments'], { ...SPEC_ATTRS, f: attr.string(''), Targuments: attr.any<string[]>('list(type)', []) },
  ['input_dataset: variant, other_arguments: L:Targuments', `f: string; Targuments: list(type) >= 0; ${SPEC_TEXT}`],
  ([a, ...captured], o) => flatMapSource(ds(a, o), functionOf(o.op), captured));
export const TextLineDataset = datasetOp(OpType.TextLineDataset, ['filenames', 'compression_type', 'buffer_size'], {},
  ['filenames: string, compression_type: string, buffer_size: int64', ''],
  ([f]) => textLineSource((f.data as string[]).slice()));
export const TFRecordDataset = datasetOp(OpType.TFRecordDataset, ['filenames', 'compression_type', 'buffer_size'], {},
  ['filenames: string, compression_type: string, buffer_size: int64', ''],
  ([f, c]) => tfRecordSource((f.data as string[]).slice(), recordCompression(String(c.data[0]))));

const i64 = (v: TensorLike, name: string): Tensor => convertToTensor(v, 'int64', name);

/** Builders: each returns the dataset's variant tensor. */
export const datasetOps = {
  tensorSlices: (components: Tensor[]) => makeOp1(OpType.TensorSliceDataset, components, { Toutput_types: components.map(c => c.dtype) }, 'TensorSliceDataset'),
  tensors: (components: Tensor[]) => makeOp1(OpType.TensorDataset, components, { Toutput_types: components.map(c => c.dtype) }, 'TensorDataset'),
  range: (start: TensorLike, stop: TensorLike, step: TensorLike) => makeOp1(OpType.RangeDataset, [i64(start, 'start'), i64(stop, 'stop'), i64(step, 'step')], {}, 'RangeDataset'),
  zip: (inputs: Tensor[]) => makeOp1(OpType.ZipDataset, inputs, { N: inputs.length }, 'ZipDataset'),
  concatenate: (a: Tensor, b: Tensor) => makeOp1(OpType.ConcatenateDataset, [a, b], {}, 'ConcatenateDataset'),
  take: (a: Tensor, n: TensorLike) => makeOp1(OpType.TakeDataset, [a, i64(n, 'count')], {}, 'TakeDataset'),
  skip: (a: Tensor, n: TensorLike) => makeOp1(OpType.SkipDataset, [a, i64(n, 'count')], {}, 'SkipDataset'),
  repeat: (a: Tensor, n: TensorLike) => makeOp1(OpType.RepeatDataset, [a, i64(n, 'count')], {}, 'RepeatDataset'),
  prefetch: (a: Tensor, n: TensorLike) => makeOp1(OpType.PrefetchDataset, [a, i64(n, 'buffer_size')], {}, 'PrefetchDataset'),
  cache: (a: Tensor, filename: TensorLike) => makeOp1(OpType.CacheDataset, [a, convertToTensor(filename, 'string', 'filename')], {}, 'CacheDataset'),
  batch: (a: Tensor, n: TensorLike, drop: TensorLike) => makeOp1(OpType.BatchDatasetV2, [a, i64(n, 'batch_size'), convertToTensor(drop, 'bool', 'drop_remainder')], {}, 'BatchDatasetV2'),
  paddedBatch: (a: Tensor, n: TensorLike, shapes: Tensor[], values: Tensor[], drop: TensorLike) => makeOp1(OpType.PaddedBatchDatasetV2,
    [a, i64(n, 'batch_size'), ...shapes, ...values, convertToTensor(drop, 'bool', 'drop_remainder')], { N: shapes.length, Toutput_types: values.map(v => v.dtype) }, 'PaddedBatchDatasetV2'),
  shuffle: (a: Tensor, size: TensorLike, seed: number, seed2: number, reshuffle: boolean) => makeOp1(OpType.ShuffleDataset,
    [a, i64(size, 'buffer_size'), i64(seed, 'seed'), i64(seed2, 'seed2')], { reshuffle_each_iteration: reshuffle }, 'ShuffleDataset'),
  map: (a: Tensor, fn: DatasetFunction) => withFunction(OpType.MapDataset, a, fn, 'f'),
  filter: (a: Tensor, fn: DatasetFunction) => withFunction(OpType.FilterDataset, a, fn, 'predicate'),
  flatMap: (a: Tensor, fn: DatasetFunction) => withFunction(OpType.FlatMapDataset, a, fn, 'f'),
  tfRecords: (filenames: TensorLike, compression: TensorLike, bufferSize: TensorLike) => makeOp1(OpType.TFRecordDataset,
    [convertToTensor(filenames, 'string', 'filenames'), convertToTensor(compression, 'string', 'compression_type'), i64(bufferSize, 'buffer_size')], {}, 'TFRecordDataset'),
  textLines: (filenames: TensorLike) => makeOp1(OpType.TextLineDataset,
    [convertToTensor(filenames, 'string', 'filenames'), convertToTensor(new NDArray('string', [], ['']), 'string', 'compression_type'), i64(256 * 1024, 'buffer_size')], {}, 'TextLineDataset'),
};

function withFunction(type: OpTypeName, input: Tensor, fn: DatasetFunction, attrName: string): Tensor {
  const o = makeOp(type, [input, ...fn.captures], { [attrName]: fn.ctx.name, Targuments: fn.captures.map(t => t.dtype) }, type, fn.ctx.controlCaptures);
  attachFunction(o, fn);
  return o.outputs[0];
}

export const DATASET_OPS: OpGroup = {
  ops: [TensorSliceDataset, TensorDataset, RangeDataset, ZipDataset, ConcatenateDataset, TakeDataset, SkipDataset, RepeatDataset,
    PrefetchDataset, CacheDataset, BatchDatasetV2, PaddedBatchDatasetV2, ShuffleDataset, MapDataset, FilterDataset, FlatMapDataset, TextLineDataset, TFRecordDataset],
  api: [],
};

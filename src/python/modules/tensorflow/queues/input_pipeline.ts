// tf.train's queue input pipelines (TF 1.15 training/input.py): limit_epochs, the producers
// (input_producer, string_input_producer, range_input_producer, slice_input_producer) and the
// batchers (batch, shuffle_batch and their _join forms). Each builds its queue, enqueue ops and a
// QueueRunner in GraphKeys.QUEUE_RUNNERS, under TF's name scopes. The fraction-full summaries
// TF adds are left out.
import type { PyValue } from '../../../objects/core';
import { PyDict, PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { typeError, valueError } from '../../../exceptions';
import { leafTensor } from '../control/structured';
import { toStatic } from '../shape_object';
import { out } from '../define';
import { newQueue, PyQueue } from './queue_object';
import { makeQueueRunner } from './coordinator';

const g = () => tf.getDefaultGraph();
const NAME = { name: 'name', default: null, type: 'name' } as const;

export function limitEpochs(tensor: tf.Tensor, numEpochs: number | null, name: string | null): tf.Tensor {
  if (numEpochs === null) return tensor;
  if (numEpochs <= 0) throw valueError(`num_epochs must be > 0 not ${numEpochs}.`);
  return g().withNameScope(name, 'limit_epochs', scope => {
    const zero = tf.constant(tf.NDArray.from(0, 'int64'), 'int64', 'Const');
    const epochs = new tf.Variable(zero, { name: 'epochs', trainable: false, collections: [tf.GraphKeys.LOCAL_VARIABLES] });
    const counter = tf.readerOps.countUpTo(epochs.ref, numEpochs, 'CountUpTo');
    return g().withControlDependencies([counter.op], () => tf.identity(tensor, scope));
  });
}

function addRunner(queue: PyQueue, enqueueOps: tf.Operation[]): void {
  g().addToCollection(tf.GraphKeys.QUEUE_RUNNERS, makeQueueRunner(queue, enqueueOps));
}

/** The producer queue: one (reshuffled) epoch of `input` per run of its enqueue op. */
export function inputProducer(input: tf.Tensor, elementShape: tf.StaticShape | null, numEpochs: number | null, shuffle: boolean, seed: number | null, capacity: number, sharedName: string | null, name: string | null): PyQueue {
  return g().withNameScope(name, 'input_producer', scope => {
    const shape = elementShape ?? (input.shape === null ? null : input.shape.slice(1));
    if (shape === null || shape.some(d => d === null)) throw valueError('Either `input_tensor` must have a fully defined shape or `element_shape` must be specified');
    let t = shuffle ? tf.randomShuffle(input, seed) : input;
    t = limitEpochs(t, numEpochs, null);
    const q = newQueue('FIFOQueue', capacity, [t.dtype], [shape], null, sharedName, scope);
    addRunner(q, [q.scope(null, 'EnqueueMany', s => tf.queueOps.enqueue(q.handle, [t], true, s))]);
    return q;
  });
}

export function rangeInputProducer(limit: tf.TensorLike, numEpochs: number | null, shuffle: boolean, seed: number | null, capacity: number, sharedName: string | null, name: string | null): PyQueue {
  return g().withNameScope(name, 'input_producer', scope => {
    const range = tf.range(0, limit, 1, null, 'range');
    return inputProducer(range, [], numEpochs, shuffle, seed, capacity, sharedName, scope);
  });
}

/** The tensors of a batcher's `tensors` argument (a list or a dict) and how to rebuild it. */
function flatTensors(v: PyValue, fn: string): { tensors: tf.Tensor[]; rebuild: (ts: PyValue) => PyValue } {
  if (v instanceof PyDict) {
    const keys = v.keys();
    const tensors = keys.map(k => leafTensor(v.get(k)!));
    return { tensors, rebuild: r => { const d = new PyDict(); const items = r instanceof PyList ? r.items : [r]; keys.forEach((k, i) => d.set(k, items[i])); return d; } };
  }
  const items = v instanceof PyList || v instanceof PyTuple ? v.items : null;
  if (items === null || items.length === 0) throw typeError(`${fn}: Expected at least one tensor in the list or dict \`tensors\``);
  return { tensors: items.map(x => leafTensor(x)), rebuild: r => r };
}

function queueShapes(tensors: tf.Tensor[], shapes: PyValue, enqueueMany: boolean, dynamicPad: boolean): tf.StaticShape[] {
  if (shapes !== null) return (shapes as PyList).items.map(s => toStatic(s));
  return tensors.map(t => {
    const s = t.shape === null ? null : enqueueMany ? t.shape.slice(1) : t.shape;
    if (s === null || (!dynamicPad && s.some(d => d === null))) {
      throw valueError(`All shapes must be fully defined: [${tensors.map(x => `TensorShape(${x.shape === null ? 'None' : `[${x.shape.map(d => `Dimension(${d ?? 'None'})`).join(', ')}]`})`).join(', ')}]`);
    }
    return s;
  });
}

interface BatchArgs {
  tensorsList: PyValue[]; batchSize: tf.TensorLike; capacity: number; threadsPerList: number; enqueueMany: boolean; shapes: PyValue;
  dynamicPad: boolean; smallerFinal: boolean; sharedName: string | null; name: string | null; scope: string; fn: string;
  shuffle?: { minAfterDequeue: number; seed: number | null };
}

function batchImpl(a: BatchArgs): PyValue {
  return g().withNameScope(a.name, a.scope, scope => {
    const lists = a.tensorsList.map(t => flatTensors(t, a.fn));
    const first = lists[0];
    const types = first.tensors.map(t => t.dtype);
    const shapes = queueShapes(first.tensors, a.shapes, a.enqueueMany, a.dynamicPad);
    const kind: tf.QueueKind = a.shuffle ? 'RandomShuffleQueue' : a.dynamicPad ? 'PaddingFIFOQueue' : 'FIFOQueue';
    const defaultName = a.shuffle ? 'random_shuffle_queue' : a.dynamicPad ? 'padding_fifo_queue' : 'fifo_queue';
    const q = newQueue(kind, a.capacity, types, shapes, null, a.sharedName, defaultName, a.shuffle ?? {});
    const ops: tf.Operation[] = [];
    for (const l of lists) {
      const op = q.scope(null, a.enqueueMany ? 'EnqueueMany' : 'enqueue', s => tf.queueOps.enqueue(q.handle, l.tensors.map((t, i) => (t.dtype === types[i] ? t : tf.cast(t, types[i]))), a.enqueueMany, s));
      for (let k = 0; k < a.threadsPerList; k++) ops.push(op);
    }
    addRunner(q, ops);
    const n = tf.convertToTensor(a.batchSize, 'int32', 'batch_size');
    const known = n.op.type === 'Const' && !a.smallerFinal ? Number((n.op.attrs.value as tf.NDArray).data[0]) : null;
    const outShapes = shapes.map(s => (s === null ? null : [known, ...s]));
    const dequeued = tf.queueOps.dequeueMany(q.handle, n, a.smallerFinal, types, outShapes, scope);
    return first.rebuild(dequeued.length === 1 && !(a.tensorsList[0] instanceof PyDict) ? out(dequeued[0]) : new PyList(dequeued.map(t => out(t))));
  });
}

const listOfLists = (v: PyValue): PyValue[] => (v instanceof PyList || v instanceof PyTuple ? v.items : []);
const BATCH_COMMON = [
  { name: 'enqueue_many', default: false, type: 'flag' }, { name: 'shapes', default: null },
] as const;

export const INPUT_PIPELINE_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.train.limit_epochs', doc: 'Returns tensor num_epochs times and then raises an OutOfRange error (a local epochs variable).',
    params: [{ name: 'tensor', type: 'tensor' }, { name: 'num_epochs', default: null, type: 'int' }, NAME] },
  a => out(limitEpochs(tf.convertToTensor(a.tensor), a.num_epochs, a.name))),
  entry({ name: 'tf.train.input_producer', doc: 'Output the rows of input_tensor to a queue for an input pipeline (returns the queue).',
    params: [{ name: 'input_tensor', type: 'tensor' }, { name: 'element_shape', default: null, type: 'shape' }, { name: 'num_epochs', default: null, type: 'int' },
      { name: 'shuffle', default: true, type: 'flag' }, { name: 'seed', default: null, type: 'int' }, { name: 'capacity', default: 32, type: 'int' },
      { name: 'shared_name', default: null, type: 'str' }, { name: 'summary_name', default: null, type: 'str', doc: 'accepted; the summary is not written' }, NAME,
      { name: 'cancel_op', default: null, unsupported: 'custom cancel ops' }] },
  a => inputProducer(tf.convertToTensor(a.input_tensor, null, 'input_tensor'), a.element_shape, a.num_epochs, a.shuffle, a.seed, a.capacity, a.shared_name, a.name)),
  entry({ name: 'tf.train.string_input_producer', doc: 'Output strings (e.g. filenames) to a queue for an input pipeline (returns the queue).',
    params: [{ name: 'string_tensor' }, { name: 'num_epochs', default: null, type: 'int' }, { name: 'shuffle', default: true, type: 'flag' },
      { name: 'seed', default: null, type: 'int' }, { name: 'capacity', default: 32, type: 'int' }, { name: 'shared_name', default: null, type: 'str' }, NAME,
      { name: 'cancel_op', default: null, unsupported: 'custom cancel ops' }] },
  a => {
    const v = a.string_tensor as PyValue;
    if ((v instanceof PyList || v instanceof PyTuple) && v.items.length === 0) throw valueError('string_input_producer requires a non-null input tensor');
    return g().withNameScope(a.name, 'input_producer', scope => {
      const t = tf.convertToTensor(leafTensor(v, 'string'), 'string');
      return inputProducer(t, null, a.num_epochs, a.shuffle, a.seed, a.capacity, a.shared_name, scope);
    });
  }),
  entry({ name: 'tf.train.range_input_producer', doc: 'Produces the integers from 0 to limit-1 in a queue (returns the queue).',
    params: [{ name: 'limit', type: 'tensor' }, { name: 'num_epochs', default: null, type: 'int' }, { name: 'shuffle', default: true, type: 'flag' },
      { name: 'seed', default: null, type: 'int' }, { name: 'capacity', default: 32, type: 'int' }, { name: 'shared_name', default: null, type: 'str' }, NAME] },
  a => rangeInputProducer(a.limit, a.num_epochs, a.shuffle, a.seed, a.capacity, a.shared_name, a.name)),
  entry({ name: 'tf.train.slice_input_producer', doc: 'Produces a slice of each Tensor in tensor_list (returns the list of slices).',
    params: [{ name: 'tensor_list', type: 'tensors' }, { name: 'num_epochs', default: null, type: 'int' }, { name: 'shuffle', default: true, type: 'flag' },
      { name: 'seed', default: null, type: 'int' }, { name: 'capacity', default: 32, type: 'int' }, { name: 'shared_name', default: null, type: 'str' }, NAME] },
  a => g().withNameScope(a.name, 'input_producer', () => {
    const ts = a.tensor_list.map((t, i) => tf.convertToTensor(t, null, `tensor_list_${i}`));
    if (!ts.length) throw valueError('Expected at least one tensor in slice_input_producer().');
    const size = ts[0].shape?.[0] ?? null;
    const limit = size !== null ? size : tf.stridedSlice(tf.shape(ts[0]), [0], [1], [1], { shrinkAxisMask: 1 });
    const q = rangeInputProducer(limit, a.num_epochs, a.shuffle, a.seed, a.capacity, a.shared_name, null);
    const index = tf.queueOps.dequeue(q.handle, ['int32'], [[]], `${q.baseName}_Dequeue`)[0];
    return new PyList(ts.map(t => out(tf.gather(t, index))));
  })),
  entry({ name: 'tf.train.batch', doc: 'Creates batches of tensors in tensors (a FIFOQueue filled by a QueueRunner).',
    params: [{ name: 'tensors' }, { name: 'batch_size', type: 'tensor' }, { name: 'num_threads', default: 1, type: 'int' }, { name: 'capacity', default: 32, type: 'int' },
      ...BATCH_COMMON, { name: 'dynamic_pad', default: false, type: 'flag' }, { name: 'allow_smaller_final_batch', default: false, type: 'flag' },
      { name: 'shared_name', default: null, type: 'str' }, NAME] },
  a => batchImpl({ tensorsList: [a.tensors as PyValue], batchSize: a.batch_size, capacity: a.capacity, threadsPerList: a.num_threads, enqueueMany: a.enqueue_many,
    shapes: a.shapes as PyValue, dynamicPad: a.dynamic_pad, smallerFinal: a.allow_smaller_final_batch, sharedName: a.shared_name, name: a.name, scope: 'batch', fn: 'batch' })),
  entry({ name: 'tf.train.batch_join', doc: 'Runs a list of tensor lists to fill one queue (one enqueue op per list) and batches it.',
    params: [{ name: 'tensors_list' }, { name: 'batch_size', type: 'tensor' }, { name: 'capacity', default: 32, type: 'int' }, ...BATCH_COMMON,
      { name: 'dynamic_pad', default: false, type: 'flag' }, { name: 'allow_smaller_final_batch', default: false, type: 'flag' }, { name: 'shared_name', default: null, type: 'str' }, NAME] },
  a => batchImpl({ tensorsList: listOfLists(a.tensors_list as PyValue), batchSize: a.batch_size, capacity: a.capacity, threadsPerList: 1, enqueueMany: a.enqueue_many,
    shapes: a.shapes as PyValue, dynamicPad: a.dynamic_pad, smallerFinal: a.allow_smaller_final_batch, sharedName: a.shared_name, name: a.name, scope: 'batch_join', fn: 'batch_join' })),
  entry({ name: 'tf.train.shuffle_batch', doc: 'Creates batches by randomly shuffling tensors (a RandomShuffleQueue filled by a QueueRunner).',
    params: [{ name: 'tensors' }, { name: 'batch_size', type: 'tensor' }, { name: 'capacity', type: 'int' }, { name: 'min_after_dequeue', type: 'int' },
      { name: 'num_threads', default: 1, type: 'int' }, { name: 'seed', default: null, type: 'int' }, ...BATCH_COMMON,
      { name: 'allow_smaller_final_batch', default: false, type: 'flag' }, { name: 'shared_name', default: null, type: 'str' }, NAME] },
  a => {
    if (a.capacity <= a.min_after_dequeue) throw valueError(`capacity ${a.capacity} must be bigger than min_after_dequeue ${a.min_after_dequeue}.`);
    return batchImpl({ tensorsList: [a.tensors as PyValue], batchSize: a.batch_size, capacity: a.capacity, threadsPerList: a.num_threads, enqueueMany: a.enqueue_many,
      shapes: a.shapes as PyValue, dynamicPad: false, smallerFinal: a.allow_smaller_final_batch, sharedName: a.shared_name, name: a.name, scope: 'shuffle_batch', fn: 'shuffle_batch',
      shuffle: { minAfterDequeue: a.min_after_dequeue, seed: a.seed } });
  }),
  entry({ name: 'tf.train.shuffle_batch_join', doc: 'Shuffle-batches tensors from several tensor lists (one enqueue op per list).',
    params: [{ name: 'tensors_list' }, { name: 'batch_size', type: 'tensor' }, { name: 'capacity', type: 'int' }, { name: 'min_after_dequeue', type: 'int' },
      { name: 'seed', default: null, type: 'int' }, ...BATCH_COMMON, { name: 'allow_smaller_final_batch', default: false, type: 'flag' },
      { name: 'shared_name', default: null, type: 'str' }, NAME] },
  a => {
    if (a.capacity <= a.min_after_dequeue) throw valueError(`capacity ${a.capacity} must be bigger than min_after_dequeue ${a.min_after_dequeue}.`);
    return batchImpl({ tensorsList: listOfLists(a.tensors_list as PyValue), batchSize: a.batch_size, capacity: a.capacity, threadsPerList: 1, enqueueMany: a.enqueue_many,
      shapes: a.shapes as PyValue, dynamicPad: false, smallerFinal: a.allow_smaller_final_batch, sharedName: a.shared_name, name: a.name, scope: 'shuffle_batch_join', fn: 'shuffle_batch_join',
      shuffle: { minAfterDequeue: a.min_after_dequeue, seed: a.seed } });
  }),
];

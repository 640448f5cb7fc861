// tf.FIFOQueue, tf.PaddingFIFOQueue, tf.RandomShuffleQueue (TF 1.15's QueueBase): constructors
// and methods bound from TF's signatures over the engine's queue ops. Values go in as a list,
// tuple or dict (with names) of components; a single-component dequeue gives one tensor.
import type { PyValue } from '../../../objects/core';
import { PyDict, PyList, PyTuple } from '../../../objects/containers';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import { constructorOf, method, MethodTable } from '../../../bind';
import { typeError, valueError } from '../../../exceptions';
import { toDType } from '../dtype_object';
import { toStatic, PyTensorShape } from '../shape_object';
import { PyDType } from '../dtype_object';
import { leafTensor } from '../control/structured';
import { out } from '../define';

export class PyQueue extends HostObject {
  constructor(readonly kind: tf.QueueKind, readonly handle: tf.Tensor, readonly dtypes: tf.DType[], readonly shapes: tf.StaticShape[] | null, readonly names: string[] | null) { super(); }
  override get pyTypeName() { return this.kind; }
  override get type() { return hostClass(this.kind, 'tensorflow'); }
  override repr(): string { return `<tensorflow.python.ops.data_flow_ops.${this.kind} object>`; }
  /** The queue op's own name (its last path part), which TF's op name scopes use. */
  get baseName(): string { const n = this.handle.op.name; return n.slice(n.lastIndexOf('/') + 1); }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'name': return this.handle.op.name;
      case 'queue_ref': return out(this.handle);
      case 'dtypes': return new PyList(this.dtypes.map(d => PyDType.of(d)));
      case 'shapes': return new PyList(this.dtypes.map((_, i) => new PyTensorShape(this.shapes?.[i] ?? null)));
      case 'names': return this.names === null ? null : new PyList(this.names.slice());
    }
    return QUEUE_METHODS.get(this, name);
  }
  /** vals (a list, tuple, dict or one value) as one tensor per component. */
  components(vals: PyValue, many: boolean): tf.Tensor[] {
    let items: PyValue[];
    if (vals instanceof PyDict) {
      if (this.names === null) throw valueError('Queue must have names to enqueue a dictionary');
      items = this.names.map(n => { const v = vals.get(n); if (v === undefined) throw valueError(`Queue definition has names ${JSON.stringify(this.names)}, but enqueue got a dictionary without key ${n}`); return v; });
    } else items = vals instanceof PyList || vals instanceof PyTuple ? vals.items : [vals];
    if (items.length !== this.dtypes.length) throw valueError(`Expected ${this.dtypes.length} components but got ${items.length}`);
    return items.map((v, i) => {
      const t = leafTensor(v, this.dtypes[i]);
      const shape = this.shapes?.[i];
      if (shape && t.shape !== null) {
        const s = many ? t.shape.slice(1) : t.shape;
        const fits = s.length === shape.length && shape.every((d, k) => d === null || s[k] === null || s[k] === d);
        if (!fits) throw valueError(`Shapes ${tfShape(s)} and ${tfShape(shape)} are incompatible`);
      }
      return t;
    });
  }
  /** Dequeued tensors as TF returns them: one tensor, a list, or a dict by names. */
  result(ts: tf.Tensor[]): PyValue {
    if (this.names !== null) { const d = new PyDict(); this.names.forEach((n, i) => d.set(n, out(ts[i]))); return d; }
    return ts.length === 1 ? out(ts[0]) : new PyList(ts.map(t => out(t)));
  }
  scope<T>(name: string | null, suffix: string, f: (scope: string) => T): T {
    return tf.getDefaultGraph().withNameScope(name, `${this.baseName}_${suffix}`, f);
  }
}

const tfShape = (s: tf.StaticShape) => (s === null ? '<unknown>' : `(${s.map(d => d ?? '?').join(', ')}${s.length === 1 ? ',' : ''})`);
const NAME = { name: 'name', default: null, type: 'name' } as const;
const staticN = (n: tf.Tensor): number | null => (n.op.type === 'Const' ? Number((n.op.attrs.value as tf.NDArray).data[0]) : null);

export const QUEUE_METHODS = new MethodTable<PyQueue>([
  method({ name: 'tf.QueueBase.enqueue', doc: 'Enqueues one element to this queue.', params: [{ name: 'vals' }, NAME] },
    (self, a) => self.scope(a.name, 'enqueue', s => out(tf.queueOps.enqueue(self.handle, self.components(a.vals as PyValue, false), false, s)))),
  method({ name: 'tf.QueueBase.enqueue_many', doc: 'Enqueues zero or more elements (the rows of each component) to this queue.', params: [{ name: 'vals' }, NAME] },
    (self, a) => self.scope(a.name, 'EnqueueMany', s => out(tf.queueOps.enqueue(self.handle, self.components(a.vals as PyValue, true), true, s)))),
  method({ name: 'tf.QueueBase.dequeue', doc: 'Dequeues one element from this queue (runs its queue runners while it is empty).', params: [NAME] },
    (self, a) => self.scope(a.name, 'Dequeue', s => self.result(tf.queueOps.dequeue(self.handle, self.dtypes, self.dtypes.map((_, i) => self.shapes?.[i] ?? null), s)))),
  method({ name: 'tf.QueueBase.dequeue_many', doc: 'Dequeues and concatenates n elements from this queue.', params: [{ name: 'n', type: 'tensor' }, NAME] },
    (self, a) => self.scope(a.name, 'DequeueMany', s => {
      const n = tf.convertToTensor(a.n, 'int32', 'n');
      return self.result(tf.queueOps.dequeueMany(self.handle, n, false, self.dtypes, self.dtypes.map((_, i) => (self.shapes?.[i] ? [staticN(n), ...self.shapes[i]!] : null)), s));
    })),
  method({ name: 'tf.QueueBase.dequeue_up_to', doc: 'Dequeues n elements, or fewer once the queue is closed.', params: [{ name: 'n', type: 'tensor' }, NAME] },
    (self, a) => self.scope(a.name, 'DequeueUpTo', s => {
      const n = tf.convertToTensor(a.n, 'int32', 'n');
      return self.result(tf.queueOps.dequeueMany(self.handle, n, true, self.dtypes, self.dtypes.map((_, i) => (self.shapes?.[i] ? [null, ...self.shapes[i]!] : null)), s));
    })),
  method({ name: 'tf.QueueBase.close', doc: 'Closes this queue: further enqueues fail; dequeues drain what is left.', params: [{ name: 'cancel_pending_enqueues', default: false, type: 'bool' }, NAME] },
    (self, a) => self.scope(a.name, 'Close', s => out(tf.queueOps.close(self.handle, a.cancel_pending_enqueues, s)))),
  method({ name: 'tf.QueueBase.size', doc: 'The number of elements in this queue.', params: [NAME] },
    (self, a) => self.scope(a.name, 'Size', s => out(tf.queueOps.size(self.handle, s)))),
  method({ name: 'tf.QueueBase.is_closed', doc: 'Whether this queue is closed.', params: [NAME] },
    (self, a) => self.scope(a.name, 'IsClosed', s => out(tf.queueOps.isClosed(self.handle, s)))),
]);

function dtypeList(v: PyValue): { types: tf.DType[]; single: boolean } {
  if (v instanceof PyList || v instanceof PyTuple) return { types: v.items.map(x => toDType(x)!), single: false };
  return { types: [toDType(v)!], single: true };
}

function shapeList(v: PyValue, single: boolean, n: number): tf.StaticShape[] | null {
  if (v === null) return null;
  const items = v instanceof PyList || v instanceof PyTuple ? v.items : [v];
  // One shape for one dtype may be written as the shape itself: shapes=[2] or shapes=[[2]].
  const looksLikeOne = single && items.every(x => typeof x === 'number' || typeof x === 'bigint' || x === null);
  const shapes = (looksLikeOne ? [v] : items).map(s => toStatic(s));
  if (shapes.length !== n) throw valueError(`Queue shapes must have the same length as dtypes`);
  return shapes;
}

function namesList(v: PyValue, n: number): string[] | null {
  if (v === null) return null;
  const items = v instanceof PyList || v instanceof PyTuple ? v.items : [v];
  if (items.length !== n) throw valueError(`Queue names must have the same length as dtypes`);
  return items.map(x => String(x));
}

export function makeQueue(kind: tf.QueueKind, capacity: number, dtypes: PyValue, shapes: PyValue, names: PyValue, sharedName: string | null, name: string, extra: { minAfterDequeue?: number; seed?: number | null } = {}): PyQueue {
  const { types, single } = dtypeList(dtypes);
  return newQueue(kind, capacity, types, shapeList(shapes, single, types.length), namesList(names, types.length), sharedName, name, extra);
}

/** A queue from engine values (the producers and batchers build theirs this way). */
export function newQueue(kind: tf.QueueKind, capacity: number, types: tf.DType[], shapes: tf.StaticShape[] | null, names: string[] | null, sharedName: string | null, name: string, extra: { minAfterDequeue?: number; seed?: number | null } = {}): PyQueue {
  if (kind === 'PaddingFIFOQueue' && shapes === null) throw valueError('Shapes must be provided for PaddingFIFOQueue');
  const [seed, seed2] = kind === 'RandomShuffleQueue' ? tf.getSeed(extra.seed ?? null) : [0, 0];
  const handle = tf.queueOps.queue({ kind, capacity, types, shapes, minAfterDequeue: extra.minAfterDequeue, seed, seed2, sharedName: sharedName ?? '', name });
  return new PyQueue(kind, handle, types, shapes, names);
}

export const FIFO_CONSTRUCTOR = constructorOf({
  name: 'tf.FIFOQueue', doc: 'A queue that dequeues elements in first-in first-out order.',
  params: [{ name: 'capacity', type: 'int' }, { name: 'dtypes' }, { name: 'shapes', default: null }, { name: 'names', default: null },
    { name: 'shared_name', default: null, type: 'str' }, { name: 'name', default: 'fifo_queue', type: 'str' }],
}, a => makeQueue('FIFOQueue', a.capacity, a.dtypes as PyValue, a.shapes as PyValue, a.names as PyValue, a.shared_name, a.name));

export const PADDING_FIFO_CONSTRUCTOR = constructorOf({
  name: 'tf.PaddingFIFOQueue', doc: 'A FIFOQueue whose dequeue_many pads None dimensions with zeros.',
  params: [{ name: 'capacity', type: 'int' }, { name: 'dtypes' }, { name: 'shapes' }, { name: 'names', default: null },
    { name: 'shared_name', default: null, type: 'str' }, { name: 'name', default: 'padding_fifo_queue', type: 'str' }],
}, a => makeQueue('PaddingFIFOQueue', a.capacity, a.dtypes as PyValue, a.shapes as PyValue, a.names as PyValue, a.shared_name, a.name));

export const RANDOM_SHUFFLE_CONSTRUCTOR = constructorOf({
  name: 'tf.RandomShuffleQueue', doc: 'A queue that dequeues elements in a random order, keeping min_after_dequeue until closed.',
  params: [{ name: 'capacity', type: 'int' }, { name: 'min_after_dequeue', type: 'int' }, { name: 'dtypes' }, { name: 'shapes', default: null },
    { name: 'names', default: null }, { name: 'seed', default: null, type: 'int' }, { name: 'shared_name', default: null, type: 'str' },
    { name: 'name', default: 'random_shuffle_queue', type: 'str' }],
}, a => makeQueue('RandomShuffleQueue', a.capacity, a.dtypes as PyValue, a.shapes as PyValue, a.names as PyValue, a.shared_name, a.name, { minAfterDequeue: a.min_after_dequeue, seed: a.seed }));

export function queueArg(v: PyValue, fn: string): PyQueue {
  if (v instanceof PyQueue) return v;
  throw typeError(`${fn}() argument 'queue' must be a queue (tf.FIFOQueue, ...), not ${(v as HostObject)?.pyTypeName ?? typeof v}`);
}

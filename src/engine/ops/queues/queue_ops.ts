// TF1's queues (FIFOQueueV2, PaddingFIFOQueueV2, RandomShuffleQueueV2) and their enqueue /
// dequeue / close / size ops. The queue op stands for the resource; its contents live in the
// session (engine/queues/queue_state.ts), and a dequeue that lacks elements runs the queue's
// registered runners first (engine/queues/runners.ts).
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import type { RuntimeContext } from '../../session/runtime';
import type { DType } from '../../dtypes';
import type { StaticShape } from '../../shape';
import { invalidArgument } from '../../errors';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { makeOp } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { QueueKind, QueueState, splitRows, stackElements } from '../../queues/queue_state';
import { awaitElements } from '../../queues/runners';

/** The queue op behind a handle (through Identity ops). */
export function queueOpOf(t: Tensor): Operation {
  let o = t.op;
  while (o.type === OpType.Identity) o = o.inputs[0].op;
  return o;
}

const KIND: Record<string, QueueKind> = { FIFOQueueV2: 'FIFOQueue', PaddingFIFOQueueV2: 'PaddingFIFOQueue', RandomShuffleQueueV2: 'RandomShuffleQueue' };

/** The queue resource of `queueOp` in this session (made on first use, as TF's kernels make it). */
export function queueState(rt: RuntimeContext, queueOp: Operation): QueueState {
  return rt.opState(queueOp, () => {
    const a = queueOp.attrs as Record<string, unknown>;
    const shapes = a.shapes as (number | null)[][];
    return new QueueState({
      kind: KIND[queueOp.type], capacity: a.capacity as number, types: a.component_types as DType[], shapes: shapes.length ? shapes : null,
      minAfterDequeue: (a.min_after_dequeue as number | undefined) ?? 0, seed: (a.seed as number | undefined) ?? 0, seed2: (a.seed2 as number | undefined) ?? 0,
      sharedName: a.shared_name as string, opName: queueOp.name,
    });
  });
}

const HANDLE = [{ dtype: 'string' as const, shape: [] }];
const QUEUE_ATTRS = {
  component_types: attr.any<DType[]>('list(type)'), shapes: attr.any<(number | null)[][]>('list(shape)', []), capacity: attr.int(-1),
  container: attr.string(''), shared_name: attr.string(''),
};

const queueDef = (type: OpTypeName, extra: Record<string, ReturnType<typeof attr.int>>, extraText: string) => defineOp({
  type, family: 'control', inputs: [], attrs: { ...QUEUE_ATTRS, ...extra },
  infer: () => HANDLE,
  compute: (_v, o) => [new NDArray('string', [], [o.name])],
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op(type, '', 'handle: resource', `component_types: list(type) >= 1; shapes: list(shape) >= 0 = []; capacity: int = -1; container: string = ""; shared_name: string = ""${extraText}`, { stateful: true }),
});

export const FIFOQueueV2 = queueDef(OpType.FIFOQueueV2, {}, '');
export const PaddingFIFOQueueV2 = queueDef(OpType.PaddingFIFOQueueV2, {}, '');
export const RandomShuffleQueueV2 = queueDef(OpType.RandomShuffleQueueV2, { min_after_dequeue: attr.int(0), seed: attr.int(0), seed2: attr.int(0) },
  '; min_after_dequeue: int = 0; seed: int = 0; seed2: int = 0');

const handleOp = (o: Operation) => queueOpOf(o.inputs[0]);

const enqueueDef = (type: OpTypeName, many: boolean) => defineOp({
  type, family: 'control', inputs: ['handle', '*components'], attrs: { Tcomponents: attr.any<DType[]>('list(type)', []), timeout_ms: attr.int(-1) },
  infer: () => [],
  compute: ([, ...components], o, rt) => {
    const q = queueState(rt, handleOp(o));
    if (components.length !== q.spec.types.length) throw invalidArgument(`Expected ${q.spec.types.length} components, got ${components.length}`);
    const items = many ? splitRows(components) : [components.map(c => c.clone())];
    for (const e of items) q.enqueue(e);
    return [];
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op(type, 'handle: resource, components: L:Tcomponents', '', 'Tcomponents: list(type) >= 1; timeout_ms: int = -1', { stateful: true }),
});
export const QueueEnqueueV2 = enqueueDef(OpType.QueueEnqueueV2, false);
export const QueueEnqueueManyV2 = enqueueDef(OpType.QueueEnqueueManyV2, true);

const OUT_SPECS = { component_types: attr.any<DType[]>('list(type)'), output_shapes: attr.any<StaticShape[]>('list(shape)', []), timeout_ms: attr.int(-1) };
const outSpecs = (a: { component_types: DType[]; output_shapes: StaticShape[] }) => a.component_types.map((dtype, i) => ({ dtype, shape: a.output_shapes[i] ?? null }));

export const QueueDequeueV2 = defineOp({
  type: OpType.QueueDequeueV2, family: 'control', inputs: ['handle'], attrs: OUT_SPECS,
  infer: (_i, a) => outSpecs(a),
  compute: (_v, o, rt) => {
    const qop = handleOp(o), q = queueState(rt, qop);
    awaitElements(rt, qop, q, 1);
    return q.take(1)[0];
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('QueueDequeueV2', 'handle: resource', 'components: L:component_types', 'component_types: list(type) >= 1; timeout_ms: int = -1', { stateful: true }),
});

const dequeueManyDef = (type: OpTypeName, upTo: boolean) => defineOp({
  type, family: 'control', inputs: ['handle', 'n'], attrs: OUT_SPECS,
  infer: (_i, a) => outSpecs(a),
  compute: ([, nv], o, rt) => {
    const qop = handleOp(o), q = queueState(rt, qop);
    const n = Number(nv.data[0]);
    if (n < 0) throw invalidArgument(`Dequeue(Many|UpTo) requested ${n} < 0 elements`);
    const count = awaitElements(rt, qop, q, n, upTo);
    return stackElements(q, q.take(count));
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op(type, 'handle: resource, n: int32', 'components: L:component_types', 'component_types: list(type) >= 1; timeout_ms: int = -1', { stateful: true }),
});
export const QueueDequeueManyV2 = dequeueManyDef(OpType.QueueDequeueManyV2, false);
export const QueueDequeueUpToV2 = dequeueManyDef(OpType.QueueDequeueUpToV2, true);

export const QueueCloseV2 = defineOp({
  type: OpType.QueueCloseV2, family: 'control', inputs: ['handle'], attrs: { cancel_pending_enqueues: attr.bool(false) },
  infer: () => [],
  compute: (_v, o, rt) => { queueState(rt, handleOp(o)).close(o.attrs.cancel_pending_enqueues); return []; },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('QueueCloseV2', 'handle: resource', '', 'cancel_pending_enqueues: bool = false', { stateful: true }),
});

export const QueueSizeV2 = defineOp({
  type: OpType.QueueSizeV2, family: 'control', inputs: ['handle'], attrs: {},
  infer: () => [{ dtype: 'int32', shape: [] }],
  compute: (_v, o, rt) => [new NDArray('int32', [], Int32Array.of(queueState(rt, handleOp(o)).size))],
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('QueueSizeV2', 'handle: resource', 'size: int32', '', { stateful: true }),
});

export const QueueIsClosedV2 = defineOp({
  type: OpType.QueueIsClosedV2, family: 'control', inputs: ['handle'], attrs: {},
  infer: () => [{ dtype: 'bool', shape: [] }],
  compute: (_v, o, rt) => [new NDArray('bool', [], Uint8Array.of(queueState(rt, handleOp(o)).closed ? 1 : 0))],
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('QueueIsClosedV2', 'handle: resource', 'is_closed: bool', '', { stateful: true }),
});

export interface QueueOptions {
  kind: QueueKind; capacity: number; types: DType[]; shapes: StaticShape[] | null;
  minAfterDequeue?: number; seed?: number; seed2?: number; sharedName?: string; name: string;
}

/** Builders for the Python queue classes. */
export const queueOps = {
  queue: (o: QueueOptions): Tensor => {
    const type = o.kind === 'FIFOQueue' ? OpType.FIFOQueueV2 : o.kind === 'PaddingFIFOQueue' ? OpType.PaddingFIFOQueueV2 : OpType.RandomShuffleQueueV2;
    const attrs: Record<string, unknown> = { component_types: o.types, shapes: o.shapes ?? [], capacity: o.capacity, shared_name: o.sharedName ?? '' };
    if (o.kind === 'RandomShuffleQueue') Object.assign(attrs, { min_after_dequeue: o.minAfterDequeue ?? 0, seed: o.seed ?? 0, seed2: o.seed2 ?? 0 });
    return makeOp(type, [], attrs, o.name).outputs[0];
  },
  enqueue: (handle: Tensor, components: Tensor[], many: boolean, name: string): Operation =>
    makeOp(many ? OpType.QueueEnqueueManyV2 : OpType.QueueEnqueueV2, [handle, ...components], { Tcomponents: components.map(c => c.dtype) }, name),
  dequeue: (handle: Tensor, types: DType[], shapes: StaticShape[], name: string): Tensor[] =>
    makeOp(OpType.QueueDequeueV2, [handle], { component_types: types, output_shapes: shapes }, name).outputs.slice(),
  dequeueMany: (handle: Tensor, n: Tensor, upTo: boolean, types: DType[], shapes: StaticShape[], name: string): Tensor[] =>
    makeOp(upTo ? OpType.QueueDequeueUpToV2 : OpType.QueueDequeueManyV2, [handle, n], { component_types: types, output_shapes: shapes }, name).outputs.slice(),
  close: (handle: Tensor, cancel: boolean, name: string): Operation => makeOp(OpType.QueueCloseV2, [handle], { cancel_pending_enqueues: cancel }, name),
  size: (handle: Tensor, name: string): Tensor => makeOp(OpType.QueueSizeV2, [handle], {}, name).outputs[0],
  isClosed: (handle: Tensor, name: string): Tensor => makeOp(OpType.QueueIsClosedV2, [handle], {}, name).outputs[0],
};

export const QUEUE_OPS: OpGroup = {
  ops: [FIFOQueueV2, PaddingFIFOQueueV2, RandomShuffleQueueV2, QueueEnqueueV2, QueueEnqueueManyV2, QueueDequeueV2, QueueDequeueManyV2,
    QueueDequeueUpToV2, QueueCloseV2, QueueSizeV2, QueueIsClosedV2],
  api: [],
};

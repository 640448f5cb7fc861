// TF1's TensorArray ops (TensorArrayV3 and friends): a handle to per-run storage
// (control/tensor_array_storage.ts) and a float `flow` scalar that orders reads after writes and
// carries their gradients. Gradients follow TF's tensor_array_grad: a read's gradient writes
// into the gradient array, a write's gradient reads from it.
import { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import type { RuntimeContext } from '../../session/runtime';
import { KernelError } from '../../errors';
import { StaticShape, formatShapeCpp } from '../../shape';
import { attr } from '../attrs';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { storageOf, TensorArrayHandle, TensorArrayStorage } from '../../control/tensor_array_storage';
import { gradientSource } from '../../control/tensor_array_source';

const FLOW = { dtype: 'float32' as const, shape: [] };

function flowOut(o: Operation, index: number, rt: RuntimeContext): NDArray {
  const f = rt.output(o, index, 'float32', []);
  f.numeric[0] = 0;
  return f;
}

const indexOf = (v: NDArray) => v.numeric[0];

/** Elements stacked along a new axis 0; all must share one shape. */
function stack(items: NDArray[], dtype: NDArray['dtype'], elementShape: StaticShape): NDArray {
  if (!items.length) {
    if (elementShape === null || elementShape.some(d => d === null)) {
      throw new KernelError('UnimplementedError', `TensorArray has size zero, but element shape ${formatShapeCpp(elementShape)} is not fully defined. Currently only static shapes are supported when packing zero-size TensorArrays.`);
    }
    return NDArray.zeros(dtype, [0, ...(elementShape as number[])]);
  }
  const shape = items[0].shape;
  items.forEach((v, i) => {
    if (v.shape.length !== shape.length || v.shape.some((d, k) => d !== shape[k])) {
      throw new KernelError('InvalidArgumentError', `TensorArray has inconsistent shapes.  Index 0 has shape: ${formatShapeCpp(shape as number[])} but index ${i} has shape: ${formatShapeCpp(v.shape as number[])}`);
    }
  });
  const out = NDArray.zeros(dtype, [items.length, ...shape]);
  const each = items[0].size;
  items.forEach((v, i) => (out.data as Float32Array).set(v.data as Float32Array, i * each));
  return out;
}

/** Row i of `value` along axis 0, as its own array. */
function row(value: NDArray, i: number, rows: number): NDArray {
  const each = rows === 0 ? 0 : value.size / rows;
  const data = (value.data as Float32Array).subarray(i * each, (i + 1) * each);
  return new NDArray(value.dtype, value.shape.slice(1), data as never);
}

export const TensorArrayV3 = defineOp({
  type: OpType.TensorArrayV3, family: 'control', inputs: ['size'],
  attrs: {
    dtype: attr.type(), element_shape: attr.any<StaticShape>('shape', null), dynamic_size: attr.bool(false),
    clear_after_read: attr.bool(true), identical_element_shapes: attr.bool(false), tensor_array_name: attr.string(''),
  },
  infer: () => [{ dtype: 'int32', shape: [2] }, FLOW],
  compute: ([size], o, rt) => {
    const a = o.attrs;
    const n = indexOf(size);
    if (n < 0) throw new KernelError('InvalidArgumentError', `Size should be >= 0.`);
    const storage = new TensorArrayStorage({
      name: a.tensor_array_name || o.name, dtype: a.dtype, size: n, dynamicSize: a.dynamic_size,
      clearAfterRead: a.clear_after_read, elementShape: a.element_shape,
    });
    return [new TensorArrayHandle(storage), flowOut(o, 1, rt)];
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('TensorArrayV3', 'size: int32', 'handle: resource, flow: float', 'dtype: type; element_shape: shape; dynamic_size: bool = false; clear_after_read: bool = true; identical_element_shapes: bool = false; tensor_array_name: string = ""', { stateful: true }),
});

/** The gradient array of `handle` for the current tf.gradients call, and its flow. */
function gradArray(handle: Tensor, flow: Tensor): [Tensor, Tensor] {
  const g = TensorArrayGradV3.make([handle, flow], { source: gradientSource(flow.graph) });
  return [g.outputs[0], g.outputs[1]];
}

export const TensorArrayWriteV3 = defineOp({
  type: OpType.TensorArrayWriteV3, family: 'control', inputs: ['handle', 'index', 'value', 'flow_in'], attrs: {},
  infer: () => [FLOW],
  compute: ([h, index, value], o, rt) => { storageOf(h).write(indexOf(index), value); return [flowOut(o, 0, rt)]; },
  gradient: (o, [flowGrad]): (Tensor | null)[] => {
    const [handle, index] = o.inputs;
    const [g, gFlow] = gradArray(handle, flowGrad!);
    const value = TensorArrayReadV3.make1([g, index, gFlow], { dtype: o.inputs[2].dtype, element_shape: o.inputs[2].shape });
    return [null, null, value, flowGrad];
  },
  stateful: true,
  tf: op('TensorArrayWriteV3', 'handle: resource, index: int32, value: T, flow_in: float', 'flow_out: float', 'T: type', { stateful: true }),
});

export const TensorArrayReadV3 = defineOp({
  type: OpType.TensorArrayReadV3, family: 'control', inputs: ['handle', 'index', 'flow_in'],
  attrs: { dtype: attr.type(), element_shape: attr.any<StaticShape>('shape', null) },
  infer: (_in, a) => [{ dtype: a.dtype, shape: a.element_shape }],
  compute: ([h, index]) => [storageOf(h).readAt(indexOf(index))],
  gradient: (o, [grad]): (Tensor | null)[] => {
    const [handle, index, flow] = o.inputs;
    const [g, gFlow] = gradArray(handle, flow);
    return [null, null, TensorArrayWriteV3.make1([g, index, grad!, gFlow])];
  },
  stateful: true,
  tf: op('TensorArrayReadV3', 'handle: resource, index: int32, flow_in: float', 'value: dtype', 'dtype: type', { stateful: true }),
});

export const TensorArrayGatherV3 = defineOp({
  type: OpType.TensorArrayGatherV3, family: 'control', inputs: ['handle', 'indices', 'flow_in'],
  attrs: { dtype: attr.type(), element_shape: attr.any<StaticShape>('shape', null) },
  infer: ([, indices], a) => [{ dtype: a.dtype, shape: a.element_shape === null ? null : [indices.shape?.[0] ?? null, ...a.element_shape] }],
  compute: ([h, indices], o) => {
    const s = storageOf(h);
    const items = Array.from(indices.numeric, i => s.readAt(i));
    return [stack(items, o.attrs.dtype, o.attrs.element_shape)];
  },
  gradient: (o, [grad]): (Tensor | null)[] => {
    const [handle, indices, flow] = o.inputs;
    const [g, gFlow] = gradArray(handle, flow);
    return [null, null, TensorArrayScatterV3.make1([g, indices, grad!, gFlow])];
  },
  stateful: true,
  tf: op('TensorArrayGatherV3', 'handle: resource, indices: int32, flow_in: float', 'value: dtype', 'dtype: type; element_shape: shape', { stateful: true }),
});

export const TensorArrayScatterV3 = defineOp({
  type: OpType.TensorArrayScatterV3, family: 'control', inputs: ['handle', 'indices', 'value', 'flow_in'], attrs: {},
  infer: () => [FLOW],
  compute: ([h, indices, value], o, rt) => {
    const s = storageOf(h);
    const n = indices.size;
    if (value.shape.length === 0 || value.shape[0] !== n) {
      throw new KernelError('InvalidArgumentError', `Expected len(indices) == values.shape[0], but saw: ${n} vs. ${value.shape[0] ?? 'a scalar'}`);
    }
    for (let i = 0; i < n; i++) s.write(indices.numeric[i], row(value, i, n));
    return [flowOut(o, 0, rt)];
  },
  gradient: (o, [flowGrad]): (Tensor | null)[] => {
    const [handle, indices, value] = o.inputs;
    const [g, gFlow] = gradArray(handle, flowGrad!);
    const grad = TensorArrayGatherV3.make1([g, indices, gFlow], { dtype: value.dtype, element_shape: value.shape === null ? null : value.shape.slice(1) });
    return [null, null, grad, flowGrad];
  },
  stateful: true,
  tf: op('TensorArrayScatterV3', 'handle: resource, indices: int32, value: T, flow_in: float', 'flow_out: float', 'T: type', { stateful: true }),
});

export const TensorArrayConcatV3 = defineOp({
  type: OpType.TensorArrayConcatV3, family: 'control', inputs: ['handle', 'flow_in'],
  attrs: { dtype: attr.type(), element_shape_except0: attr.any<StaticShape>('shape', null) },
  infer: (_in, a) => [{ dtype: a.dtype, shape: a.element_shape_except0 === null ? null : [null, ...a.element_shape_except0] }, { dtype: 'int64', shape: [null] }],
  compute: ([h], o) => {
    const s = storageOf(h);
    const items = Array.from({ length: s.size }, (_, i) => s.readAt(i));
    const lengths = NDArray.from(items.map(v => v.shape[0] ?? 0), 'int64');
    if (!items.length) return [NDArray.zeros(o.attrs.dtype, [0, ...((o.attrs.element_shape_except0 ?? []) as number[])]), lengths];
    const rest = items[0].shape.slice(1);
    const total = items.reduce((a, v) => a + v.shape[0], 0);
    const out = NDArray.zeros(o.attrs.dtype, [total, ...rest]);
    let at = 0;
    for (const v of items) { (out.data as Float32Array).set(v.data as Float32Array, at); at += v.size; }
    return [out, lengths];
  },
  gradient: (o, [grad]): (Tensor | null)[] => {
    const [handle, flow] = o.inputs;
    const [g, gFlow] = gradArray(handle, flow);
    return [null, TensorArraySplitV3.make1([g, grad!, o.outputs[1], gFlow])];
  },
  stateful: true,
  tf: op('TensorArrayConcatV3', 'handle: resource, flow_in: float', 'value: dtype, lengths: int64', 'dtype: type; element_shape_except0: shape', { stateful: true }),
});

export const TensorArraySplitV3 = defineOp({
  type: OpType.TensorArraySplitV3, family: 'control', inputs: ['handle', 'value', 'lengths', 'flow_in'], attrs: {},
  infer: () => [FLOW],
  compute: ([h, value, lengths], o, rt) => {
    const s = storageOf(h);
    const rows = value.shape[0];
    const each = rows ? value.size / rows : 0;
    let at = 0;
    Array.from(lengths.numeric).forEach((len, i) => {
      const data = (value.data as Float32Array).subarray(at * each, (at + len) * each);
      s.write(i, new NDArray(value.dtype, [len, ...value.shape.slice(1)], data as never));
      at += len;
    });
    if (at !== rows) throw new KernelError('InvalidArgumentError', `Expected sum of lengths to be equal to values.shape[0], but sum of lengths is ${at} and value's shape is: ${formatShapeCpp(value.shape as number[])}`);
    return [flowOut(o, 0, rt)];
  },
  gradient: (o, [flowGrad]): (Tensor | null)[] => {
    const [handle, value] = o.inputs;
    const [g, gFlow] = gradArray(handle, flowGrad!);
    const grad = TensorArrayConcatV3.make([g, gFlow], { dtype: value.dtype, element_shape_except0: value.shape === null ? null : value.shape.slice(1) }).outputs[0];
    return [null, grad, null, flowGrad];
  },
  stateful: true,
  tf: op('TensorArraySplitV3', 'handle: resource, value: T, lengths: int64, flow_in: float', 'flow_out: float', 'T: type', { stateful: true }),
});

export const TensorArraySizeV3 = defineOp({
  type: OpType.TensorArraySizeV3, family: 'control', inputs: ['handle', 'flow_in'], attrs: {},
  infer: () => [{ dtype: 'int32', shape: [] }],
  compute: ([h]) => [NDArray.from(storageOf(h).size, 'int32')],
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('TensorArraySizeV3', 'handle: resource, flow_in: float', 'size: int32', '', { stateful: true }),
});

export const TensorArrayCloseV3 = defineOp({
  type: OpType.TensorArrayCloseV3, family: 'control', inputs: ['handle'], attrs: {},
  infer: () => [],
  compute: ([h]) => { storageOf(h).closed = true; return []; },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('TensorArrayCloseV3', 'handle: resource', '', '', { stateful: true }),
});

export const TensorArrayGradV3 = defineOp({
  type: OpType.TensorArrayGradV3, family: 'control', inputs: ['handle', 'flow_in'], attrs: { source: attr.string() },
  infer: () => [{ dtype: 'int32', shape: [2] }, FLOW],
  compute: ([h], o, rt) => [new TensorArrayHandle(storageOf(h).gradFor(o.attrs.source)), flowOut(o, 1, rt)],
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('TensorArrayGradV3', 'handle: resource, flow_in: float', 'grad_handle: resource, flow_out: float', 'source: string', { stateful: true }),
});

export const TENSOR_ARRAY_OPS: OpGroup = {
  ops: [TensorArrayV3, TensorArrayWriteV3, TensorArrayReadV3, TensorArrayGatherV3, TensorArrayScatterV3,
    TensorArrayConcatV3, TensorArraySplitV3, TensorArraySizeV3, TensorArrayCloseV3, TensorArrayGradV3],
  api: [],
};

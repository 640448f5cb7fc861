// GatherV2(params, indices, axis) and Gather (axis 0); tf.gather. Along axis 0 the gradient is
// TF's IndexedSlices(values, indices, dense_shape) — the rows the gather read, so an embedding's
// gradient names only the touched rows (tf.gradients densifies it with UnsortedSegmentSum for a
// consumer that needs a dense tensor, as TF does; tf1-semantics §4.3). Other axes: densified
// here, the segment axis moved to the front and back.
import type { Tensor } from '../../graph/tensor';
import { IndexedSlices } from '../../graph/indexed_slices';
import type { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { invalidArgument, valueError } from '../../errors';
import { Dim, StaticShape } from '../../shape';
import { ShapeError } from '../../kernels/registry';
import { checkIndexDType, constantInts, flatIndexText } from '../../kernels/array/static';
import { copyRun, prod } from '../../kernels/array/chunks';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';
import { reshape } from './reshape';
import { shape, size } from './shape_ops';
import { stack } from './pack';
import { concat } from './concat';
import { slice } from './slice';
import { transpose } from './transpose';
import { UnsortedSegmentSum } from './segment';

function gatherShape(params: StaticShape, indices: StaticShape, axis: number | null): StaticShape {
  if (params === null || indices === null) return null;
  if (axis === null) return new Array<Dim>(params.length - 1 + indices.length).fill(null);
  const r = params.length;
  if (axis < -r || axis >= r) throw new ShapeError(`Shape must be at least rank ${(axis < 0 ? -axis : axis + 1)} but is rank ${r}`);
  const a = axis < 0 ? axis + r : axis;
  return [...params.slice(0, a), ...indices, ...params.slice(a + 1)];
}

function gatherCompute(params: NDArray, indices: NDArray, axisIn: number, node: Operation, rt: RuntimeContext): NDArray {
  const r = params.rank;
  if (axisIn < -r || axisIn >= r) throw invalidArgument(`Expected axis in the range [${-r}, ${r}), but got ${axisIn}`);
  const axis = axisIn < 0 ? axisIn + r : axisIn;
  const idx = indices.data as ArrayLike<number>;
  const limit = params.shape[axis];
  for (let i = 0; i < idx.length; i++) {
    if (idx[i] < 0 || idx[i] >= limit) throw invalidArgument(`indices[${flatIndexText(indices.shape, i)}] = ${idx[i]} is not in [0, ${limit})`);
  }
  const outShape = [...params.shape.slice(0, axis), ...indices.shape, ...params.shape.slice(axis + 1)];
  const out = rt.output(node, 0, params.dtype, outShape);
  const inner = prod(params.shape, axis + 1), outer = prod(params.shape, 0, axis);
  let at = 0;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < idx.length; i++) { copyRun(out, at, params, (o * limit + idx[i]) * inner, inner); at += inner; }
  }
  return out;
}

function gatherRowsGrad(params: Tensor, indices: Tensor, g: Tensor): IndexedSlices {
  const paramsShape = shape(params);
  const count = stack([size(indices)]);
  const values = reshape(g, concat([count, slice(paramsShape, [1], [-1])], 0));
  if (params.shape !== null) values.shape = [null, ...params.shape.slice(1)];
  return new IndexedSlices(values, reshape(indices, count), paramsShape);
}

function gatherGrad(params: Tensor, indices: Tensor, axis: number, g: Tensor): Tensor {
  const paramsShape = shape(params);
  const numSegments = gather(paramsShape, axis);
  const flatIndices = reshape(indices, [-1]);
  if (axis === 0) {
    const valuesShape = concat([stack([size(indices)]), slice(paramsShape, [1], [-1])], 0);
    return UnsortedSegmentSum.make1([reshape(g, valuesShape), flatIndices, numSegments]);
  }
  const rank = params.rank;
  if (rank === null) throw valueError('Gather gradient along a non-zero axis needs params of known rank');
  const valuesShape = concat([slice(paramsShape, [0], [axis]), stack([size(indices)]), slice(paramsShape, [axis + 1], [-1])], 0);
  const toFront = [axis, ...Array.from({ length: rank }, (_, i) => i).filter(i => i !== axis)];
  const back = toFront.map((_, i) => toFront.indexOf(i));
  const summed = UnsortedSegmentSum.make1([transpose(reshape(g, valuesShape), toFront), flatIndices, numSegments]);
  return transpose(summed, back);
}

export const GatherV2 = defineOp({
  type: OpType.GatherV2, family: 'array', inputs: ['params', 'indices', 'axis'], attrs: {},
  infer: ([params, indices, axisT]) => {
    checkIndexDType(indices, 'indices');
    const a = constantInts(axisT);
    return [{ dtype: params.dtype, shape: gatherShape(params.shape, indices.shape, a === null ? null : a[0]) }];
  },
  compute: ([params, indices, axisA], node, rt) => [gatherCompute(params, indices, Number(axisA.data[0]), node, rt)],
  gradient: (node, [g]) => {
    const [params, indices, axisT] = node.inputs;
    const axis = constantInts(axisT);
    if (axis === null) throw valueError(`Gather gradient needs a constant axis (op ${node.name})`);
    const a = axis[0] < 0 ? axis[0] + (params.rank ?? 0) : axis[0];
    return [a === 0 ? gatherRowsGrad(params, indices, g!) : gatherGrad(params, indices, a, g!), null, null];
  },
  tf: op('GatherV2', 'params: Tparams, indices: Tindices, axis: Taxis', 'output: Tparams', 'batch_dims: int = 0; Tparams: type; Tindices: type; Taxis: type'),
});

export const Gather = defineOp({
  type: OpType.Gather, family: 'array', inputs: ['params', 'indices'], attrs: {},
  infer: ([params, indices]) => { checkIndexDType(indices, 'indices'); return [{ dtype: params.dtype, shape: gatherShape(params.shape, indices.shape, 0) }]; },
  compute: ([params, indices], node, rt) => [gatherCompute(params, indices, 0, node, rt)],
  gradient: (node, [g]) => [gatherRowsGrad(node.inputs[0], node.inputs[1], g!), null],
  tf: op('Gather', 'params: Tparams, indices: Tindices', 'output: Tparams', 'validate_indices: bool = true; Tparams: type; Tindices: type'),
});

/** tf.gather (GatherV2, axis 0 by default). */
export function gather(params: TensorLike, indices: TensorLike, axis: TensorLike = 0, name?: string): Tensor {
  const p = convertToTensor(params);
  return inOpScope(name, 'GatherV2', opName =>
    GatherV2.make1([p, intTensor(indices, 'indices'), intTensor(axis, 'axis')], { Tparams: p.dtype }, opName));
}

export const GATHER: OpGroup = {
  ops: [GatherV2, Gather],
  api: [defineApi({
    name: 'tf.gather', doc: 'Gather slices from params along axis according to indices.',
    params: [
      { name: 'params', type: 'tensor' }, { name: 'indices', type: 'tensor' },
      { name: 'validate_indices', default: null, type: 'flag', doc: 'ignored by TF too: indices are always validated on CPU' },
      { name: 'name', default: null, type: 'name' }, { name: 'axis', default: null, type: 'tensor' },
      { name: 'batch_dims', default: 0, type: 'int', unsupported: true },
    ],
  }, a => gather(a.params, a.indices, a.axis ?? 0, a.name ?? undefined))],
};

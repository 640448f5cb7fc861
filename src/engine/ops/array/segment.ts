// UnsortedSegmentSum(data, segment_ids, num_segments): rows added into their segments,
// duplicates summing (also the dense form of Gather's gradient); tf.unsorted_segment_sum.
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { checkIndexDType, constantInts, flatIndexText, intsOf } from '../../kernels/array/static';
import { prod } from '../../kernels/array/chunks';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';
import { gather } from './gather';

/** Every unsorted segment reduction's run-time check: segment_ids' shape is a prefix of data's. */
export function requireSegmentPrefix(data: NDArray, ids: NDArray): void {
  if (ids.rank > data.rank || ids.shape.some((d, i) => d !== data.shape[i])) {
    throw invalidArgument(`data.shape = [${data.shape}] does not start with segment_ids.shape = [${ids.shape}]`);
  }
}

export const UnsortedSegmentSum = defineOp({
  type: OpType.UnsortedSegmentSum, family: 'array', inputs: ['data', 'segment_ids', 'num_segments'], attrs: {},
  infer: ([data, ids, numT]) => {
    checkIndexDType(ids, 'indices');
    if (numT.shape !== null && numT.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${numT.shape.length}`);
    if (data.shape === null || ids.shape === null) return [{ dtype: data.dtype, shape: null }];
    ids.shape.forEach((d, i) => {
      const e = data.shape![i];
      if (d !== null && e !== null && e !== undefined && d !== e) throw new ShapeError(`Dimension ${i} in both shapes must be equal, but are ${e} and ${d}`);
    });
    const n = constantInts(numT);
    return [{ dtype: data.dtype, shape: [n === null ? null : n[0], ...data.shape.slice(ids.shape.length)] }];
  },
  compute: ([data, ids, numA], node, rt) => {
    const num = Number(numA.data[0]);
    requireSegmentPrefix(data, ids);
    const inner = prod(data.shape, ids.rank);
    const out = rt.output(node, 0, data.dtype, [num, ...data.shape.slice(ids.rank)]);
    const dst = out.numeric, src = data.numeric, seg = intsOf(ids);
    dst.fill(0);
    for (let i = 0; i < seg.length; i++) {
      const s = seg[i];
      if (s < 0) continue;   // negative ids are dropped, as in TF
      if (s >= num) throw invalidArgument(`segment_ids[${flatIndexText(ids.shape, i)}] = ${s} is out of range [0, ${num})`);
      const d0 = s * inner, s0 = i * inner;
      for (let j = 0; j < inner; j++) dst[d0 + j] += src[s0 + j];
    }
    return [out];
  },
  // Each data row receives its segment's gradient (ids must be >= 0 here; TF additionally
  // zeroes rows of dropped negative ids).
  gradient: (node, [g]) => [gather(g!, node.inputs[1]), null, null],
  tf: op('UnsortedSegmentSum', 'data: T, segment_ids: Tindices, num_segments: Tnumsegments', 'output: T', 'T: type; Tindices: type; Tnumsegments: type = int32'),
});

export function unsortedSegmentSum(data: TensorLike, segmentIds: TensorLike, numSegments: TensorLike, name?: string): Tensor {
  const d = convertToTensor(data);
  return inOpScope(name, 'UnsortedSegmentSum', opName =>
    UnsortedSegmentSum.make1([d, intTensor(segmentIds, 'segment_ids'), intTensor(numSegments, 'num_segments')], {}, opName));
}

export const SEGMENT: OpGroup = {
  ops: [UnsortedSegmentSum],
  api: [defineApi({
    name: 'tf.unsorted_segment_sum', doc: 'Computes the sum along segments of a tensor.',
    params: [{ name: 'data', type: 'tensor' }, { name: 'segment_ids', type: 'tensor' }, { name: 'num_segments', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => unsortedSegmentSum(a.data, a.segment_ids, a.num_segments, a.name ?? undefined), ['tf.math.unsorted_segment_sum'])],
};

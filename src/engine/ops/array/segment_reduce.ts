// The segment reductions besides UnsortedSegmentSum (segment.ts): the sorted SegmentSum / Mean /
// Prod / Min / Max (ids sorted, >= 0; as many rows as the last id + 1; empty segments are 0) and
// UnsortedSegmentProd / Min / Max (num_segments rows; empty segments hold the reduction's
// identity: 1, the dtype's highest or its lowest value), as tf.segment_* and
// tf.unsorted_segment_*; tf.sparse_segment_sum / mean gather rows first (composites over
// Gather + SegmentSum / SegmentMean). Gradients follow TF's math_grad.py: sums gather the
// gradient back; means divide by the segment sizes first; min/max split each segment's
// gradient among the rows equal to its result; products have none here.
import type { Tensor } from '../../graph/tensor';
import type { DType } from '../../dtypes';
import type { NDArray } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { checkIndexDType, constantInts, flatIndexText, intsOf } from '../../kernels/array/static';
import { prod } from '../../kernels/array/chunks';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, makeOp1, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';
import { gather } from './gather';
import { requireSegmentPrefix, UnsortedSegmentSum } from './segment';
import { checkDType } from '../../kernels/math/dtype_rules';

type Kind = 'sum' | 'mean' | 'prod' | 'min' | 'max';

const HIGHEST: Partial<Record<DType, number>> = {
  float16: 65504, float32: 3.4028234663852886e38, float64: Number.MAX_VALUE,
  int8: 127, int16: 32767, int32: 2147483647, int64: Number.MAX_SAFE_INTEGER, uint8: 255, uint16: 65535,
};
const LOWEST: Partial<Record<DType, number>> = {
  float16: -65504, float32: -3.4028234663852886e38, float64: -Number.MAX_VALUE,
  int8: -128, int16: -32768, int32: -2147483648, int64: Number.MIN_SAFE_INTEGER, uint8: 0, uint16: 0,
};

const identity = (kind: Kind, dtype: DType): number =>
  kind === 'prod' ? 1 : kind === 'min' ? HIGHEST[dtype] ?? Infinity : kind === 'max' ? LOWEST[dtype] ?? -Infinity : 0;

const combine: Record<Kind, (a: number, b: number) => number> = {
  sum: (a, b) => a + b, mean: (a, b) => a + b, prod: (a, b) => a * b, min: Math.min, max: Math.max,
};

/** Reduces data's rows into `num` segments; `emptyValue` fills segments no row reached. */
function reduceRows(kind: Kind, data: NDArray, inner: number, seg: number[], num: number, out: NDArray, emptyValue: number): void {
  const dst = out.numeric, src = data.numeric;
  const counts = new Array<number>(num).fill(0);
  dst.fill(identity(kind, data.dtype));
  const f = combine[kind];
  for (let i = 0; i < seg.length; i++) {
    const s = seg[i];
    if (s < 0) continue;
    counts[s]++;
    const d0 = s * inner, s0 = i * inner;
    for (let j = 0; j < inner; j++) dst[d0 + j] = f(Number(dst[d0 + j]), Number(src[s0 + j]));
  }
  for (let s = 0; s < num; s++) {
    const d0 = s * inner;
    if (counts[s] === 0) for (let j = 0; j < inner; j++) dst[d0 + j] = emptyValue;
    else if (kind === 'mean') for (let j = 0; j < inner; j++) dst[d0 + j] = Number(dst[d0 + j]) / counts[s];
  }
}

function checkIdsVector(data: Tensor, ids: Tensor): void {
  checkIndexDType(ids, 'segment_ids');
  if (ids.shape !== null && ids.shape.length !== 1) throw new ShapeError(`Shape must be rank 1 but is rank ${ids.shape.length}`);
  if (data.shape !== null && data.shape.length < 1) throw new ShapeError('Shape must be at least rank 1 but is rank 0');
}

const SORTED_TYPES = {
  sum: OpType.SegmentSum, mean: OpType.SegmentMean, prod: OpType.SegmentProd, min: OpType.SegmentMin, max: OpType.SegmentMax,
} as const;

function sortedSegmentOp(kind: Kind) {
  const type = SORTED_TYPES[kind];
  return defineOp({
    type, family: 'array', inputs: ['data', 'segment_ids'], attrs: {},
    infer: ([data, ids]) => {
      checkDType(data, kind === 'mean' ? 'numeric' : 'numeric', 'data');
      checkIdsVector(data, ids);
      if (data.shape === null) return [{ dtype: data.dtype, shape: null }];
      const known = constantInts(ids);
      const rows = known === null ? null : known.length === 0 ? 0 : known[known.length - 1] + 1;
      return [{ dtype: data.dtype, shape: [rows, ...data.shape.slice(1)] }];
    },
    compute: ([data, ids], node, rt) => {
      const seg = intsOf(ids);
      if (ids.rank !== 1 || data.rank < 1 || seg.length !== data.shape[0]) {
        throw invalidArgument(`segment_ids should be the same size as dimension 0 of input.`);
      }
      for (let i = 0; i < seg.length; i++) {
        if (seg[i] < 0) throw invalidArgument(`segment ids must be >= 0`);
        if (i > 0 && seg[i] < seg[i - 1]) throw invalidArgument(`segment ids are not increasing`);
      }
      const num = seg.length === 0 ? 0 : seg[seg.length - 1] + 1;
      const out = rt.output(node, 0, data.dtype, [num, ...data.shape.slice(1)]);
      reduceRows(kind, data, prod(data.shape, 1), seg, num, out, 0);
      return [out];
    },
    gradient: gradientOf(kind, false),
    tf: op(type, 'data: T, segment_ids: Tindices', 'output: T', 'T: type; Tindices: type'),
  });
}

const UNSORTED_TYPES = {
  prod: OpType.UnsortedSegmentProd, min: OpType.UnsortedSegmentMin, max: OpType.UnsortedSegmentMax,
} as const;

function unsortedSegmentOp(kind: 'prod' | 'min' | 'max') {
  const type = UNSORTED_TYPES[kind];
  return defineOp({
    type, family: 'array', inputs: ['data', 'segment_ids', 'num_segments'], attrs: {},
    infer: ([data, ids, numT]) => {
      checkDType(data, 'numeric', 'data');
      checkIndexDType(ids, 'segment_ids');
      if (numT.shape !== null && numT.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${numT.shape.length}`);
      if (data.shape === null || ids.shape === null) return [{ dtype: data.dtype, shape: null }];
      const n = constantInts(numT);
      return [{ dtype: data.dtype, shape: [n === null ? null : n[0], ...data.shape.slice(ids.shape.length)] }];
    },
    compute: ([data, ids, numA], node, rt) => {
      const num = Number(numA.data[0]);
      requireSegmentPrefix(data, ids);
      const seg = intsOf(ids);
      seg.forEach((s, i) => {
        if (s >= num) throw invalidArgument(`segment_ids[${flatIndexText(ids.shape, i)}] = ${s} is out of range [0, ${num})`);
      });
      const out = rt.output(node, 0, data.dtype, [num, ...data.shape.slice(ids.rank)]);
      reduceRows(kind, data, prod(data.shape, ids.rank), seg, num, out, identity(kind, data.dtype));
      return [out];
    },
    gradient: gradientOf(kind, true),
    tf: op(type, 'data: T, segment_ids: Tindices, num_segments: Tnumsegments', 'output: T', 'T: type; Tindices: type; Tnumsegments: type = int32'),
  });
}

const o = (type: string, inputs: Tensor[], attrs: Record<string, unknown> = {}) => makeOp1(type, inputs, attrs as never);

/** segment-sum of `x` over ids, sorted or unsorted as the op being differentiated. */
function segSum(x: Tensor, ids: Tensor, num: Tensor | null): Tensor {
  return num === null ? o(OpType.SegmentSum, [x, ids]) : UnsortedSegmentSum.make1([x, ids, num]);
}

function gradientOf(kind: Kind, unsorted: boolean) {
  return (node: { inputs: Tensor[]; outputs: Tensor[] }, [g]: (Tensor | null)[]): (Tensor | null)[] => {
    const [data, ids] = node.inputs;
    const num = unsorted ? node.inputs[2] : null;
    const tail: null[] = unsorted ? [null, null] : [null];
    if (kind === 'sum') return [gather(g!, ids), ...tail];
    if (kind === 'mean') {
      // g / segment sizes, the sizes shaped [k, 1, ...] to broadcast over each row.
      const rank = o(OpType.Rank, [data]);
      const onesShape = o(OpType.ConcatV2, [o(OpType.Shape, [ids], { out_type: 'int32' }),
        o(OpType.Fill, [o(OpType.ExpandDims, [o(OpType.Sub, [rank, convertToTensor(1, 'int32')]), convertToTensor(0, 'int32')]), convertToTensor(1, 'int32')]),
        convertToTensor(0, 'int32')], { N: 2 });
      const ones = o(OpType.Fill, [onesShape, convertToTensor(1, data.dtype)]);
      return [gather(o(OpType.RealDiv, [g!, segSum(ones, ids, num)]), ids), ...tail];
    }
    if (kind === 'prod') {
      // d prod / d x_i = the product of the segment's other rows: prod / x_i, or, where x_i is
      // the segment's only zero, the product of its non-zero rows; 0 with two zeros or more.
      const segProd = (x: Tensor) => (num === null ? o(OpType.SegmentProd, [x, ids]) : o(OpType.UnsortedSegmentProd, [x, ids, num]));
      const isZero = o(OpType.Equal, [data, o(OpType.ZerosLike, [data])]);
      const numZeros = segSum(o(OpType.Cast, [isZero], { SrcT: 'bool', DstT: 'int32', Truncate: false }), ids, num);
      const gKept = o(OpType.Select, [o(OpType.Greater, [numZeros, o(OpType.OnesLike, [numZeros])]), o(OpType.ZerosLike, [g!]), g!]);
      const nonZeroData = o(OpType.Select, [isZero, o(OpType.OnesLike, [data]), data]);
      const gatheredProd = gather(node.outputs[0], ids);
      const gatheredNonZeroProd = gather(segProd(nonZeroData), ids);
      const partial = o(OpType.Select, [isZero, gatheredNonZeroProd, o(OpType.RealDiv, [gatheredProd, nonZeroData])]);
      return [o(OpType.Mul, [gather(gKept, ids), partial]), ...tail];
    }
    // min / max: the rows equal to their segment's result share its gradient.
    const gathered = gather(node.outputs[0], ids);
    const isSelected = o(OpType.Equal, [data, gathered]);
    const numSelected = segSum(o(OpType.Cast, [isSelected], { SrcT: 'bool', DstT: g!.dtype, Truncate: false }), ids, num);
    const weighted = o(OpType.RealDiv, [g!, numSelected]);
    const spread = gather(weighted, ids);
    return [o(OpType.Select, [isSelected, spread, o(OpType.ZerosLike, [spread])]), ...tail];
  };
}

export const SegmentSum = sortedSegmentOp('sum');
export const SegmentMean = sortedSegmentOp('mean');
export const SegmentProd = sortedSegmentOp('prod');
export const SegmentMin = sortedSegmentOp('min');
export const SegmentMax = sortedSegmentOp('max');
export const UnsortedSegmentProd = unsortedSegmentOp('prod');
export const UnsortedSegmentMin = unsortedSegmentOp('min');
export const UnsortedSegmentMax = unsortedSegmentOp('max');

const SORTED_OPS = { sum: SegmentSum, mean: SegmentMean, prod: SegmentProd, min: SegmentMin, max: SegmentMax };
const UNSORTED_OPS = { prod: UnsortedSegmentProd, min: UnsortedSegmentMin, max: UnsortedSegmentMax };

export function segmentReduce(kind: Kind, data: TensorLike, segmentIds: TensorLike, name?: string): Tensor {
  const d = convertToTensor(data);
  return inOpScope(name, SORTED_TYPES[kind], opName => SORTED_OPS[kind].make1([d, intTensor(segmentIds, 'segment_ids')], {}, opName));
}

export function unsortedSegmentReduce(kind: 'prod' | 'min' | 'max', data: TensorLike, segmentIds: TensorLike, numSegments: TensorLike, name?: string): Tensor {
  const d = convertToTensor(data);
  return inOpScope(name, UNSORTED_TYPES[kind], opName =>
    UNSORTED_OPS[kind].make1([d, intTensor(segmentIds, 'segment_ids'), intTensor(numSegments, 'num_segments')], {}, opName));
}

/** tf.sparse_segment_sum / mean: the rows `indices` picks, reduced by the sorted `segment_ids`. */
export function sparseSegmentReduce(kind: 'sum' | 'mean', data: TensorLike, indices: TensorLike, segmentIds: TensorLike, name?: string): Tensor {
  const d = convertToTensor(data);
  const scope = kind === 'sum' ? 'SparseSegmentSum' : 'SparseSegmentMean';
  return inOpScope(name, scope, opName => SORTED_OPS[kind].make1([gather(d, indices), intTensor(segmentIds, 'segment_ids')], {}, opName));
}

const NAME = { name: 'name', default: null, type: 'name' } as const;
const DATA = { name: 'data', type: 'tensor' } as const;
const IDS = { name: 'segment_ids', type: 'tensor' } as const;
const NUM = { name: 'num_segments', type: 'tensor' } as const;

const sortedApi = (kind: Kind, what: string) => defineApi({
  name: `tf.segment_${kind}`, doc: `Computes the ${what} along segments of a tensor.`, params: [DATA, IDS, NAME],
}, a => segmentReduce(kind, a.data, a.segment_ids, a.name ?? undefined), [`tf.math.segment_${kind}`]);

const unsortedApi = (kind: 'prod' | 'min' | 'max', what: string) => defineApi({
  name: `tf.unsorted_segment_${kind}`, doc: `Computes the ${what} along segments of a tensor.`, params: [DATA, IDS, NUM, NAME],
}, a => unsortedSegmentReduce(kind, a.data, a.segment_ids, a.num_segments, a.name ?? undefined), [`tf.math.unsorted_segment_${kind}`]);

const sparseApi = (kind: 'sum' | 'mean', what: string) => defineApi({
  name: `tf.sparse_segment_${kind}`, doc: `Computes the ${what} along sparse segments of a tensor.`,
  params: [DATA, { name: 'indices', type: 'tensor' }, IDS, NAME,
    { name: 'num_segments', default: null, unsupported: 'a fixed number of output rows' }],
}, a => sparseSegmentReduce(kind, a.data, a.indices, a.segment_ids, a.name ?? undefined), [`tf.sparse.segment_${kind}`]);

export const SEGMENT_REDUCE: OpGroup = {
  ops: [SegmentSum, SegmentMean, SegmentProd, SegmentMin, SegmentMax, UnsortedSegmentProd, UnsortedSegmentMin, UnsortedSegmentMax],
  api: [
    sortedApi('sum', 'sum'), sortedApi('mean', 'mean'), sortedApi('prod', 'product'), sortedApi('min', 'minimum'), sortedApi('max', 'maximum'),
    unsortedApi('prod', 'product'), unsortedApi('min', 'minimum'), unsortedApi('max', 'maximum'),
    sparseApi('sum', 'sum'), sparseApi('mean', 'mean'),
  ],
};

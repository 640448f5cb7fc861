// StridedSlice(x, begin, end, strides) — numpy basic indexing — and StridedSliceGrad(shape,
// begin, end, strides, dy), which writes dy into zeros at the positions the slice read. Each is
// the other's gradient. tf.strided_slice, and Python's t[...] (sliceHelper) in indexing.ts.
import type { Tensor } from '../../graph/tensor';
import type { DType } from '../../dtypes';
import { invalidArgument } from '../../errors';
import { Dim } from '../../shape';
import { stridesOf, NDArray } from '../../ndarray';
import { ShapeError } from '../../kernels/registry';
import { constantInts, requireRank, intsOf, elementsOf, shapeFromTensor } from '../../kernels/array/static';
import { gatherStrided, scatterStrided } from '../../kernels/array/strided_copy';
import { denseSlice, SliceMasks } from '../../kernels/array/strided_slice_spec';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';
import { shape } from './shape_ops';
import { OnesLike } from './creation';

const MASK_ATTRS = {
  Index: attr.type('int32'), begin_mask: attr.int(0), end_mask: attr.int(0), ellipsis_mask: attr.int(0),
  new_axis_mask: attr.int(0), shrink_axis_mask: attr.int(0),
};
const MASK_TF = 'T: type; Index: type; begin_mask: int = 0; end_mask: int = 0; ellipsis_mask: int = 0; new_axis_mask: int = 0; shrink_axis_mask: int = 0';

function staticSlice(shape: Dim[] | null, beginT: Tensor, endT: Tensor, stridesT: Tensor, masks: SliceMasks): Dim[] | null {
  for (const t of [beginT, endT, stridesT]) requireRank(t.shape, 1);
  const n = beginT.shape?.[0] ?? endT.shape?.[0] ?? stridesT.shape?.[0] ?? null;
  if (shape === null || n === null) return null;
  const known = (t: Tensor) => constantInts(t) ?? new Array<number | null>(n).fill(null);
  const [b, e, s] = [beginT, endT, stridesT].map(known);
  if (b.length !== n || e.length !== n || s.length !== n) throw new ShapeError(`Expected begin, end, and strides to be 1D equal size tensors, but got shapes [${b.length}], [${e.length}], and [${s.length}] instead.`);
  return denseSlice(shape, b, e, s, masks, m => new ShapeError(m)).finalShape;
}

function runtimeSlice(shape: readonly number[], beginA: NDArray, endA: NDArray, stridesA: NDArray, masks: SliceMasks) {
  const b = intsOf(beginA), e = intsOf(endA), s = intsOf(stridesA);
  if (b.length !== e.length || b.length !== s.length) {
    throw invalidArgument(`Expected begin, end, and strides to be 1D equal size tensors, but got shapes [${b.length}], [${e.length}], and [${s.length}] instead.`);
  }
  const dense = denseSlice(shape, b, e, s, masks, invalidArgument);
  const inStrides = stridesOf(shape);
  const offset = dense.begin.reduce<number>((acc, v, i) => acc + (v as number) * inStrides[i], 0);
  const walkStrides = inStrides.map((st, i) => st * (dense.strides[i] as number));
  return { dense, offset, walkStrides };
}

type MaskAttrs = SliceMasks & { Index: DType };
const masksOf = (a: MaskAttrs): MaskAttrs => ({
  Index: a.Index, begin_mask: a.begin_mask, end_mask: a.end_mask, ellipsis_mask: a.ellipsis_mask,
  new_axis_mask: a.new_axis_mask, shrink_axis_mask: a.shrink_axis_mask,
});

export const StridedSlice = defineOp({
  type: OpType.StridedSlice, family: 'array', inputs: ['input', 'begin', 'end', 'strides'], attrs: MASK_ATTRS,
  infer: ([x, b, e, s], attrs) => [{ dtype: x.dtype, shape: staticSlice(x.shape, b, e, s, attrs) }],
  compute: ([x, b, e, s], node, rt) => {
    const { dense, offset, walkStrides } = runtimeSlice(x.shape, b, e, s, node.attrs);
    const out = rt.output(node, 0, x.dtype, dense.finalShape as number[]);
    gatherStrided(elementsOf(out), elementsOf(x), dense.sizes as number[], walkStrides, offset);
    return [out];
  },
  gradient: (node, [g]): (Tensor | null)[] => {
    const [x, begin, end, strides] = node.inputs;
    return [StridedSliceGrad.make1([shape(x), begin, end, strides, g!], masksOf(node.attrs)), null, null, null];
  },
  tf: op('StridedSlice', 'input: T, begin: Index, end: Index, strides: Index', 'output: T', MASK_TF),
});

export const StridedSliceGrad = defineOp({
  type: OpType.StridedSliceGrad, family: 'array', inputs: ['shape', 'begin', 'end', 'strides', 'dy'], attrs: MASK_ATTRS,
  infer: ([shapeT, , , , dy]) => [{ dtype: dy.dtype, shape: shapeFromTensor(shapeT) }],
  compute: ([shapeA, b, e, s, dy], node, rt) => {
    const outShape = intsOf(shapeA);
    const { dense, offset, walkStrides } = runtimeSlice(outShape, b, e, s, node.attrs);
    const expected = dense.finalShape as number[];
    if (dy.rank !== expected.length || dy.shape.some((d, i) => d !== expected[i])) {
      throw invalidArgument(`shape of dy was [${dy.shape}] instead of [${expected}]`);
    }
    const out = rt.output(node, 0, dy.dtype, outShape);
    (out.data as Float64Array).fill(0);
    scatterStrided(elementsOf(out), walkStrides, offset, elementsOf(dy), dense.sizes as number[]);
    return [out];
  },
  // Linear in dy: its gradient is the same slice of the incoming gradient.
  gradient: (node, [g]): (Tensor | null)[] => {
    const [, begin, end, strides] = node.inputs;
    return [null, null, null, null, StridedSlice.make1([g!, begin, end, strides], masksOf(node.attrs))];
  },
  tf: op('StridedSliceGrad', 'shape: Index, begin: Index, end: Index, strides: Index, dy: T', 'output: T', MASK_TF),
});

export interface StridedSliceMasks { beginMask?: number; endMask?: number; ellipsisMask?: number; newAxisMask?: number; shrinkAxisMask?: number }

export function stridedSliceOp(x: Tensor, b: Tensor, e: Tensor, s: Tensor, m: StridedSliceMasks, opName: string): Tensor {
  return StridedSlice.make1([x, b, e, s], {
    Index: b.dtype, begin_mask: m.beginMask ?? 0, end_mask: m.endMask ?? 0, ellipsis_mask: m.ellipsisMask ?? 0,
    new_axis_mask: m.newAxisMask ?? 0, shrink_axis_mask: m.shrinkAxisMask ?? 0,
  }, opName);
}

/** tf.strided_slice; strides default to ones. */
export function stridedSlice(input: TensorLike, begin: TensorLike, end: TensorLike, strides?: TensorLike | null, masks: StridedSliceMasks = {}, name?: string): Tensor {
  const x = convertToTensor(input);
  return inOpScope(name, 'StridedSlice', opName => {
    const b = intTensor(begin, 'begin'), e = intTensor(end, 'end');
    const s = strides === undefined || strides === null ? OnesLike.make1([b], {}, 'ones_like') : intTensor(strides, 'strides');
    return stridedSliceOp(x, b, e, s, masks, opName);
  });
}

export const STRIDED_SLICE: OpGroup = {
  ops: [StridedSlice, StridedSliceGrad],
  api: [defineApi({
    name: 'tf.strided_slice', doc: 'Extracts a strided slice of a tensor (generalized Python array indexing).',
    params: [
      { name: 'input_', type: 'tensor' }, { name: 'begin', type: 'tensor' }, { name: 'end', type: 'tensor' },
      { name: 'strides', default: null, type: 'tensor' },
      { name: 'begin_mask', default: 0, type: 'int' }, { name: 'end_mask', default: 0, type: 'int' }, { name: 'ellipsis_mask', default: 0, type: 'int' },
      { name: 'new_axis_mask', default: 0, type: 'int' }, { name: 'shrink_axis_mask', default: 0, type: 'int' },
      { name: 'var', default: null, unsupported: 'slice assignment through a Variable' }, { name: 'name', default: null, type: 'name' },
    ],
  }, a => stridedSlice(a.input_, a.begin, a.end, a.strides, {
    beginMask: a.begin_mask, endMask: a.end_mask, ellipsisMask: a.ellipsis_mask, newAxisMask: a.new_axis_mask, shrinkAxisMask: a.shrink_axis_mask,
  }, a.name ?? undefined))],
};

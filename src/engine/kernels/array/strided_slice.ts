// StridedSlice(x, begin, end, strides) — numpy basic indexing — and StridedSliceGrad(shape,
// begin, end, strides, dy), which writes dy into zeros at the positions the slice read.
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { Dim } from '../../shape';
import { stridesOf, NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import type { Attrs } from '../../graph/operation';
import { constantInts, requireRank, intsOf, elementsOf, shapeFromTensor } from './static';
import { gatherStrided, scatterStrided } from './strided_copy';
import { denseSlice, SliceMasks } from './strided_slice_spec';

const masksOf = (attrs: Attrs): SliceMasks => ({
  begin_mask: (attrs.begin_mask as number) ?? 0, end_mask: (attrs.end_mask as number) ?? 0,
  ellipsis_mask: (attrs.ellipsis_mask as number) ?? 0, new_axis_mask: (attrs.new_axis_mask as number) ?? 0,
  shrink_axis_mask: (attrs.shrink_axis_mask as number) ?? 0,
});

function staticSlice(shape: Dim[] | null, beginT: Tensor, endT: Tensor, stridesT: Tensor, attrs: Attrs): Dim[] | null {
  for (const t of [beginT, endT, stridesT]) requireRank(t.shape, 1);
  const n = beginT.shape?.[0] ?? endT.shape?.[0] ?? stridesT.shape?.[0] ?? null;
  if (shape === null || n === null) return null;
  const known = (t: Tensor) => constantInts(t) ?? new Array<number | null>(n).fill(null);
  const [b, e, s] = [beginT, endT, stridesT].map(known);
  if (b.length !== n || e.length !== n || s.length !== n) throw new ShapeError(`Expected begin, end, and strides to be 1D equal size tensors, but got shapes [${b.length}], [${e.length}], and [${s.length}] instead.`);
  return denseSlice(shape, b, e, s, masksOf(attrs), m => new ShapeError(m)).finalShape;
}

function runtimeSlice(shape: readonly number[], beginA: NDArray, endA: NDArray, stridesA: NDArray, attrs: Attrs) {
  const b = intsOf(beginA), e = intsOf(endA), s = intsOf(stridesA);
  if (b.length !== e.length || b.length !== s.length) {
    throw invalidArgument(`Expected begin, end, and strides to be 1D equal size tensors, but got shapes [${b.length}], [${e.length}], and [${s.length}] instead.`);
  }
  const dense = denseSlice(shape, b, e, s, masksOf(attrs), invalidArgument);
  const inStrides = stridesOf(shape);
  const offset = dense.begin.reduce<number>((acc, v, i) => acc + (v as number) * inStrides[i], 0);
  const walkStrides = inStrides.map((st, i) => st * (dense.strides[i] as number));
  return { dense, offset, walkStrides };
}

registerKernel({
  type: 'StridedSlice', family: 'array',
  infer: ([x, b, e, s], attrs) => [{ dtype: x.dtype, shape: staticSlice(x.shape, b, e, s, attrs) }],
  compute: ([x, b, e, s], op, rt) => {
    const { dense, offset, walkStrides } = runtimeSlice(x.shape, b, e, s, op.attrs);
    const out = rt.output(op, 0, x.dtype, dense.finalShape as number[]);
    gatherStrided(elementsOf(out), elementsOf(x), dense.sizes as number[], walkStrides, offset);
    return [out];
  },
});

registerKernel({
  type: 'StridedSliceGrad', family: 'array',
  infer: ([shapeT, , , , dy]) => [{ dtype: dy.dtype, shape: shapeFromTensor(shapeT) }],
  compute: ([shapeA, b, e, s, dy], op, rt) => {
    const shape = intsOf(shapeA);
    const { dense, offset, walkStrides } = runtimeSlice(shape, b, e, s, op.attrs);
    const expected = dense.finalShape as number[];
    if (dy.rank !== expected.length || dy.shape.some((d, i) => d !== expected[i])) {
      throw invalidArgument(`shape of dy was [${dy.shape}] instead of [${expected}]`);
    }
    const out = rt.output(op, 0, dy.dtype, shape);
    (out.data as Float64Array).fill(0);
    scatterStrided(elementsOf(out), walkStrides, offset, elementsOf(dy), dense.sizes as number[]);
    return [out];
  },
});

// MirrorPad(x, paddings, mode) and MirrorPadGrad: tf.pad with mode 'REFLECT' (the edge is not
// repeated: [1,2,3] padded by 2 is [3,2,1,2,3,2,1]) or 'SYMMETRIC' (it is: [2,1,1,2,3,3,2]), as
// style-transfer and image-to-image tutorials pad before convolutions. Each output element reads
// one input element; the gradient adds each output gradient into the element it read
// (MirrorPadGrad), whose own gradient is MirrorPad again (both are linear maps, each the other's
// adjoint).
import type { Tensor } from '../../graph/tensor';
import { NDArray, stridesOf } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { Dim } from '../../shape';
import { ShapeError } from '../../kernels/registry';
import { constantInts, requireRank, intsOf } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { defineOp } from '../op_def';
import { OpType } from '../op_types';

const MODES = ['REFLECT', 'SYMMETRIC'] as const;
type Mode = typeof MODES[number];

/** The input coordinate an output coordinate `i` (in padded space, shifted by `before`) reads. */
function source(i: number, before: number, n: number, mode: Mode): number {
  const j = i - before, edge = mode === 'REFLECT' ? 0 : 1;
  if (j < 0) return -j - edge;
  if (j >= n) return 2 * n - 2 + edge - j;
  return j;
}

function checkedPads(x: NDArray, padT: NDArray, mode: Mode): number[] {
  const pads = intsOf(padT);
  if (padT.rank !== 2 || padT.shape[0] !== x.rank || padT.shape[1] !== 2) {
    throw invalidArgument(`The first dimension of paddings must be the rank of inputs[${padT.shape[0]},${padT.shape[1]}] [${x.shape}]`);
  }
  const offset = mode === 'REFLECT' ? 1 : 0;
  x.shape.forEach((d, k) => {
    const [before, after] = [pads[2 * k], pads[2 * k + 1]];
    if (before < 0 || after < 0) throw invalidArgument(`Paddings must be non-negative: ${before} ${after}`);
    if (before > d - offset || after > d - offset) throw invalidArgument(`paddings must be less than the dimension size: ${before}, ${after} not less than ${d}`);
  });
  return pads;
}

/** For every element of the padded shape, the flat index of the input element it mirrors. */
function sourceIndices(inShape: readonly number[], pads: number[], mode: Mode): { outShape: number[]; from: Int32Array } {
  const outShape = inShape.map((d, k) => d + pads[2 * k] + pads[2 * k + 1]);
  const inStrides = stridesOf(inShape), size = outShape.reduce((a, b) => a * b, 1);
  const from = new Int32Array(size), coord = new Array<number>(outShape.length).fill(0);
  for (let o = 0; o < size; o++) {
    let f = 0;
    for (let k = 0; k < outShape.length; k++) f += source(coord[k], pads[2 * k], inShape[k], mode) * inStrides[k];
    from[o] = f;
    for (let k = outShape.length - 1; k >= 0 && ++coord[k] === outShape[k]; k--) coord[k] = 0;
  }
  return { outShape, from };
}

export const MirrorPad = defineOp({
  type: OpType.MirrorPad, family: 'array', inputs: ['input', 'paddings'], attrs: { mode: attr.oneOf(MODES) },
  infer: ([x, padT]) => {
    requireRank(padT.shape, 2);
    const pads = constantInts(padT), rank = x.rank ?? padT.shape?.[0] ?? null;
    if (rank === null) return [{ dtype: x.dtype, shape: null }];
    if (pads && pads.length !== 2 * rank) throw new ShapeError(`Dimension 0 in both shapes must be equal, but are ${pads.length / 2} and ${rank}. Shapes are [${pads.length / 2},2] and [${rank},2].`);
    const out: Dim[] = [];
    for (let k = 0; k < rank; k++) {
      const d = x.shape ? x.shape[k] : null;
      out.push(d === null || pads === null ? null : d + pads[2 * k] + pads[2 * k + 1]);
    }
    return [{ dtype: x.dtype, shape: out }];
  },
  compute: ([x, padT], node) => {
    const { outShape, from } = sourceIndices(x.shape, checkedPads(x, padT, node.attrs.mode), node.attrs.mode);
    const out = NDArray.zeros(x.dtype, outShape);
    const src = x.data as unknown as unknown[], dst = out.data as unknown as unknown[];
    for (let o = 0; o < from.length; o++) dst[o] = src[from[o]];
    return [out];
  },
  gradient: (node, [g]): (Tensor | null)[] => [MirrorPadGrad.make1([g!, node.inputs[1]], { mode: node.attrs.mode }), null],
  tf: op('MirrorPad', 'input: T, paddings: Tpaddings', 'output: T', 'T: type; Tpaddings: type = int32; mode: string'),
});

export const MirrorPadGrad = defineOp({
  type: OpType.MirrorPadGrad, family: 'array', inputs: ['input', 'paddings'], attrs: { mode: attr.oneOf(MODES) },
  infer: ([g, padT]) => {
    const pads = constantInts(padT);
    if (g.shape === null || pads === null) return [{ dtype: g.dtype, shape: g.shape === null ? null : g.shape.map(() => null) }];
    return [{ dtype: g.dtype, shape: g.shape.map((d, k) => (d === null ? null : d - pads[2 * k] - pads[2 * k + 1])) }];
  },
  compute: ([g, padT], node) => {
    const pads = intsOf(padT);
    const inShape = g.shape.map((d, k) => d - pads[2 * k] - pads[2 * k + 1]);
    const { from } = sourceIndices(inShape, pads, node.attrs.mode);
    const out = NDArray.zeros(g.dtype, inShape), src = g.numeric, dst = out.numeric;
    for (let o = 0; o < from.length; o++) dst[from[o]] += src[o];
    return [out];
  },
  gradient: (node, [g]): (Tensor | null)[] => [MirrorPad.make1([g!, node.inputs[1]], { mode: node.attrs.mode }), null],
  tf: op('MirrorPadGrad', 'input: T, paddings: Tpaddings', 'output: T', 'T: type; Tpaddings: type = int32; mode: string'),
});

// Tile(input, multiples): the input repeated multiples[i] times along each dim i. Gradient:
// view g as [m0, d0, m1, d1, ...] and sum the multiple axes (0, 2, 4, ...).
import type { Tensor } from '../../graph/tensor';
import { invalidArgument } from '../../errors';
import { Dim } from '../../shape';
import { stridesOf } from '../../ndarray';
import { ShapeError } from '../../kernels/registry';
import { constantInts, requireRank, intsOf, elementsOf, Elements } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor, sumForGradient } from './common';
import { reshape } from './reshape';
import { shape, size } from './shape_ops';
import { transpose } from './transpose';
import { stack } from './pack';
import { range } from './range';

/** Walk the output row-major; the input offset wraps each time a dim passes a multiple of its size. */
function tileInto(dst: Elements, src: Elements, inShape: readonly number[], outShape: number[]): void {
  const rank = outShape.length;
  const total = outShape.reduce((a, b) => a * b, 1);
  if (total === 0) return;
  const inStrides = stridesOf(inShape);
  const idx = new Int32Array(rank);
  let off = 0;
  for (let o = 0; o < total; o++) {
    dst[o] = src[off];
    for (let d = rank - 1; d >= 0; d--) {
      idx[d]++;
      off += inStrides[d];
      if (idx[d] % inShape[d] === 0) off -= inShape[d] * inStrides[d];
      if (idx[d] < outShape[d]) break;
      idx[d] = 0;
    }
  }
}

export const Tile = defineOp({
  type: OpType.Tile, family: 'array', inputs: ['input', 'multiples'], attrs: {},
  infer: ([x, multT]) => {
    requireRank(multT.shape, 1);
    const mult = constantInts(multT);
    const rank = x.rank ?? mult?.length ?? multT.shape?.[0] ?? null;
    if (rank === null) return [{ dtype: x.dtype, shape: null }];
    if (mult && mult.length !== rank) throw new ShapeError(`Shape must be rank ${mult.length} but is rank ${rank}`);
    const out: Dim[] = [];
    for (let i = 0; i < rank; i++) {
      const d = x.shape ? x.shape[i] : null, m = mult ? mult[i] : null;
      out.push(d === null || m === null ? null : d * m);
    }
    return [{ dtype: x.dtype, shape: out }];
  },
  compute: ([x, multT], node, rt) => {
    const mult = intsOf(multT);
    if (multT.rank !== 1 || mult.length !== x.rank) throw invalidArgument(`Expected multiples argument to be a vector of length ${x.rank} but got length ${mult.length}`);
    mult.forEach((m, i) => { if (m < 0) throw invalidArgument(`Expected multiples[${i}] >= 0, but got ${m}`); });
    const outShape = x.shape.map((d, i) => d * mult[i]);
    const out = rt.output(node, 0, x.dtype, outShape);
    tileInto(elementsOf(out), elementsOf(x), x.shape, outShape);
    return [out];
  },
  gradient: (node, [g]) => {
    const splitShape = reshape(transpose(stack([node.inputs[1], shape(node.inputs[0])])), [-1]);
    const grad = sumForGradient(reshape(g!, splitShape), range(0, size(splitShape), 2));
    grad.setShape(node.inputs[0].shape);
    return [grad, null];
  },
  tf: op('Tile', 'input: T, multiples: Tmultiples', 'output: T', 'T: type; Tmultiples: type = int32'),
});

export function tile(input: TensorLike, multiples: TensorLike, name?: string): Tensor {
  const x = convertToTensor(input);
  return inOpScope(name, 'Tile', opName => Tile.make1([x, intTensor(multiples, 'multiples')], {}, opName));
}

export const TILE: OpGroup = {
  ops: [Tile],
  api: [defineApi({
    name: 'tf.tile', doc: 'Constructs a tensor by tiling a given tensor.',
    params: [{ name: 'input', type: 'tensor' }, { name: 'multiples', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => tile(a.input, a.multiples, a.name ?? undefined), ['tf.manip.tile'])],
};

// Slice(x, begin, size) and Pad/PadV2(x, paddings[, constant_values]): each other's gradient.
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { Dim } from '../../shape';
import { stridesOf, NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import { constantInts, requireRank, intsOf, elementsOf } from './static';
import { gatherStrided, scatterStrided } from './strided_copy';

function rankFrom(x: Tensor, vector: Tensor): number | null {
  return x.rank ?? vector.shape?.[0] ?? null;
}

registerKernel({
  type: 'Slice', family: 'array',
  infer: ([x, beginT, sizeT]) => {
    requireRank(beginT.shape, 1);
    requireRank(sizeT.shape, 1);
    const rank = rankFrom(x, beginT);
    if (rank === null) return [{ dtype: x.dtype, shape: null }];
    const begin = constantInts(beginT), size = constantInts(sizeT);
    if (begin && begin.length !== rank) throw new ShapeError(`Shape must be rank ${begin.length} but is rank ${rank}`);
    const out: Dim[] = [];
    for (let i = 0; i < rank; i++) {
      const s = size ? size[i] : null, b = begin ? begin[i] : null, d = x.shape ? x.shape[i] : null;
      if (s !== null && s >= 0) {
        if (d !== null && b !== null && b + s > d) throw new ShapeError(`Expected size[${i}] in [0, ${d - b}], but got ${s}`);
        out.push(s);
      } else if (s === -1 && b !== null && d !== null) out.push(d - b);
      else out.push(null);
    }
    return [{ dtype: x.dtype, shape: out }];
  },
  compute: ([x, beginT, sizeT], op, rt) => {
    const begin = intsOf(beginT), size = intsOf(sizeT);
    if (begin.length !== x.rank || size.length !== x.rank) {
      throw invalidArgument(`Expected begin and size arguments to be 1-D tensors of size ${x.rank}, but got shapes [${beginT.shape}] and [${sizeT.shape}] instead.`);
    }
    const outShape = x.shape.map((d, i) => {
      const b = begin[i], s = size[i] === -1 ? d - b : size[i];
      if (b < 0 || b > d) throw invalidArgument(`Expected begin[${i}] in [0, ${d}], but got ${b}`);
      if (s < 0 || b + s > d) throw invalidArgument(`Expected size[${i}] in [0, ${d - b}], but got ${size[i]}`);
      return s;
    });
    const strides = stridesOf(x.shape);
    const out = rt.output(op, 0, x.dtype, outShape);
    gatherStrided(elementsOf(out), elementsOf(x), outShape, strides, begin.reduce((acc, b, i) => acc + b * strides[i], 0));
    return [out];
  },
});

function padInfer([x, padT]: Tensor[]) {
  requireRank(padT.shape, 2);
  const rank = x.rank ?? padT.shape?.[0] ?? null;
  if (rank === null) return [{ dtype: x.dtype, shape: null }];
  if (padT.shape && padT.shape[1] !== null && padT.shape[1] !== 2) throw new ShapeError(`Dimension 1 in both shapes must be equal, but are ${padT.shape[1]} and 2. Shapes are [${rank},${padT.shape[1]}] and [${rank},2].`);
  const pads = constantInts(padT);
  if (pads && pads.length !== 2 * rank) throw new ShapeError(`Dimension 0 in both shapes must be equal, but are ${pads.length / 2} and ${rank}. Shapes are [${pads.length / 2},2] and [${rank},2].`);
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const d = x.shape ? x.shape[i] : null;
    out.push(d === null || pads === null ? null : d + pads[2 * i] + pads[2 * i + 1]);
  }
  return [{ dtype: x.dtype, shape: out }];
}

function padCompute(x: NDArray, padT: NDArray, fillValue: unknown, op: import('../../graph/operation').Operation, rt: import('../../session/runtime').RuntimeContext): NDArray[] {
  const pads = intsOf(padT);
  if (padT.rank !== 2 || padT.shape[0] !== x.rank || padT.shape[1] !== 2) {
    throw invalidArgument(`The first dimension of paddings must be the rank of inputs[${padT.shape[0]},${padT.shape[1]}] [${x.shape}]`);
  }
  if (pads.some(p => p < 0)) throw invalidArgument(`Paddings must be non-negative: ${pads.find(p => p < 0)} ${pads[pads.findIndex(p => p < 0) ^ 1]}`);
  const outShape = x.shape.map((d, i) => d + pads[2 * i] + pads[2 * i + 1]);
  const out = rt.output(op, 0, x.dtype, outShape);
  if (Array.isArray(out.data)) (out.data as unknown[]).fill(fillValue);
  else (out.data as Float64Array).fill(fillValue as number);
  const strides = stridesOf(outShape);
  scatterStrided(elementsOf(out), strides, pads.reduce((acc, p, k) => (k % 2 ? acc : acc + p * strides[k / 2]), 0), elementsOf(x), x.shape);
  return [out];
}

registerKernel({
  type: 'Pad', family: 'array',
  infer: padInfer,
  compute: ([x, padT], op, rt) => padCompute(x, padT, x.dtype === 'string' ? '' : 0, op, rt),
});

registerKernel({
  type: 'PadV2', family: 'array',
  infer: inputs => {
    const c = inputs[2];
    if (c.shape !== null && c.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${c.shape.length}`);
    return padInfer(inputs);
  },
  compute: ([x, padT, c], op, rt) => padCompute(x, padT, c.data[0], op, rt),
});

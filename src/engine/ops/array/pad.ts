// Pad(x, paddings) and PadV2(x, paddings, constant_values): x surrounded by a constant; tf.pad
// (CONSTANT mode; REFLECT and SYMMETRIC are MirrorPad, mirror_pad.ts). Their gradient slices g
// at paddings[:, 0] with x's size.
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { invalidArgument, valueError } from '../../errors';
import { Dim } from '../../shape';
import { stridesOf } from '../../ndarray';
import { ShapeError } from '../../kernels/registry';
import { constantInts, requireRank, intsOf, elementsOf } from '../../kernels/array/static';
import { scatterStrided } from '../../kernels/array/strided_copy';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/index';
import { convertToTensor, makeOp1, TensorLike } from '../builder';
import { defineOp, OpGroup, OpOf } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor, plainValue } from './common';
import { reshape } from './reshape';
import { shape } from './shape_ops';
import { stack } from './pack';
import { slice } from './slice';
import { MirrorPad, MirrorPadGrad } from './mirror_pad';

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

function padCompute(x: NDArray, padT: NDArray, fillValue: unknown, node: Operation, rt: RuntimeContext): NDArray[] {
  const pads = intsOf(padT);
  if (padT.rank !== 2 || padT.shape[0] !== x.rank || padT.shape[1] !== 2) {
    throw invalidArgument(`The first dimension of paddings must be the rank of inputs[${padT.shape[0]},${padT.shape[1]}] [${x.shape}]`);
  }
  if (pads.some(p => p < 0)) throw invalidArgument(`Paddings must be non-negative: ${pads.find(p => p < 0)} ${pads[pads.findIndex(p => p < 0) ^ 1]}`);
  const outShape = x.shape.map((d, i) => d + pads[2 * i] + pads[2 * i + 1]);
  const out = rt.output(node, 0, x.dtype, outShape);
  if (Array.isArray(out.data)) (out.data as unknown[]).fill(fillValue);
  else (out.data as Float64Array).fill(fillValue as number);
  const strides = stridesOf(outShape);
  scatterStrided(elementsOf(out), strides, pads.reduce((acc, p, k) => (k % 2 ? acc : acc + p * strides[k / 2]), 0), elementsOf(x), x.shape);
  return [out];
}

function padGrad(node: OpOf<object>, g: Tensor): Tensor {
  const [x, paddings] = node.inputs;
  const begin = reshape(slice(paddings, [0, 0], stack([makeOp1(OpType.Rank, [x]), 1])), [-1]);
  return slice(g, begin, shape(x));
}

export const Pad = defineOp({
  type: OpType.Pad, family: 'array', inputs: ['input', 'paddings'], attrs: {},
  infer: padInfer,
  compute: ([x, padT], node, rt) => padCompute(x, padT, x.dtype === 'string' ? '' : 0, node, rt),
  gradient: (node, [g]) => [padGrad(node, g!), null],
  tf: op('Pad', 'input: T, paddings: Tpaddings', 'output: T', 'T: type; Tpaddings: type = int32'),
});

export const PadV2 = defineOp({
  type: OpType.PadV2, family: 'array', inputs: ['input', 'paddings', 'constant_values'], attrs: {},
  infer: inputs => {
    const c = inputs[2];
    if (c.shape !== null && c.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${c.shape.length}`);
    return padInfer(inputs);
  },
  compute: ([x, padT, c], node, rt) => padCompute(x, padT, c.data[0], node, rt),
  gradient: (node, [g]) => [padGrad(node, g!), null, null],
  tf: op('PadV2', 'input: T, paddings: Tpaddings, constant_values: T', 'output: T', 'T: type; Tpaddings: type = int32'),
});

/** tf.pad: Pad for a zero fill, PadV2 for another constant value, MirrorPad for REFLECT/SYMMETRIC. */
export function pad(tensor: TensorLike, paddings: TensorLike, mode = 'CONSTANT', constantValues: TensorLike = 0, name?: string): Tensor {
  const x = convertToTensor(tensor);
  const upper = mode.toUpperCase();
  if (upper === 'REFLECT' || upper === 'SYMMETRIC') {
    return inOpScope(name, 'MirrorPad', opName => MirrorPad.make1([x, intTensor(paddings, 'paddings')], { mode: upper }, opName));
  }
  if (upper !== 'CONSTANT') throw valueError(`Unknown padding mode: ${mode}`);
  return inOpScope(name, 'Pad', opName => {
    const p = intTensor(paddings, 'paddings');
    const plain = plainValue(constantValues, x.dtype === 'string' ? 'float32' : x.dtype);
    if (plain !== null && plain.size === 1 && plain.data[0] === 0) return Pad.make1([x, p], {}, opName);
    return PadV2.make1([x, p, convertToTensor(constantValues, x.dtype, 'constant_values')], {}, opName);
  });
}

export const PAD: OpGroup = {
  ops: [Pad, PadV2, MirrorPad, MirrorPadGrad],
  api: [defineApi({
    name: 'tf.pad', doc: "Pads a tensor with a constant value, or mirrors its edges (mode 'REFLECT' or 'SYMMETRIC').",
    params: [
      { name: 'tensor', type: 'tensor' }, { name: 'paddings', type: 'tensor' }, { name: 'mode', default: 'CONSTANT', type: 'str' },
      { name: 'name', default: null, type: 'name' }, { name: 'constant_values', default: 0, type: 'tensor' },
    ],
  }, a => pad(a.tensor, a.paddings, a.mode, a.constant_values, a.name ?? undefined))],
};

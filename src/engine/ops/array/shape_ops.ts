// Shape, ShapeN, Size, Rank: facts about a tensor's runtime shape as int tensors (not
// differentiable). Like TF1 (`optimize=True`), tf.shape / tf.size / tf.rank of a statically
// known shape become a Const, so gradient graphs of fixed-size models hold constants.
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import type { DType } from '../../dtypes';
import { isFullyDefined } from '../../shape';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { constant, convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';

function shapeInto(x: NDArray, node: Operation, index: number, outType: DType, rt: RuntimeContext): NDArray {
  const out = rt.output(node, index, outType, [x.rank]);
  const d = out.numeric;
  for (let i = 0; i < x.rank; i++) d[i] = x.shape[i];
  return out;
}

export const Shape = defineOp({
  type: OpType.Shape, family: 'array', inputs: ['input'], attrs: { out_type: attr.type('int32') },
  infer: (inputs, attrs) => [{ dtype: attrs.out_type, shape: [inputs[0].rank] }],
  compute: ([x], node, rt) => [shapeInto(x, node, 0, node.attrs.out_type, rt)],
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Shape', 'input: T', 'output: out_type', 'T: type; out_type: type = int32'),
});

export const ShapeN = defineOp({
  type: OpType.ShapeN, family: 'array', inputs: ['*input'], attrs: { N: attr.int(), out_type: attr.type('int32') },
  infer: (inputs, attrs) => inputs.map(t => ({ dtype: attrs.out_type, shape: [t.rank] })),
  compute: (xs, node, rt) => xs.map((x, i) => shapeInto(x, node, i, node.attrs.out_type, rt)),
  gradient: NOT_DIFFERENTIABLE,
  tf: op('ShapeN', 'input: N * T', 'output: N * out_type', 'N: int >= 1; T: type; out_type: type = int32'),
});

export const Size = defineOp({
  type: OpType.Size, family: 'array', inputs: ['input'], attrs: { out_type: attr.type('int32') },
  infer: (_inputs, attrs) => [{ dtype: attrs.out_type, shape: [] }],
  compute: ([x], node, rt) => {
    const out = rt.output(node, 0, node.attrs.out_type, []);
    out.numeric[0] = x.size;
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Size', 'input: T', 'output: out_type', 'T: type; out_type: type = int32'),
});

export const Rank = defineOp({
  type: OpType.Rank, family: 'array', inputs: ['input'], attrs: {},
  infer: () => [{ dtype: 'int32', shape: [] }],
  compute: ([x], node, rt) => {
    const out = rt.output(node, 0, 'int32', []);
    out.numeric[0] = x.rank;
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Rank', 'input: T', 'output: int32', 'T: type'),
});

/** tf.shape: a Const when the static shape is fully known. */
export function shape(input: TensorLike, name?: string, outType: DType = 'int32'): Tensor {
  const x = convertToTensor(input);
  if (isFullyDefined(x.shape)) return constant(x.shape, outType, name ?? 'Shape');
  return Shape.make1([x], { out_type: outType }, name ?? 'Shape');
}

export function shapeN(inputs: TensorLike[], name?: string, outType: DType = 'int32'): Tensor[] {
  const xs = inputs.map(v => convertToTensor(v));
  return ShapeN.make(xs, { N: xs.length, out_type: outType }, name ?? 'ShapeN').outputs;
}

export function size(input: TensorLike, name?: string, outType: DType = 'int32'): Tensor {
  const x = convertToTensor(input);
  if (isFullyDefined(x.shape)) return constant(x.shape.reduce((a, b) => a * b, 1), outType, name ?? 'Size');
  return Size.make1([x], { out_type: outType }, name ?? 'Size');
}

export function rank(input: TensorLike, name?: string): Tensor {
  const x = convertToTensor(input);
  if (x.shape !== null) return constant(x.shape.length, 'int32', name ?? 'Rank');
  return Rank.make1([x], {}, name ?? 'Rank');
}

const INPUT = { name: 'input', type: 'tensor' } as const;
const NAME = { name: 'name', default: null, type: 'name' } as const;
const OUT_TYPE = { name: 'out_type', default: { expr: 'tf.int32' }, type: 'dtype' } as const;

export const SHAPE_OPS: OpGroup = {
  ops: [Shape, ShapeN, Size, Rank],
  api: [
    defineApi({ name: 'tf.shape', doc: 'Returns the shape of a tensor.', params: [INPUT, NAME, OUT_TYPE] },
      a => shape(a.input, a.name ?? undefined, a.out_type ?? 'int32')),
    defineApi({ name: 'tf.shape_n', doc: 'Returns shape of tensors.', params: [{ name: 'input', type: 'tensors' }, OUT_TYPE, NAME] },
      a => shapeN(a.input, a.name ?? undefined, a.out_type ?? 'int32')),
    defineApi({ name: 'tf.size', doc: 'Returns the size (number of elements) of a tensor.', params: [INPUT, NAME, OUT_TYPE] },
      a => size(a.input, a.name ?? undefined, a.out_type ?? 'int32')),
    defineApi({ name: 'tf.rank', doc: 'Returns the rank of a tensor.', params: [INPUT, NAME] }, a => rank(a.input, a.name ?? undefined)),
  ],
};

// Placeholder (must be fed) and PlaceholderWithDefault (its input unless fed), tf1-semantics §1.11.
import type { Tensor } from '../../graph/tensor';
import { cppDTypeName, DType } from '../../dtypes';
import { StaticShape, formatShapeCpp } from '../../shape';
import { invalidArgument } from '../../errors';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';

export const Placeholder = defineOp({
  type: OpType.Placeholder, family: 'control', inputs: [],
  attrs: { dtype: attr.type(), shape: attr.any<StaticShape>('shape', null) },
  infer: (_in, attrs) => [{ dtype: attrs.dtype, shape: attrs.shape }],
  compute: (_in, op) => {
    const shape = op.attrs.shape;
    const shapePart = shape !== null && shape.length > 0 ? ` and shape ${formatShapeCpp(shape)}` : '';
    throw invalidArgument(`You must feed a value for placeholder tensor '${op.name}' with dtype ${cppDTypeName(op.attrs.dtype)}${shapePart}`);
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Placeholder', '', 'output: dtype', 'dtype: type; shape: shape = ?'),
});

export const PlaceholderWithDefault = defineOp({
  type: OpType.PlaceholderWithDefault, family: 'control', inputs: ['input'],
  attrs: { dtype: attr.type(), shape: attr.any<StaticShape>('shape') },
  infer: ([input], attrs) => [{ dtype: input.dtype, shape: attrs.shape ?? input.shape }],
  compute: ([input]) => [input],
  gradient: (_op, [g]) => [g],
  tf: op('PlaceholderWithDefault', 'input: dtype', 'output: dtype', 'dtype: type; shape: shape'),
});

export function placeholder(dtype: DType = 'float32', shape: StaticShape | undefined = null, name?: string): Tensor {
  return Placeholder.make1([], { dtype, shape: shape === undefined ? null : shape }, name ?? 'Placeholder');
}
export function placeholderWithDefault(input: TensorLike, shape: StaticShape, name?: string): Tensor {
  const x = convertToTensor(input);
  return PlaceholderWithDefault.make1([x], { dtype: x.dtype, shape }, name ?? 'PlaceholderWithDefault');
}

export const PLACEHOLDER: OpGroup = {
  ops: [Placeholder, PlaceholderWithDefault],
  api: [
    defineApi({
      name: 'tf.placeholder', doc: 'Inserts a placeholder for a tensor that will be always fed.',
      params: [
        { name: 'dtype', type: 'dtype' },
        { name: 'shape', default: null, type: 'shape' },
        { name: 'name', default: null, type: 'name' },
      ],
    }, a => placeholder(a.dtype, a.shape, a.name ?? undefined)),
    defineApi({
      name: 'tf.placeholder_with_default', doc: 'A placeholder op that passes through `input` when its output is not fed.',
      params: [
        { name: 'input', type: 'tensor' },
        { name: 'shape', type: 'shape' },
        { name: 'name', default: null, type: 'name' },
      ],
    }, a => placeholderWithDefault(a.input, a.shape, a.name ?? undefined)),
  ],
};

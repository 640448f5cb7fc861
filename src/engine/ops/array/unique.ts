// Unique(x) → (y, idx): the distinct values of a vector in order of first appearance, and for
// each entry of x the position of its value in y (tf.unique). Not differentiable.
import type { Tensor } from '../../graph/tensor';
import { invalidArgument } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { elementsOf } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import type { DType } from '../../dtypes';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from './common';

export const Unique = defineOp({
  type: OpType.Unique, family: 'array', inputs: ['x'], attrs: { out_idx: attr.type('int32') },
  infer: ([x], attrs) => {
    if (x.shape !== null && x.shape.length !== 1) throw new ShapeError(`Shape must be rank 1 but is rank ${x.shape.length}`);
    return [{ dtype: x.dtype, shape: [null] }, { dtype: attrs.out_idx, shape: x.shape === null ? [null] : x.shape.slice() }];
  },
  compute: ([x], node, rt) => {
    if (x.rank !== 1) throw invalidArgument('unique expects a 1D vector.');
    const src = elementsOf(x);
    const firstAt = new Map<unknown, number>(), values: unknown[] = [];
    const idx = rt.output(node, 1, node.attrs.out_idx, [x.size]);
    for (let i = 0; i < x.size; i++) {
      // -0 and 0 are one value, as in TF (hashing the float equal values together).
      const v = src[i] === 0 ? 0 : src[i];
      let at = firstAt.get(v);
      if (at === undefined) { at = values.length; firstAt.set(v, at); values.push(v); }
      idx.numeric[i] = at;
    }
    const y = rt.output(node, 0, x.dtype, [values.length]);
    const dst = elementsOf(y);
    values.forEach((v, i) => { dst[i] = v; });
    return [y, idx];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Unique', 'x: T', 'y: T, idx: out_idx', 'T: type; out_idx: type = int32'),
});

export function unique(x: TensorLike, outIdx: DType = 'int32', name?: string): [Tensor, Tensor] {
  const t = convertToTensor(x);
  return inOpScope(name, 'Unique', opName => {
    const [y, idx] = Unique.make([t], { out_idx: outIdx }, opName).outputs;
    return [y, idx];
  });
}

export const UNIQUE: OpGroup = {
  ops: [Unique],
  api: [defineApi({
    name: 'tf.unique', doc: 'Finds unique elements in a 1-D tensor: (y, idx).',
    params: [{ name: 'x', type: 'tensor' }, { name: 'out_idx', default: { expr: 'tf.int32' }, type: 'dtype' }, { name: 'name', default: null, type: 'name' }],
  }, a => unique(a.x, a.out_idx ?? 'int32', a.name ?? undefined))],
};

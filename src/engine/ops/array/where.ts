// Where(condition): the coordinates of the true (non-zero) entries, an int64 matrix
// [num_true, rank] in row-major order (tf.where with one argument); tf.boolean_mask, which TF
// builds from Where, Reshape and Gather.
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { valueError } from '../../errors';
import { isCompatible, formatShapePy } from '../../shape';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from './common';
import { reshape, squeeze } from './reshape';
import { shape } from './shape_ops';
import { concat } from './concat';
import { gather } from './gather';
import { sliceHelper } from './indexing';
import { reduceProd } from '../math/reduce';

export const Where = defineOp({
  type: OpType.Where, family: 'array', inputs: ['input'], attrs: {},
  infer: ([x]) => [{ dtype: 'int64', shape: [null, x.rank] }],
  compute: ([x], node, rt) => {
    const data = x.data as NumericArray, rank = x.rank;
    let count = 0;
    for (let i = 0; i < data.length; i++) if (data[i]) count++;
    const out = rt.output(node, 0, 'int64', [count, rank]);
    const o = out.numeric;
    let row = 0;
    for (let i = 0; i < data.length; i++) {
      if (!data[i]) continue;
      // The multi-index of flat position i, written from the last dim backwards.
      let rest = i;
      for (let d = rank - 1; d >= 0; d--) { o[row * rank + d] = rest % x.shape[d]; rest = Math.floor(rest / x.shape[d]); }
      row++;
    }
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Where', 'input: T', 'index: int64', 'T: type = bool'),
});

/** tf.where(condition): an op named `Where`, condition converted as bool when plain. */
export function whereIndices(condition: TensorLike, name?: string): Tensor {
  return inOpScope(name, 'Where', opName => Where.make1([convertToTensor(condition, undefined, 'condition')], {}, opName));
}

/** tf.boolean_mask: the entries (or slices along `axis`) where mask is true, in row-major order. */
export function booleanMask(tensor: TensorLike, mask: TensorLike, name = 'boolean_mask', axis: number | null = null): Tensor {
  return inOpScope(name, 'boolean_mask', () => {
    let t = convertToTensor(tensor, undefined, 'tensor');
    const m = convertToTensor(mask, undefined, 'mask');
    const nd = m.rank;
    if (nd === 0) throw valueError('mask cannot be scalar.');
    if (nd === null) throw valueError('Number of mask dimensions must be specified, even if some dimensions are None.  E.g. shape=[None] is ok, but shape=None is not.');
    const a = axis ?? 0;
    const ts = t.shape;
    if (ts !== null && !isCompatible(ts.slice(a, a + nd), m.shape)) {
      throw valueError(`Shapes ${formatShapePy(ts.slice(a, a + nd))} and ${formatShapePy(m.shape)} are incompatible`);
    }
    const s = shape(t);
    const leading = reduceProd(sliceHelper(s, [{ start: a, stop: a + nd }]), [0]);
    t = reshape(t, concat([sliceHelper(s, [{ stop: a }]), [leading], sliceHelper(s, [{ start: a + nd }])], 0));
    if (ts !== null) {
      const masked = ts.slice(a, a + nd);
      const first = masked.every(d => d !== null) ? (masked as number[]).reduce((p, d) => p * d, 1) : null;
      t.setShape([...ts.slice(0, a), first, ...ts.slice(a + nd)]);
    }
    const indices = squeeze(whereIndices(reshape(m, [-1])), [1]);
    return gather(t, indices, a);
  });
}

export const WHERE: OpGroup = {
  ops: [Where],
  api: [defineApi({
    name: 'tf.boolean_mask', doc: 'Apply boolean mask to tensor.',
    params: [{ name: 'tensor', type: 'tensor' }, { name: 'mask', type: 'tensor' }, { name: 'name', default: 'boolean_mask', type: 'name' }, { name: 'axis', default: null, type: 'int' }],
  }, a => booleanMask(a.tensor, a.mask, a.name ?? undefined, a.axis))],
};

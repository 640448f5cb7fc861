// Array functions TF composes from other ops, built the way TF 1.15 builds them:
// tf.meshgrid (Reshape, Size, ones and Mul) and tf.sequence_mask (Range compared with lengths).
import type { Tensor } from '../../graph/tensor';
import type { DType } from '../../dtypes';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { constant, convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { inOpScope } from './common';
import { reshape, expandDims } from './reshape';
import { size } from './shape_ops';
import { ones } from './creation';
import { Range } from './range';
import { operators } from '../math/operators';
import { reduceMax } from '../math/reduce';
import { maximum } from '../math/binary';
import { cast } from '../math/cast';

/** tf.meshgrid: N coordinate arrays broadcast against each other ('xy': Cartesian, 'ij': matrix indexing). */
export function meshgrid(args: readonly TensorLike[], indexing = 'xy', name = 'meshgrid'): Tensor[] {
  if (indexing !== 'xy' && indexing !== 'ij') throw valueError("indexing parameter must be either 'xy' or 'ij'");
  return inOpScope(name, 'meshgrid', () => {
    const ndim = args.length;
    const xs = args.map(x => convertToTensor(x));
    const ones1 = (n: number) => new Array<number>(n).fill(1);
    const output = xs.map((x, i) => reshape(x, [...ones1(i), -1, ...ones1(ndim - i - 1)]));
    const shapes: TensorLike[] = xs.map(x => size(x));
    if (indexing === 'xy' && ndim > 1) {
      output[0] = reshape(output[0], [1, -1, ...ones1(ndim - 2)]);
      output[1] = reshape(output[1], [-1, 1, ...ones1(ndim - 2)]);
      [shapes[0], shapes[1]] = [shapes[1], shapes[0]];
    }
    const multFact = ones(shapes, xs.length ? xs[0].dtype : 'float32');
    return output.map(x => operators.mul(x, multFact));
  });
}

/** tf.sequence_mask: row i is [j < lengths[i] for j in range(maxlen)] (maxlen defaults to max(lengths)). */
export function sequenceMask(lengths: TensorLike, maxlen: TensorLike | null = null, dtype: DType = 'bool', name?: string): Tensor {
  return inOpScope(name, 'SequenceMask', () => {
    const lens = convertToTensor(lengths);
    let max: Tensor;
    if (maxlen === null) {
      const longest = reduceMax(lens);
      max = maximum(constant(0, longest.dtype), longest);
    } else max = convertToTensor(maxlen);
    if (max.rank !== null && max.rank !== 0) throw valueError('maxlen must be scalar for sequence_mask');
    const rowVector = Range.make1([constant(0, max.dtype), max, constant(1, max.dtype)], { Tidx: max.dtype }, 'Range');
    const matrix = cast(expandDims(lens, -1), max.dtype);
    const result = operators.lt(rowVector, matrix);
    return result.dtype === dtype ? result : cast(result, dtype);
  });
}

export const ARRAY_COMPOSITES: OpGroup = {
  ops: [],
  api: [
    defineApi({
      name: 'tf.meshgrid', doc: 'Broadcasts parameters for evaluation on an N-D grid.',
      varargs: 'args', varargsType: 'tensor',
      params: [{ name: 'indexing', default: 'xy', kind: 'keyword', type: 'str' }, { name: 'name', default: 'meshgrid', kind: 'keyword', type: 'name' }],
    }, a => meshgrid(a.args, a.indexing, a.name ?? undefined)),
    defineApi({
      name: 'tf.sequence_mask', doc: 'Returns a mask tensor representing the first N positions of each cell.',
      params: [
        { name: 'lengths', type: 'tensor' }, { name: 'maxlen', default: null, type: 'tensor' },
        { name: 'dtype', default: { expr: 'tf.bool' }, type: 'dtype' }, { name: 'name', default: null, type: 'name' },
      ],
    }, a => sequenceMask(a.lengths, a.maxlen, a.dtype ?? 'bool', a.name ?? undefined)),
  ],
};

// RandomShuffle: a random permutation along the first dimension (Fisher–Yates over rows).
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { generatorFor } from './common';
import { getSeed } from './seed';

export const RandomShuffle = defineOp({
  type: OpType.RandomShuffle, family: 'random', inputs: ['value'], stateful: true,
  attrs: { seed: attr.int(0), seed2: attr.int(0) },
  infer: ([x]) => [{ dtype: x.dtype, shape: x.shape }],
  compute: ([x], op, rt) => {
    if (x.rank === 0) return [x];
    const n = x.shape[0], row = x.size / Math.max(n, 1);
    const order = Array.from({ length: n }, (_, i) => i);
    const g = generatorFor(op, rt);
    for (let i = n - 1; i > 0; i--) { const j = Math.floor(g.uniform() * (i + 1)); const t = order[i]; order[i] = order[j]; order[j] = t; }
    const out = rt.output(op, 0, x.dtype, x.shape);
    if (Array.isArray(x.data)) {
      const src = x.data as string[], dst = out.data as string[];
      for (let i = 0; i < n; i++) for (let k = 0; k < row; k++) dst[i * row + k] = src[order[i] * row + k];
    } else {
      const src = x.data as NumericArray, dst = out.data as NumericArray;
      for (let i = 0; i < n; i++) dst.set(src.subarray(order[i] * row, order[i] * row + row), i * row);
    }
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('RandomShuffle', 'value: T', 'output: T', 'seed: int = 0; seed2: int = 0; T: type', { stateful: true }),
});

export function randomShuffle(value: TensorLike, seed?: number | null, name?: string | null): Tensor {
  const [s1, s2] = getSeed(seed);
  return RandomShuffle.make1([convertToTensor(value)], { seed: s1, seed2: s2 }, name ?? OpType.RandomShuffle);
}

export const SHUFFLE: OpGroup = {
  ops: [RandomShuffle],
  api: [defineApi({
    name: 'tf.random_shuffle', doc: 'Randomly shuffles a tensor along its first dimension.',
    params: [{ name: 'value', type: 'tensor' }, { name: 'seed', default: null, type: 'int' }, { name: 'name', default: null, type: 'name' }],
  }, a => randomShuffle(a.value, a.seed, a.name), ['tf.random.shuffle'])],
};

// tf.clip_by_value: the builder (clipping helpers, ops/nn/clip.ts) composes Minimum and Maximum,
// whose gradients pass g where the value was not clipped.
import { defineApi } from '../../api/api_function';
import type { OpGroup } from '../op_def';
import { clipByValue } from '../nn/clip';

export const CLIP_BY_VALUE: OpGroup = {
  ops: [],
  api: [defineApi({
    name: 'tf.clip_by_value', doc: 'Clips tensor values to a specified min and max.',
    params: [
      { name: 't', type: 'tensor' }, { name: 'clip_value_min', type: 'tensor' }, { name: 'clip_value_max', type: 'tensor' },
      { name: 'name', default: null, type: 'name' },
    ],
  }, a => clipByValue(a.t, a.clip_value_min, a.clip_value_max, a.name ?? undefined))],
};

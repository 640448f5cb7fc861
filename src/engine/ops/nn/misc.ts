// The nn functions with no op of their own: dropout and the clipping helpers (tf.clip_by_*,
// tf.global_norm), composed of math and random ops.
import type { OpGroup } from '../op_def';
import { DROPOUT_API } from './dropout';
import { CLIP_API } from './clip';

export const NN_MISC: OpGroup = { ops: [], api: [...DROPOUT_API, ...CLIP_API] };

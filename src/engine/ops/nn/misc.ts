// The nn functions with no op of their own, composed of other ops: dropout, the clipping
// helpers (tf.clip_by_*, tf.global_norm), crelu and swish, conv1d and conv2d_transpose, zero_fraction.
import type { OpGroup } from '../op_def';
import { DROPOUT_API } from './dropout';
import { CLIP_API } from './clip';
import { ACTIVATION_COMPOSITES_API } from './activation_composites';
import { CONV_COMPOSITES_API } from './conv_composites';
import { ZERO_FRACTION_API } from './zero_fraction';

export const NN_MISC: OpGroup = { ops: [], api: [...DROPOUT_API, ...CLIP_API, ...ACTIVATION_COMPOSITES_API, ...CONV_COMPOSITES_API, ...ZERO_FRACTION_API] };

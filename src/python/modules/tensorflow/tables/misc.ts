// TF1 compatibility switches. Gradbook is always TF1 graph mode: the v2 switches are no-ops, eager
// execution is refused. (tf.logging is Python: src/python/stdlib/tensorflow/logging.py.)
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';

export const MISC_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.disable_v2_behavior', doc: 'TF1 behaviour (always on in Gradbook).', params: [] }, () => null, { aliases: ['tf.disable_eager_execution', 'tf.disable_v2_tensorshape'] }),
  entry({ name: 'tf.enable_resource_variables', doc: 'Accepted: variables stay ref variables, which give the same values in graph mode.', params: [] }, () => null),
  entry({
    name: 'tf.enable_eager_execution', doc: 'Not supported: Gradbook runs TF1 graph mode.',
    params: [{ name: 'config', default: null }, { name: 'device_policy', default: null }, { name: 'execution_mode', default: null }],
  }, () => { throw new tf.PyLikeError('NotImplementedError', 'enable_eager_execution() is not supported by Gradbook: it runs TF1 graph mode only'); }),
  entry({ name: 'tf.executing_eagerly', doc: 'False: Gradbook runs TF1 graph mode.', params: [] }, () => false),
];

// tensorflow.python.framework.ops / dtypes: the internal modules course notebooks import from
// (ops.reset_default_graph in the Coursera "TensorFlow Tutorial"); each name is the public tf one.
import { strict as assert } from 'assert';
import { py } from './helpers';

describe('tensorflow.python.framework', () => {
  it('ops.reset_default_graph empties the default graph (names restart), and ops / dtypes names are the tf ones', () => {
    const out = py(`import tensorflow as tf
from tensorflow.python.framework import ops
from tensorflow.python.framework import dtypes
import tensorflow.python.framework.ops as ops2
a = tf.constant(1.0, name='a')
b = tf.constant(1.0, name='a')
print(b.name)
ops.reset_default_graph()
print(tf.constant(2.0, name='a').name, ops2.get_default_graph() is tf.get_default_graph(), dtypes.float32 == tf.float32,
      ops.Tensor is tf.Tensor, ops.GraphKeys.TRAINABLE_VARIABLES)`);
    assert.equal(out, 'a_1:0\na:0 True True True trainable_variables\n');
  });
});

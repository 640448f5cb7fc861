// tf.contrib.rnn.OutputProjectionWrapper (TF 1.15 core_rnn_cell.py): its own scope
// `output_projection_wrapper` holding `kernel` [depth, output_size] and a zero `bias`, the wrapped
// cell's weights nested inside, the state passed through, output = cell output · kernel + bias
// (then the activation), weights shared across dynamic_rnn's steps.
import { strict as assert } from 'assert';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { py, pyError } from './layers/helpers';

describe('tf.contrib.rnn.OutputProjectionWrapper', () => {
  after(() => clearDefaultGraphState());

  it('projects each step of the wrapped cell with weights in its own scope', () => {
    const out = py(`
import numpy as np
import tensorflow as tf
np.random.seed(0)
x = tf.constant(np.random.randn(2, 3, 4).astype(np.float32))
inner = tf.contrib.rnn.BasicRNNCell(5)
cell = tf.contrib.rnn.OutputProjectionWrapper(inner, output_size=2, activation=tf.nn.relu)
print(cell.output_size, cell.state_size)
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
print(outputs.get_shape(), state.get_shape())
print([v.name for v in tf.trainable_variables()])
ref, ref_state = tf.nn.dynamic_rnn(inner, x, dtype=tf.float32, scope='rnn/output_projection_wrapper')
print(len(tf.trainable_variables()))
kernel, bias = tf.trainable_variables()[2:]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o, s, r, rs, k, b = sess.run([outputs, state, ref, ref_state, kernel, bias])
print(np.allclose(o, np.maximum(r.dot(k) + b, 0), atol=1e-6), np.allclose(s, rs), (b == 0).all())
`);
    assert.equal(out, [
      '2 5',
      '(2, 3, 2) (2, 5)',
      "['rnn/output_projection_wrapper/basic_rnn_cell/kernel:0', 'rnn/output_projection_wrapper/basic_rnn_cell/bias:0', 'rnn/output_projection_wrapper/kernel:0', 'rnn/output_projection_wrapper/bias:0']",
      '4',
      'True True True',
    ].join('\n') + '\n');
  });

  it('refuses a cell that is not an RNNCell', () => {
    assert.match(pyError(`
import tensorflow as tf
tf.contrib.rnn.OutputProjectionWrapper(3, 2)
`), /TypeError: The argument 'cell' \(3\) is not an RNNCell/);
  });
});

// tf.contrib.legacy_seq2seq.rnn_decoder (char-rnn-tensorflow's model): one set of cell variables
// in the decoder's scope shared by every step, the same outputs as static_rnn over the same
// weights, and a loop_function that replaces the inputs after step 0 with a function of the
// previous output (called with the step index), as TF's legacy decoder does.
import { strict as assert } from 'assert';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { py } from './layers/helpers';

const SETUP = `
import numpy as np
import tensorflow as tf
from tensorflow.contrib import legacy_seq2seq, rnn
np.random.seed(0)
xs = [tf.constant(np.random.randn(2, 3).astype(np.float32)) for _ in range(3)]
cell = rnn.BasicLSTMCell(4)
state = cell.zero_state(2, tf.float32)
`;

describe('tf.contrib.legacy_seq2seq.rnn_decoder', () => {
  // Leave no LSTM variables in the default graph for the test files after this one.
  after(() => clearDefaultGraphState());
  it('shares one set of variables across steps and matches static_rnn over the same weights', () => {
    const out = py(SETUP + `
outs, final = legacy_seq2seq.rnn_decoder(xs, state, cell, scope='dec')
print(len(outs), [v.name for v in tf.global_variables()])
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    ref, ref_final = tf.nn.static_rnn(rnn.BasicLSTMCell(4), xs, initial_state=state, scope='dec')
print(len(tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    a, b, fa, fb = sess.run([outs, ref, final, ref_final])
    print(all(np.allclose(x, y) for x, y in zip(a, b)), np.allclose(fa.h, fb.h), np.allclose(fa.c, fb.c))
outs2, _ = legacy_seq2seq.rnn_decoder(xs, state, rnn.BasicLSTMCell(4))
print([v.name for v in tf.global_variables()][2:])
`);
    assert.equal(out, [
      "3 ['dec/basic_lstm_cell/kernel:0', 'dec/basic_lstm_cell/bias:0']",
      '2',
      'True True True',
      "['rnn_decoder/basic_lstm_cell/kernel:0', 'rnn_decoder/basic_lstm_cell/bias:0']",
    ].join('\n') + '\n');
  });

  it('feeds loop_function(previous output, i) after step 0', () => {
    const out = py(SETUP + `
calls = []
w = tf.constant(np.random.randn(4, 3).astype(np.float32))
def loop(prev, i):
    calls.append(i)
    return tf.matmul(prev, w)
plain, _ = legacy_seq2seq.rnn_decoder(xs, state, cell, scope='dec')
looped, _ = legacy_seq2seq.rnn_decoder(xs, state, cell, loop_function=loop, scope='dec')
print(calls, len(tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p, l = sess.run([plain, looped])
    print(np.allclose(p[0], l[0]), np.allclose(p[1], l[1]))
`);
    assert.equal(out, '[1, 2] 2\nTrue False\n');
  });
});

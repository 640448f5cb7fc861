// A Python list whose items are NumPy arrays (a batch built by appending np.eye(n)[idx] rows, as
// golbin's RNN tutorials do) converts to one tensor whose shape is the list's length followed by
// every dimension of the arrays, both as a feed and as tf.constant; ragged arrays are refused.
import { strict as assert } from 'assert';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

function run(lines: string[]): { out: string; error?: string } {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(['import tensorflow as tf', 'import numpy as np', 'sess = tf.Session()', ...lines].join('\n') + '\n', '<cell 1>');
  return r.ok ? { out } : { out, error: r.error.traceback.trim().split('\n').pop() };
}

describe('lists of NumPy arrays as tensors', () => {
  it('a list of 2-D arrays feeds a rank-3 placeholder with its values in order', () => {
    const r = run([
      'e = np.eye(4)',
      'batch = [e[[0, 1, 2]], e[[3, 2, 1]]]',
      'x = tf.placeholder(tf.float32, [None, 3, 4])',
      'print(sess.run(tf.shape(x), {x: batch}))',
      'print(sess.run(tf.argmax(x, 2), {x: batch}))',
      'print(sess.run(tf.constant([np.array([1, 2]), np.array([3, 4])])))',
    ]);
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, '[2 3 4]\n[[0 1 2]\n [3 2 1]]\n[[1 2]\n [3 4]]\n');
  });

  it('arrays of different shapes in one list are a ragged-list error, not a silent reshape', () => {
    const r = run([
      'x = tf.placeholder(tf.float32, [None, None])',
      'sess.run(x, {x: [np.zeros(3), np.zeros(2)]})',
    ]);
    assert.match(r.error ?? '', /ragged lists are not supported/);
  });
});

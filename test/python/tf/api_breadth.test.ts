// TF1 API corners the corpus programs of wave 12 reached (each case is a call real programs make).
import { strict as assert } from 'assert';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

function py(lines: string[]): string {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(lines.join('\n') + '\n', '<cell 1>');
  if (!r.ok) throw new Error(r.error.traceback);
  return out;
}

describe('TF1 API breadth (wave 12 corpus)', () => {
  it('get_variable instantiates an initializer given as a class with the variable dtype', () => {
    const out = py([
      'import tensorflow as tf',
      'a = tf.get_variable("a", [2], dtype=tf.float64, initializer=tf.ones_initializer)',
      'b = tf.contrib.layers.fully_connected(tf.ones([1, 3]), 2, biases_initializer=tf.zeros_initializer, weights_initializer=tf.ones_initializer)',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    print(s.run(a), a.dtype.name, s.run(b))',
    ]);
    assert.equal(out, '[1. 1.] float64_ref [[3. 3.]]\n');
  });
});

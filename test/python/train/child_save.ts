// Run as a separate Node process by saver_files.test.ts: a Python program trains a tiny model and
// saves it in `dir`, printing the saved values, so save and restore happen in different processes.
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python';

const dir = process.argv[2];
let out = '';
const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined }, { cwd: dir, roots: [dir] });
const r = s.runCell([
  'import tensorflow as tf',
  'tf.set_random_seed(7)',
  'w = tf.Variable(tf.random_normal([3, 2]), name="w")',
  'b = tf.Variable(tf.zeros([2]), name="b")',
  'loss = tf.reduce_sum(tf.square(tf.matmul(tf.ones([4, 3]), w) + b - 1.0))',
  'train = tf.train.AdamOptimizer(0.1).minimize(loss)',
  'saver = tf.train.Saver()',
  'with tf.Session() as sess:',
  '    sess.run(tf.global_variables_initializer())',
  '    for _ in range(3):',
  '        sess.run(train)',
  '    print(saver.save(sess, "model/child.ckpt", global_step=3))',
  '    print(repr(sess.run(w).tolist()), repr(sess.run(b).tolist()))',
].join('\n') + '\n', '<child>');
process.stdout.write(r.ok ? out : `FAILED\n${r.error.traceback}`);

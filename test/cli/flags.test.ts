// `gradbook run FILE -- --flag=value` end to end with tf.app.flags / tf.app.run: a real child
// process, the bundled CLI and kernel worker.
import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const gradbook = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin/gradbook.js'), ...args], { encoding: 'utf8', cwd: root });

describe('gradbook run -- with tf.app.flags', function () {
  this.timeout(180_000);
  before(() => execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' }));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-flags-'));
  const file = path.join(dir, 'train.py');
  fs.writeFileSync(file, [
    'import tensorflow as tf',
    "tf.app.flags.DEFINE_integer('steps', 10, 'Training steps')",
    "tf.app.flags.DEFINE_float('learning_rate', 0.5, 'Learning rate')",
    "tf.app.flags.DEFINE_boolean('verbose', False, 'Log every step')",
    'FLAGS = tf.app.flags.FLAGS',
    'def main(argv):',
    "    x = tf.Variable(3.0)",
    '    train = tf.train.GradientDescentOptimizer(FLAGS.learning_rate).minimize(tf.square(x))',
    '    with tf.Session() as sess:',
    '        sess.run(tf.global_variables_initializer())',
    '        for step in range(FLAGS.steps):',
    '            sess.run(train)',
    '            if FLAGS.verbose:',
    "                tf.logging.warn('step %d x=%.4f', step, sess.run(x))",
    "        print('steps', FLAGS.steps, 'x', round(float(sess.run(x)), 4), 'rest', argv[1:])",
    "if __name__ == '__main__':",
    '    tf.app.run()',
    '',
  ].join('\n'));

  it('passes --flag=value, --flag value and --flag to tf.app.run; the rest reaches main(argv)', () => {
    const r = gradbook('run', file, '--', '--steps=2', '--learning_rate', '0.25', '--verbose', 'extra');
    assert.equal(r.status, 0, r.stderr);
    // x <- x - lr * 2x = 0.5x per step: 3 -> 1.5 -> 0.75
    assert.equal(r.stdout, "steps 2 x 0.75 rest ['extra']\n");
    assert.equal(r.stderr, 'WARNING:tensorflow:step 0 x=1.5000\nWARNING:tensorflow:step 1 x=0.7500\n');
  });

  it('defaults without arguments; a bad value exits 1 with absl\'s FATAL line', () => {
    const plain = gradbook('run', file);
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal(plain.stdout, "steps 10 x 0.0 rest []\n");
    const bad = gradbook('run', file, '--', '--steps=ten');
    assert.equal(bad.status, 1);
    assert.equal(bad.stderr, "FATAL Flags parsing error: flag --steps=ten: invalid literal for int() with base 10: 'ten'\nPass --helpshort or --helpfull to see help on flags.\n");
  });
});

// Small things tutorials call: tf.device records the device (canonical name) and runs on the
// CPU; ConfigProto / GPUOptions / RunOptions / RunMetadata are accepted; tf.range with float
// deltas, linspace, meshgrid, arg_max and the top-level assign ops give TF's values.
import { strict as assert } from 'assert';
import { py } from './run';

describe('tutorial ops', () => {
  it('tf.device records the device; nested scopes and None', () => {
    const out = py([
      "with tf.device('/cpu:0'):",
      '    a = tf.constant([1.0, 2.0])',
      "    with tf.device('/gpu:1'):",
      '        b = a * 2',
      '    with tf.device(None):',
      '        c = a + 1',
      'd = a - 1',
      "with tf.get_default_graph().device('/job:worker/task:0/cpu:1'):",
      '    e = tf.Variable(1.0)',
      'print(repr(a.device), repr(b.op.device), repr(c.device), repr(d.device), repr(e.device))',
      'sess = tf.Session(config=tf.ConfigProto(allow_soft_placement=True, log_device_placement=False, gpu_options=tf.GPUOptions(allow_growth=True)))',
      'print(sess.run(b, options=tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE), run_metadata=tf.RunMetadata()))',
    ]);
    assert.equal(out, "'/device:CPU:0' '/device:GPU:1' '' '' '/job:worker/task:0/device:CPU:1'\n[2. 4.]\n");
  });

  it('range with float deltas, linspace, meshgrid, arg_max / arg_min, assign ops', () => {
    const out = py([
      'sess = tf.Session()',
      'print(sess.run(tf.range(0, 1, 0.25)), sess.run(tf.linspace(0.0, 1.0, 5)), sess.run(tf.lin_space(1.0, 2.0, 3)))',
      'x, y = tf.meshgrid([1, 2], [3, 4, 5])',
      'print(sess.run(x).tolist(), sess.run(y).tolist())',
      'print(sess.run(tf.arg_max([1, 3, 2], 0)), sess.run(tf.arg_min([[1, 3], [0, 5]], 1)))',
      'v = tf.Variable(1.0)',
      'sess.run(tf.global_variables_initializer())',
      'print(sess.run(tf.assign_add(v, 2.0)), sess.run(tf.assign(v, 5.0)), sess.run(tf.assign_sub(v, 1.0)))',
    ]);
    assert.equal(out, [
      '[0.   0.25 0.5  0.75] [0.   0.25 0.5  0.75 1.  ] [1.  1.5 2. ]',
      '[[1, 2], [1, 2], [1, 2]] [[3, 3], [4, 4], [5, 5]]', '1 [0 0]', '3.0 5.0 4.0', '',
    ].join('\n'));
  });
});

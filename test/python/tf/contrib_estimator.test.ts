// tf.contrib.estimator.clip_gradients_by_norm (TF 1.15 extenders.py): an Optimizer whose
// compute_gradients scales the wrapped optimizer's gradients by clip_norm / max(global norm,
// clip_norm) and whose apply_gradients is the wrapped one's; minimize() trains with the clipped
// gradients, including inside tf.estimator.LinearRegressor as the Machine Learning Crash Course
// exercises use it. Expected numbers are worked out in the comments (gradients 3 and 4 have global
// norm 5, so clipping to 1 gives 0.6 and 0.8).
import { strict as assert } from 'assert';
import { ok, runScript } from './estimator_helpers';

function lastError(lines: string[]): string {
  const r = runScript(lines);
  const res = r.results[0];
  if (res.ok) throw new Error('expected an error; stdout:\n' + r.stdout);
  return res.error.traceback.trim().split('\n').pop()!;
}

const GRAPH = [
  'import numpy as np',
  'import tensorflow as tf',
  'a = tf.Variable(0.0, name="a")',
  'b = tf.Variable(0.0, name="b")',
  'loss = 3.0 * a + 4.0 * b',
];

describe('tf.contrib.estimator.clip_gradients_by_norm', function () {
  this.timeout(60_000);

  it('is an Optimizer named ClipByNorm<name>; compute_gradients clips by the global norm (3, 4 -> 0.6, 0.8), not below it', () => {
    const r = ok(runScript([...GRAPH,
      'opt = tf.contrib.estimator.clip_gradients_by_norm(tf.train.GradientDescentOptimizer(0.1), 1.0)',
      'loose = tf.contrib.estimator.clip_gradients_by_norm(tf.train.GradientDescentOptimizer(0.1), 10.0)',
      'print(isinstance(opt, tf.train.Optimizer), opt.get_name())',
      'clipped = opt.compute_gradients(loss)',
      'kept = loose.compute_gradients(loss)',
      'print([v.op.name for g, v in clipped])',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    print([round(float(g), 6) for g in sess.run([g for g, v in clipped])], sess.run([g for g, v in kept]))',
    ]));
    assert.equal(r.stdout, [
      'True ClipByNormGradientDescent',
      "['a', 'b']",
      '[0.6, 0.8] [3.0, 4.0]',
      '',
    ].join('\n'));
  });

  it('minimize steps with the clipped gradients and counts the global step; slots stay the wrapped optimizer\'s', () => {
    const r = ok(runScript([...GRAPH,
      'step = tf.train.get_or_create_global_step()',
      'opt = tf.contrib.estimator.clip_gradients_by_norm(tf.train.GradientDescentOptimizer(0.1), 1.0)',
      'train = opt.minimize(loss, global_step=step)',
      'adam = tf.contrib.estimator.clip_gradients_by_norm(tf.train.AdamOptimizer(0.1), 1.0)',
      'adam_train = adam.minimize(loss)',
      'print(adam.get_slot_names(), adam.get_slot(a, "m") is not None)',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    sess.run(train)',
      '    sess.run(train)',
      // Two steps of 0.1 x (0.6, 0.8).
      '    print([round(float(x), 6) for x in sess.run([a, b])], sess.run(step))',
    ]));
    assert.equal(r.stdout, "['m', 'v'] True\n[-0.12, -0.16] 2\n");
  });

  it('LinearRegressor(optimizer=clipped gradient descent): one step from zeros moves the weight by lr x 5 x its share of the norm', () => {
    // x = 1000, y = 10: the summed squared error's gradients are -20000 (weight) and -20 (bias),
    // global norm sqrt(20000^2 + 20^2); clipped to 5 and stepped with lr 0.1 the weight becomes
    // 0.1 * 5 * 20000 / norm and the bias 0.1 * 5 * 20 / norm (unclipped it would be 2000 and 2).
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      "columns = [tf.feature_column.numeric_column('x')]",
      'opt = tf.contrib.estimator.clip_gradients_by_norm(tf.train.GradientDescentOptimizer(learning_rate=0.1), 5.0)',
      'est = tf.estimator.LinearRegressor(feature_columns=columns, optimizer=opt)',
      'def input_fn():',
      "    ds = tf.data.Dataset.from_tensor_slices(({'x': np.array([1000.0])}, np.array([10.0]))).batch(1).repeat()",
      '    return ds.make_one_shot_iterator().get_next()',
      'est.train(input_fn=input_fn, steps=1.0)',
      "print(repr(float(est.get_variable_value('linear/linear_model/x/weights')[0][0])))",
      "print(repr(float(est.get_variable_value('linear/linear_model/bias_weights')[0])))",
      "print(est.get_variable_value('global_step'))",
    ]));
    const [w, b, step] = r.stdout.trim().split('\n');
    const norm = Math.hypot(20000, 20);
    assert.ok(Math.abs(Number(w) - 0.1 * 5 * 20000 / norm) < 1e-6, w);
    assert.ok(Math.abs(Number(b) - 0.1 * 5 * 20 / norm) < 1e-8, b);
    assert.equal(step, '1');
  });

  it('refuses a non-optimizer (ValueError, as TF) and the contrib.estimator names not provided (NotImplementedError)', () => {
    assert.equal(lastError(['import tensorflow as tf', 'tf.contrib.estimator.clip_gradients_by_norm("sgd", 5.0)']),
      'ValueError: optimizer must be an instance of tf.train.Optimizer. Given: sgd');
    assert.equal(lastError(['import tensorflow as tf', 'tf.contrib.estimator.replicate_model_fn(None)']),
      'NotImplementedError: tf.contrib.estimator.replicate_model_fn is not supported by Gradbook (supported: clip_gradients_by_norm)');
  });
});

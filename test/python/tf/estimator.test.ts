// tf.estimator with a custom model_fn: train / evaluate / predict, checkpoints in model_dir,
// resuming, TF's log lines and argument errors (tensorflow_estimator 1.15 behaviour).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ok, runCells, runScript } from './estimator_helpers';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-est-'));

/** y = x·[1, -2, 0.5] + 0.3 learned by a linear model_fn; `mean_abs_error` is a hand-made streaming metric. */
const LINEAR = (dir: string) => [
  'import numpy as np',
  'import tensorflow as tf',
  'rng = np.random.RandomState(0)',
  'X = rng.randn(200, 3).astype(np.float32)',
  'Y = X.dot(np.array([[1.0], [-2.0], [0.5]], np.float32)) + 0.3',
  'def streaming_mean(values, name):',
  '    total = tf.Variable(0.0, trainable=False, collections=[tf.GraphKeys.LOCAL_VARIABLES], name=name + "/total")',
  '    count = tf.Variable(0.0, trainable=False, collections=[tf.GraphKeys.LOCAL_VARIABLES], name=name + "/count")',
  '    update = tf.group(tf.assign_add(total, tf.reduce_sum(values)), tf.assign_add(count, tf.cast(tf.size(values), tf.float32)))',
  '    return total / count, update',
  'def model_fn(features, labels, mode, params):',
  "    w = tf.get_variable('w', [3, 1], initializer=tf.zeros_initializer())",
  "    b = tf.get_variable('b', [1], initializer=tf.zeros_initializer())",
  "    pred = tf.matmul(features['x'], w) + b",
  '    if mode == tf.estimator.ModeKeys.PREDICT:',
  "        return tf.estimator.EstimatorSpec(mode, predictions={'y': pred, 'doubled': 2 * pred})",
  '    loss = tf.reduce_mean(tf.square(pred - labels))',
  "    opt = tf.train.GradientDescentOptimizer(params['lr'])",
  '    train_op = opt.minimize(loss, global_step=tf.train.get_global_step())',
  "    metrics = {'mean_abs_error': streaming_mean(tf.abs(pred - labels), 'mae')}",
  '    return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op, eval_metric_ops=metrics)',
  `config = tf.estimator.RunConfig(log_step_count_steps=50, tf_random_seed=1)`,
  `est = tf.estimator.Estimator(model_fn, model_dir=${JSON.stringify(dir)}, params={'lr': 0.1}, config=config)`,
  "train_fn = tf.estimator.inputs.numpy_input_fn({'x': X}, Y, batch_size=20, num_epochs=None, shuffle=True)",
  "eval_fn = tf.estimator.inputs.numpy_input_fn({'x': X}, Y, batch_size=64, shuffle=False)",
];

describe('tf.estimator.Estimator', () => {
  it('trains a custom model_fn, evaluates loss/metrics/global_step, predicts per example from the checkpoint', () => {
    const dir = tmp();
    const r = ok(runScript([...LINEAR(dir),
      'est.train(train_fn, steps=120)',
      'result = est.evaluate(eval_fn)',
      'print(sorted(result), result["global_step"], result["loss"] < 1e-6, result["mean_abs_error"] < 1e-3)',
      "preds = list(est.predict(tf.estimator.inputs.numpy_input_fn({'x': X[:3]}, shuffle=False)))",
      'print(len(preds), sorted(preds[0]), preds[0]["y"].shape)',
      "w, b = est.get_variable_value('w'), est.get_variable_value('b')",
      "print(np.allclose([p['y'] for p in preds], X[:3].dot(w) + b, atol=1e-5), np.allclose(preds[1]['doubled'], 2 * preds[1]['y']))",
      'print(np.round(w.ravel().astype(float), 3).tolist(), np.round(b.astype(float), 3).tolist())',
      'print(sorted(est.get_variable_names()))',
    ]));
    assert.equal(r.stdout, [
      "['global_step', 'loss', 'mean_abs_error'] 120 True True",
      "3 ['doubled', 'y'] (1,)",
      'True True',
      '[1.0, -2.0, 0.5] [0.3]',
      "['b', 'global_step', 'w']",
      '',
    ].join('\n'));
    const files = fs.readdirSync(dir);
    for (const f of ['checkpoint', 'model.ckpt-0.index', 'model.ckpt-120.index', 'model.ckpt-120.meta', 'model.ckpt-120.data-00000-of-00001']) {
      assert.ok(files.includes(f), `${f} in ${files.join(', ')}`);
    }
  });

  it('logs TF\'s INFO lines: config, model_fn calls, checkpoints, `loss = ..., step = N` every log_step_count_steps, the eval dict', () => {
    const dir = tmp();
    const r = ok(runScript(['import numpy as np', 'import tensorflow as tf', 'tf.logging.set_verbosity(tf.logging.INFO)', ...LINEAR(dir).slice(2),
      'est.train(train_fn, steps=120)', 'est.evaluate(eval_fn, steps=2)']));
    const lines = r.stderr.split('\n').filter(l => l && !/global_step\/sec|Using config|evaluation at/.test(l))
      .map(l => l.replace(/loss = [-0-9.e]+/, 'loss = L').replace(/ \(\d+\.\d{3} sec\)$/, ' (T sec)').replace(/mean_abs_error = [-0-9.e]+/, 'mean_abs_error = M'));
    assert.deepEqual(lines, [
      'INFO:tensorflow:Calling model_fn.',
      'INFO:tensorflow:Done calling model_fn.',
      'INFO:tensorflow:Create CheckpointSaverHook.',
      'INFO:tensorflow:Graph was finalized.',
      'INFO:tensorflow:Running local_init_op.',
      'INFO:tensorflow:Done running local_init_op.',
      `INFO:tensorflow:Saving checkpoints for 0 into ${dir}/model.ckpt.`,
      'INFO:tensorflow:loss = L, step = 1',
      'INFO:tensorflow:loss = L, step = 51 (T sec)',
      'INFO:tensorflow:loss = L, step = 101 (T sec)',
      `INFO:tensorflow:Saving checkpoints for 120 into ${dir}/model.ckpt.`,
      `INFO:tensorflow:Loss for final step: ${r.stderr.match(/Loss for final step: ([-0-9.e]+)\./)![1]}.`,
      'INFO:tensorflow:Calling model_fn.',
      'INFO:tensorflow:Done calling model_fn.',
      'INFO:tensorflow:Graph was finalized.',
      `INFO:tensorflow:Restoring parameters from ${dir}/model.ckpt-120`,
      'INFO:tensorflow:Running local_init_op.',
      'INFO:tensorflow:Done running local_init_op.',
      'INFO:tensorflow:Evaluation [1/2]',
      'INFO:tensorflow:Evaluation [2/2]',
      'INFO:tensorflow:Saving dict for global step 120: global_step = 120, loss = L, mean_abs_error = M',
    ]);
    assert.match(r.stderr, /INFO:tensorflow:Using config: \{'_model_dir': '.*', '_tf_random_seed': 1, '_save_summary_steps': 100, '_save_checkpoints_steps': None, '_save_checkpoints_secs': 600,/);
    assert.match(r.stderr, /INFO:tensorflow:Starting evaluation at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n/);
  });

  it('a script is quiet at the default WARN verbosity; a notebook shows the INFO lines on stdout', () => {
    const script = ok(runScript([...LINEAR(tmp()), 'est.train(train_fn, steps=3)']));
    assert.equal(script.stderr + script.stdout, '');
    const nb = ok(runCells([LINEAR(tmp()), ['est.train(train_fn, steps=3)']]));
    assert.match(nb.stdout, /INFO:tensorflow:loss = [0-9.e-]+, step = 1\n/);
    assert.match(nb.stdout, /INFO:tensorflow:Loss for final step: /);
    assert.equal(nb.stderr, '');
  });

  it('train resumes from the latest checkpoint; max_steps already reached skips training', () => {
    const dir = tmp();
    const r = ok(runScript([...LINEAR(dir),
      'est.train(train_fn, steps=30)',
      'print(est.latest_checkpoint())',
      `est2 = tf.estimator.Estimator(model_fn, model_dir=${JSON.stringify(dir)}, params={'lr': 0.1})`,
      'est2.train(train_fn, steps=20)',
      'print(est2.latest_checkpoint())',
      'tf.logging.set_verbosity(tf.logging.INFO)',
      'est2.train(train_fn, max_steps=40)',
      'print(est2.evaluate(eval_fn)["global_step"])',
    ]));
    assert.equal(r.stdout, `${dir}/model.ckpt-30\n${dir}/model.ckpt-50\n50\n`);
    assert.match(r.stderr, /INFO:tensorflow:Skipping training since max_steps has already saved\.\n/);
  });

  it('train(steps) stops when a finite numpy_input_fn runs out (num_epochs=1: 200 rows / 64 = 4 steps, the last one short)', () => {
    const r = ok(runScript([...LINEAR(tmp()),
      "once = tf.estimator.inputs.numpy_input_fn({'x': X}, Y, batch_size=64, num_epochs=1, shuffle=False)",
      'est.train(once, steps=100)',
      'print(est.evaluate(eval_fn)["global_step"])',
    ]));
    assert.equal(r.stdout, '4\n');
  });

  it('without model_dir it trains in a temp folder and warns as TF does', () => {
    const r = ok(runScript([...LINEAR('x').slice(0, -4),
      "est = tf.estimator.Estimator(model_fn, params={'lr': 0.1})",
      "est.train(tf.estimator.inputs.numpy_input_fn({'x': X}, Y, batch_size=20, num_epochs=None, shuffle=True), steps=2)",
      'import os',
      'print(os.path.exists(est.model_dir + "/model.ckpt-2.index"))',
    ]));
    assert.match(r.stderr, /^WARNING:tensorflow:Using temporary folder as model directory: .+\n$/);
    assert.equal(r.stdout, 'True\n');
  });

  it('a model_fn that never increments global_step stops with an error instead of TF\'s endless train(steps=) loop', () => {
    const r = runScript([...LINEAR(tmp()).map(l => l.replace('opt.minimize(loss, global_step=tf.train.get_global_step())', 'opt.minimize(loss)')),
      'est.train(train_fn, steps=5)']);
    const res = r.results[0];
    assert.ok(!res.ok);
    assert.equal(res.error.ename, 'RuntimeError');
    assert.match(res.error.evalue, /global step did not increase.*pass global_step=tf\.train\.get_global_step\(\) to minimize\(\)/);
    assert.match(r.stderr, /WARNING:tensorflow:It seems that global step \(tf\.train\.get_global_step\) has not been increased/);
  });

  it('errors name the user\'s line: missing train_op, bad shuffle, steps with max_steps, predict before training, model_fn args', () => {
    const n = LINEAR('x').length;
    const line = (k: number, where = '<module>') => new RegExp(`"/tmp/prog\\.py", line ${n + k}, in ${where}\n`);
    const cases: [string[], string, RegExp][] = [
      [['def bad_fn(features, labels, mode):', '    return tf.estimator.EstimatorSpec(mode, loss=tf.constant(1.0))',
        'tf.estimator.Estimator(bad_fn).train(train_fn, steps=1)'], 'ValueError: Missing train_op.', line(2, 'bad_fn')],
      [["tf.estimator.inputs.numpy_input_fn({'x': X}, Y)"],
        'ValueError: shuffle must be provided and explicitly set as boolean (it is recommended to set it as True for training); got None', line(1)],
      [['est.train(train_fn, steps=1, max_steps=2)'], 'ValueError: Can not provide both steps and max_steps.', line(1)],
      [['list(est.predict(eval_fn))'], "ValueError: Couldn't find trained model at ", line(1)],
      [['def f(x, labels):', '    pass', 'tf.estimator.Estimator(f)'], 'ValueError: model_fn (<function f at ', line(3)],
      [['tf.estimator.inputs.pandas_input_fn(X, shuffle=True)'], 'TypeError: x must be a pandas DataFrame; got ndarray', line(1)],
      [["tf.estimator.Estimator(model_fn, warm_start_from='x')"], 'NotImplementedError: Estimator() argument warm_start_from is not supported by Gradbook', line(1)],
    ];
    for (const [lines, message, where] of cases) {
      const r = runScript([...LINEAR(tmp()), ...lines]);
      const res = r.results[0];
      assert.ok(!res.ok, message);
      if (res.ok) continue;
      assert.ok(res.error.traceback.includes(message), `${message}\n${res.error.traceback}`);
      assert.match(res.error.traceback, where);
    }
  });
});

describe('tf.train hooks and monitored sessions', () => {
  it('MonitoredTrainingSession with StopAtStepHook and LoggingTensorHook (every_n_iter, a list of names; x <- 0.8x so loss 100, 26.2144, 6.871946) runs to last_step; a second session on the same graph restores', () => {
    const dir = tmp();
    const r = ok(runScript([
      'import tensorflow as tf',
      'tf.logging.set_verbosity(tf.logging.INFO)',
      'step = tf.train.get_or_create_global_step()',
      "x = tf.Variable(10.0, name='x')",
      'loss = tf.square(x, name="loss")',
      'train = tf.train.GradientDescentOptimizer(0.1).minimize(loss, global_step=step)',
      'hooks = [tf.train.StopAtStepHook(last_step=7), tf.train.LoggingTensorHook(["loss:0"], every_n_iter=3)]',
      `with tf.train.MonitoredTrainingSession(checkpoint_dir=${JSON.stringify(dir)}, hooks=hooks) as sess:`,
      '    n = 0',
      '    while not sess.should_stop():',
      '        sess.run(train)',
      '        n += 1',
      'print(n)',
      'class Counter(tf.train.SessionRunHook):',
      '    def begin(self): self.runs = 0',
      '    def before_run(self, ctx): return tf.train.SessionRunArgs(step)',
      '    def after_run(self, ctx, values):',
      '        self.runs += 1',
      '        if values.results >= 9: ctx.request_stop()',
      'counter = Counter()',
      `with tf.train.MonitoredTrainingSession(checkpoint_dir=${JSON.stringify(dir)}, hooks=[counter]) as sess:`,
      '    while not sess.should_stop(): sess.run(train)',
      'print(counter.runs)',
    ]));
    assert.equal(r.stdout, '7\n2\n');
    const logged = r.stderr.split('\n').filter(l => l.includes('loss:0')).map(l => l.replace(/ \(\d+\.\d+ sec\)/, ''));
    assert.deepEqual(logged, ['INFO:tensorflow:loss:0 = 100.0', 'INFO:tensorflow:loss:0 = 26.2144', 'INFO:tensorflow:loss:0 = 6.871946']);
    assert.match(r.stderr, new RegExp(`Restoring parameters from ${dir}/model\\.ckpt-7\\n`));
  });

  it("LoggingTensorHook names a tensor by its op ('sq' is 'sq:0', as TF's hooks read it) and refuses an op with several outputs", () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      'tf.logging.set_verbosity(tf.logging.INFO)',
      'step = tf.train.get_or_create_global_step()',
      "x = tf.Variable(3.0, name='x')",
      "sq = tf.square(x, name='sq')",
      'train = tf.assign_add(step, 1)',
      "with tf.train.MonitoredSession(hooks=[tf.train.LoggingTensorHook({'square': 'sq'}, every_n_iter=1)]) as sess:",
      '    sess.run(train)',
      'with tf.Graph().as_default():',
      "    a, b = tf.split(tf.constant([1., 2.]), 2, name='halves')",
      '    try:',
      "        tf.train.LoggingTensorHook({'h': 'halves'}, every_n_iter=1).begin()",
      '    except ValueError as e:',
      '        print(e)',
    ]));
    assert.ok(r.stderr.split('\n').includes('INFO:tensorflow:square = 9.0'), r.stderr);
    assert.equal(r.stdout, 'Tensor name halves is ambiguous: it is the name of an op with several outputs. Please use a tensor name instead: halves:0.\n');
  });
});

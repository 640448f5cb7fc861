// TF1 programs through the Python front end: convergence, hand-computed gradients, and TF's
// error classes with their texts and the line that raised them.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

function run(source: string, filename = '<cell 1>') {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(source, filename);
  return { out, r };
}
const program = (name: string) => fs.readFileSync(path.join(__dirname, 'programs', name), 'utf8');

describe('TF1 programs in Python', () => {
  it('linear regression (W * x_data + b, GradientDescentOptimizer(0.5), 201 steps) finds W=0.1, b=0.3', () => {
    const { out, r } = run(program('linear_regression.py'));
    assert.ok(r.ok, out);
    assert.match(out, /^W=0\.1000 b=0\.3000$/m);
    assert.equal(out.split('\n').filter(l => /^\d+ \[/.test(l)).length, 11, 'prints every 20 steps');
  });

  it('compute_gradients -> clip -> apply_gradients gives the hand-computed values', () => {
    const { out, r } = run(program('clip_gradients.py'));
    assert.ok(r.ok, out);
    assert.equal(out, [
      "['w:0']", 'True', 'grad [18. 64.]', 'norm 66.483', 'clipped [1.8000 6.4000]', 'w after [0.5 1.5]', '',
    ].join('\n'));
  });
});

describe('TF errors in Python: class, text, line', () => {
  const cases: { name: string; src: string; ename: string; message: RegExp; line: number }[] = [
    {
      name: 'missing feed', ename: 'InvalidArgumentError', line: 4,
      src: 'import tensorflow as tf\nx = tf.placeholder(tf.float32, [None, 784])\ny = x * 2\ntf.Session().run(y)\n',
      message: /You must feed a value for placeholder tensor 'Placeholder' with dtype float and shape \[\?,784\]/,
    },
    {
      name: 'wrong feed shape', ename: 'ValueError', line: 4,
      src: 'import tensorflow as tf\nimport numpy as np\nx = tf.placeholder(tf.float32, [None, 784])\ntf.Session().run(x, feed_dict={x: np.zeros((100, 785))})\n',
      message: /Cannot feed value of shape \(100, 785\) for Tensor 'Placeholder:0', which has shape '\(\?, 784\)'/,
    },
    {
      name: 'uninitialized variable', ename: 'FailedPreconditionError', line: 4,
      src: 'import tensorflow as tf\nw = tf.Variable(tf.zeros([2]))\nsess = tf.Session()\nsess.run(w + 1)\n',
      message: /Attempting to use uninitialized value Variable/,
    },
    {
      name: 'matmul dimensions at build time', ename: 'ValueError', line: 3,
      src: 'import tensorflow as tf\nx = tf.placeholder(tf.float32, [None, 784])\ny = tf.matmul(x, tf.zeros([785, 10]))\n',
      message: /Dimensions must be equal, but are 784 and 785 for 'MatMul' \(op: 'MatMul'\) with input shapes: \[\?,784\], \[785,10\]\./,
    },
    {
      name: 'dtype mismatch', ename: 'TypeError', line: 2,
      src: 'import tensorflow as tf\ntf.add(tf.constant(1.0), tf.constant(1))\n',
      message: /Input 'y' of 'Add' Op has type int32 that does not match type float32 of argument 'x'\./,
    },
    {
      name: 'no gradients', ename: 'ValueError', line: 4,
      src: 'import tensorflow as tf\nw = tf.Variable(1.0)\nloss = tf.constant(2.0)\ntf.train.GradientDescentOptimizer(0.1).minimize(loss)\n',
      message: /No gradients provided for any variable, check your graph for ops that do not support gradients/,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.ename} at line ${c.line}`, () => {
      const { r } = run(c.src);
      assert.ok(!r.ok, 'expected an error');
      if (r.ok) return;
      assert.equal(r.error.ename, c.ename);
      assert.match(r.error.evalue, c.message);
      assert.equal(r.error.line, c.line);
      assert.match(r.error.traceback, new RegExp(`File "<cell 1>", line ${c.line}, in <module>`));
    });
  }

  it('tf.errors classes are catchable, and the kernel lives on', () => {
    const { out, r } = run([
      'import tensorflow as tf',
      'x = tf.placeholder(tf.float32)',
      'try:',
      '    tf.Session().run(x)',
      'except tf.errors.InvalidArgumentError as e:',
      '    print("caught", type(e).__name__, isinstance(e, tf.errors.OpError))',
      'print("still running")',
    ].join('\n'));
    assert.ok(r.ok);
    assert.equal(out, 'caught InvalidArgumentError True\nstill running\n');
  });
});

describe('more TF1 tutorials', () => {
  it('Mechanics 101 (examples/mechanics_101.py): loss starts near ln 10 and precision reaches 0.85', function () {
    this.timeout(120_000);
    const src = fs.readFileSync(path.join(__dirname, '../../../examples/mechanics_101.py'), 'utf8');
    const { out, r } = run(src, 'examples/mechanics_101.py');
    assert.ok(r.ok, out);
    // Unseeded initial weights: the first loss is near ln 10 = 2.303, give or take.
    const first = Number(/^Step 0: loss = ([\d.]+) \(/m.exec(out)![1]);
    assert.ok(Math.abs(first - Math.log(10)) < 0.15, `first loss ${first}`);
    const precision = Number(/Precision @ 1: ([\d.]+)/.exec(out)![1]);
    assert.ok(precision >= 0.85, `precision ${precision}`);
  });

  it('tf.train.Saver saves and restores variables (in memory: cells cannot write files)', () => {
    const { out, r } = run([
      'import tensorflow as tf',
      'w = tf.Variable([1.0, 2.0], name="w")',
      'step = tf.Variable(0, name="global_step", trainable=False)',
      'saver = tf.train.Saver(max_to_keep=2)',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    for i in range(3):',
      '        sess.run([w.assign_add([1.0, 1.0]), step.assign_add(1)])',
      '        path = saver.save(sess, "/tmp/model/model.ckpt", global_step=step)',
      '    print(path, saver.last_checkpoints, tf.train.latest_checkpoint("/tmp/model"))',
      'with tf.Session() as sess:',
      '    saver.restore(sess, "/tmp/model/model.ckpt-2")',
      '    print(sess.run(w), sess.run(step))',
      'try:',
      '    tf.train.Saver([]).save(None, "x")',
      'except ValueError as e:',
      '    print(e)',
    ].join('\n'));
    assert.ok(r.ok, out);
    assert.equal(out, [
      "/tmp/model/model.ckpt-3 ['/tmp/model/model.ckpt-2', '/tmp/model/model.ckpt-3'] /tmp/model/model.ckpt-3",
      '[3. 4.] 2',
      'No variables to save',
      '',
    ].join('\n'));
  });
});

describe('Deep MNIST (examples/mnist_deep.py), shortened', () => {
  it('builds the conv net with its name scopes and trains: accuracy on 500 test digits beats chance after 150 steps', function () {
    this.timeout(300_000);
    const src = fs.readFileSync(path.join(__dirname, '../../../examples/mnist_deep.py'), 'utf8')
      .replace('range(20000)', 'range(150)').replace('i % 100 == 0', 'i % 50 == 0')
      .replace('x: mnist.test.images, y_: mnist.test.labels', 'x: mnist.test.images[:500], y_: mnist.test.labels[:500]');
    const { out, r } = run(src + [
      '',
      'names = [op.name for op in tf.get_default_graph().get_operations()]',
      'print(all(any(n.startswith(s + "/") for n in names) for s in ["reshape", "conv1", "pool1", "conv2", "pool2", "fc1", "dropout", "fc2", "loss", "adam_optimizer", "accuracy"]))',
      'print(sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.type in ("Conv2D", "MaxPool", "ApplyAdam", "Conv2DBackpropInput", "Conv2DBackpropFilter", "MaxPoolGrad"))))',
    ].join('\n'), 'examples/mnist_deep.py');
    assert.ok(r.ok, out);
    assert.match(out, /^step 0, training accuracy [\d.]+$/m);
    const acc = Number(/^test accuracy ([\d.]+)$/m.exec(out)![1]);
    assert.ok(acc > 0.5, `test accuracy ${acc} after 150 steps`);
    assert.match(out, /^True\n\['ApplyAdam', 'Conv2D', 'Conv2DBackpropFilter', 'Conv2DBackpropInput', 'MaxPool', 'MaxPoolGrad'\]$/m);
  });
});

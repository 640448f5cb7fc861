// The automatic NaN/Inf origin: programs whose run goes non-finite, checked through a real Python
// session with the engine's NanWatch attached (as the kernel attaches it).
import * as assert from 'node:assert/strict';
import { NanWatch, type NanReport } from '../../../src/engine/inspect/nan_watch';
import { newSession } from '../helpers';

function runWatched(source: string, filename = '<cell 1>'): { reports: NanReport[]; stdout: string } {
  const watch = new NanWatch().attach();
  const reports: NanReport[] = [];
  watch.onReport(r => reports.push(r));
  try {
    const c = newSession();
    const r = c.session.runCell(`import tensorflow as tf\nimport numpy as np\ntf.reset_default_graph()\n${source}`, filename);
    if (!r.ok) throw new Error(r.error.traceback);
    return { reports, stdout: c.out.join('') };
  } finally { watch.dispose(); }
}

describe('NaN/Inf origin', () => {
  it('tf.log of zero: reports Log as the origin, with its input statistics and creation line', () => {
    const { reports } = runWatched([
      'x = tf.placeholder(tf.float32, [3])',
      'h = x * 2.0',
      'y = tf.log(h)',
      'z = tf.reduce_sum(y * 3.0)',
      'sess = tf.Session()',
      'sess.run(z, {x: [1.0, 2.0, 3.0]})',
      'sess.run(z, {x: [0.0, 2.0, 3.0]})',
    ].join('\n'));
    assert.equal(reports.length, 1);
    const r = reports[0];
    assert.equal(r.op.type, 'Log');
    assert.equal(r.op.name, 'Log');
    assert.equal(r.cause, 'op');
    assert.equal(r.exact, true);
    assert.equal(r.step, 1, 'the second run of the session');
    assert.deepEqual(r.site && { line: r.site.line, text: r.site.text }, { line: 6, text: 'y = tf.log(h)' });
    assert.deepEqual(r.inputs.map(s => [s.tensor, s.min, s.max, s.mean, s.nan + s.inf]), [['mul:0', 0, 6, 10 / 3, 0]]);
    assert.equal(r.outputs[0].inf, 1);
    assert.deepEqual(r.nonFinite, [{ name: 'Sum:0', kind: 'fetch' }]);
  });

  it('a divide by zero inside training reports RealDiv, found through the variable update', () => {
    const { reports, stdout } = runWatched([
      'x = tf.placeholder(tf.float32, [None, 2])',
      'w = tf.Variable([[1.0], [1.0]])',
      'scale = tf.placeholder(tf.float32, [])',
      'pred = tf.matmul(x, w) / scale',
      'loss = tf.reduce_mean(tf.square(pred))',
      'train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)',
      'sess = tf.Session()',
      'sess.run(tf.global_variables_initializer())',
      'for s in [1.0, 2.0, 0.0, 0.0]:',
      '    sess.run(train, {x: [[1.0, 2.0]], scale: s})',
      'print(np.isnan(sess.run(w)).all())',
    ].join('\n'));
    assert.equal(stdout, 'True\n');
    assert.equal(reports.length, 1, 'once per plan while it stays non-finite');
    const r = reports[0];
    assert.equal(r.op.type, 'RealDiv');
    assert.equal(r.op.name, 'truediv');
    assert.equal(r.step, 3);
    assert.deepEqual(r.nonFinite.map(n => n.kind), ['update']);
    assert.equal(r.nonFinite[0].name, 'Variable');
    assert.deepEqual(r.inputs.map(s => s.tensor), ['MatMul:0', 'Placeholder_1:0']);
  });

  it('a non-finite fed value is reported as the feed, and finite runs report nothing', () => {
    const { reports } = runWatched('x = tf.placeholder(tf.float32)\ny = x + 1.0\nsess = tf.Session()\nsess.run(y, {x: 1.0})\nsess.run(y, {x: float("nan")})');
    assert.equal(reports.length, 1);
    assert.equal(reports[0].cause, 'feed');
    assert.equal(reports[0].op.name, 'Placeholder');
  });

  it('reports again after the plan came out finite in between', () => {
    const { reports } = runWatched('x = tf.placeholder(tf.float32)\ny = tf.sqrt(x)\nsess = tf.Session()\nfor v in [-1.0, -1.0, 4.0, -1.0]:\n    sess.run(y, {x: v})');
    assert.deepEqual(reports.map(r => [r.op.type, r.step]), [['Sqrt', 0], ['Sqrt', 3]]);
  });

  it('turned off, it reports nothing', () => {
    const watch = new NanWatch().attach();
    watch.enabled = false;
    const reports: NanReport[] = [];
    watch.onReport(r => reports.push(r));
    const c = newSession();
    c.session.runCell('import tensorflow as tf\ntf.Session().run(tf.log(tf.constant(0.0)))', '<cell 1>');
    watch.dispose();
    assert.deepEqual(reports, []);
  });
});

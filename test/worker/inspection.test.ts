// The views' requests to a real kernel worker: graph, gradients and tensor payloads of a small
// softmax model trained for a few steps, and the answers before anything ran.
import assert from 'node:assert/strict';
import type { KernelClient } from '../../src/kernel/kernelClient';
import { Mime } from '../../src/shared/mimes';
import { pythonKernel, RecordingSink } from '../kernel/helpers';

const model = `import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 4])
y = tf.placeholder(tf.float32, [None, 3])
w = tf.Variable(tf.zeros([4, 3]))
b = tf.Variable(tf.zeros(3))
a = tf.nn.softmax(tf.matmul(x, w) + b)
loss = tf.reduce_mean(-tf.reduce_sum(y * tf.log(a), reduction_indices=[1]))
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
xs = np.array([[1.0, 0.0, 0.0, 1.0], [0.0, 1.0, 1.0, 0.0]], dtype=np.float32)
ys = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)
for i in range(5):
    sess.run(train, feed_dict={x: xs, y: ys})
count = 3`;

describe('kernel worker: view requests', function () {
  this.timeout(30_000);
  let kernel: KernelClient;
  afterEach(async () => { await kernel?.dispose(); });

  async function trained(): Promise<KernelClient> {
    kernel = pythonKernel();
    const r = await kernel.run(model, undefined, new RecordingSink());
    assert.deepEqual(r, { status: 'ok' });
    return kernel;
  }

  it('answers null before a kernel ran anything', async () => {
    kernel = pythonKernel();
    assert.equal(await kernel.graph(), null);
    assert.equal(await kernel.gradients(), null);
    assert.deepEqual(await kernel.tensor('w', 'global'), { payload: null, text: '' });
  });

  it('gives the graph of a global focused on its op, with the last run of train', async () => {
    await trained();
    const payload = (await kernel.graph('train'))!;
    const trainOp = payload.nodes.find((n) => n.name === 'GradientDescent')!;
    assert.equal(payload.focus, trainOp.id);
    assert.equal(payload.nodes.filter((n) => n.type === 'ApplyGradientDescent').length, 2);
    assert.deepEqual(payload.lastRun?.fetches, ['GradientDescent']);
    assert.ok(payload.lastRun!.executed.includes(payload.nodes.find((n) => n.name === 'MatMul')!.id));
  });

  it('gives the whole graph, unfocused, for no name or a name that is not a graph object', async () => {
    await trained();
    for (const name of [undefined, 'count', 'no_such_name']) {
      const payload = (await kernel.graph(name))!;
      assert.equal(payload.focus, null, String(name));
      assert.ok(payload.nodes.some((n) => n.type === 'ApplyGradientDescent'));
    }
  });

  it('gives the gradients of the last optimizer step, with rows for w and b', async () => {
    await trained();
    const payload = (await kernel.gradients())!;
    assert.deepEqual(payload.rows.map((r) => r.alias), ['w', 'b']);
    assert.equal(payload.totalSteps, 5);
  });

  it('gives tensor payloads of numpy globals, tf.Variable globals and graph variables', async () => {
    await trained();
    const xs = (await kernel.tensor('xs', 'global')).payload!;
    assert.deepEqual([xs.name, xs.shape, xs.size], ['xs', [2, 4], 8]);
    const w = (await kernel.tensor('w', 'global')).payload!;
    assert.deepEqual([w.name, w.shape], ['w', [4, 3]]);
    assert.notEqual(w.stats!.max, 0, 'the trained value, not the zeros it started from');
    const b = (await kernel.tensor('Variable_1:0', 'graphVariable')).payload!;
    assert.deepEqual([b.name, b.shape], ['Variable_1', [3]]);
  });

  it('answers a value that is not an array with its repr', async () => {
    await trained();
    assert.deepEqual(await kernel.tensor('count', 'global'), { payload: null, text: '3' });
    assert.equal((await kernel.tensor('NoSuchVariable:0', 'graphVariable')).payload, null);
  });

  // `gradbook run` without --output (issue 15, wave 14): no view will ask, so the kernel keeps no
  // run history, gradient capture or telemetry; the cell's output and the NaN/Inf report are the same.
  it('keeps no view data with views off, and still prints the same and reports NaN', async () => {
    const program = `${model}\nprint(sess.run(loss, feed_dict={x: xs, y: ys}))\nprint(sess.run(w))\n`;
    const outputs: string[] = [];
    for (const views of [true, false]) {
      kernel = pythonKernel({ session: { views } });
      const sink = new RecordingSink();
      assert.deepEqual(await kernel.run(program, undefined, sink), { status: 'ok' });
      outputs.push(sink.events.filter((e) => e.kind === 'stdout').map((e) => (e as { text: string }).text).join(''));
      const gradients = await kernel.gradients();
      const graph = (await kernel.graph('train'))!;
      if (views) {
        assert.notEqual(gradients, null);
        assert.deepEqual(graph.lastRun?.fetches, ['GradientDescent']);
      } else {
        assert.equal(gradients, null, 'no gradient capture');
        assert.equal(graph.lastRun ?? null, null, 'no run history');
        const nan = new RecordingSink();
        assert.equal((await kernel.run('v = sess.run(tf.log(tf.constant(-1.0)))\n', undefined, nan)).status, 'ok');
        const reports = nan.events.filter((e) => e.kind === 'display' && Mime.nanOrigin in e.data);
        assert.equal(reports.length, 1, 'the NaN/Inf report still shows');
      }
      await kernel.dispose();
    }
    assert.equal(outputs[1], outputs[0]);
    assert.match(outputs[0], /\d\.\d+\n\[\[/);
  });
});

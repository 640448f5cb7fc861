// The kernel's live answers to the editor, from a real kernel process: attributes of notebook
// objects (completion), value summaries (hover) and the shapes a cell assigned (inlay hints).
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import path from 'node:path';
import { KernelClient } from '../../src/kernel/kernelClient';
import { RecordingSink } from '../kernel/helpers';

/**
 * The kernel bundles, built inside the package (out/), where the MNIST loader finds the bundled
 * digits above it as it does from dist/.
 */
function kernelInPackage(): KernelClient {
  const root = path.resolve(__dirname, '../..');
  const dir = path.join(root, 'out', 'test-language-kernel');
  const common = { absWorkingDir: root, bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node20', logLevel: 'error' as const };
  esbuild.buildSync({ ...common, entryPoints: ['src/worker/processMain.ts'], outfile: path.join(dir, 'kernel.js') });
  esbuild.buildSync({ ...common, entryPoints: ['src/worker/main.ts'], outfile: path.join(dir, 'worker.js') });
  return new KernelClient({ kernelScript: path.join(dir, 'kernel.js'), memoryLimitMb: 1024 });
}

const program = `import tensorflow as tf
import numpy as np
from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets('MNIST_data', one_hot=True)
class Model:
    def build(self): pass
    def train_step(self): pass
model = Model()
x = tf.placeholder(tf.float32, [None, 784])
W = tf.Variable(tf.ones([784, 10]))
y, count = tf.matmul(x, W), 3
with tf.name_scope('pool'):
    h_pool = tf.nn.max_pool(tf.reshape(x, [-1, 28, 28, 1]), ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME')
a = np.array([[1.0, 2.0], [3.0, 5.0]])
sess = tf.Session()
sess.run(tf.global_variables_initializer())`;

describe('kernel: live answers for the editor', function () {
  this.timeout(60_000);
  let kernel: KernelClient;
  before(async () => {
    kernel = kernelInPackage();
    const result = await kernel.run(program, undefined, new RecordingSink());
    assert.equal(result.status, 'ok', JSON.stringify(result));
  });
  after(async () => { await kernel?.dispose(); });

  const complete = async (text: string) => (await kernel.completions(text, text.length, 10_000)).map((i) => i.label);

  it('completes the attributes of a session, a tensor and a DataSet (objects without a dict)', async () => {
    const sess = await complete('sess.');
    for (const n of ['run', 'close', 'graph']) assert.ok(sess.includes(n), `${n} in ${sess.join(', ')}`);
    const tensor = await complete('y.');
    for (const n of ['shape', 'dtype', 'op', 'eval', 'get_shape']) assert.ok(tensor.includes(n), `${n} in ${tensor.join(', ')}`);
    const train = await complete('mnist.train.');
    for (const n of ['next_batch', 'images', 'labels', 'num_examples']) assert.ok(train.includes(n), `${n} in ${train.join(', ')}`);
  });

  it("completes a user class's methods and the notebook's globals", async () => {
    const methods = await complete('model.');
    assert.ok(methods.includes('build') && methods.includes('train_step'), methods.join(', '));
    const globals = await complete('h_p');
    assert.ok(globals.includes('h_pool') && globals.includes('mnist'), globals.join(', '));
  });

  it("hovers a tensor with its shape, dtype and op, an array with statistics, a variable with its value's", async () => {
    const hover = async (text: string, at: string) => (await kernel.hoverValue(text, text.indexOf(at) + 1, 10_000))?.markdown ?? '';
    assert.match(await hover('h_pool', 'h_pool'), /h_pool: Tensor 'pool\/MaxPool:0' \(\?, 14, 14, 1\) float32[\s\S]*op: MaxPool 'pool\/MaxPool'/);
    assert.match(await hover('print(a)', 'a'), /ndarray \(2, 2\) float64[\s\S]*min 1, max 5, mean 2\.75/);
    assert.match(await hover('W', 'W'), /tf\.Variable 'Variable:0' \(784, 10\) float32[\s\S]*min 1, max 1, mean 1, std 0/);
    assert.equal(await kernel.hoverValue('tf', 1, 10_000), null, 'modules are the static catalogue\'s to describe');
  });

  it('gives the shape hints of the assignments of a cell, by line, tuples included', async () => {
    const hints = await kernel.shapeHints(program);
    const byLine = Object.fromEntries(hints.map((h) => [h.lineText.trim().split(' ')[0], h.label]));
    assert.equal(byLine['x'], '▸ (?, 784) float32');
    assert.equal(byLine['W'], '▸ (784, 10) float32');
    assert.equal(byLine['y,'], '▸ (?, 10) float32', 'count is an int: no hint of its own');
    assert.equal(byLine['h_pool'], '▸ (?, 14, 14, 1) float32', 'inside a with block');
    assert.equal(byLine['a'], '▸ (2, 2) float64');
    assert.equal(byLine['sess'], undefined);
    assert.equal(byLine['mnist'], undefined);
  });

  it('answers at once with nothing while a cell runs, instead of waiting for it', async () => {
    // Ordering, not wall time: the answer (empty) arrives while the cell is still running.
    let cellDone = false;
    const running = kernel.run('import time\ntime.sleep(1.5)', undefined, new RecordingSink()).then(r => { cellDone = true; return r; });
    assert.deepEqual(await kernel.completions('sess.', 5), []);
    assert.equal(cellDone, false, 'the completion answered before the cell finished');
    await running;
    assert.ok((await complete('sess.')).includes('run'));
  });
});

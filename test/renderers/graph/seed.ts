// The seed program (examples/mnist_softmax.py and the example notebook's cells) run through the
// Python front end with fewer training steps, for the graph view's payload and rendering tests.
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python';
import { clearDefaultGraphState, getDefaultGraph } from '../../../src/engine/graph/default_graph';
import type { Graph } from '../../../src/engine/graph/graph';
import type { Display } from '../../../src/worker/display';
import { kernelViews } from '../seed';

const ROOT = path.join(__dirname, '..', '..', '..');

/** A session with the kernel's views attached (its Inspection sees every run), as in a kernel. */
function session(): { s: PythonSession; output: () => string; display: Display } {
  let out = '';
  const s = new PythonSession({ stdout: (t) => { out += t; }, stderr: (t) => { out += t; }, display: () => undefined });
  return { s, output: () => out, display: kernelViews(s).display };
}

function withSteps(source: string, steps: number): string {
  if (!source.includes('range(2000)')) throw new Error('the seed program no longer loops range(2000)');
  return source.replace('range(2000)', `range(${steps})`);
}

/** examples/mnist_softmax.py verbatim except the step count: build, train in `with tf.Session()`, test. */
export function runSeedProgram(steps = 50): { graph: Graph; output: string; display: Display } {
  clearDefaultGraphState();
  const { s, output, display } = session();
  const r = s.runCell(withSteps(fs.readFileSync(path.join(ROOT, 'examples', 'mnist_softmax.py'), 'utf8'), steps), 'mnist_softmax.py');
  if (!r.ok) throw new Error(`seed program failed: ${output()}\n${r.error.traceback}`);
  return { graph: getDefaultGraph(), output: output(), display };
}

/** The example notebook's code cells up to and including the training loop (as after "Run" on that cell). */
export function runNotebookThroughTraining(steps = 50): { graph: Graph; session: PythonSession; display: Display } {
  clearDefaultGraphState();
  const { s, output, display } = session();
  const nb = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'mnist_softmax.tfnb'), 'utf8'));
  const cells: string[] = nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code').map((c: { source: string | string[] }) => (Array.isArray(c.source) ? c.source.join('') : c.source));
  const training = cells.findIndex((c) => c.includes('range(2000)'));
  if (training < 0) throw new Error('the example notebook has no training cell');
  cells.slice(0, training + 1).forEach((cell, i) => {
    const r = s.runCell(i === training ? withSteps(cell, steps) : cell, `<cell ${i + 1}>`);
    if (!r.ok) throw new Error(`cell ${i + 1} failed: ${output()}\n${r.error.traceback}`);
  });
  return { graph: getDefaultGraph(), session: s, display };
}

/** A 40-layer MLP with name scopes per layer, one training step run: a graph of 1,000+ ops. */
export function runDeepMlp(layers = 40): { graph: Graph; session: PythonSession; display: Display } {
  clearDefaultGraphState();
  const { s, output, display } = session();
  const source = `import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 32])
y = tf.placeholder(tf.float32, [None, 10])
h = x
for i in range(${layers}):
    with tf.name_scope('layer%d' % i):
        w = tf.Variable(tf.random_normal([32, 32], stddev=0.1), name='w')
        b = tf.Variable(tf.zeros([32]), name='b')
        h = tf.nn.relu(tf.matmul(h, w) + b)
with tf.name_scope('logits'):
    wo = tf.Variable(tf.zeros([32, 10]), name='w')
    logits = tf.matmul(h, wo)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
sess.run(train, feed_dict={x: np.ones((4, 32)), y: np.eye(10)[:4]})
`;
  const r = s.runCell(source, 'deep_mlp.py');
  if (!r.ok) throw new Error(`deep MLP failed: ${output()}\n${r.error.traceback}`);
  return { graph: getDefaultGraph(), session: s, display };
}

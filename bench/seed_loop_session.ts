// What the in-process seed-loop benches (seed-loop-parts.ts, feed_local_ab.ts) share: the host and
// thread pool installed as the kernel worker installs them, one Python session with the seed
// program's graph built and initialised, CPU clocks, and the bundle-then-run start (they run
// bundled like the worker, so the numbers are the shipped code's).
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

/** The seed program's graph, session and initialisation, one line each. */
export const SEED_GRAPH = [
  'import tensorflow as tf',
  'from tensorflow.examples.tutorials.mnist import input_data',
  'mnist = input_data.read_data_sets("MNIST_data/", one_hot=True)',
  'x = tf.placeholder(tf.float32, [None, 784])',
  'y = tf.placeholder(tf.float32, [None, 10])',
  'w = tf.Variable(tf.zeros([784, 10]))',
  'b = tf.Variable(tf.zeros(10))',
  'a = tf.nn.softmax(tf.matmul(x, w) + b)',
  'cross_entropy = tf.reduce_mean(-tf.reduce_sum(y * tf.log(a), reduction_indices=[1]))',
  'train = tf.train.GradientDescentOptimizer(0.5).minimize(cross_entropy)',
  'sess = tf.Session()',
  'sess.run(tf.global_variables_initializer())',
];

/** The seed program's training loop over `steps` steps. */
export const seedLoop = (steps: number): string =>
  `for i in range(${steps}):\n    batch_xs, batch_ys = mnist.train.next_batch(100)\n    sess.run(train, feed_dict={x: batch_xs, y: batch_ys})`;

/**
 * Installs the node host and thread pool, calls `beforeSession` (observers the bench attaches or
 * turns off), opens a Python session, runs SEED_GRAPH plus `extraLines` in it, and returns a runner
 * that throws with the traceback when a cell fails. `cellName` names the cells in tracebacks.
 */
export function openSeedSession(cellName: string, beforeSession: () => void = () => undefined, extraLines: string[] = []): (src: string) => void {
  /* eslint-disable @typescript-eslint/no-var-requires */
  require('../src/python/modules/standard');
  (require('../src/node') as typeof import('../src/node')).installNodeHost();
  (require('../src/worker/threadPool') as typeof import('../src/worker/threadPool')).installThreadPool();
  beforeSession();
  const { PythonSession } = require('../src/python') as typeof import('../src/python');
  const session = new PythonSession({ stdout: () => undefined, stderr: (s) => process.stderr.write(s), display: () => undefined });
  const run = (src: string) => { const r = session.runCell(src, cellName); if (!r.ok) throw new Error(String(r.error.traceback)); };
  run([...SEED_GRAPH, ...extraLines].join('\n'));
  return run;
}

/** Process CPU in ms (every thread: V8 compiles and marks on helper threads). */
export const cpuMs = (): number => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

/** This thread's CPU in ms (the kernel's critical path). */
export const threadCpuMs = (): number =>
  Number((require('fs') as typeof import('fs')).readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;

/**
 * Bundles `file` (a bench exporting `entry`) to dist/`outName` and runs the bundle with
 * `--bundled` and this process's arguments, taking its exit code.
 */
export function bundleAndRun(file: string, outName: string, entry: string): void {
  const out = path.join(ROOT, 'dist', outName);
  const esbuild = path.join(ROOT, 'node_modules', '.bin', 'esbuild');
  const b = spawnSync(esbuild, [file, '--bundle', '--platform=node', '--target=node20', `--outfile=${out}`, `--footer:js=module.exports.${entry}().catch(e=>{console.error(e);process.exit(1)});`, '--log-level=warning'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(b.stderr);
  const r = spawnSync(process.execPath, [out, '--bundled', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}

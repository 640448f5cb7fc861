// The seed loop with next_batch's batches placed in the local module's unshared memory or in the
// shared kernel memory (issue 15, wave 12; session/feed_scratch.ts `feedScratchTuning.local`),
// alternated within one process after a warm-up, so both placements run under the same load and
// the same warmed-up code. Bundled like the kernel worker (seed-loop-parts.ts does the same), with
// the thread pool installed as the worker does: `npm run build` first, then
// `node --require tsx/cjs bench/feed_local_ab.ts [rounds]`. Prints CPU ms per 2000 steps (this
// thread's and the process's), per round and as medians, and the paired ratio. The kernel's
// Inspection is attached as in the worker (BENCH_INSPECTION=0 leaves the run observers out).
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'bench-feed-local-ab.js');

export async function ab(): Promise<void> {
  const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 8);
  /* eslint-disable @typescript-eslint/no-var-requires */
  require('../src/python/modules/standard');
  (require('../src/node') as typeof import('../src/node')).installNodeHost();
  (require('../src/worker/threadPool') as typeof import('../src/worker/threadPool')).installThreadPool();
  const { feedScratchTuning } = require('../src/engine/session/feed_scratch') as typeof import('../src/engine/session/feed_scratch');
  const { gemmStats } = require('../src/engine/kernels/wasm/gemm') as typeof import('../src/engine/kernels/wasm/gemm');
  const { PythonSession } = require('../src/python') as typeof import('../src/python');
  // The kernel attaches its Inspection (run history, gradient capture, NanWatch): so does this loop.
  if (process.env.BENCH_INSPECTION !== '0') new (require('../src/engine/inspect/inspection') as typeof import('../src/engine/inspect/inspection')).Inspection().attach();
  const session = new PythonSession({ stdout: () => undefined, stderr: (s) => process.stderr.write(s), display: () => undefined });
  const run = (src: string) => { const r = session.runCell(src, 'ab.py'); if (!r.ok) throw new Error(String(r.error.traceback)); };
  run([
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
  ].join('\n'));
  const loop = 'for i in range(2000):\n    batch_xs, batch_ys = mnist.train.next_batch(100)\n    sess.run(train, feed_dict={x: batch_xs, y: batch_ys})';
  const fs = require('fs') as typeof import('fs');
  const threadCpu = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  run(loop); run(loop); // warm-up: V8's tiers and both placements' code
  const res: Record<'local' | 'shared', { thread: number[]; proc: number[]; localCalls: number[] }> = {
    local: { thread: [], proc: [], localCalls: [] }, shared: { thread: [], proc: [], localCalls: [] },
  };
  for (let r = 0; r < rounds; r++) {
    for (const mode of (r % 2 ? ['shared', 'local'] : ['local', 'shared']) as ('local' | 'shared')[]) {
      feedScratchTuning.local = mode === 'local';
      run('for i in range(20):\n    batch_xs, batch_ys = mnist.train.next_batch(100)\n    sess.run(train, feed_dict={x: batch_xs, y: batch_ys})');
      const [t, p, c] = [threadCpu(), cpu(), gemmStats.localCalls];
      run(loop);
      res[mode].thread.push(threadCpu() - t); res[mode].proc.push(cpu() - p); res[mode].localCalls.push(gemmStats.localCalls - c);
    }
  }
  const med = (a: number[]) => { const s = [...a].sort((p, q) => p - q); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`Seed loop, 2000 steps, CPU ms, ${rounds} interleaved rounds (load ${load}):`);
  for (const m of ['local', 'shared'] as const) {
    console.log(`  ${m.padEnd(6)} thread ${med(res[m].thread).toFixed(0)} [${res[m].thread.map((v) => v.toFixed(0)).join(' ')}]  process ${med(res[m].proc).toFixed(0)} [${res[m].proc.map((v) => v.toFixed(0)).join(' ')}]  local GEMM calls ${res[m].localCalls[0]}`);
  }
  const ratio = res.local.thread.map((v, i) => v / res.shared.thread[i]);
  console.log(`  paired thread-CPU ratio local/shared: median ${med(ratio).toFixed(3)} [${ratio.map((v) => v.toFixed(2)).join(' ')}]`);
}

if (require.main === module && !process.argv.includes('--bundled')) {
  const esbuild = path.join(ROOT, 'node_modules', '.bin', 'esbuild');
  const b = spawnSync(esbuild, [__filename, '--bundle', '--platform=node', '--target=node20', `--outfile=${OUT}`, '--footer:js=module.exports.ab().catch(e=>{console.error(e);process.exit(1)});', '--log-level=warning'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(b.stderr);
  const r = spawnSync(process.execPath, [OUT, '--bundled', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}

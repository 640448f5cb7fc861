// The seed program's training loop taken apart inside one process (issue 15): the same Python
// session runs, interleaved over rounds, the loop with nothing in it, with next_batch only, with
// sess.run on a fixed (already built) batch only, and whole, so the interpreter's, next_batch's and
// the session call's shares of the 2000 steps are CPU differences measured under the same load.
// First it times the process's first 2000 steps in blocks of 200, as process CPU (every thread:
// V8 compiles optimized code and marks on helper threads) and as this thread's CPU, which shows
// how long the loop takes to warm up. Bundled like the kernel worker (seed-stages.ts does the same):
// `npm run build` first, then `node --require tsx/cjs bench/seed-loop-parts.ts [rounds]`; once
// bundled, `node [V8 flags] dist/bench-seed-loop-parts.js --bundled [rounds]` compares V8 flags.
// BENCH_TELEMETRY=0 turns telemetry off; BENCH_MARKS=1 prints hrtime marks between the blocks (to
// cut a --cpu-prof profile into warm-up and steady state) and each thread's CPU, then exits.
import { bundleAndRun, cpuMs as cpu, openSeedSession, seedLoop, threadCpuMs as threadCpu } from './seed_loop_session';

export async function parts(): Promise<void> {
  const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5);
  /* eslint-disable @typescript-eslint/no-var-requires */
  const run = openSeedSession('parts.py', () => {
    if (process.env.BENCH_TELEMETRY === '0') (require('../src/engine/telemetry/observer') as typeof import('../src/engine/telemetry/observer')).setTelemetryEnabled(false);
  }, [
    'bx, by = mnist.train.next_batch(100)',
    'bx = bx + 0.0',
    'noop = tf.no_op()',
  ]);
  const loops: [string, string][] = [
    ['empty loop', 'for i in range(2000):\n    pass'],
    ['next_batch only', 'for i in range(2000):\n    batch_xs, batch_ys = mnist.train.next_batch(100)'],
    ['sess.run(no_op, feeds)', 'for i in range(2000):\n    sess.run(noop, feed_dict={x: bx, y: by})'],
    ['sess.run(train, fixed batch)', 'for i in range(2000):\n    sess.run(train, feed_dict={x: bx, y: by})'],
    ['whole loop', seedLoop(2000)],
  ];
  const samples = loops.map(() => [] as number[]);
  // The first whole loop of the process, in blocks of 200 iterations: how long V8 takes to warm up.
  const blocks: number[] = [];
  const threadBlocks: number[] = [];
  for (let k = 0; k < 10; k++) {
    const t = cpu();
    const tt = threadCpu();
    run(seedLoop(200));
    blocks.push(cpu() - t);
    threadBlocks.push(threadCpu() - tt);
    if (process.env.BENCH_MARKS === '1') console.log(`mark ${k} ${process.hrtime.bigint() / 1000n}`);
  }
  if (process.env.BENCH_MARKS === '1') {
    const fs = require('fs') as typeof import('fs');
    for (const t of fs.readdirSync('/proc/self/task')) {
      const st = fs.readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const comm = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')'));
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      console.log(`thread ${comm.padEnd(20)} ${(Number(f[11]) + Number(f[12])) * 10} ms`);
    }
    process.exit(0);
  }
  console.log(`First 2000 steps in blocks of 200, CPU ms: ${blocks.map((v) => v.toFixed(0)).join(' ')} (sum ${blocks.reduce((p, q) => p + q, 0).toFixed(0)}); this thread: ${threadBlocks.map((v) => v.toFixed(0)).join(' ')} (sum ${threadBlocks.reduce((p, q) => p + q, 0).toFixed(0)})`);
  for (let r = 0; r < rounds + 1; r++) {
    loops.forEach(([, src], i) => { const t = cpu(); run(src); if (r > 0) samples[i].push(cpu() - t); });
  }
  const med = (a: number[]) => { const s = [...a].sort((p, q) => p - q); return s[s.length >> 1]; };
  console.log(`Seed loop parts, 2000 iterations, CPU ms, median of ${rounds} rounds after one warm-up round:`);
  loops.forEach(([name], i) => console.log(`  ${name.padEnd(30)} ${med(samples[i]).toFixed(0).padStart(6)}   [${samples[i].map((v) => v.toFixed(0)).join(' ')}]`));
}

if (require.main === module && !process.argv.includes('--bundled')) bundleAndRun(__filename, 'bench-seed-loop-parts.js', 'parts');

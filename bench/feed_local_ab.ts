// The seed loop with next_batch's batches placed in the local module's unshared memory or in the
// shared kernel memory (issue 15, wave 12; session/feed_scratch.ts `feedScratchTuning.local`),
// alternated within one process after a warm-up, so both placements run under the same load and
// the same warmed-up code. Bundled like the kernel worker (seed-loop-parts.ts does the same), with
// the thread pool installed as the worker does: `npm run build` first, then
// `node --require tsx/cjs bench/feed_local_ab.ts [rounds]`. Prints CPU ms per 2000 steps (this
// thread's and the process's), per round and as medians, and the paired ratio. The kernel's
// Inspection is attached as in the worker (BENCH_INSPECTION=0 leaves the run observers out).
import { bundleAndRun, cpuMs as cpu, openSeedSession, seedLoop, threadCpuMs as threadCpu } from './seed_loop_session';

export async function ab(): Promise<void> {
  const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 8);
  /* eslint-disable @typescript-eslint/no-var-requires */
  // The kernel attaches its Inspection (run history, gradient capture, NanWatch): so does this loop.
  const run = openSeedSession('ab.py', () => {
    if (process.env.BENCH_INSPECTION !== '0') new (require('../src/engine/inspect/inspection') as typeof import('../src/engine/inspect/inspection')).Inspection().attach();
  });
  const { feedScratchTuning } = require('../src/engine/session/feed_scratch') as typeof import('../src/engine/session/feed_scratch');
  const { gemmStats } = require('../src/engine/kernels/wasm/gemm') as typeof import('../src/engine/kernels/wasm/gemm');
  const loop = seedLoop(2000);
  const fs = require('fs') as typeof import('fs');
  run(loop); run(loop); // warm-up: V8's tiers and both placements' code
  const res: Record<'local' | 'shared', { thread: number[]; proc: number[]; localCalls: number[] }> = {
    local: { thread: [], proc: [], localCalls: [] }, shared: { thread: [], proc: [], localCalls: [] },
  };
  for (let r = 0; r < rounds; r++) {
    for (const mode of (r % 2 ? ['shared', 'local'] : ['local', 'shared']) as ('local' | 'shared')[]) {
      feedScratchTuning.local = mode === 'local';
      run(seedLoop(20));
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

if (require.main === module && !process.argv.includes('--bundled')) bundleAndRun(__filename, 'bench-feed-local-ab.js', 'ab');

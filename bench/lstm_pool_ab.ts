// Interleaved A/B of the LSTM training step (bench/lstm.ts's graph) with the kernel worker's thread
// pool installed (as VS Code and `gradbook run` run it), in one process: rounds alternate between
// parallelTuning.minMacs at its default ("old") and at LSTM_POOL_MIN_MACS ("new", default 2^20, which
// splits the per-iteration x·W and g·Wᵀ products, 2.6 M multiply-adds each). Prints median wall
// and CPU per step (CPU of the whole process: the helper's work counts) and the helper's share.
// `node --require tsx/cjs bench/lstm_pool_ab.ts [rounds] [steps per round]`
import * as os from 'os';
import { PythonSession } from '../src/python';
import '../src/python/modules/standard';
import { parallelTuning } from '../src/engine/parallel/backend';
import { AtomicsPool } from '../src/engine/parallel/pool';
import { installThreadPool } from '../src/worker/threadPool';
import { GRAPH } from './lstm_graph';

const pool = installThreadPool();
const oldMin = parallelTuning.minMacs, newMin = Number(process.env.LSTM_POOL_MIN_MACS ?? 1 << 20);
const setSide = (side: 'old' | 'new') => { parallelTuning.minMacs = side === 'new' ? newMin : oldMin; };
const rounds = Number(process.argv[2] ?? 8), steps = Number(process.argv[3] ?? 20);
const s = new PythonSession({ stdout: () => undefined, stderr: t => process.stderr.write(t), display: () => undefined });
const run = (code: string) => { const r = s.runCell(code, 'bench/lstm_pool_ab'); if (!r.ok) throw new Error(r.error.traceback); };
run(GRAPH);
for (const side of ['old', 'new'] as const) { setSide(side); run('for _ in range(10): sess.run(train, feed)\n'); }

const median = (v: number[]) => { const a = [...v].sort((x, y) => x - y); return a.length % 2 ? a[a.length >> 1] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2; };
type Side = 'old' | 'new';
const res: Record<Side, { cpu: number[]; wall: number[]; helper: number[] }> = { old: { cpu: [], wall: [], helper: [] }, new: { cpu: [], wall: [], helper: [] } };
const load0 = os.loadavg();
for (let r = 0; r < rounds; r++) {
  for (const side of (r % 2 ? ['new', 'old'] : ['old', 'new']) as Side[]) {
    setSide(side);
    const h0 = pool instanceof AtomicsPool ? pool.helperParts : 0;
    const c0 = process.cpuUsage(), t0 = performance.now();
    run(`for _ in range(${steps}): sess.run(train, feed)\n`);
    const c = process.cpuUsage(c0);
    res[side].cpu.push((c.user + c.system) / 1000 / steps);
    res[side].wall.push((performance.now() - t0) / steps);
    res[side].helper.push(((pool instanceof AtomicsPool ? pool.helperParts : 0) - h0) / steps);
  }
}
const load1 = os.loadavg();
console.log(`LSTM step with the pool (${pool.threads} threads), minMacs ${oldMin} (old) vs ${newMin} (new), ${rounds} interleaved rounds of ${steps} steps; load ${load0.map(l => l.toFixed(1)).join(' ')} → ${load1.map(l => l.toFixed(1)).join(' ')}`);
for (const side of ['old', 'new'] as const) {
  console.log(`  ${side}: median ${median(res[side].wall).toFixed(2)} ms wall, ${median(res[side].cpu).toFixed(2)} ms CPU, ${median(res[side].helper).toFixed(0)} helper parts a step  (wall rounds ${res[side].wall.map(v => v.toFixed(1)).join(' ')})`);
}
console.log(`  new ÷ old: ${(median(res.new.wall) / median(res.old.wall)).toFixed(3)} wall, ${(median(res.new.cpu) / median(res.old.cpu)).toFixed(3)} CPU`);

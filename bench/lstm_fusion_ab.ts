// Interleaved in-process A/B of element-wise fusion in loop bodies (control/elementwise_fusion.ts)
// on the LSTM training step (bench/lstm.ts's graph). The switch applies when a loop's plans are
// built, so each side is its own session: one whose loops were planned with fusion off, one with
// it on; rounds of steps alternate between them (same process, JIT state and machine load).
// `node --require tsx/cjs bench/lstm_fusion_ab.ts [rounds] [steps per round]`
import * as os from 'os';
import { PythonSession } from '../src/python';
import '../src/python/modules/standard';
import { elementwiseFusionTuning } from '../src/engine/control/elementwise_fusion';
import { registeredKernels } from '../src/engine/kernels/registry';
import { GRAPH } from './lstm_graph';

const rounds = Number(process.argv[2] ?? 10), steps = Number(process.argv[3] ?? 20);
const session = (fused: boolean) => {
  elementwiseFusionTuning.enabled = fused;
  const s = new PythonSession({ stdout: () => undefined, stderr: t => process.stderr.write(t), display: () => undefined });
  const run = (code: string) => { const r = s.runCell(code, 'bench/lstm_fusion_ab'); if (!r.ok) throw new Error(r.error.traceback); };
  // Its own graph (the default graph is shared by sessions), planned (warm-up steps) with the switch as set.
  run(`import tensorflow as tf\nwith tf.Graph().as_default():\n${GRAPH.split('\n').map(l => '    ' + l).join('\n')}\n`);
  return run;
};
const sides = { old: session(false), new: session(true) };
elementwiseFusionTuning.enabled = true;
for (const run of Object.values(sides)) run('for _ in range(10): sess.run(train, feed)\n');

// Sigmoid kernel calls per side: the old side's loops call it, the fused ones compute it inline.
const sigmoid = registeredKernels().find(k => k.type === 'Sigmoid')!;
const sigmoidCompute = sigmoid.compute;
const sigmoidCalls = { old: 0, new: 0 };
let current: 'old' | 'new' = 'old';
sigmoid.compute = function counted(inputs, op, rt) { sigmoidCalls[current]++; return sigmoidCompute.call(sigmoid, inputs, op, rt); };

const median = (v: number[]) => { const a = [...v].sort((x, y) => x - y); return a.length % 2 ? a[a.length >> 1] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2; };
const res: Record<'old' | 'new', { cpu: number[]; wall: number[] }> = { old: { cpu: [], wall: [] }, new: { cpu: [], wall: [] } };
const ratios: number[] = [];
const load0 = os.loadavg();
for (let r = 0; r < rounds; r++) {
  for (const side of (r % 2 ? ['new', 'old'] : ['old', 'new']) as ('old' | 'new')[]) {
    current = side;
    const c0 = process.cpuUsage(), t0 = performance.now();
    sides[side](`for _ in range(${steps}): sess.run(train, feed)\n`);
    const c = process.cpuUsage(c0);
    res[side].cpu.push((c.user + c.system) / 1000 / steps);
    res[side].wall.push((performance.now() - t0) / steps);
  }
  ratios.push(res.new.cpu[r] / res.old.cpu[r]);
}
const load1 = os.loadavg();
console.log(`LSTM step A/B (loop fusion off → on), ${rounds} interleaved rounds of ${steps} steps; load ${load0.map(l => l.toFixed(1)).join(' ')} → ${load1.map(l => l.toFixed(1)).join(' ')}`);
for (const side of ['old', 'new'] as const) {
  console.log(`  ${side}: median ${median(res[side].cpu).toFixed(2)} ms CPU, ${median(res[side].wall).toFixed(2)} ms wall  (CPU rounds ${res[side].cpu.map(v => v.toFixed(1)).join(' ')})`);
}
console.log(`  Sigmoid kernel calls: old ${sigmoidCalls.old}, new ${sigmoidCalls.new}`);
console.log(`  new ÷ old: ${(median(res.new.cpu) / median(res.old.cpu)).toFixed(3)} CPU, ${(median(res.new.wall) / median(res.old.wall)).toFixed(3)} wall; median of the rounds' CPU ratios ${median(ratios).toFixed(3)}`);

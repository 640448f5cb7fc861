// Where the LSTM training step (bench/lstm.ts's graph) spends its time: every kernel's compute is
// wrapped with a timer that subtracts the kernels nested inside it (a While runs its body's ops),
// so each op type shows its own time; "outside kernels" is plan, feeds, frames and dispatch.
// `node --require tsx/cjs bench/lstm_profile.ts [steps]`
import { PythonSession } from '../src/python';
import '../src/python/modules/standard';
import { registeredKernels } from '../src/engine/kernels/registry';
import { GRAPH } from './lstm_graph';

const steps = Number(process.argv[2] ?? 30);
const self = new Map<string, { ms: number; calls: number }>();
let recording = false, nested = 0;
for (const def of registeredKernels()) {
  const inner = def.compute;
  def.compute = function timed(inputs, op, rt) {
    if (!recording) return inner.call(def, inputs, op, rt);
    const outer = nested;
    nested = 0;
    const t0 = performance.now();
    try {
      return inner.call(def, inputs, op, rt);
    } finally {
      const dt = performance.now() - t0;
      const e = self.get(op.type) ?? { ms: 0, calls: 0 };
      e.ms += dt - nested;
      e.calls++;
      self.set(op.type, e);
      nested = outer + dt;
    }
  };
}
const s = new PythonSession({ stdout: () => undefined, stderr: t => process.stderr.write(t), display: () => undefined });
const run = (code: string) => { const r = s.runCell(code, 'bench/lstm_profile'); if (!r.ok) throw new Error(r.error.traceback); };
run(GRAPH);
if (process.env.NO_TIMERS) recording = false;
run('for _ in range(20): sess.run(train, feed)\n');
if (process.env.NO_TIMERS) console.error(`window-start ${process.hrtime.bigint() / 1000n}`);
else recording = true;
const c0 = process.cpuUsage(), t0 = performance.now();
run(`for _ in range(${steps}): sess.run(train, feed)\n`);
const wall = (performance.now() - t0) / steps, cpu = process.cpuUsage(c0);
if (process.env.NO_TIMERS) console.error(`window-end ${process.hrtime.bigint() / 1000n}`);
recording = false;
const rows = [...self].sort((a, b) => b[1].ms - a[1].ms);
const kernels = rows.reduce((t, r) => t + r[1].ms, 0) / steps;
console.log(`LSTM step: ${wall.toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / steps).toFixed(2)} ms CPU (timers included); kernels ${kernels.toFixed(2)} ms, outside kernels ${(wall - kernels).toFixed(2)} ms`);
for (const [type, e] of rows) if (e.ms / steps >= 0.02) console.log(`  ${type.padEnd(34)} ${((e.ms / steps) * 1000).toFixed(0).padStart(7)} µs  ${(e.calls / steps).toFixed(0).padStart(5)} calls`);

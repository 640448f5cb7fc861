// Where the LSTM training step (bench/lstm.ts's graph) spends its time: every kernel's compute is
// wrapped with a timer that subtracts the kernels nested inside it (a While runs its body's ops),
// so each op type shows its own time; "outside kernels" is plan, feeds, frames and dispatch.
// Wall time and process CPU (process.cpuUsage, ~0.3 µs a reading) are both kept: on a shared
// machine the wall column includes time the thread waited for a core, the CPU column does not.
// `node --require tsx/cjs bench/lstm_profile.ts [steps]`
import { PythonSession } from '../src/python';
import '../src/python/modules/standard';
import { registeredKernels } from '../src/engine/kernels/registry';
import { GRAPH } from './lstm_graph';

const steps = Number(process.argv[2] ?? 30);
const self = new Map<string, { ms: number; cpu: number; calls: number }>();
let recording = false, nested = 0, nestedCpu = 0;
const cpuNow = (): number => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (const def of registeredKernels()) {
  const inner = def.compute;
  def.compute = function timed(inputs, op, rt) {
    if (!recording) return inner.call(def, inputs, op, rt);
    const outer = nested, outerCpu = nestedCpu;
    nested = 0; nestedCpu = 0;
    const t0 = performance.now(), c0 = cpuNow();
    try {
      return inner.call(def, inputs, op, rt);
    } finally {
      const dc = cpuNow() - c0, dt = performance.now() - t0;
      const e = self.get(op.type) ?? { ms: 0, cpu: 0, calls: 0 };
      e.ms += dt - nested;
      e.cpu += dc - nestedCpu;
      e.calls++;
      self.set(op.type, e);
      nested = outer + dt;
      nestedCpu = outerCpu + dc;
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
const rows = [...self].sort((a, b) => b[1].cpu - a[1].cpu);
const kernels = rows.reduce((t, r) => t + r[1].ms, 0) / steps, kernelsCpu = rows.reduce((t, r) => t + r[1].cpu, 0) / steps;
const cpuStep = (cpu.user + cpu.system) / 1000 / steps;
console.log(`LSTM step: ${wall.toFixed(2)} ms wall, ${cpuStep.toFixed(2)} ms CPU (timers included); kernels ${kernels.toFixed(2)} ms wall ${kernelsCpu.toFixed(2)} ms CPU, outside kernels ${(wall - kernels).toFixed(2)} ms wall ${(cpuStep - kernelsCpu).toFixed(2)} ms CPU`);
console.log(`  ${'op type'.padEnd(34)} ${'CPU µs'.padStart(8)} ${'share'.padStart(6)} ${'wall µs'.padStart(8)} ${'calls'.padStart(6)}`);
for (const [type, e] of rows) if (e.ms / steps >= 0.02 || e.cpu / steps >= 0.02) console.log(`  ${type.padEnd(34)} ${((e.cpu / steps) * 1000).toFixed(0).padStart(8)} ${((100 * e.cpu / steps) / cpuStep).toFixed(1).padStart(5)}% ${((e.ms / steps) * 1000).toFixed(0).padStart(8)} ${(e.calls / steps).toFixed(0).padStart(6)}`);

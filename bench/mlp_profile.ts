// Where one MLP training step (bench/mlp_graph.ts: 784-256-256-10, Adam, batch 128) spends its time:
// every kernel's compute is wrapped with a timer, the rest of sess.run is "outside kernels".
//   GRADBOOK_THREADS=1 node --require tsx/cjs bench/mlp_profile.ts [STEPS]
import { installThreadPool } from '../src/worker/threadPool';
import { registeredKernels } from '../src/engine/kernels/registry';
import { mlpStep } from './step_workloads';
import { now } from './stats';

installThreadPool();
const steps = Number(process.argv[2] ?? 300);
const perOp = new Map<unknown, { op: string; type: string; shapes: string; ms: number; cpuUs: number }>();
const cpuNow = (): number => { const c = process.cpuUsage(); return c.user + c.system; };
let recording = false;
for (const def of registeredKernels() as unknown as { compute: (...a: unknown[]) => unknown }[]) {
  const inner = def.compute;
  def.compute = function timed(inputs: unknown, opIn: unknown, rt: unknown) {
    const op = opIn as { name: string; type: string };
    if (!recording) return inner.call(def, inputs, op, rt);
    const t0 = now(), c0 = cpuNow();
    try {
      return inner.call(def, inputs, op, rt);
    } finally {
      let entry = perOp.get(op);
      if (!entry) {
        const shapes = (inputs as { shape?: number[] }[]).map((t) => (t && t.shape ? `[${t.shape.join(',')}]` : '?')).join(' ');
        entry = { op: op.name, type: op.type, shapes, ms: 0, cpuUs: 0 };
        perOp.set(op, entry);
      }
      entry.ms += now() - t0;
      entry.cpuUs += cpuNow() - c0;
    }
  };
}
const step = mlpStep();
for (let i = 0; i < 200; i++) step();
recording = true;
const cpu0 = process.cpuUsage();
const t0 = now();
for (let i = 0; i < steps; i++) step();
const total = (now() - t0) / steps;
const cpu = process.cpuUsage(cpu0);
recording = false;
const rows = [...perOp.values()].sort((a, b) => b.cpuUs - a.cpuUs);
let kern = 0, kernCpu = 0;
for (const r of rows) { kern += r.ms / steps; kernCpu += r.cpuUs / steps; }
console.log(`step ${(total * 1000).toFixed(0)} us wall, ${((cpu.user + cpu.system) / steps).toFixed(0)} us CPU, kernels ${(kern * 1000).toFixed(0)} us wall ${kernCpu.toFixed(0)} us CPU, outside ${((total - kern) * 1000).toFixed(0)} us`);
for (const r of rows) console.log(`${(r.cpuUs / steps).toFixed(1).padStart(8)} us CPU ${(r.ms / steps * 1000).toFixed(1).padStart(8)} us wall  ${r.type.padEnd(28)} ${r.op.padEnd(50)} ${r.shapes}`);

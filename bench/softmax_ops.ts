// µs per op of the seed softmax step as bench/softmax_ab.ts runs it (issue 15, wave 14): every
// kernel's compute wrapped with a timer; "outside kernels" is the session's own work (plan,
// feeds, dispatch, telemetry). One thread unless GRADBOOK_THREADS says otherwise.
//   node --require tsx/cjs bench/softmax_ops.ts [WARMUP] [STEPS]
import { softmaxStep } from './step_workloads';
import { registeredKernels } from '../src/engine/kernels/registry';
import { installThreadPool } from '../src/worker/threadPool';

installThreadPool();
const [warmup, steps] = [Number(process.argv[2] ?? 1500), Number(process.argv[3] ?? 4000)];
const perOp = new Map<string, { type: string; ns: bigint; calls: number }>();
let recording = false;
for (const def of registeredKernels() as unknown as { compute: (inputs: unknown, op: { name: string; type: string }, rt: unknown) => unknown }[]) {
  const inner = def.compute;
  def.compute = function timed(this: unknown, inputs: unknown, op: { name: string; type: string }, rt: unknown) {
    if (!recording) return inner.call(def, inputs, op, rt);
    const t0 = process.hrtime.bigint();
    try { return inner.call(def, inputs, op, rt); } finally {
      const e = perOp.get(op.name) ?? { type: op.type, ns: 0n, calls: 0 };
      e.ns += process.hrtime.bigint() - t0; e.calls++;
      perOp.set(op.name, e);
    }
  };
}
const step = softmaxStep();
for (let i = 0; i < warmup; i++) step();
recording = true;
const t0 = process.hrtime.bigint();
for (let i = 0; i < steps; i++) step();
const total = Number(process.hrtime.bigint() - t0) / 1000 / steps;
recording = false;
let kernels = 0;
const rows = [...perOp].map(([name, e]) => ({ name, type: e.type, us: Number(e.ns) / 1000 / steps, perStep: e.calls / steps }));
rows.sort((a, b) => b.us - a.us);
for (const r of rows) { kernels += r.us; console.log(r.us.toFixed(2).padStart(8), r.type.padEnd(28), r.name, r.perStep === 1 ? '' : `x${r.perStep}`); }
console.log(`step ${total.toFixed(1)} µs wall, kernels ${kernels.toFixed(1)}, outside kernels ${(total - kernels).toFixed(1)} (${rows.length} ops)`);

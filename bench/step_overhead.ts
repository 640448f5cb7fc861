// One side of an interleaved A/B of the training step's non-kernel cost (telemetry, the kernel's
// Inspection, the session's run path), in its own process: the MLP step of bench/peer-gradbook.ts
// (784-256-256-10, Adam, batch 128) or the seed softmax step (batch 100, SGD 0.5), one thread,
// optionally with the kernel's Inspection attached as the kernel worker does. CPU ms per step
// after WARM steps, over STEPS steps.
//   node --require tsx/cjs bench/step_overhead.ts mlp|softmax WARM STEPS [inspect] [off]
//   (inspect: attach an Inspection like the kernel; off: telemetry disabled)
import { stepOf } from './step_workloads';
import { setTelemetryEnabled } from '../src/engine/telemetry/observer';
import { Inspection } from '../src/engine/inspect/inspection';

const [workload, warmS, stepsS, ...flags] = process.argv.slice(2);
const warm = Number(warmS), steps = Number(stepsS);
if (flags.includes('off')) setTelemetryEnabled(false);
if (flags.includes('inspect')) new Inspection().attach();


const step = stepOf(workload);
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (let i = 0; i < warm; i++) step();
const t = cpuMs();
for (let i = 0; i < steps; i++) step();
console.log(JSON.stringify({ cpuMs: (cpuMs() - t) / steps }));

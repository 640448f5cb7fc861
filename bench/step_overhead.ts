// One side of an interleaved A/B of the training step's non-kernel cost (telemetry, the kernel's
// Inspection, the session's run path), in its own process: the MLP step of bench/peer-gradbook.ts
// (784-256-256-10, Adam, batch 128) or the seed softmax step (batch 100, SGD 0.5), one thread,
// optionally with the kernel's Inspection attached as the kernel worker does. CPU ms per step
// after WARM steps, over STEPS steps.
//   node --require tsx/cjs bench/step_overhead.ts mlp|softmax WARM STEPS [inspect] [off]
//   (inspect: attach an Inspection like the kernel; off: telemetry disabled)
import * as tf from '../src/engine';
import { buildSeedGraph, resolveSeedApi } from './contenders/engine-api';
import { mlpGraph } from './mlp_graph';
import { digitInputs } from './digit_inputs';
import { setTelemetryEnabled } from '../src/engine/telemetry/observer';
import { Inspection } from '../src/engine/inspect/inspection';

const [workload, warmS, stepsS, ...flags] = process.argv.slice(2);
const warm = Number(warmS), steps = Number(stepsS);
if (flags.includes('off')) setTelemetryEnabled(false);
if (flags.includes('inspect')) new Inspection().attach();

function build(): () => void {
  if (workload === 'softmax') {
    const g = buildSeedGraph(resolveSeedApi(tf as unknown as Record<string, never>), 0.5);
    const sess = new tf.Session();
    sess.run(g.init as tf.Operation);
    const { x, y } = digitInputs(100);
    const feeds = [[g.x, x], [g.y, y]] as never;
    return () => { sess.run(g.train as tf.Operation, feeds); };
  }
  const { x, y, train, sess } = mlpGraph();
  const d = digitInputs(128);
  const feeds = [[x, d.x], [y, d.y]] as never;
  return () => { sess.run(train, feeds); };
}

const step = build();
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (let i = 0; i < warm; i++) step();
const t = cpuMs();
for (let i = 0; i < steps; i++) step();
console.log(JSON.stringify({ cpuMs: (cpuMs() - t) / steps }));

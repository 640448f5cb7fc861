// One side of bench/telemetry_ab.ts, in its own process: the MLP step of bench/peer-gradbook.ts
// (784-256-256-10, ReLU, softmax cross-entropy, Adam, batch 128, one thread) run as a standalone
// script would, from its first step: CPU ms per step over the first COLD steps (where V8 compiles
// telemetry's loops, and where they used to deopt at every call), then over WARM more steps.
//   node --require tsx/cjs bench/telemetry_step.ts COLD WARM [off]   (off: telemetry disabled)
import { mlpGraph } from './mlp_graph';
import { digitInputs } from './digit_inputs';
import { setTelemetryEnabled } from '../src/engine/telemetry/observer';

const [cold, warm] = process.argv.slice(2, 4).map(Number);
if (process.argv[4] === 'off') setTelemetryEnabled(false);

const { x, y, train, sess } = mlpGraph();
const { x: xs, y: ys } = digitInputs(128);
const feeds = [[x, xs], [y, ys]] as never;

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
let t = cpuMs();
for (let i = 0; i < cold; i++) sess.run(train, feeds);
const coldMs = (cpuMs() - t) / cold;
t = cpuMs();
for (let i = 0; i < warm; i++) sess.run(train, feeds);
const warmMs = (cpuMs() - t) / warm;
console.log(JSON.stringify({ coldMs, warmMs }));

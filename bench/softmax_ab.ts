// One process, the seed softmax step (bench/step_workloads.ts) in a loop: CPU µs per step after a
// warm-up, printed as JSON. For interleaved A/B runs of two trees (issue 15, wave 12):
//   node --require tsx/cjs bench/softmax_ab.ts [WARMUP] [STEPS]
import { softmaxStep } from './step_workloads';
import { installThreadPool } from '../src/worker/threadPool';
import { parallelBackend } from '../src/engine/parallel/backend';

installThreadPool();
const [warmup, steps] = [Number(process.argv[2] ?? 1500), Number(process.argv[3] ?? 4000)];
const step = softmaxStep();
for (let i = 0; i < warmup; i++) step();
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < steps; i++) step();
const c = process.cpuUsage(c0);
const wall = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ cpuUsPerStep: (c.user + c.system) / steps, wallUsPerStep: wall * 1000 / steps, threads: parallelBackend().threads }));

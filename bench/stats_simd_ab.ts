// In-process interleaved A/B of the per-step statistics' SIMD pass (inspect/wasm_stats.ts): one
// process trains the MLP step of bench/peer-gradbook.ts (or the seed softmax step) with the
// kernel's Inspection attached, one thread, and alternates blocks of steps with the SIMD pass on
// and off (the JS loops). CPU ms per step, median over blocks, and the load average.
//   node --require tsx/cjs bench/stats_simd_ab.ts mlp|softmax [blocks 20] [steps per block 25]
import * as os from 'os';
import { stepOf } from './step_workloads';
import { Inspection } from '../src/engine/inspect/inspection';
import { wasmStatsTuning } from '../src/engine/inspect/wasm_stats';
import { median } from './stats';

const workload = process.argv[2] ?? 'mlp';
const blocks = Number(process.argv[3] ?? 20), per = Number(process.argv[4] ?? (workload === 'mlp' ? 25 : 500));
new Inspection().attach();


const step = stepOf(workload);
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const load0 = os.loadavg()[0];
for (let i = 0; i < 4 * per; i++) { wasmStatsTuning.enabled = i % 2 === 0; step(); }
const times: Record<'simd' | 'js', number[]> = { simd: [], js: [] };
for (let b = 0; b < 2 * blocks; b++) {
  const simd = (b % 4 === 0 || b % 4 === 3);
  wasmStatsTuning.enabled = simd;
  const t = cpuMs();
  for (let i = 0; i < per; i++) step();
  times[simd ? 'simd' : 'js'].push((cpuMs() - t) / per);
}
const s = median(times.simd), j = median(times.js);
console.log(`${workload}: load ${load0.toFixed(1)} -> ${os.loadavg()[0].toFixed(1)}; ${blocks} blocks of ${per} steps each; CPU ms a step: JS loops ${j.toFixed(3)}, SIMD ${s.toFixed(3)} (${(s / j).toFixed(3)}x)`);

// In-process A/B of the seed softmax step (bench/step_workloads.ts, as bench/peers.ts runs it, the
// thread pool installed): blocks of steps alternate between a switch's two settings in one
// process, ABBA order, CPU µs a step per block (the main thread's); prints the medians and the paired ratio (issue 15,
// wave 14).
//   node --require tsx/cjs bench/softmax_toggle_ab.ts SWITCH [ROUNDS] [BLOCK_STEPS] [WARMUP]
// SWITCH: feed-copy (ordinary feeds copied into the local memory), telemetry (recording on/off).
import * as fs from 'fs';
import { softmaxStep } from './step_workloads';
import { installThreadPool } from '../src/worker/threadPool';
import { parallelBackend } from '../src/engine/parallel/backend';
import { feedScratchTuning } from '../src/engine/session/feed_scratch';
import { setTelemetryEnabled } from '../src/engine/telemetry/observer';
import { median } from './stats';

const SWITCHES: Record<string, (on: boolean) => void> = {
  'feed-copy': (on) => { feedScratchTuning.copyBuilt = on; },
  telemetry: (on) => setTelemetryEnabled(on),
};

installThreadPool();
const name = process.argv[2];
const set = SWITCHES[name];
if (!set) throw new Error(`switch: one of ${Object.keys(SWITCHES).join(', ')}`);
const [rounds, block, warmup] = [Number(process.argv[3] ?? 12), Number(process.argv[4] ?? 2000), Number(process.argv[5] ?? 1500)];
const step = softmaxStep();
// The calling thread's CPU time (/proc/thread-self/schedstat, ns) where there is one: the pool's
// idle helpers and the process's other threads stay out of it; else the process's CPU time.
const schedstat = (): number | null => { try { return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000; } catch { return null; } };
const cpuUs = schedstat() !== null ? () => schedstat()! : (): number => { const c = process.cpuUsage(); return c.user + c.system; };
function timed(on: boolean): number {
  set(on);
  for (let i = 0; i < 100; i++) step();
  const c0 = cpuUs();
  for (let i = 0; i < block; i++) step();
  return (cpuUs() - c0) / block;
}
for (const on of [true, false]) { set(on); for (let i = 0; i < warmup / 2; i++) step(); }
const on: number[] = [], off: number[] = [], ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? [true, false] : [false, true];
  const t: Record<string, number> = {};
  for (const o of order) t[String(o)] = timed(o);
  on.push(t.true); off.push(t.false); ratios.push(t.true / t.false);
}
set(true);
const f = (xs: number[]) => xs.map(x => x.toFixed(1)).join(' ');
console.log(JSON.stringify({ switch: name, threads: parallelBackend().threads, onUs: median(on), offUs: median(off), ratio: median(ratios) }));
console.log(`on  ${f(on)}\noff ${f(off)}\nratios ${ratios.map(x => x.toFixed(3)).join(' ')}`);

// Run by stat_loops.test.ts in a child `node --trace-deopt`: the statistics and the step norm called
// cold on long arrays (so V8 compiles their loops on the stack in the first call), then many
// times with every array type in turn. Prints a checksum; the parent counts the deopts.
import * as stats from '../../../src/engine/inspect/array_stats';
import * as telemetry from '../../../src/engine/telemetry/stats';

const moduleDir = process.env.STAT_LOOPS_MODULES;
// A baseline tree's copies can be named to check that this script sees their deopts.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const s: typeof stats = moduleDir ? require(`${moduleDir}/array_stats`) : stats;
// eslint-disable-next-line @typescript-eslint/no-var-requires
const t: typeof telemetry = moduleDir ? require(`${moduleDir}/stats`) : telemetry;

const n = 200_000;
const f32 = new Float32Array(n), g32 = new Float32Array(n), f64 = new Float64Array(n);
for (let i = 0; i < n; i++) { f32[i] = Math.sin(i); g32[i] = f32[i] + 1e-3 * Math.cos(i); f64[i] = Math.cos(i) * 3; }
const plain = Array.from(f64.subarray(0, 20_001));
const ints = new Int32Array(20_000).map((_, i) => i % 7 - 3);
let sum = 0;
for (let step = 0; step < 150; step++) {
  sum += t.differenceNorm(f32, g32);
  sum += s.arrayStatistics(step % 3 === 0 ? f64 : f32).norm;
  sum += s.gradientStatistics(g32).norm;
  sum += s.finiteNorm(step % 2 ? f32 : f64);
  if (step % 10 === 5) {
    sum += s.arrayStatistics(plain).mean + s.arrayStatistics(ints).std + s.finiteNorm(plain);
    sum += t.differenceNorm(f64, f64.slice().reverse()) + t.differenceNorm(plain, plain);
  }
}
console.log(`checksum ${sum}`);

// The statistics telemetry computes after every MLP step, alone, as a standalone script calls them
// from cold: gradientStatistics and differenceNorm over the MLP's 784x256 gradient and weights,
// arrayStatistics and finiteNorm (the views, gradient capture) on float32 and float64 arrays.
// CPU ms per round of calls. STAT_LOOPS_MODULES=<dir> runs copies of an older array_stats.ts and
// telemetry/stats.ts from <dir> instead (the A/B baseline; run the two alternately).
//   node --require tsx/cjs bench/telemetry_stats.ts [ROUNDS]
import * as stats from '../src/engine/inspect/array_stats';
import * as telemetry from '../src/engine/telemetry/stats';

const dir = process.env.STAT_LOOPS_MODULES;
// eslint-disable-next-line @typescript-eslint/no-var-requires
const s: typeof stats = dir ? require(`${dir}/array_stats`) : stats;
// eslint-disable-next-line @typescript-eslint/no-var-requires
const t: typeof telemetry = dir ? require(`${dir}/stats`) : telemetry;

const n = 784 * 256;
const a = new Float32Array(n), b = new Float32Array(n), c = new Float64Array(n);
for (let i = 0; i < n; i++) { a[i] = Math.sin(i); b[i] = a[i] + 1e-3 * Math.cos(i); c[i] = 2 * Math.cos(i); }
const rounds = Number(process.argv[2] ?? 330);
let sink = 0;
const t0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  sink += t.differenceNorm(a, b);
  sink += s.gradientStatistics(b).norm;
  sink += s.arrayStatistics(r % 4 === 3 ? c : a).std;
  sink += s.finiteNorm(a);
}
const used = process.cpuUsage(t0);
console.log(JSON.stringify({ msPerRound: (used.user + used.system) / 1000 / rounds, sink }));

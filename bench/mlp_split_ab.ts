// A/B of the GEMM split's parts per thread (kernels/wasm/split.ts splitTuning) and of the Adam
// update's split (kernels/wasm/optim.ts optimTuning) on the MLP step
// (bench/mlp_graph.ts), interleaved in one process in short chunks so both sides see the same load:
// wall and process CPU per step, medians over chunks. Also Deep MNIST's step with `deep`.
//   GRADBOOK_THREADS=2 node --require tsx/cjs bench/mlp_split_ab.ts [mlp|deep] [ROUNDS] [STEPS] [VARIANTS]
// A variant is GEMM_PARTS_PER_THREAD[:ADAM_MIN_SPLIT_ELEMENTS[:ADAM_PARTS_PER_THREAD]], e.g. 1:262144:1,4:32768:4
// (wave 11's split, then wave 12's).
import * as os from 'node:os';
import * as tf from '../src/engine';
import { installThreadPool } from '../src/worker/threadPool';
import type { AtomicsPool } from '../src/engine/parallel/pool';
import { splitTuning } from '../src/engine/kernels/wasm/split';
import { optimTuning } from '../src/engine/kernels/wasm/optim';
import { mlpStep } from './step_workloads';
import { deepMnist } from './deep_mnist';
import { digitInputs } from './digit_inputs';
import { median, now } from './stats';

const pool = installThreadPool() as Partial<AtomicsPool>;
const workload = process.argv[2] ?? 'mlp';
const rounds = Number(process.argv[3] ?? 15), steps = Number(process.argv[4] ?? 20);
const variants = (process.argv[5] ?? '1:262144:1,4:32768:4').split(',');
function apply(v: string): void {
  const [p, m, q] = v.split(':').map(Number);
  splitTuning.partsPerThread = p;
  if (m) optimTuning.minSplitElements = m;
  if (q) optimTuning.partsPerThread = q;
}

function deepStep(): () => void {
  const net = deepMnist();
  const d = digitInputs(50);
  const feeds = [[net.x, d.x], [net.y_, d.y], [net.keepProb, tf.NDArray.scalar(0.5)]] as never;
  return () => { net.sess.run(net.train, feeds); };
}

const step = workload === 'deep' ? deepStep() : mlpStep();
for (let i = 0; i < (workload === 'deep' ? 10 : 200); i++) step();
const wall = new Map<string, number[]>(), cpu = new Map<string, number[]>(), waited = new Map<string, number[]>(), helped = new Map<string, number[]>();
const load0 = os.loadavg()[0];
for (let r = 0; r < rounds; r++) {
  for (const v of (r % 2 ? [...variants].reverse() : variants)) {
    apply(v);
    const c0 = process.cpuUsage(), t0 = now(), w0 = pool.waitMs ?? 0, h0 = pool.helperParts ?? 0, s0 = pool.stolenParts ?? 0;
    for (let i = 0; i < steps; i++) step();
    const c = process.cpuUsage(c0);
    (wall.get(v) ?? wall.set(v, []).get(v)!).push((now() - t0) / steps);
    (waited.get(v) ?? waited.set(v, []).get(v)!).push(((pool.waitMs ?? 0) - w0) / steps);
    const hp = (pool.helperParts ?? 0) - h0, sp = (pool.stolenParts ?? 0) - s0;
    (helped.get(v) ?? helped.set(v, []).get(v)!).push(hp + sp ? hp / (hp + sp) : 0);
    (cpu.get(v) ?? cpu.set(v, []).get(v)!).push((c.user + c.system) / 1000 / steps);
  }
}
console.log(`${workload}, ${rounds} rounds of ${steps} steps, load ${load0.toFixed(1)} -> ${os.loadavg()[0].toFixed(1)}`);
for (const v of variants) console.log(`${v}: wall ${median(wall.get(v)!).toFixed(3)} ms, CPU ${median(cpu.get(v)!).toFixed(3)} ms, caller waiting for helpers ${median(waited.get(v)!).toFixed(3)} ms, helpers ran ${(100 * median(helped.get(v)!)).toFixed(0)} % of the parts past part 0`);

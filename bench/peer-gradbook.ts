// Gradbook's side of bench/peers.ts, in its own process: one training step of a workload built
// with the engine's TF1 builders, timed exactly as bench/contenders/peer_steps.py times its peers
// (warm-up, then chunks; the median chunk's ms per step, and process CPU per step). Same shapes,
// batch sizes and optimizers; the first training digits (bench/digit_inputs.ts).
//   node --require tsx/cjs bench/peer-gradbook.ts WORKLOAD WARMUP CHUNKS CHUNK_STEPS
import * as tf from '../src/engine';
import { deepMnist } from './deep_mnist';
import { softmaxStep, mlpStep } from './step_workloads';
import { digitInputs as inputs } from './digit_inputs';
import { median, now } from './stats';
import { installThreadPool } from '../src/worker/threadPool';
import { parallelBackend } from '../src/engine/parallel/backend';

// As the kernel worker does: GRADBOOK_THREADS (default: the machine's cores) computing threads.
installThreadPool();

type Feeds = [unknown, tf.NDArray][];

/** mnist_deep.py's step: batch 50, keep_prob 0.5, Adam 1e-4. */
function deep(): () => void {
  const net = deepMnist();
  const data = inputs(50);
  const feeds = [[net.x, data.x], [net.y_, data.y], [net.keepProb, tf.NDArray.scalar(0.5)]] as Feeds;
  return () => net.sess.run(net.train, feeds as never);
}

const WORKLOADS: Record<string, () => () => void> = { softmax: softmaxStep, mlp: mlpStep, deep };

function main(): void {
  const [workload, warmup, chunks, chunkSteps] = [process.argv[2], ...process.argv.slice(3, 6).map(Number)];
  const step = WORKLOADS[workload]();
  for (let i = 0; i < warmup; i++) step();
  const perChunk: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let c = 0; c < chunks; c++) {
    const t0 = now();
    for (let i = 0; i < chunkSteps; i++) step();
    perChunk.push((now() - t0) / chunkSteps);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMsPerStep = (cpu.user + cpu.system) / 1000 / (chunks * chunkSteps);
  console.log(JSON.stringify({ msPerStep: median(perChunk), cpuMsPerStep, threads: parallelBackend().threads, version: `node ${process.version}` }));
}

main();

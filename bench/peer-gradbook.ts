// Gradbook's side of bench/peers.ts, in its own process: one training step of a workload built
// with the engine's TF1 builders, timed exactly as bench/contenders/peer_steps.py times its peers
// (warm-up, then chunks; the median chunk's ms per step, and process CPU per step). Same shapes,
// batch sizes and optimizers; the first training digits (bench/digit_inputs.ts).
//   node --require tsx/cjs bench/peer-gradbook.ts WORKLOAD WARMUP CHUNKS CHUNK_STEPS
import * as tf from '../src/engine';
import { buildSeedGraph, resolveSeedApi } from './contenders/engine-api';
import { deepMnist } from './deep_mnist';
import { mlpGraph } from './mlp_graph';
import { digitInputs as inputs } from './digit_inputs';
import { median, now } from './stats';
import { installThreadPool } from '../src/worker/threadPool';
import { parallelBackend } from '../src/engine/parallel/backend';

// As the kernel worker does: GRADBOOK_THREADS (default: the machine's cores) computing threads.
installThreadPool();

type Feeds = [unknown, tf.NDArray][];

/** The seed graph (naive cross-entropy, SGD 0.5), batch 100. */
function softmax(): () => void {
  const api = resolveSeedApi(tf as unknown as Record<string, never>);
  const g = buildSeedGraph(api, 0.5);
  const sess = new tf.Session();
  sess.run(g.init as tf.Operation);
  const { x, y } = inputs(100);
  const feeds = [[g.x, x], [g.y, y]] as Feeds;
  return () => sess.run(g.train as tf.Operation, feeds as never);
}

/** 784-256-256-10 with ReLU, softmax cross-entropy with logits, Adam 1e-3, batch 128. */
function mlp(): () => void {
  const { x, y, train, sess } = mlpGraph();
  const data = inputs(128);
  const feeds = [[x, data.x], [y, data.y]] as Feeds;
  return () => sess.run(train, feeds as never);
}

/** mnist_deep.py's step: batch 50, keep_prob 0.5, Adam 1e-4. */
function deep(): () => void {
  const net = deepMnist();
  const data = inputs(50);
  const feeds = [[net.x, data.x], [net.y_, data.y], [net.keepProb, tf.NDArray.scalar(0.5)]] as Feeds;
  return () => net.sess.run(net.train, feeds as never);
}

const WORKLOADS: Record<string, () => () => void> = { softmax, mlp, deep };

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

// In-process A/B of the Deep MNIST step's non-GEMM switches (issue 15), with the thread pool
// installed as the kernel worker does (T threads, default 2): rounds alternate the modes, each
// mode runs 1 + 4 steps, and the table gives medians of wall and process CPU per step and the
// kernel wall time per op type (the fused bias + ReLU step is not a registered kernel: only in
// the step rows). Modes: old (both switches off), wasm (ApplyAdam in WebAssembly,
// optimTuning.wasm), branch (branch-free ReluGrad and bias + ReLU, branchFreeTuning), new (both).
//   MODES=old,wasm,branch,new ROUNDS=6 node --require tsx/cjs bench/deep_step_ab.ts
import * as tf from '../src/engine';
import { installThreadPool } from '../src/worker/threadPool';
import { registeredKernels } from '../src/engine/kernels/registry';
import { optimTuning } from '../src/engine/kernels/wasm/optim';
import { branchFreeTuning } from '../src/engine/ops/nn/activation_grads';
import { deepMnist } from './deep_mnist';
import { digitInputs as inputs } from './digit_inputs';
const now = () => performance.now();
installThreadPool(Number(process.env.T ?? 2));
const kernelMs = new Map<string, number>();
for (const def of registeredKernels()) {
  const inner = def.compute;
  def.compute = function timed(i, op, rt) {
    const t0 = now();
    try { return inner.call(def, i, op, rt); } finally { kernelMs.set(op.type, (kernelMs.get(op.type) ?? 0) + now() - t0); }
  };
}
const net = deepMnist();
const data = inputs(50);
const feeds = [[net.x, data.x], [net.y_, data.y], [net.keepProb, tf.NDArray.scalar(0.5)]] as any;
for (let i = 0; i < 10; i++) { optimTuning.wasm = branchFreeTuning.on = i % 2 === 0; net.sess.run(net.train, feeds); }
const modes = (process.env.MODES ?? 'js,wasm').split(',');
const res: Record<string, Record<string, number[]>> = {};
for (let round = 0; round < Number(process.env.ROUNDS ?? 6); round++) {
  for (const mode of modes) {
    optimTuning.wasm = mode === 'wasm' || mode === 'new';
    branchFreeTuning.on = mode === 'branch' || mode === 'new';
    net.sess.run(net.train, feeds);
    kernelMs.clear();
    const c0 = process.cpuUsage(); const t0 = now();
    const S = 4;
    for (let i = 0; i < S; i++) net.sess.run(net.train, feeds);
    const wall = (now() - t0) / S; const c = process.cpuUsage(c0);
    const r = (res[mode] ??= {});
    const push = (k: string, v: number) => (r[k] ??= []).push(v);
    push('step wall', wall); push('step cpu', (c.user + c.system) / 1000 / S);
    for (const [k, v] of kernelMs) push(k, v / S);
  }
}
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
const keys = Object.keys(res[modes[0]]).sort((a, b) => med(res[modes[0]][b]) - med(res[modes[0]][a])).slice(0, 14);
console.log('load', require('fs').readFileSync('/proc/loadavg', 'utf8').trim());
for (const k of keys) console.log(k.padEnd(24), modes.map(m => med(res[m][k] ?? [0]).toFixed(2).padStart(9)).join(' '));

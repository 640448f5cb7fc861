// Interleaved A/B of the LSTM training step (bench/lstm.ts's graph) inside one process: rounds of
// steps alternate between the optimised kernels and the path each switch restores, so both
// sides share the JIT state and the machine's load; prints median CPU and wall per step.
// `node --require tsx/cjs bench/lstm_ab.ts [rounds] [steps per round]`
import * as fs from 'fs';
import * as os from 'os';
import { PythonSession } from '../src/python';
import '../src/python/modules/standard';
import { gemmTuning } from '../src/engine/kernels/wasm/gemm';
import { frozenOperandsTuning } from '../src/engine/kernels/wasm/frozen_operands';
import { elementwiseTuning } from '../src/engine/kernels/math/codegen';
import { biasAddTuning } from '../src/engine/ops/nn/bias_add';
import { stridedCopyTuning } from '../src/engine/kernels/array/strided_copy';
import { biasWasmTuning } from '../src/engine/kernels/wasm/bias';
import { adamTuning } from '../src/engine/ops/training/adam';
import { chunkCopyTuning } from '../src/engine/kernels/wasm/chunk_copy';
import { f32CallsWasmTuning } from '../src/engine/kernels/wasm/f32_calls';
import { fusedWasmTuning } from '../src/engine/kernels/wasm/fused_wasm';
import { GRAPH } from './lstm_graph';

/** Each switch turns one optimisation on (true) or back to the path before it (false). */
const switches: Record<string, (on: boolean) => void> = {
  'wasm transpose': on => { gemmTuning.wasmTranspose = on; },
  'frozen loop weights': on => { frozenOperandsTuning.enabled = on; },
  'element-wise loops by type': on => { elementwiseTuning.byType = on; },
  'float32 sigmoid/tanh': on => { elementwiseTuning.float32Calls = on; },
  'float32 bias loops': on => { biasAddTuning.float32Columns = on; },
  'row copies': on => { stridedCopyTuning.rowCopies = on; },
  'long-k transposed A': on => { gemmTuning.longKTransposedA = on; },
  'wasm bias': on => { biasWasmTuning.enabled = on; },
  'adam locals': on => { adamTuning.locals = on; },
  'wasm chunk copies': on => { chunkCopyTuning.enabled = on; },
  'wasm sigmoid/tanh': on => { f32CallsWasmTuning.enabled = on; },
  'wasm fused loops': on => { fusedWasmTuning.enabled = on; },
};
// LSTM_AB=name limits the comparison to one switch, LSTM_AB='a,b' to several (the others stay on).
const only = process.env.LSTM_AB;
const chosen = only === undefined ? null : new Set(only.split(',').map(n => n.trim()));
for (const n of chosen ?? []) if (!(n in switches)) throw new Error(`LSTM_AB: no switch '${n}' (${Object.keys(switches).join(', ')})`);
const all = (on: boolean) => { for (const [name, f] of Object.entries(switches)) f(on || (chosen !== null && !chosen.has(name))); };

const rounds = Number(process.argv[2] ?? 8), steps = Number(process.argv[3] ?? 20);
const s = new PythonSession({ stdout: () => undefined, stderr: t => process.stderr.write(t), display: () => undefined });
const run = (code: string) => { const r = s.runCell(code, 'bench/lstm_ab'); if (!r.ok) throw new Error(r.error.traceback); };
run(GRAPH);
all(false); run('for _ in range(10): sess.run(train, feed)\n');
all(true); run('for _ in range(10): sess.run(train, feed)\n');

const median = (v: number[]) => { const a = [...v].sort((x, y) => x - y); return a.length % 2 ? a[a.length >> 1] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2; };
/** This thread's CPU in ms (Linux): leaves out V8's GC and compiler threads, which process.cpuUsage counts. */
const threadMs = () => { try { return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6; } catch { return NaN; } };
const res: Record<'old' | 'new', { cpu: number[]; wall: number[]; thread: number[] }> = { old: { cpu: [], wall: [], thread: [] }, new: { cpu: [], wall: [], thread: [] } };
const load0 = os.loadavg();
for (let r = 0; r < rounds; r++) {
  for (const side of (r % 2 ? ['new', 'old'] : ['old', 'new']) as ('old' | 'new')[]) {
    all(side === 'new');
    const c0 = process.cpuUsage(), t0 = performance.now(), th0 = threadMs();
    run(`for _ in range(${steps}): sess.run(train, feed)\n`);
    const c = process.cpuUsage(c0);
    res[side].thread.push((threadMs() - th0) / steps);
    res[side].cpu.push((c.user + c.system) / 1000 / steps);
    res[side].wall.push((performance.now() - t0) / steps);
  }
}
const load1 = os.loadavg();
console.log(`LSTM step A/B (${only ?? Object.keys(switches).join(', ')}), ${rounds} interleaved rounds of ${steps} steps; load ${load0.map(l => l.toFixed(1)).join(' ')} → ${load1.map(l => l.toFixed(1)).join(' ')}`);
for (const side of ['old', 'new'] as const) {
  console.log(`  ${side}: median ${median(res[side].cpu).toFixed(2)} ms CPU, ${median(res[side].wall).toFixed(2)} ms wall  (CPU rounds ${res[side].cpu.map(v => v.toFixed(1)).join(' ')})`);
}
console.log(`  main thread: old ${median(res.old.thread).toFixed(2)} ms, new ${median(res.new.thread).toFixed(2)} ms, ${(median(res.new.thread) / median(res.old.thread)).toFixed(3)}; median of the rounds' ratios ${median(res.new.thread.map((v, i) => v / res.old.thread[i])).toFixed(3)}`);
console.log(`  new ÷ old: ${(median(res.new.cpu) / median(res.old.cpu)).toFixed(3)} CPU, ${(median(res.new.wall) / median(res.old.wall)).toFixed(3)} wall; median of the rounds' CPU ratios ${median(res.new.cpu.map((v, i) => v / res.old.cpu[i])).toFixed(3)}`);

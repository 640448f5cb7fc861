// An LSTM training step (issue 10): MNIST rows as sequences, batch 32, 28 steps of 28 inputs,
// BasicLSTMCell(128) through tf.nn.dynamic_rnn, a dense layer to 10 classes, softmax
// cross-entropy, Adam. Gradbook builds the graph from Python (as a notebook does) and times
// sess.run(train); PyTorch (Debian's python3-torch, when installed) times nn.LSTM + Linear + Adam
// on the same shapes. 30 steps after 5 warm-ups: mean wall time and mean CPU time (user + system
// of the process) per step; on a shared machine CPU time is the steadier number, and the ratio
// Gradbook ÷ PyTorch is given for both.
// A second Gradbook row runs the same step in a child process with the thread pool installed, as
// the kernel worker runs it (GRADBOOK_THREADS, default the machine's cores up to 4): only GEMMs
// of 8 M multiply-adds or more split, here the batched weight gradient ([156,896]x[896,512]).
// `node --require tsx/cjs bench/lstm.ts`; LSTM_PYTHON picks the python with torch.
import { spawnSync } from 'child_process';
import { PythonSession } from '../src/python';
import '../src/python/modules/standard';
import { installThreadPool } from '../src/worker/threadPool';
import { BATCH, GRAPH, INPUT, STEPS, T, UNITS, WARMUP } from './lstm_graph';


const TIMED = `for _ in range(${STEPS}): sess.run(train, feed)\n`;

const TORCH = `
import time, torch
torch.manual_seed(0)
lstm = torch.nn.LSTM(${INPUT}, ${UNITS}, batch_first=True)
dense = torch.nn.Linear(${UNITS}, 10)
opt = torch.optim.Adam(list(lstm.parameters()) + list(dense.parameters()), 1e-3)
x = torch.rand(${BATCH}, ${T}, ${INPUT})
y = torch.randint(0, 10, (${BATCH},))
def step():
    opt.zero_grad()
    out, (h, c) = lstm(x)
    loss = torch.nn.functional.cross_entropy(dense(h[-1]), y)
    loss.backward()
    opt.step()
for _ in range(${WARMUP}): step()
t0, c0 = time.perf_counter(), time.process_time()
for _ in range(${STEPS}): step()
print((time.perf_counter() - t0) * 1000 / ${STEPS}, (time.process_time() - c0) * 1000 / ${STEPS}, torch.get_num_threads())
`;

interface Timing { wall: number; cpu: number }

function gradbookMs(): Timing {
  const s = new PythonSession({ stdout: () => undefined, stderr: t => process.stderr.write(t), display: () => undefined });
  for (const cell of [GRAPH, TIMED]) {
    const c0 = process.cpuUsage(), t0 = performance.now();
    const r = s.runCell(cell, 'bench/lstm');
    if (!r.ok) throw new Error(r.error.traceback);
    const cpu = process.cpuUsage(c0);
    if (cell === TIMED) return { wall: (performance.now() - t0) / STEPS, cpu: (cpu.user + cpu.system) / 1000 / STEPS };
  }
  throw new Error('unreachable');
}

/** The step in a child process with the kernel worker's thread pool (LSTM_POOLED=1 is the child). */
function pooledMs(): (Timing & { threads: number }) | string {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename], { encoding: 'utf8', timeout: 600000, env: { ...process.env, LSTM_POOLED: '1' } });
  if (r.status !== 0) return `failed (${(r.stderr || String(r.error)).trim().split('\n').pop()})`;
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function torchMs(): (Timing & { threads: number }) | string {
  const python = process.env.LSTM_PYTHON ?? '/usr/bin/python3';
  const r = spawnSync(python, ['-c', TORCH], { encoding: 'utf8', timeout: 600000 });
  if (r.status !== 0) return `unavailable (${(r.stderr || String(r.error)).trim().split('\n').pop()})`;
  const [wall, cpu, threads] = r.stdout.trim().split(/\s+/).map(Number);
  return { wall, cpu, threads };
}

if (process.env.LSTM_POOLED) {
  const pool = installThreadPool();
  console.log(JSON.stringify({ ...gradbookMs(), threads: pool.threads }));
  process.exit(0);
}
const ours = gradbookMs();
const pooled = pooledMs();
const torch = torchMs();
const row = (name: string, t: Timing, note: string) => `  ${name.padEnd(9)} ${t.wall.toFixed(1).padStart(8)} ms wall ${t.cpu.toFixed(1).padStart(8)} ms CPU   ${note}`;
console.log(`LSTM training step (batch ${BATCH}, ${T}×${INPUT} inputs, ${UNITS} units, Adam): mean of ${STEPS} steps after ${WARMUP}`);
console.log(row('gradbook', ours, '(tf.nn.dynamic_rnn + BasicLSTMCell from Python, one thread)'));
if (typeof pooled === 'string') console.log(`  gradbook with the thread pool: ${pooled}`);
else console.log(row('gradbook', pooled, `(the same with the kernel worker's thread pool, ${pooled.threads} thread${pooled.threads > 1 ? 's' : ''})`));
if (typeof torch === 'string') console.log(`  pytorch   ${torch}`);
else {
  console.log(row('pytorch', torch, `(nn.LSTM, ${torch.threads} thread${torch.threads > 1 ? 's' : ''})`));
  console.log(`  gradbook ÷ pytorch: ${(ours.wall / torch.wall).toFixed(2)}× wall, ${(ours.cpu / torch.cpu).toFixed(2)}× CPU`);
  if (typeof pooled !== 'string') console.log(`  gradbook with the pool ÷ pytorch: ${(pooled.wall / torch.wall).toFixed(2)}× wall, ${(pooled.cpu / torch.cpu).toFixed(2)}× CPU`);
}

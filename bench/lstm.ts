// An LSTM training step (issue 10): MNIST rows as sequences, batch 32, 28 steps of 28 inputs,
// BasicLSTMCell(128) through tf.nn.dynamic_rnn, a dense layer to 10 classes, softmax
// cross-entropy, Adam. Gradbook builds the graph from Python (as a notebook does) and times
// sess.run(train); PyTorch (Debian's python3-torch, when installed) times nn.LSTM + Linear + Adam
// on the same shapes. Median ms per step of 30 after 5 warm-ups; the ratio is Gradbook ÷ PyTorch.
// `node --require tsx/cjs bench/lstm.ts`; LSTM_PYTHON picks the python with torch.
import { spawnSync } from 'child_process';
import { PythonSession } from '../src/python';

const STEPS = 30, WARMUP = 5, BATCH = 32, T = 28, INPUT = 28, UNITS = 128;

const GRAPH = `
import tensorflow as tf, numpy as np, time
x = tf.placeholder(tf.float32, [${BATCH}, ${T}, ${INPUT}])
y = tf.placeholder(tf.int64, [${BATCH}])
cell = tf.nn.rnn_cell.BasicLSTMCell(${UNITS})
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
logits = tf.layers.dense(state.h, 10) if hasattr(tf, 'layers') else tf.matmul(state.h, tf.Variable(tf.random_normal([${UNITS}, 10], stddev=0.1))) + tf.Variable(tf.zeros([10]))
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.AdamOptimizer(1e-3).minimize(loss)
rng = np.random.RandomState(0)
xs = rng.rand(${BATCH}, ${T}, ${INPUT}).astype(np.float32)
ys = rng.randint(0, 10, ${BATCH})
sess = tf.Session()
sess.run(tf.global_variables_initializer())
feed = {x: xs, y: ys}
for _ in range(${WARMUP}): sess.run(train, feed)
times = []
for _ in range(${STEPS}):
    t0 = time.time()
    sess.run(train, feed)
    times.append((time.time() - t0) * 1000)
times.sort()
print(times[len(times) // 2])
`;

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
times = []
for _ in range(${STEPS}):
    t0 = time.perf_counter(); step(); times.append((time.perf_counter() - t0) * 1000)
times.sort()
print(times[len(times) // 2], torch.get_num_threads())
`;

function gradbookMs(): number {
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(GRAPH, 'bench/lstm');
  if (!r.ok) throw new Error(r.error.traceback);
  return Number(out.trim().split('\n').pop());
}

function torchMs(): { ms: number; threads: number } | string {
  const python = process.env.LSTM_PYTHON ?? '/usr/bin/python3';
  const r = spawnSync(python, ['-c', TORCH], { encoding: 'utf8', timeout: 600000 });
  if (r.status !== 0) return `unavailable (${(r.stderr || String(r.error)).trim().split('\n').pop()})`;
  const [ms, threads] = r.stdout.trim().split(/\s+/).map(Number);
  return { ms, threads };
}

const ours = gradbookMs();
const torch = torchMs();
console.log(`LSTM training step (batch ${BATCH}, ${T}×${INPUT} inputs, ${UNITS} units, Adam), median of ${STEPS}`);
console.log(`  gradbook  ${ours.toFixed(2).padStart(8)} ms/step   (tf.nn.dynamic_rnn + BasicLSTMCell from Python)`);
if (typeof torch === 'string') console.log(`  pytorch   ${torch}`);
else console.log(`  pytorch   ${torch.ms.toFixed(2).padStart(8)} ms/step   (nn.LSTM, ${torch.threads} thread${torch.threads > 1 ? 's' : ''})   gradbook ÷ pytorch = ${(ours / torch.ms).toFixed(2)}×`);

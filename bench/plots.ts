// `npm run bench -- --only plots` (issue 13): milliseconds to build and render a figure to the
// notebook's PNG output — a 3×3 grid of 28×28 imshow digits and a 2,000-point line plot — and
// the same figures in real matplotlib (Agg, savefig to PNG in memory) when python3-matplotlib is
// installed, as a ratio. Target: under 200 ms each. Median of 20 runs after 3 warm-up runs.
import { spawnSync } from 'child_process';
import { figureOutput, preparePlotRendering, PyPlot } from '../src/plots';
import type { Axes } from '../src/plots';

const RUNS = 20;
const WARMUP = 3;

const digit = (k: number) => Array.from({ length: 28 }, (_, i) => Array.from({ length: 28 }, (_, j) => Math.max(0, 1 - Math.abs(Math.hypot(i - 14 - (k % 3), j - 14 + (k % 4)) - 6 - (k % 5)) / 2.5)));
const loss = Array.from({ length: 2000 }, (_, i) => 2.3 * Math.exp(-i / 300) + 0.1 + 0.05 * Math.sin(i / 7));
const digits = Array.from({ length: 9 }, (_, k) => digit(k));

const WORKLOADS: { name: string; build: (plt: PyPlot) => void; python: string }[] = [
  {
    name: '3x3 imshow 28x28',
    build: (plt) => {
      const [, axes] = plt.subplots(3, 3);
      (axes as Axes[][]).flat().forEach((ax, k) => { ax.imshow(digits[k], { cmap: 'gray' }); ax.axis('off'); });
    },
    python: `digits = [np.fromfunction(lambda i, j: np.maximum(0, 1 - np.abs(np.hypot(i - 14 - (k % 3), j - 14 + (k % 4)) - 6 - (k % 5)) / 2.5), (28, 28)) for k in range(9)]
def build():
    fig, axes = plt.subplots(3, 3)
    for k, ax in enumerate(axes.flat):
        ax.imshow(digits[k], cmap='gray'); ax.axis('off')
    return fig`,
  },
  {
    name: '2000-point line',
    build: (plt) => { plt.plot([loss]); plt.xlabel('iteration'); plt.ylabel('loss'); plt.title('Training loss'); },
    python: `loss = 2.3 * np.exp(-np.arange(2000) / 300) + 0.1 + 0.05 * np.sin(np.arange(2000) / 7)
def build():
    fig = plt.figure(); plt.plot(loss); plt.xlabel('iteration'); plt.ylabel('loss'); plt.title('Training loss')
    return fig`,
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function ours(build: (plt: PyPlot) => void): { ms: number; bytes: number } {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = performance.now();
    const plt = new PyPlot();
    build(plt);
    const out = figureOutput(plt.gcf());
    if (i >= WARMUP) times.push(performance.now() - t);
    bytes = out['image/png'].length * 0.75;
  }
  return { ms: median(times), bytes };
}

function matplotlib(python: string): number | string {
  const script = `import time, io
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import numpy as np
${python}
times = []
for i in range(${WARMUP + RUNS}):
    t = time.perf_counter()
    fig = build(); buf = io.BytesIO(); fig.savefig(buf, format='png'); plt.close(fig)
    if i >= ${WARMUP}: times.append((time.perf_counter() - t) * 1000)
times.sort(); print(times[len(times) // 2])
`;
  const r = spawnSync(process.env.MPL_PYTHON ?? '/usr/bin/python3', ['-c', script], { encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0) return 'matplotlib unavailable';
  return Number(r.stdout.trim());
}

async function main(): Promise<void> {
  const t = performance.now();
  await preparePlotRendering();
  const prepareMs = performance.now() - t;
  const rows = WORKLOADS.map((w) => {
    const o = ours(w.build);
    const m = matplotlib(w.python);
    const ratio = typeof m === 'number' ? `${(o.ms / m).toFixed(2)}x` : m;
    return `| ${w.name} | ${o.ms.toFixed(1)} | ${o.ms < 200 ? 'yes' : 'NO'} | ${typeof m === 'number' ? m.toFixed(1) : '-'} | ${ratio} | ${(o.bytes / 1024).toFixed(1)} KiB |`;
  });
  console.log(`Plots (issue 13): build + render to the PNG output, median of ${RUNS} after ${WARMUP} warm-up; one-time renderer setup ${prepareMs.toFixed(0)} ms`);
  console.log('| figure | Gradbook ms | < 200 ms | matplotlib ms | ratio | PNG |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

main().catch((e) => { console.error(e); process.exit(1); });

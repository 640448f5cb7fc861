// `npm run bench -- --only language` (issue 16): how long the editor waits for an answer about a
// 100-line cell (the Deep MNIST example's graph, grown to 100 lines). Through the language worker
// thread as the extension asks (completion after `tf.nn.`, hover on tf.matmul, signature help,
// diagnostics), and the kernel's live answers through a real kernel process (completion on a
// live object, hover on a tensor, the shape hints after the cell ran). Target: under 100 ms each.
// Peer: CPython's compile() of the same cell (python3, when installed) beside our syntax check.
import { spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { KernelClient } from '../src/kernel/kernelClient';
import type { CellDocument, LanguageRequest, LanguageResponse } from '../src/shared/language';

const ROOT = path.join(__dirname, '..');
const RUNS = 30;
const WARMUP = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The graph part of examples/mnist_deep.py, then more layers in its style until 100 lines. */
function hundredLineCell(): string {
  const source = fs.readFileSync(path.join(ROOT, 'examples', 'mnist_deep.py'), 'utf8');
  const lines = source.slice(source.indexOf('import tensorflow'), source.indexOf('with tf.Session()')).trimEnd().split('\n');
  for (let k = 0; lines.length < 100; k++) {
    lines.push(`h_extra${k} = tf.nn.relu(tf.matmul(h_fc1, tf.Variable(tf.truncated_normal([1024, 1024], stddev=0.1))) + b_fc1)`);
  }
  return lines.slice(0, 100).join('\n');
}

function bundle(entry: string, out: string): string {
  const outfile = path.join(ROOT, 'out', 'bench-language', out);
  esbuild.buildSync({ absWorkingDir: ROOT, entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  return outfile;
}

async function timeIt(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return median(times);
}

function languageWorker(): (req: LanguageRequest) => Promise<LanguageResponse> {
  const worker = new Worker(bundle('src/language/worker.ts', 'language.js'));
  worker.unref();
  let id = 0;
  const waiting = new Map<number, (r: LanguageResponse) => void>();
  worker.on('message', (r: LanguageResponse) => { waiting.get(r.id)?.(r); waiting.delete(r.id); });
  return (req) => new Promise((resolve) => { const n = ++id; waiting.set(n, resolve); worker.postMessage({ ...req, id: n }); });
}

function cpythonCompileMs(cell: string): number | undefined {
  const script = `import sys, time\nsrc = sys.stdin.read()\nts = []\nfor i in range(${WARMUP + RUNS}):\n    t = time.perf_counter(); compile(src, '<cell>', 'exec'); ts.append(time.perf_counter() - t)\nts = sorted(ts[${WARMUP}:])\nprint(ts[len(ts) // 2] * 1000)`;
  const r = spawnSync('python3', ['-c', script], { input: cell, encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : undefined;
}

async function main(): Promise<void> {
  const cell = hundredLineCell();
  const rows: [string, number][] = [];
  const ask = languageWorker();
  const doc: CellDocument = { cells: [cell + '\nz = tf.nn.'], index: 0 };
  const text = doc.cells[0];
  rows.push(['completion after tf.nn. (worker)', await timeIt(() => ask({ type: 'complete', id: 0, doc, offset: text.length }))]);
  rows.push(['hover on tf.matmul (worker)', await timeIt(() => ask({ type: 'hover', id: 0, doc, offset: text.indexOf('tf.matmul') + 4 }))]);
  const callDoc: CellDocument = { cells: [cell + "\ny = tf.nn.conv2d(x_image, W_conv1, strides=[1, 1, 1, 1], "], index: 0 };
  rows.push(['signature help in tf.nn.conv2d( (worker)', await timeIt(() => ask({ type: 'signature', id: 0, doc: callDoc, offset: callDoc.cells[0].length }))]);
  const diagDoc: CellDocument = { cells: [cell], index: 0 };
  const syntax = await timeIt(() => ask({ type: 'diagnostics', id: 0, doc: diagDoc }));
  rows.push(['diagnostics of the cell (worker)', syntax]);

  const kernelScript = bundle('src/worker/processMain.ts', 'kernel.js');
  bundle('src/worker/main.ts', 'worker.js');
  const kernel = new KernelClient({ kernelScript, memoryLimitMb: 1024 });
  const sink = { stdout: () => {}, stderr: () => {}, display: () => {}, progress: () => {} };
  const ran = await kernel.run(cell, undefined, sink);
  if (ran.status !== 'ok') throw new Error(`the 100-line cell failed: ${JSON.stringify(ran)}`);
  rows.push(['live completion mnist.train. (kernel)', await timeIt(() => kernel.completions('mnist.train.', 12, 5000))]);
  rows.push(['live hover on h_pool2 (kernel)', await timeIt(() => kernel.hoverValue(cell, cell.indexOf('h_pool2 =') + 2, 5000))]);
  rows.push(['shape hints of the cell (kernel)', await timeIt(() => kernel.shapeHints(cell))]);
  await kernel.dispose();

  const cpython = cpythonCompileMs(cell);
  console.log(`Editor answers for a ${cell.split('\n').length}-line cell (median of ${RUNS}, ms; target < 100 ms)`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(44)} ${ms.toFixed(2).padStart(8)}  (${(ms / 100 * 100).toFixed(1)}% of budget)`);
  if (cpython !== undefined) console.log(`  CPython compile() of the same cell: ${cpython.toFixed(2)} ms; our diagnostics round trip is ${(syntax / cpython).toFixed(1)}x`);
  else console.log('  (python3 not found: no CPython compile() peer)');
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });

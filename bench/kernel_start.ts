// How long a kernel takes to start, against its peers on this machine: a bare Node process
// (what any child-process kernel pays, Jupyter's included) and the worker thread the kernel was
// before it moved into a process of its own. Medians of 9 starts; prints one small table.
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerStartData } from '../src/shared/protocol';
import { KernelClient } from '../src/kernel/kernelClient';
import { buildKernel } from '../test/kernel/helpers';

const rounds = 9;
const sink = { stdout() {}, stderr() {}, display() {}, progress() {} };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function time(start: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await start();
  return performance.now() - t0;
}

const upScript = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-bench-')), 'up.js');
fs.writeFileSync(upScript, "process.send('up');\n");

async function bareProcess(): Promise<void> {
  const child = fork(upScript, [], { execArgv: [], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  await new Promise((r) => child.once('message', r));
  child.kill();
}

async function workerThread(script: string): Promise<void> {
  const control = new SharedArrayBuffer(4);
  const worker = new Worker(path.join(path.dirname(script), 'worker.js'), { workerData: { control, memoryBudgetBytes: 2 ** 30, session: {} } satisfies WorkerStartData, execArgv: [] });
  await new Promise<void>((r) => worker.on('message', (m: { type: string }) => { if (m.type === 'ready') r(); }));
  await worker.terminate();
}

async function main() {
  const script = buildKernel();
  const rows: Array<[string, number[]]> = [['bare Node process', []], ['worker thread (the old kernel)', []], ['kernel process: ready', []], ['kernel process: first cell done', []], ['kernel thread (gradbook run): first cell done', []]];
  for (let i = 0; i < rounds; i++) {
    rows[0][1].push(await time(bareProcess));
    rows[1][1].push(await time(() => workerThread(script)));
    const kernel = new KernelClient({ kernelScript: script, memoryLimitMb: 1024 });
    const t0 = performance.now();
    await kernel.start();
    rows[2][1].push(performance.now() - t0);
    await kernel.run('1', undefined, sink);
    rows[3][1].push(performance.now() - t0);
    await kernel.dispose();
    const thread = new KernelClient({ kernelScript: script, memoryLimitMb: 1024, host: 'thread' });
    const t1 = performance.now();
    await thread.start();
    await thread.run('1', undefined, sink);
    rows[4][1].push(performance.now() - t1);
    await thread.dispose();
  }
  const base = median(rows[0][1]);
  console.log('Kernel start (median of 9)\n');
  for (const [name, xs] of rows) console.log(`  ${name.padEnd(46)} ${median(xs).toFixed(0).padStart(5)} ms  ${(median(xs) / base).toFixed(2)}× a bare process`);
}

main().then(() => process.exit(0));

// The kernel process's main thread (dist/kernel.js, started by src/kernel/childKernel.ts). It runs
// no Python: it starts the kernel worker thread within the memory budget, relays messages both
// ways, and sets the worker's interrupt flag when the host asks (a busy worker cannot read its
// port, but it polls the flag). A fatal V8 error in the worker ends this process, not the host.
// The worker thread starts from this same small file and loads dist/worker.js through V8's code
// cache (codeCache.ts): compiling the 3.6 MB bundle was ~180 ms of every kernel start.
import * as path from 'node:path';
import { isMainThread, Worker } from 'node:worker_threads';
import { requireWithCodeCache } from './codeCache';
import {
  ControlSlot, controlBufferBytes, memoryLimitFromArgv, sessionFromArgv,
  type KernelFatalEvent, type ProcessMessage, type ProcessRequest, type WorkerMessage, type WorkerStartData,
} from '../shared/protocol';

if (isMainThread) startKernelProcess();
else requireWithCodeCache(path.join(__dirname, 'worker.js'));

function startKernelProcess(): void {
  const MB = 1024 * 1024;
  const memoryLimitMb = memoryLimitFromArgv(process.argv.slice(2)) ?? 4096;
  const control = new Int32Array(new SharedArrayBuffer(controlBufferBytes));
  const workerData: WorkerStartData = { control: control.buffer as SharedArrayBuffer, memoryBudgetBytes: memoryLimitMb * MB, session: sessionFromArgv(process.argv.slice(2)) };
  // With resourceLimits, a worker over its heap limit is stopped with ERR_WORKER_OUT_OF_MEMORY;
  // without them, V8 aborts the whole process instead.
  const worker = new Worker(__filename, { workerData, resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb } });

  /** The cell the worker runs now: an interrupt for any other cell comes too late and is dropped. */
  let runningCell: number | undefined;

  const send = (msg: ProcessMessage, then?: () => void) => process.send!(msg, undefined, undefined, then);

  process.on('message', (msg: ProcessRequest) => {
    if (msg.type === 'interrupt') {
      if (msg.id === runningCell) Atomics.store(control, ControlSlot.interrupt, 1);
      return;
    }
    if (msg.type === 'run') runningCell = msg.id;
    worker.postMessage(msg);
  });

  worker.on('message', (msg: WorkerMessage) => {
    if (msg.type === 'done' && msg.id === runningCell) {
      runningCell = undefined;
      Atomics.store(control, ControlSlot.interrupt, 0);
    }
    send(msg);
  });

  let ending = false;
  function end(fatal: KernelFatalEvent): void {
    if (ending) return;
    ending = true;
    send(fatal, () => process.exit(1));
  }

  worker.on('error', (e: Error & { code?: string }) => {
    const outOfMemory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
    // The stack is for the log (the host keeps the process's stderr); users see a clear message.
    if (!outOfMemory) process.stderr.write(`kernel worker error: ${e.stack ?? e.message}\n`);
    end({ type: 'fatal', outOfMemory, detail: outOfMemory ? 'out of memory' : 'an internal error' });
  });
  worker.on('exit', (code) => end({ type: 'fatal', outOfMemory: false, detail: `the kernel thread exited with code ${code}` }));

  // The host going away (window closed, extension host crashed) ends the kernel with it.
  process.on('disconnect', () => process.exit(0));
  // A terminal's Ctrl-C reaches the whole process group; the host decides what it means.
  process.on('SIGINT', () => undefined);
}

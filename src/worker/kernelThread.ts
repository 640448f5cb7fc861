// Starts the kernel worker thread and relays for it, wherever its host runs: the kernel process's
// main thread (processMain.ts) or `gradbook run`'s own process (kernel/threadKernel.ts). The
// worker gets the memory budget as its heap limit (resourceLimits: a worker over it is stopped
// with ERR_WORKER_OUT_OF_MEMORY; without them V8 aborts the whole process). The interrupt is a
// flag in shared memory, set here because a busy worker cannot read its port but polls the flag.
import { Worker } from 'node:worker_threads';
import {
  ControlSlot, controlBufferBytes,
  type KernelFatalEvent, type KernelSessionOptions, type ProcessRequest, type WorkerMessage, type WorkerStartData,
} from '../shared/protocol';

const MB = 1024 * 1024;

export interface KernelThreadEvents {
  message(msg: WorkerMessage): void;
  /** The worker ended (out of memory, an internal error, exited): called once, not after terminate(). */
  fatal(fatal: KernelFatalEvent): void;
  /** The stack of an internal error, and what the worker writes to stdout/stderr when captured. */
  log(text: string): void;
}

export class KernelThread {
  private readonly worker: Worker;
  private readonly control = new Int32Array(new SharedArrayBuffer(controlBufferBytes));
  /** The cell the worker runs now: an interrupt for any other cell comes too late and is dropped. */
  private runningCell: number | undefined;
  private ended = false;

  /**
   * `workerScript` is dist/kernel.js (its worker-thread branch loads dist/worker.js through the
   * code cache). `captureOutput`: the worker's console goes to `log`, not to this process's own.
   */
  constructor(workerScript: string, memoryLimitMb: number, session: KernelSessionOptions, private readonly events: KernelThreadEvents, captureOutput = false) {
    const workerData: WorkerStartData = { control: this.control.buffer as SharedArrayBuffer, memoryBudgetBytes: memoryLimitMb * MB, session };
    this.worker = new Worker(workerScript, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
      ...(captureOutput ? { stdout: true, stderr: true } : {}),
    });
    if (captureOutput) {
      this.worker.stdout.on('data', (d: Buffer) => events.log(d.toString()));
      this.worker.stderr.on('data', (d: Buffer) => events.log(d.toString()));
    }
    this.worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'done' && msg.id === this.runningCell) {
        this.runningCell = undefined;
        Atomics.store(this.control, ControlSlot.interrupt, 0);
      }
      events.message(msg);
    });
    this.worker.on('error', (e: Error & { code?: string }) => {
      const outOfMemory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      // The stack is for the log; users see a clear message.
      if (!outOfMemory) events.log(`kernel worker error: ${e.stack ?? e.message}\n`);
      this.end({ type: 'fatal', outOfMemory, detail: outOfMemory ? 'out of memory' : 'an internal error' });
    });
    this.worker.on('exit', (code) => this.end({ type: 'fatal', outOfMemory: false, detail: `the kernel thread exited with code ${code}` }));
  }

  send(msg: ProcessRequest): void {
    if (msg.type === 'interrupt') {
      if (msg.id === this.runningCell) Atomics.store(this.control, ControlSlot.interrupt, 1);
      return;
    }
    if (msg.type === 'run') this.runningCell = msg.id;
    this.worker.postMessage(msg);
  }

  /** Stops the worker (a running cell included) without reporting it as fatal. */
  async terminate(): Promise<void> {
    this.ended = true;
    await this.worker.terminate();
  }

  private end(fatal: KernelFatalEvent): void {
    if (this.ended) return;
    this.ended = true;
    this.events.fatal(fatal);
  }
}

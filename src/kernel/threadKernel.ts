// One kernel as a worker thread of the host's own process: what `gradbook run` uses. It saves the
// kernel process a child would start (a whole Node runtime: ~40 MB and a few hundred ms of CPU at
// every run) and keeps what that process gave: the memory budget as the worker's heap limit (a
// cell over it ends the worker, reported as the kernel's crash, and the command goes on to say
// so), the interrupt flag, the code cache (dist/kernel.js loads dist/worker.js through it) and a
// clear report of a worker that fails. What it cannot keep: a fatal V8 error that aborts a whole
// process ("invalid size") or the OS's OOM killer end this process, so the editor never uses it.
import type { ReadyEvent } from '../shared/protocol';
import { KernelThread } from '../worker/kernelThread';
import { describeKernelExit } from './crash';
import type { KernelTransport, KernelTransportEvents, KernelTransportOptions } from './transport';

export class ThreadKernel implements KernelTransport {
  readonly ready: Promise<ReadyEvent | undefined>;
  readonly pid = undefined;
  private readonly thread: KernelThread;
  private markReady!: (e: ReadyEvent | undefined) => void;

  constructor(options: KernelTransportOptions, events: KernelTransportEvents) {
    this.ready = new Promise((resolve) => { this.markReady = resolve; });
    this.thread = new KernelThread(options.kernelScript, options.memoryLimitMb, options.session ?? {}, {
      message: (msg) => {
        if (msg.type === 'ready') this.markReady(msg);
        events.message(msg);
      },
      fatal: (fatal) => {
        this.markReady(undefined);
        events.exit(describeKernelExit(null, null, fatal, ''));
      },
      log: (text) => options.log?.(text),
    }, true);
  }

  send(msg: Parameters<KernelTransport['send']>[0]): void { this.thread.send(msg); }

  async kill(): Promise<void> {
    await this.thread.terminate();
    this.markReady(undefined);
  }
}

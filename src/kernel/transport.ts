// Where a kernel's worker thread lives, seen from KernelClient. Two hosts give the same events:
// a child Node process (childKernel.ts: the editor, where no cell may end the extension host) or
// a worker thread of the host's own process (threadKernel.ts: `gradbook run`, which saves a whole
// Node start and its memory; a cell that ends that process ends only the command it was run by).
import type { KernelSessionOptions, ProcessRequest, ReadyEvent, WorkerMessage } from '../shared/protocol';
import type { KernelExit } from './crash';

export interface KernelTransport {
  /** The worker's ready event; undefined when the kernel ended before it. */
  readonly ready: Promise<ReadyEvent | undefined>;
  /** The kernel process's id; undefined for a kernel thread in the host's own process. */
  readonly pid: number | undefined;
  send(msg: ProcessRequest): void;
  /** Ends the kernel (it holds nothing worth a graceful exit) and waits until it is gone. */
  kill(): Promise<void>;
}

export interface KernelTransportEvents {
  message(msg: WorkerMessage): void;
  /** The kernel ended without being asked to (a crash, out of memory); not called after kill(). */
  exit(exit: KernelExit): void;
}

export interface KernelTransportOptions {
  /** dist/kernel.js; dist/worker.js must sit beside it */
  kernelScript: string;
  memoryLimitMb: number;
  /** Where the Python session lives and what it may touch. */
  session?: KernelSessionOptions;
  /** What the kernel writes to stderr (V8's fatal error notes, internal errors), for a log. */
  log?: (text: string) => void;
}

/** `process`: a child process (survives anything a cell does to its process); `thread`: this process. */
export type KernelHost = 'process' | 'thread';

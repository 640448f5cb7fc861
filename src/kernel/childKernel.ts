// One kernel process, seen from the host. The kernel runs in a child Node process, not in a thread
// of the host: a fatal V8 error ("invalid size", heap out of memory) or the OS's OOM killer ends
// the whole process it happens in, and in VS Code the host is the extension host every other
// extension lives in. The child is this same runtime (`process.execPath`; Electron runs it as
// Node with ELECTRON_RUN_AS_NODE, as vscode-languageclient forks language servers).
import { fork, type ChildProcess } from 'node:child_process';
import {
  kernelProcessArgv, type KernelFatalEvent, type ProcessMessage, type ProcessRequest, type ReadyEvent,
} from '../shared/protocol';
import { describeKernelExit } from './crash';
import type { KernelTransport, KernelTransportEvents, KernelTransportOptions } from './transport';

export type ChildKernelOptions = KernelTransportOptions;
export type ChildKernelEvents = KernelTransportEvents;

/** Enough of the end of stderr to recognise V8's fatal error notes. */
const stderrTailBytes = 16 * 1024;

export class ChildKernel implements KernelTransport {
  /** The worker's ready event; undefined when the process ended before it. */
  readonly ready: Promise<ReadyEvent | undefined>;
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private fatal?: KernelFatalEvent;
  private stderrTail = '';
  private killed = false;
  private markReady!: (e: ReadyEvent | undefined) => void;

  constructor(options: ChildKernelOptions, private readonly events: ChildKernelEvents) {
    this.ready = new Promise((resolve) => { this.markReady = resolve; });
    this.child = fork(options.kernelScript, kernelProcessArgv(options.memoryLimitMb, options.session), {
      execPath: process.execPath,
      // Not the host's own flags (the extension host's inspector port, mocha's loaders).
      execArgv: [`--max-old-space-size=${options.memoryLimitMb}`],
      env: process.versions.electron ? { ...process.env, ELECTRON_RUN_AS_NODE: '1' } : process.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    this.child.stdout!.on('data', (d: Buffer) => options.log?.(d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => {
      const text = d.toString();
      this.stderrTail = (this.stderrTail + text).slice(-stderrTailBytes);
      options.log?.(text);
    });
    this.child.on('message', (msg: ProcessMessage) => this.onMessage(msg));
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        resolve();
        this.markReady(undefined);
        if (!this.killed) this.events.exit(describeKernelExit(code, signal, this.fatal, this.stderrTail));
      });
    });
    // fork reports a process that could not start (a missing runtime) as an error, not an exit.
    this.child.on('error', (e) => {
      if (this.child.exitCode === null && this.child.signalCode === null && !this.killed && this.child.pid === undefined) {
        this.killed = true;
        this.markReady(undefined);
        this.events.exit({ detail: `it could not start: ${e.message}`, outOfMemory: false });
      }
    });
  }

  get pid(): number | undefined { return this.child.pid; }

  send(msg: ProcessRequest): void {
    if (this.child.connected) this.child.send(msg);
  }

  /** Ends the process (it holds nothing worth a graceful exit) and waits until it is gone. */
  async kill(): Promise<void> {
    this.killed = true;
    if (this.child.exitCode === null && this.child.signalCode === null && this.child.pid !== undefined) this.child.kill('SIGKILL');
    if (this.child.pid !== undefined) await this.exited;
  }

  private onMessage(msg: ProcessMessage): void {
    if (msg.type === 'fatal') { this.fatal = msg; return; }
    if (msg.type === 'ready') this.markReady(msg);
    this.events.message(msg);
  }
}

// The host side of one kernel: owns the worker thread, queues cells in order, numbers their
// executions, routes streamed events to the cell that caused them, and recovers from a worker that
// ignores an interrupt or dies. Knows nothing of VS Code, so Node tests drive it with real workers.
import { Worker } from 'node:worker_threads';
import type { MimeBundle } from '../shared/mimes';
import {
  ControlSlot, controlBufferBytes,
  type CellOutcome, type HostMessage, type InspectionEvent, type TensorRequest, type TrainingProgress, type VariablesSnapshot,
  type WorkerMessage, type WorkerStartData,
} from '../shared/protocol';
import type { GradientsPayload } from '../shared/payloads/gradients';
import type { GraphPayload } from '../shared/payloads/graph';
import type { TensorPayload } from '../shared/payloads/tensor';

export interface CellSink {
  /** The cell left the queue and runs now, as execution number `executionOrder`. */
  started?(executionOrder: number): void;
  stdout(text: string): void;
  stderr(text: string): void;
  display(data: MimeBundle): void;
  progress(p: TrainingProgress): void;
}

/** How a queued cell ended. Beyond the worker's own outcomes, the host may cancel or lose it. */
export type CellResult =
  | CellOutcome
  | { status: 'cancelled'; reason: string }
  | { status: 'lost'; reason: string };

export interface KernelClientOptions {
  workerScript: string;
  /** tests only: see WorkerStartData.sessionModule */
  sessionModule?: string;
  /** how long an interrupted cell may take to stop before the worker is replaced */
  interruptTimeoutMs?: number;
}

export type InterruptResult = 'idle' | 'interrupted' | 'restarted';
export type StateLossCause = 'restart' | 'interrupt-timeout' | 'crash';

export const lostAfterInterrupt = (ms: number) =>
  `The kernel did not stop within ${ms / 1000} s of the interrupt, so it was restarted. All variables and graph state were lost.`;
export const lostAfterCrash = (detail: string) =>
  `The kernel crashed (${detail}) and will start afresh on the next run. All variables and graph state were lost.`;

interface Job { source: string; filename: string | undefined; sink: CellSink; resolve(r: CellResult): void; id: number }

interface Running { worker: Worker; control: Int32Array; ready: Promise<void> }

export class KernelClient {
  private kernel?: Running;
  private queue: Job[] = [];
  private current?: Job;
  private executionCount = 0;
  private nextId = 1;
  private pendingRequests = new Map<number, (msg: WorkerMessage) => void>();
  private readonly interruptTimeoutMs: number;
  private stateListeners: Array<(reason: string, cause: StateLossCause) => void> = [];
  private variablesListeners: Array<(s: VariablesSnapshot) => void> = [];
  private disposed = false;

  constructor(private readonly options: KernelClientOptions) {
    this.interruptTimeoutMs = options.interruptTimeoutMs ?? 3000;
  }

  /** Fired when the kernel's state is gone: restart, crash, or a worker replaced after an ignored interrupt. */
  onStateLost(listener: (reason: string, cause: StateLossCause) => void): void { this.stateListeners.push(listener); }
  /** Fired with fresh variables after each cell, and with an empty snapshot when the state is lost. */
  onVariables(listener: (s: VariablesSnapshot) => void): void { this.variablesListeners.push(listener); }

  get busy(): boolean { return !!this.current || this.queue.length > 0; }

  /** Queues a cell; `filename` defaults to `<cell N>`, N being its execution number. */
  run(source: string, filename: string | undefined, sink: CellSink): Promise<CellResult> {
    if (this.disposed) return Promise.resolve({ status: 'cancelled', reason: 'the kernel was shut down' });
    return new Promise((resolve) => {
      this.queue.push({ source, filename, sink, resolve, id: this.nextId++ });
      this.pump();
    });
  }

  /** Stops the running cell (KeyboardInterrupt, state kept) and drops queued ones. */
  async interrupt(): Promise<InterruptResult> {
    this.cancelQueued('the kernel was interrupted');
    const job = this.current;
    const kernel = this.kernel;
    if (!job || !kernel) return 'idle';
    Atomics.store(kernel.control, ControlSlot.interrupt, 1);
    const stopped = await Promise.race([
      new Promise<boolean>((resolve) => { const prev = job.resolve; job.resolve = (r) => { prev(r); resolve(true); }; }),
      delay(this.interruptTimeoutMs).then(() => false),
    ]);
    if (stopped) return 'interrupted';
    if (this.current !== job) return 'interrupted';
    const reason = lostAfterInterrupt(this.interruptTimeoutMs);
    await this.replaceKernel({ status: 'lost', reason }, reason, 'interrupt-timeout');
    return 'restarted';
  }

  /** Clears all state: a fresh worker, execution numbers from 1. */
  async restart(): Promise<void> {
    this.cancelQueued('the kernel was restarted');
    await this.replaceKernel({ status: 'cancelled', reason: 'the kernel was restarted' }, 'The kernel was restarted.', 'restart');
    this.executionCount = 0;
  }

  async variables(): Promise<VariablesSnapshot> {
    if (!this.kernel) return { globals: [], graphVariables: [] };
    const msg = await this.request({ type: 'variables', id: 0 });
    return msg.type === 'variables' ? msg.snapshot : { globals: [], graphVariables: [] };
  }

  /** The full repr of a global, for opening a variable's value. */
  async describe(name: string): Promise<string> {
    if (!this.kernel) return '';
    const msg = await this.request({ type: 'describe', id: 0, name });
    return msg.type === 'describe' ? msg.text : '';
  }

  /** The graph view of a global (its graph, focused on its op), else of the whole graph; null when empty. */
  async graph(name?: string): Promise<GraphPayload | null> {
    if (!this.kernel) return null;
    const msg = await this.request({ type: 'graph', id: 0, name });
    return msg.type === 'graph' ? msg.payload : null;
  }

  /** The gradient view of the last optimizer step; null before one ran. */
  async gradients(): Promise<GradientsPayload | null> {
    if (!this.kernel) return null;
    const msg = await this.request({ type: 'gradients', id: 0 });
    return msg.type === 'gradients' ? msg.payload : null;
  }

  /** The tensor view of a value; when it is not an array, its repr as text. */
  async tensor(name: string, source: TensorRequest['source']): Promise<{ payload: TensorPayload | null; text: string }> {
    if (!this.kernel) return { payload: null, text: '' };
    const msg = await this.request({ type: 'tensor', id: 0, name, source });
    return msg.type === 'tensor' ? { payload: msg.payload, text: msg.text } : { payload: null, text: '' };
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.cancelQueued('the kernel was shut down');
    await this.replaceKernel({ status: 'cancelled', reason: 'the kernel was shut down' }, undefined, 'restart');
  }

  // ── internals ──────────────────────────────────────────────────────────────

  private pump(): void {
    if (this.current || this.queue.length === 0 || this.disposed) return;
    const job = this.queue.shift()!;
    this.current = job;
    const kernel = this.ensureKernel();
    const order = ++this.executionCount;
    job.sink.started?.(order);
    const message: HostMessage = { type: 'run', id: job.id, source: job.source, filename: job.filename ?? `<cell ${order}>` };
    kernel.worker.postMessage(message);
  }

  private finishCurrent(result: CellResult): void {
    const job = this.current;
    if (!job) return;
    this.current = undefined;
    if (this.kernel) Atomics.store(this.kernel.control, ControlSlot.interrupt, 0);
    job.resolve(result);
  }

  private ensureKernel(): Running {
    if (this.kernel) return this.kernel;
    const control = new SharedArrayBuffer(controlBufferBytes);
    const workerData: WorkerStartData = { control, sessionModule: this.options.sessionModule };
    const worker = new Worker(this.options.workerScript, { workerData });
    let markReady!: () => void;
    const ready = new Promise<void>((r) => { markReady = r; });
    const kernel: Running = { worker, control: new Int32Array(control), ready };
    worker.on('message', (msg: WorkerMessage) => { if (msg.type === 'ready') markReady(); this.onMessage(msg); });
    worker.on('error', (err) => this.onWorkerDied(kernel, err?.message ?? String(err)));
    worker.on('exit', (code) => this.onWorkerDied(kernel, `worker exited with code ${code}`));
    this.kernel = kernel;
    return kernel;
  }

  private onMessage(msg: WorkerMessage): void {
    if (isInspection(msg)) {
      this.pendingRequests.get(msg.id)?.(msg);
      this.pendingRequests.delete(msg.id);
      return;
    }
    if (msg.type === 'ready') return;
    const job = this.current;
    if (!job || msg.id !== job.id) return; // late output of a cell already given up on
    switch (msg.type) {
      case 'stdout': job.sink.stdout(msg.text); break;
      case 'stderr': job.sink.stderr(msg.text); break;
      case 'display': job.sink.display(msg.data); break;
      case 'progress': job.sink.progress(msg.progress); break;
      case 'done':
        // Ask for variables before the next cell is posted, so the worker answers in between.
        if (this.variablesListeners.length > 0) void this.variables().then((s) => this.emitVariables(s));
        this.finishCurrent(msg.result);
        this.pump();
        break;
    }
  }

  private onWorkerDied(kernel: Running, detail: string): void {
    if (this.kernel !== kernel) return; // a worker we replaced on purpose
    this.kernel = undefined;
    this.failPendingRequests();
    const reason = lostAfterCrash(detail);
    this.cancelQueued('the kernel crashed');
    if (this.current) this.finishCurrent({ status: 'lost', reason });
    this.executionCount = 0;
    this.emitLost(reason, 'crash');
  }

  private async replaceKernel(currentResult: CellResult, lostReason: string | undefined, cause: StateLossCause): Promise<void> {
    const kernel = this.kernel;
    this.kernel = undefined;
    this.failPendingRequests();
    if (this.current) this.finishCurrent(currentResult);
    if (kernel) await kernel.worker.terminate();
    if (lostReason) this.emitLost(lostReason, cause);
    this.pump();
  }

  private cancelQueued(reason: string): void {
    const queued = this.queue;
    this.queue = [];
    for (const job of queued) job.resolve({ status: 'cancelled', reason });
  }

  private request(message: HostMessage): Promise<WorkerMessage> {
    const kernel = this.ensureKernel();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pendingRequests.set(id, resolve);
      kernel.worker.postMessage({ ...message, id });
    });
  }

  private failPendingRequests(): void {
    const empty: WorkerMessage = { type: 'variables', id: 0, snapshot: { globals: [], graphVariables: [] } };
    for (const resolve of this.pendingRequests.values()) resolve(empty);
    this.pendingRequests.clear();
  }

  private emitLost(reason: string, cause: StateLossCause): void {
    for (const l of this.stateListeners) l(reason, cause);
    this.emitVariables({ globals: [], graphVariables: [] });
  }

  private emitVariables(s: VariablesSnapshot): void {
    for (const l of this.variablesListeners) l(s);
  }
}

const inspectionTypes = new Set<WorkerMessage['type']>(['variables', 'describe', 'graph', 'gradients', 'tensor']);
function isInspection(msg: WorkerMessage): msg is InspectionEvent { return inspectionTypes.has(msg.type); }

function delay(ms: number): Promise<void> { return new Promise((r) => setTimeout(r, ms)); }

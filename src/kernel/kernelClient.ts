// The host side of one kernel: owns the kernel (a child process or, for `gradbook run`, a worker
// thread of this process: transport.ts), queues cells in order, numbers their
// executions, routes streamed events to the cell that caused them, and recovers from a kernel that
// ignores an interrupt or crashes. Knows nothing of VS Code: the extension and `gradbook run` use
// it alike, and Node tests drive it with real kernel processes.
import type { MimeBundle } from '../shared/mimes';
import type {
  CellOutcome, HostMessage, InspectionEvent, KernelSessionOptions, ReadyEvent, TensorRequest, TrainingProgress, VariablesSnapshot, WorkerMessage,
} from '../shared/protocol';
import type { CompletionItemInfo, HoverInfo, ShapeHint } from '../shared/language';
import type { GradientsPayload } from '../shared/payloads/gradients';
import type { GradientCheckPayload } from '../shared/payloads/gradient_check';
import type { GraphPayload } from '../shared/payloads/graph';
import type { TensorPayload } from '../shared/payloads/tensor';
import { emptySummaries, foldSummaries, type SummariesPayload } from '../shared/payloads/summaries';
import type { ChildKernel } from './childKernel';
import type { KernelExit } from './crash';
import { resolveMemoryLimitMb } from './memoryLimit';
import { ThreadKernel } from './threadKernel';
import type { KernelHost, KernelTransport } from './transport';

export interface CellSink {
  /** The cell left the queue and runs now, as execution number `executionOrder`. */
  started?(executionOrder: number): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** `displayId`/`update`: IPython's display(..., display_id=) and update_display. */
  display(data: MimeBundle, options?: { displayId?: string; update?: boolean }): void;
  /** IPython's clear_output; a sink without outputs to clear leaves it out. */
  clear?(wait: boolean): void;
  progress(p: TrainingProgress): void;
  /** The cell's summaries output (what its FileWriters wrote): show it, or replace the one shown. */
  summaries?(data: MimeBundle): void;
}

/** How a queued cell ended. Beyond the worker's own outcomes, the host may cancel or lose it. */
export type CellResult =
  | CellOutcome
  | { status: 'cancelled'; reason: string }
  | { status: 'lost'; reason: string };

export interface KernelClientOptions {
  /** dist/kernel.js (the kernel process's main thread), with dist/worker.js beside it */
  kernelScript: string;
  /** The memory budget in MB, read at each kernel start; missing or 0: half the machine's RAM. */
  memoryLimitMb?: number | (() => number | undefined);
  /** Where the limit is set, for the crash message ("the gradbook.kernel.memoryLimitMB setting"). */
  memoryLimitSource?: string;
  /** how long an interrupted cell may take to stop before the kernel is replaced */
  interruptTimeoutMs?: number;
  /** Start a fresh kernel at once after a crash (the editor), or only when asked (the CLI ends). */
  restartAfterCrash?: boolean;
  /** The Python session's notebook or script, working folder, allowed folders and argv (read at each kernel start). */
  session?: KernelSessionOptions | (() => KernelSessionOptions);
  /** The kernel process's stderr (V8's fatal error notes, internal errors) */
  log?: (text: string) => void;
  /**
   * `process` (the default): the kernel runs in a child process, which nothing a cell does can
   * turn into the host's crash (the editor). `thread`: a worker thread of this process, a Node
   * start cheaper (`gradbook run`, whose process exists only to run the program).
   */
  host?: KernelHost;
}

export type InterruptResult = 'idle' | 'interrupted' | 'restarted';
export type StateLossCause = 'restart' | 'interrupt-timeout' | 'crash';

export const lostAfterInterrupt = (ms: number) =>
  `The kernel did not stop within ${ms / 1000} s of the interrupt, so it was restarted. All variables and graph state were lost.`;
export function lostAfterCrash(exit: KernelExit, restarted: boolean, limit?: { mb: number; source?: string }): string {
  const head = restarted ? `The kernel crashed (${exit.detail}) and was restarted;` : `The kernel crashed (${exit.detail});`;
  const hint = exit.outOfMemory && limit ? ` Its memory limit is ${limit.mb} MB${limit.source ? ` (${limit.source})` : ''}.` : '';
  return `${head} all variables and graph state were lost.${hint}`;
}

interface Job { source: string; filename: string | undefined; sink: CellSink; resolve(r: CellResult): void; id: number; options: RunOptions }

/** How a cell runs: `displayLast: false` does not show its last expression's value (a script). Default: shown, as Jupyter does. */
export interface RunOptions { displayLast?: boolean }

interface Running { process: KernelTransport; memoryLimitMb: number; isReady: boolean }

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
  private summariesListeners: Array<(p: SummariesPayload) => void> = [];
  private summaryData: SummariesPayload = emptySummaries();
  private disposed = false;

  constructor(private readonly options: KernelClientOptions) {
    this.interruptTimeoutMs = options.interruptTimeoutMs ?? 3000;
  }

  /** Fired when the kernel's state is gone: restart, crash, or a worker replaced after an ignored interrupt. */
  onStateLost(listener: (reason: string, cause: StateLossCause) => void): void { this.stateListeners.push(listener); }
  /** Fired with fresh variables after each cell, and with an empty snapshot when the state is lost. */
  onVariables(listener: (s: VariablesSnapshot) => void): void { this.variablesListeners.push(listener); }

  /** Fired when FileWriters of this kernel wrote summaries (as they train), and with nothing when the state is lost. */
  onSummaries(listener: (p: SummariesPayload) => void): void { this.summariesListeners.push(listener); }
  /** Every scalar and histogram this kernel's FileWriters wrote since it started. */
  get summaries(): SummariesPayload { return this.summaryData; }

  get busy(): boolean { return !!this.current || this.queue.length > 0; }
  /** The kernel process's id while one runs (for logs and the crash tests). */
  get pid(): number | undefined { return this.kernel?.process.pid; }

  /** Queues a cell; `filename` defaults to `<cell N>`, N being its execution number. */
  run(source: string, filename: string | undefined, sink: CellSink, options: RunOptions = {}): Promise<CellResult> {
    if (this.disposed) return Promise.resolve({ status: 'cancelled', reason: 'the kernel was shut down' });
    return new Promise((resolve) => {
      this.queue.push({ source, filename, sink, resolve, id: this.nextId++, options });
      this.pump();
    });
  }

  /** Stops the running cell (KeyboardInterrupt, state kept) and drops queued ones. */
  async interrupt(): Promise<InterruptResult> {
    this.cancelQueued('the kernel was interrupted');
    const job = this.current;
    const kernel = this.kernel;
    if (!job || !kernel) return 'idle';
    kernel.process.send({ type: 'interrupt', id: job.id });
    const stopped = await Promise.race([
      new Promise<boolean>((resolve) => { const prev = job.resolve; job.resolve = (r) => { prev(r); resolve(true); }; }),
      delay(this.interruptTimeoutMs).then(() => false),
    ]);
    if (stopped) return 'interrupted';
    if (this.current !== job) return 'interrupted';
    const reason = lostAfterInterrupt(this.interruptTimeoutMs);
    await this.replaceKernel({ status: 'lost', reason }, reason, 'interrupt-timeout');
    if (!this.disposed) this.ensureKernel();
    return 'restarted';
  }

  /** Starts the kernel process ahead of the first cell (it takes a few hundred ms); resolves when it is ready. */
  async start(): Promise<ReadyEvent | undefined> {
    if (this.disposed) return undefined;
    return this.ensureKernel().process.ready;
  }

  /** Clears all state: a fresh kernel process, execution numbers from 1. */
  async restart(): Promise<void> {
    this.cancelQueued('the kernel was restarted');
    await this.replaceKernel({ status: 'cancelled', reason: 'the kernel was restarted' }, 'The kernel was restarted.', 'restart');
    this.executionCount = 0;
    if (!this.disposed) this.ensureKernel();
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

  /** The graph view's Check gradients (see GradientCheckRequest); waits for a running cell to end. */
  async checkGradients(loss: string, variables: string[], graphOf?: string): Promise<{ payload: GradientCheckPayload | null; error?: string }> {
    if (!this.kernel) return { payload: null, error: 'No kernel is running: run the notebook\'s cells first.' };
    const msg = await this.request({ type: 'gradientCheck', id: 0, loss, variables, graphOf });
    if (msg.type !== 'gradientCheck') return { payload: null, error: 'The kernel stopped before the check ended.' };
    return msg.error === undefined ? { payload: msg.payload } : { payload: msg.payload, error: msg.error };
  }

  /** The tensor view of a value; when it is not an array, its repr as text. */
  async tensor(name: string, source: TensorRequest['source']): Promise<{ payload: TensorPayload | null; text: string }> {
    if (!this.kernel) return { payload: null, text: '' };
    const msg = await this.request({ type: 'tensor', id: 0, name, source });
    return msg.type === 'tensor' ? { payload: msg.payload, text: msg.text } : { payload: null, text: '' };
  }

  /**
   * The editor's live questions. They wait for a running cell to end, so each gives up after
   * `timeoutMs` (answering as if the kernel knew nothing) rather than hold up typing; without a
   * kernel they answer at once.
   */
  async completions(text: string, offset: number, timeoutMs = 250): Promise<CompletionItemInfo[]> {
    const msg = await this.quickRequest({ type: 'completions', id: 0, text, offset }, timeoutMs);
    return msg?.type === 'completions' ? msg.items : [];
  }

  async hoverValue(text: string, offset: number, timeoutMs = 250): Promise<HoverInfo | null> {
    const msg = await this.quickRequest({ type: 'hoverValue', id: 0, text, offset }, timeoutMs);
    return msg?.type === 'hoverValue' ? msg.hover : null;
  }

  /** Shapes of what a cell assigned, asked right after it ran (the kernel is idle then). */
  async shapeHints(source: string): Promise<ShapeHint[]> {
    if (!this.kernel) return [];
    const msg = await this.request({ type: 'shapeHints', id: 0, source });
    return msg.type === 'shapeHints' ? msg.hints : [];
  }

  private async quickRequest(message: HostMessage, timeoutMs: number): Promise<WorkerMessage | undefined> {
    if (!this.kernel?.isReady || this.current) return undefined;
    return Promise.race([this.request(message), delay(timeoutMs).then(() => undefined)]);
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
    const message: HostMessage = { type: 'run', id: job.id, source: job.source, filename: job.filename ?? `<cell ${order}>`, ...(job.options.displayLast === false ? { displayLast: false } : {}) };
    kernel.process.send(message);
  }

  private finishCurrent(result: CellResult): void {
    const job = this.current;
    if (!job) return;
    this.current = undefined;
    job.resolve(result);
  }

  private ensureKernel(): Running {
    if (this.kernel) return this.kernel;
    const limit = this.options.memoryLimitMb;
    const memoryLimitMb = resolveMemoryLimitMb(typeof limit === 'function' ? limit() : limit);
    const session = typeof this.options.session === 'function' ? this.options.session() : this.options.session;
    // Required when first used: `gradbook run` (a thread) never loads child_process and net (~8 ms).
    const Host = this.options.host === 'thread' ? ThreadKernel : (require('./childKernel') as { ChildKernel: typeof ChildKernel }).ChildKernel;
    const child = new Host({ kernelScript: this.options.kernelScript, memoryLimitMb, session, log: this.options.log }, {
      message: (msg) => { if (msg.type === 'ready') running.isReady = true; this.onMessage(msg); },
      exit: (exit) => this.onKernelCrashed(running, exit),
    });
    const running: Running = { process: child, memoryLimitMb, isReady: false };
    this.kernel = running;
    return running;
  }

  private onMessage(msg: WorkerMessage): void {
    if (isInspection(msg)) {
      this.pendingRequests.get(msg.id)?.(msg);
      this.pendingRequests.delete(msg.id);
      return;
    }
    if (msg.type === 'ready') return;
    if (msg.type === 'summaries') { this.emitSummaries(foldSummaries(this.summaryData, msg.records)); return; }
    const job = this.current;
    if (!job || msg.id !== job.id) return; // late output of a cell already given up on
    switch (msg.type) {
      case 'stdout': job.sink.stdout(msg.text); break;
      case 'stderr': job.sink.stderr(msg.text); break;
      case 'display': job.sink.display(msg.data, msg.displayId === undefined ? undefined : { displayId: msg.displayId, update: msg.update }); break;
      case 'clear': job.sink.clear?.(msg.wait); break;
      case 'progress': job.sink.progress(msg.progress); break;
      case 'summariesOutput': job.sink.summaries?.(msg.data); break;
      case 'done':
        // Ask for variables before the next cell is posted, so the worker answers in between.
        if (this.variablesListeners.length > 0) void this.variables().then((s) => this.emitVariables(s));
        this.finishCurrent(msg.result);
        this.pump();
        break;
    }
  }

  private onKernelCrashed(kernel: Running, exit: KernelExit): void {
    if (this.kernel !== kernel) return; // a kernel we replaced on purpose
    this.kernel = undefined;
    this.failPendingRequests();
    // A kernel that never became ready would crash again at once: start the next one on demand.
    const restart = (this.options.restartAfterCrash ?? true) && kernel.isReady && !this.disposed;
    const reason = lostAfterCrash(exit, restart, { mb: kernel.memoryLimitMb, source: this.options.memoryLimitSource });
    this.cancelQueued('the kernel crashed');
    if (this.current) this.finishCurrent({ status: 'lost', reason });
    this.executionCount = 0;
    if (restart) this.ensureKernel();
    this.emitLost(reason, 'crash');
  }

  private async replaceKernel(currentResult: CellResult, lostReason: string | undefined, cause: StateLossCause): Promise<void> {
    const kernel = this.kernel;
    this.kernel = undefined;
    this.failPendingRequests();
    if (this.current) this.finishCurrent(currentResult);
    if (kernel) await kernel.process.kill();
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
      kernel.process.send({ ...message, id });
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
    this.summaryData = emptySummaries();
    this.emitSummaries(this.summaryData);
  }

  private emitSummaries(p: SummariesPayload): void {
    for (const l of this.summariesListeners) l(p);
  }

  private emitVariables(s: VariablesSnapshot): void {
    for (const l of this.variablesListeners) l(s);
  }
}

const inspectionTypes = new Set<WorkerMessage['type']>(['variables', 'describe', 'graph', 'gradients', 'gradientCheck', 'tensor', 'completions', 'hoverValue', 'shapeHints']);
function isInspection(msg: WorkerMessage): msg is InspectionEvent { return inspectionTypes.has(msg.type); }

function delay(ms: number): Promise<void> { return new Promise((r) => setTimeout(r, ms)); }

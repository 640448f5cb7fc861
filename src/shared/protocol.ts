// Messages between the host (extension host or CLI), the kernel process and its worker thread.
// The editor talks to a child process (src/kernel/childKernel.ts), whose main thread
// (src/worker/processMain.ts) relays messages to the kernel worker thread and back; `gradbook run`
// hosts that worker thread itself (src/kernel/threadKernel.ts). Both relay through kernelThread.ts. Everything
// here is structured-clone data. The interrupt flag is not a message to the worker but a
// SharedArrayBuffer it polls, because a busy worker cannot read its message port: the host sends
// `interrupt` to the process, whose idle main thread sets the flag.
import type { CompletionItemInfo, HoverInfo, ShapeHint } from './language';
import type { MimeBundle } from './mimes';
import type { GradientsPayload } from './payloads/gradients';
import type { GradientCheckPayload } from './payloads/gradient_check';
import type { GraphPayload } from './payloads/graph';
import type { TensorPayload } from './payloads/tensor';
import type { SummaryRecord } from './payloads/summaries';

/** Int32 slots of the shared control buffer. */
export const ControlSlot = { interrupt: 0 } as const;
export const controlBufferBytes = 4 * 1;

export interface WorkerStartData {
  control: SharedArrayBuffer;
  /** What the kernel's arrays may hold in all, in bytes (the engine's memory budget). */
  memoryBudgetBytes: number;
  /** Where the program lives and what its cells may touch. */
  session: KernelSessionOptions;
}

/**
 * The Python session's place in the file system (PythonSession's SessionOptions, as data):
 * the notebook's folder for a notebook in the editor; the file's folder, the invocation folder
 * and the temp folder for `gradbook run`. Absent fields take the session's defaults.
 */
export interface KernelSessionOptions {
  /** The notebook file: sys.path[0] is its folder. */
  notebookPath?: string;
  /** A .py script run by `gradbook run`: __file__, sys.argv[0], sys.path[0]. */
  scriptPath?: string;
  /** The working folder relative paths resolve against. */
  cwd?: string;
  /** Folders cells may read and write. */
  roots?: string[];
  /** sys.argv[1:] (`gradbook run FILE -- args`). */
  args?: string[];
  /** The automatic NaN/Inf origin check after each run (the gradbook.nanCheck.enabled setting; default on). */
  nanCheck?: boolean;
  /** Threads for big GEMMs and convolutions (the gradbook.kernel.threads setting); absent or 0: GRADBOOK_THREADS, else the cores. */
  threads?: number;
  /**
   * False when no view will ever ask (`gradbook run` writing no notebook): the kernel then keeps no
   * run history, gradient capture or training telemetry, which only the views and the rich outputs
   * read (the NaN/Inf check still runs). Default true.
   */
  views?: boolean;
}

// ── host → worker ────────────────────────────────────────────────────────────
/** `displayLast: false` runs the cell as a script: its last expression statement is not shown (a .py file under `gradbook run`). */
export interface RunCellRequest { type: 'run'; id: number; source: string; filename: string; displayLast?: boolean }
export interface VariablesRequest { type: 'variables'; id: number }
export interface DescribeRequest { type: 'describe'; id: number; name: string }
/** The graph view of a global (a Tensor, Operation, Variable or Graph), else of the default graph. */
export interface GraphRequest { type: 'graph'; id: number; name?: string }
/** The gradient view of the train op the kernel's sessions ran last. */
export interface GradientsRequest { type: 'gradients'; id: number }
/**
 * The graph view's Check gradients: finite differences of the scalar tensor `loss` (`Mean:0`) with
 * respect to graph variables (op names), in the graph the view shows (that of the global `graphOf`,
 * as in GraphRequest, else the default graph).
 */
export interface GradientCheckRequest { type: 'gradientCheck'; id: number; loss: string; variables: string[]; graphOf?: string }
/** The tensor view of a numpy global, a tf.Variable global, or a graph variable (by graph name). */
export interface TensorRequest { type: 'tensor'; id: number; name: string; source: 'global' | 'graphVariable' }
/** The editor's live questions about a cell being typed (answered between cells, src/worker/language.ts). */
export interface CompletionsRequest { type: 'completions'; id: number; text: string; offset: number }
export interface HoverValueRequest { type: 'hoverValue'; id: number; text: string; offset: number }
/** The shapes of what a cell that just ran assigned, for the editor's inlay hints. */
export interface ShapeHintsRequest { type: 'shapeHints'; id: number; source: string }
export type LanguageKernelRequest = CompletionsRequest | HoverValueRequest | ShapeHintsRequest;
export type HostMessage = RunCellRequest | VariablesRequest | DescribeRequest | GraphRequest | GradientsRequest | GradientCheckRequest | TensorRequest | LanguageKernelRequest;
/** To the kernel process only: stop cell `id` if it still runs (KeyboardInterrupt; the state stays). */
export interface InterruptRequest { type: 'interrupt'; id: number }
export type ProcessRequest = HostMessage | InterruptRequest;

// ── worker → host ────────────────────────────────────────────────────────────
/** The worker is up; what it was given, as V8 and the engine see it. */
export interface ReadyEvent { type: 'ready'; heapLimitMb: number; memoryBudgetMb: number }
export interface StreamEvent { type: 'stdout' | 'stderr'; id: number; text: string }
/** A display output; with `displayId` it can be updated later (`update`: replace the outputs shown under that id). */
export interface DisplayEvent { type: 'display'; id: number; data: MimeBundle; displayId?: string; update?: boolean }
/** IPython's clear_output: clear the cell's outputs now, or (wait) just before its next output. */
export interface ClearOutputEvent { type: 'clear'; id: number; wait: boolean }
export interface ProgressEvent { type: 'progress'; id: number; progress: TrainingProgress }
/** Summary values a FileWriter wrote during the cell (batched; the Summaries view folds them). */
export interface SummariesEvent { type: 'summaries'; id: number; records: SummaryRecord[] }
/** The cell's summaries output (charts of what its FileWriters wrote), shown once and replaced in place. */
export interface SummariesOutputEvent { type: 'summariesOutput'; id: number; data: MimeBundle }
export interface CellDoneEvent { type: 'done'; id: number; result: CellOutcome }
export interface VariablesEvent { type: 'variables'; id: number; snapshot: VariablesSnapshot }
export interface DescribeEvent { type: 'describe'; id: number; text: string }
/** null: the graph is empty. */
export interface GraphEvent { type: 'graph'; id: number; payload: GraphPayload | null }
/** null: no optimizer step was run yet. */
export interface GradientsEvent { type: 'gradients'; id: number; payload: GradientsPayload | null }
/** The check's table, or (payload null) why it could not run, as a Python-style `ValueError: ...` line. */
export interface GradientCheckEvent { type: 'gradientCheck'; id: number; payload: GradientCheckPayload | null; error?: string }
/** null payload: the value is not an array (or has no value yet); `text` is its repr then. */
export interface TensorEvent { type: 'tensor'; id: number; payload: TensorPayload | null; text: string }
export interface CompletionsEvent { type: 'completions'; id: number; items: CompletionItemInfo[] }
export interface HoverValueEvent { type: 'hoverValue'; id: number; hover: HoverInfo | null }
export interface ShapeHintsEvent { type: 'shapeHints'; id: number; hints: ShapeHint[] }
export type InspectionEvent = VariablesEvent | DescribeEvent | GraphEvent | GradientsEvent | GradientCheckEvent | TensorEvent | CompletionsEvent | HoverValueEvent | ShapeHintsEvent;
export type WorkerMessage = ReadyEvent | StreamEvent | DisplayEvent | ClearOutputEvent | ProgressEvent | SummariesEvent | SummariesOutputEvent | CellDoneEvent | InspectionEvent;
/**
 * From the kernel process: its worker thread is gone (it reached the heap limit, or failed outside
 * any cell); the process exits right after. A fatal V8 error sends nothing: the process just ends.
 */
export interface KernelFatalEvent { type: 'fatal'; outOfMemory: boolean; detail: string }
export type ProcessMessage = WorkerMessage | KernelFatalEvent;

/** Progress of a long loop in a cell: sent at most 10 times a second, once the loop ran for 1 s. */
export interface TrainingProgress {
  done: number;
  total: number;
  stepsPerSecond: number;
  /** seconds left at the current pace; undefined before the pace is known */
  etaSeconds?: number;
  elapsedSeconds: number;
  /** the loss of the last optimizer step, from the engine's training telemetry */
  lastLoss?: number;
  /** true for the last update, sent when the loop ends (or is interrupted) */
  final: boolean;
}

export interface PythonError {
  ename: string;
  evalue: string;
  /** lines of the Python-style traceback, the last being `ename: evalue` */
  traceback: string[];
  line?: number;
  /** For SystemExit: the exit status it asks for (sys.exit(2) → 2, sys.exit() → 0, sys.exit('msg') → 1). */
  exitCode?: number;
}

export type CellOutcome =
  | { status: 'ok'; value?: MimeBundle }
  | { status: 'error'; error: PythonError };

export interface GlobalInfo {
  name: string;
  type: string;
  shape?: string;
  dtype?: string;
  /** a short one-line repr */
  value: string;
}

export interface GraphVariableInfo {
  name: string;
  shape: string;
  dtype: string;
  trainable: boolean;
  initialized: boolean;
  stats?: { mean: number; std: number; min: number; max: number };
}

export interface VariablesSnapshot {
  globals: GlobalInfo[];
  graphVariables: GraphVariableInfo[];
}

/** The kernel process's arguments after its script: the memory budget in MB and the session options. */
export function kernelProcessArgv(memoryLimitMb: number, session: KernelSessionOptions = {}): string[] {
  return [`--memory-limit-mb=${memoryLimitMb}`, `--session=${Buffer.from(JSON.stringify(session)).toString('base64')}`];
}
export function sessionFromArgv(argv: readonly string[]): KernelSessionOptions {
  const arg = argv.find((a) => a.startsWith('--session='));
  if (!arg) return {};
  return JSON.parse(Buffer.from(arg.slice('--session='.length), 'base64').toString('utf8')) as KernelSessionOptions;
}
export function memoryLimitFromArgv(argv: readonly string[]): number | undefined {
  const arg = argv.find((a) => a.startsWith('--memory-limit-mb='));
  const mb = arg ? Number(arg.slice('--memory-limit-mb='.length)) : NaN;
  return Number.isFinite(mb) && mb > 0 ? mb : undefined;
}

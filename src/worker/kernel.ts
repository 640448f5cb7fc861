// The kernel inside the worker thread: one Python session, its cells run one at a time, their
// output streamed to the host as it happens, and the views' requests answered between cells.
import { Inspection, setTelemetryEnabled } from '../engine';
import { pyRepr, PythonSession, type CellError } from '../python/index';
import type { CellOutcome, HostMessage, KernelSessionOptions, PythonError, WorkerMessage } from '../shared/protocol';
import { Display, isNone } from './display';
import { withLossHistory } from './formatters/training';
import { answerGradients, answerGraph, answerTensor } from './requests';
import { answerGradientCheck } from './gradient_check';
import { liveCompletions, liveHover, shapeHints } from './language';
import { makeInterruptCheck } from './interrupt';
import { LoopProgressTracker } from './progress';
import { describeGlobals } from './variables';
import { SummaryStream } from './summaryStream';
import { CellSummariesOutput } from './summariesOutput';
import { nanReportBundle } from './nan_report';

export class Kernel {
  readonly session: PythonSession;
  /** What the views read about training: attached before any cell runs. */
  readonly inspection: Inspection;
  private readonly display: Display;
  private currentCell = 0;
  private readonly progress: LoopProgressTracker;
  private readonly summaries: SummaryStream;
  private readonly summariesOutput: CellSummariesOutput;

  constructor(control: Int32Array, private readonly send: (msg: WorkerMessage) => void, session: KernelSessionOptions = {}) {
    const views = session.views !== false;
    const inspection = this.inspection = new Inspection().attach({ views });
    // Telemetry is read only by the gradient view and the rich outputs: without views, nobody.
    // (One kernel per worker thread, so this process-wide switch is this kernel's.)
    if (!views) setTelemetryEnabled(false);
    this.progress = new LoopProgressTracker(
      (p) => send({ type: 'progress', id: this.currentCell, progress: withLossHistory(p, inspection.losses) }),
      () => inspection.lastLoss(),
    );
    this.summaries = new SummaryStream((records) => send({ type: 'summaries', id: this.currentCell, records }));
    this.summariesOutput = new CellSummariesOutput((data) => send({ type: 'summariesOutput', id: this.currentCell, data }));
    this.session = new PythonSession({
      stdout: (text) => send({ type: 'stdout', id: this.currentCell, text }),
      stderr: (text) => send({ type: 'stderr', id: this.currentCell, text }),
      display: (value, options) => send({ type: 'display', id: this.currentCell, data: this.display.bundle(value), ...options }),
      clearOutput: (wait) => send({ type: 'clear', id: this.currentCell, wait }),
      checkInterrupt: makeInterruptCheck(control),
      loopProgress: (done, total) => this.progress.step(done, total),
      summaries: (records) => { this.summaries.add(records); this.summariesOutput.add(records); },
    }, session);
    // The gradient and tensor views name variables and arrays by the globals bound to them.
    const globals = this.session.globals;
    this.display = new Display(inspection, () => globals.entries());
    // A run that produced NaN/Inf shows where it came from, in the cell that ran it.
    inspection.nanWatch.enabled = session.nanCheck !== false;
    inspection.nanWatch.onReport((report) => send({ type: 'display', id: this.currentCell, data: nanReportBundle(report) }));
  }

  handle(msg: HostMessage): void {
    const send = this.send;
    switch (msg.type) {
      case 'run':
        this.currentCell = msg.id;
        send({ type: 'done', id: msg.id, result: this.runCell(msg.source, msg.filename, msg.displayLast !== false) });
        return;
      case 'variables':
        send({ type: 'variables', id: msg.id, snapshot: { globals: describeGlobals(this.session), graphVariables: this.inspection.graphVariables() } });
        return;
      case 'describe':
        send({ type: 'describe', id: msg.id, text: pyRepr(this.session.globals.get(msg.name) ?? null) });
        return;
      case 'graph': send(answerGraph(msg, this.session, this.display)); return;
      case 'gradients': send(answerGradients(msg.id, this.display)); return;
      case 'gradientCheck': send(answerGradientCheck(msg, this.session, this.inspection)); return;
      case 'tensor': send(answerTensor(msg, this.session, this.display)); return;
      case 'completions': send({ type: 'completions', id: msg.id, items: liveCompletions(this.session, msg.text, msg.offset) }); return;
      case 'hoverValue': send({ type: 'hoverValue', id: msg.id, hover: liveHover(this.session, this.inspection, msg.text, msg.offset) }); return;
      case 'shapeHints': send({ type: 'shapeHints', id: msg.id, hints: shapeHints(this.session, msg.source) }); return;
    }
  }

  private runCell(source: string, filename: string, displayLast: boolean): CellOutcome {
    try {
      const r = this.session.runCell(source, filename, { displayLast });
      if (!r.ok) return { status: 'error', error: pythonError(r.error) };
      if (r.value === undefined || isNone(r.value)) return { status: 'ok' };
      // A value's _repr_html_ and friends are Python code: they run with the session's streams.
      const value = r.value;
      return { status: 'ok', value: this.session.inSession(() => this.display.bundle(value)) };
    } catch (e) {
      // The session turns every error of the cell into a Python exception; what escapes is an
      // interrupt outside any Python frame or a bug of ours (a formatter, a repr).
      return { status: 'error', error: errorFromThrown(e) };
    } finally {
      this.progress.finish();
      this.summaries.flush();
      this.summariesOutput.finish();
    }
  }
}

function pythonError(e: CellError): PythonError {
  const error: PythonError = { ename: e.ename, evalue: e.evalue, traceback: e.traceback.replace(/\n$/, '').split('\n'), line: e.line };
  if (e.exitCode !== undefined) error.exitCode = e.exitCode;
  return error;
}

/** A JS error as a Python one: its stack goes to the kernel's log, never to the user. */
function errorFromThrown(e: unknown): PythonError {
  const err = e as { message?: string; stack?: string; pyType?: string } | null;
  if (err?.pyType) return { ename: err.pyType, evalue: err.message ?? '', traceback: [err.message ? `${err.pyType}: ${err.message}` : err.pyType] };
  console.error(`internal error in the kernel: ${err?.stack ?? String(e)}`);
  const evalue = `internal error in Gradbook: ${err?.message ?? String(e)}`;
  return { ename: 'SystemError', evalue, traceback: [`SystemError: ${evalue}`] };
}

// What a kernel's views ask about its training, kept by one object per kernel: the recent runs
// of each graph (graph view), the last gradients (gradient view), the loss of every step (the
// training monitor's curve), the last session and its variables (Variables view), the last loss
// (progress bar). Nothing observes sessions until attach(): the kernel attaches its Inspection
// when it starts, tests attach their own, and plain TypeScript use of the engine pays nothing.
import { addRunObserver, type RunRecord, type Session } from '../session/session';
import type { Graph } from '../graph/graph';
import type { Operation } from '../graph/operation';
import type { NDArray } from '../ndarray';
import { subscribeTelemetry, type TelemetryStep } from '../telemetry';
import { trainingValuesIn } from '../telemetry/applications';
import type { GraphVariableInfo } from '../../shared/protocol';
import { GradientCapture, type CapturedGradient } from './gradient_capture';
import { graphVariables, graphVariableValue } from './graph_variables';
import { LossHistory } from './loss_history';
import { RunHistory, type RecordedRun } from './run_history';
import { NanWatch } from './nan_watch';

export class Inspection {
  readonly losses = new LossHistory(1024);
  /** The automatic NaN/Inf origin check (kernels listen to its reports; `enabled` turns it off). */
  readonly nanWatch = new NanWatch();
  private readonly runs = new RunHistory();
  private readonly gradients = new GradientCapture();
  private lastSession: Session | null = null;
  private lastLossValue: number | undefined;
  private detachers: Array<() => void> = [];

  /**
   * Starts observing every session's runs; runs before this call are not known. `views: false`
   * (a kernel no view will ask: `gradbook run` writing no notebook) attaches the NaN/Inf check
   * alone: no run history, gradient capture or loss history (issue 15, wave 14: their per-step
   * work and their optimizing compiles, which queue ahead of the step's own in the first steps).
   */
  attach(options: { views?: boolean } = {}): this {
    if (this.detachers.length) return this;
    this.detachers = options.views === false ? [] : [
      // The gradient capture reads the same values telemetry does: keep them alive to the run's end.
      addRunObserver((r) => this.observe(r), { retain: trainingValuesIn }),
      subscribeTelemetry((step) => this.onStep(step)),
    ];
    // After the capture: NanWatch skips the arrays the capture's norm proved finite in the same run.
    this.detachers.push(() => this.nanWatch.dispose());
    this.nanWatch.attach();
    return this;
  }

  detach(): void {
    for (const d of this.detachers) d();
    this.detachers = [];
  }

  /** The newest run of `graph` that executed `op`, else the graph's newest run. */
  lastRunOf(graph: Graph, op?: Operation | null): RecordedRun | null { return this.runs.lastRunOf(graph, op); }
  /** The session that most recently ran a train op of `graph` (of any graph when omitted). */
  lastTrainingSession(graph?: Graph): Session | null { return this.gradients.lastTrainingSession(graph); }
  capturedGradient(session: Session, trainOp: Operation | string, variableName: string): CapturedGradient | undefined {
    return this.gradients.gradient(session, trainOp, variableName);
  }
  /** The loss of the last optimizer step that computed one. */
  lastLoss(): number | undefined { return this.lastLossValue; }
  graphVariables(): GraphVariableInfo[] { return graphVariables(this.lastSession); }
  graphVariableValue(name: string): NDArray | undefined { return graphVariableValue(this.lastSession, name); }

  private observe(r: RunRecord): void {
    this.lastSession = r.session;
    this.runs.record(r);
    this.gradients.capture(r);
  }

  private onStep(step: TelemetryStep): void {
    if (step.loss === null) return;
    // A NaN loss is news for the progress bar; the curve keeps finite points only.
    this.lastLossValue = step.loss;
    if (Number.isFinite(step.loss)) this.losses.add({ step: step.step, loss: step.loss, time: step.time });
  }
}

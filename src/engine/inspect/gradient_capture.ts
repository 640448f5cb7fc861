// Keeps the gradient values of the latest optimizer step, per session and train op, for the
// gradient view (telemetry keeps only their statistics). The copy goes into a buffer allocated
// once, so a training step pays one memcpy per variable, about what its Apply op reads anyway.
// The variable's norm after the step is kept too, for the update-to-weight ratio.
// Also remembers which session last trained each graph: the views find telemetry through it.
// Fed by the kernel's Inspection (inspection.ts), which observes the runs.
import type { RunRecord, Session } from '../session/session';
import type { Graph } from '../graph/graph';
import type { Plan } from '../session/plan';
import type { Operation } from '../graph/operation';
import { trainingApplications, type TrainingApplication } from '../telemetry/applications';
import { finiteNorm, normIfAllFinite } from './array_stats';

export interface CapturedGradient {
  /** Session run counter of the step (TelemetryStep.run of the same step). */
  run: number;
  shape: number[];
  values: Float32Array | Float64Array;
  /** ‖w‖₂ right after the step (the session may be closed by the time a view asks). */
  weightNorm: number | null;
}

const captureKey = (trainOp: Operation | string, variableName: string) => `${typeof trainOp === 'string' ? trainOp : trainOp.name}\u0000${variableName}`;

export class GradientCapture {
  /** session → `trainOp name \0 variable name` → latest gradient. */
  private readonly captured = new WeakMap<Session, Map<string, CapturedGradient>>();
  private readonly lastTrainer = new WeakMap<Graph, Session>();
  private lastSession: Session | null = null;
  private readonly planApps = new WeakMap<Plan, TrainingApplication[]>();

  capture(r: RunRecord): void {
    const apps = this.applicationsIn(r.plan);
    if (!apps.length) return;
    this.lastTrainer.set(r.session.graph, r.session);
    this.lastSession = r.session;
    let perSession = this.captured.get(r.session);
    if (!perSession) { perSession = new Map(); this.captured.set(r.session, perSession); }
    for (const app of apps) {
      for (const a of app.variables) {
        const g = r.valueOf(a.gradient);
        if (!g || g.dtype === 'string') continue;
        const data = g.data as Float32Array | Float64Array;
        const after = r.valueOf(a.applyOp.inputs[0]);
        let weightNorm: number | null = null;
        if (after && after.dtype !== 'string') {
          // finiteNorm's own first pass; when it proves the weights finite, NanWatch need not scan them again.
          const w = after.data as Float32Array;
          weightNorm = normIfAllFinite(w);
          if (weightNorm === weightNorm) (r.finiteData ??= new Set()).add(w);
          else weightNorm = finiteNorm(w);
        }
        const key = captureKey(app.trainOp, a.variable.op.name);
        const prev = perSession.get(key);
        if (prev && prev.values.length === data.length && prev.values.constructor === data.constructor) {
          prev.values.set(data);
          prev.run = r.session.runCount;
          prev.weightNorm = weightNorm;
        } else {
          const values = data instanceof Float64Array ? new Float64Array(data) : Float32Array.from(data);
          perSession.set(key, { run: r.session.runCount, shape: [...g.shape], values, weightNorm });
        }
      }
    }
  }

  gradient(session: Session, trainOp: Operation | string, variableName: string): CapturedGradient | undefined {
    return this.captured.get(session)?.get(captureKey(trainOp, variableName));
  }

  /** The session that most recently ran a train op of this graph (of any graph when omitted). */
  lastTrainingSession(graph?: Graph): Session | null {
    return graph ? this.lastTrainer.get(graph) ?? null : this.lastSession;
  }

  private applicationsIn(plan: Plan): TrainingApplication[] {
    let apps = this.planApps.get(plan);
    if (apps) return apps;
    apps = [];
    const first = plan.executed[0];
    const registry = first ? trainingApplications(first.graph) : null;
    if (registry?.size) for (const op of plan.executed) { const app = registry.get(op); if (app) apps.push(app); }
    this.planApps.set(plan, apps);
    return apps;
  }
}

// The gradient view's payload for a train op, an optimizer, or compute_gradients' list of
// (gradient, variable) pairs. Rows and series come from the telemetry of the session that last
// trained the graph; gradient values from the kernel's Inspection. Nothing here runs the graph.
import type { Graph } from '../graph/graph';
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import type { Variable } from '../variables/variable';
import type { Session } from '../session/session';
import type { Optimizer } from '../training/optimizer';
import { getDefaultGraph } from '../graph/default_graph';
import { NDArray } from '../ndarray';
import { getTelemetry, trainingApplications, trainingApplicationOf, type TelemetrySnapshot, type TrainingApplication } from '../telemetry';
import type { GradientLatest, GradientRow, GradientsPayload } from '../../shared/payloads/gradients';
import { encodeValues } from '../../shared/payloads/tensor';
import type { Inspection } from './inspection';
import type { CapturedGradient } from './gradient_capture';
import { arrayStatistics } from './array_stats';

/** Gradients larger than this travel as statistics only (the saved notebook keeps the payload). */
export const maxGradientValues = 250_000;

export interface GradientsOptions {
  /** The Python name bound to a variable (`w`), shown beside its graph name. */
  aliasOf?: (v: Variable) => string | undefined;
  /** Telemetry of this session instead of the one that last trained the graph. */
  session?: Session | null;
  /** The kernel's record of training (the last trainer of each graph, captured gradients). */
  inspection?: Inspection;
}

interface RowSource { variable: Variable; gradient: Tensor | null; app: TrainingApplication | null }

export function gradientsForTrainOp(op: Operation, opts: GradientsOptions = {}): GradientsPayload | undefined {
  const app = trainingApplicationOf(op);
  if (!app) return undefined;
  const rows = app.variables.map(a => ({ variable: a.variable, gradient: a.gradient, app }));
  return build('trainOp', `${op.name} (${app.optimizerType})`, app, rows, op.graph, opts);
}

/** Every train op this optimizer built (matched by its name and type) in the graphs we know. */
export function gradientsForOptimizer(optimizer: Optimizer, opts: GradientsOptions = {}): GradientsPayload {
  const graphs = new Set<Graph>([getDefaultGraph()]);
  const trained = opts.session?.graph ?? opts.inspection?.lastTrainingSession()?.graph;
  if (trained) graphs.add(trained);
  const apps: TrainingApplication[] = [];
  for (const g of graphs) for (const app of trainingApplications(g).values()) {
    if (app.optimizerName === optimizer.name && app.optimizerType === optimizer.typeName) apps.push(app);
  }
  const rows = apps.flatMap(app => app.variables.map(a => ({ variable: a.variable, gradient: a.gradient, app })));
  const title = `${optimizer.typeName} "${optimizer.name}"`;
  const graph = apps[0]?.trainOp.graph ?? getDefaultGraph();
  return build('optimizer', title, apps[apps.length - 1] ?? null, rows, graph, opts, { name: optimizer.name, type: optimizer.typeName });
}

/** compute_gradients' pairs; each variable's statistics come from the step that last updated it. */
export function gradientsForPairs(pairs: [Tensor | null, Variable][], opts: GradientsOptions = {}): GradientsPayload {
  const graph = pairs[0]?.[1].graph ?? getDefaultGraph();
  const apps = [...trainingApplications(graph).values()];
  const rows = pairs.map(([gradient, variable]) => {
    const applied = apps.find(app => app.variables.some(a => a.gradient === gradient))
      ?? [...apps].reverse().find(app => app.variables.some(a => a.variable === variable)) ?? null;
    return { variable, gradient, app: applied };
  });
  const app = rows.find(r => r.app)?.app ?? null;
  return build('pairs', `compute_gradients: ${pairs.length} (gradient, variable) pairs`, app, rows, graph, opts);
}

function build(
  source: GradientsPayload['source'], title: string, app: TrainingApplication | null, sources: RowSource[],
  graph: Graph, opts: GradientsOptions, optimizer?: { name: string; type: string },
): GradientsPayload {
  const session = opts.session ?? opts.inspection?.lastTrainingSession(graph) ?? null;
  const telemetry = session ? getTelemetry(session) : { totalSteps: 0, steps: [], history: [], variables: [] } as TelemetrySnapshot;
  const steps = telemetry.history.map(b => b.lastStep);
  const latestStep = telemetry.steps[telemetry.steps.length - 1];
  return {
    kind: 'gradients',
    version: 1,
    source,
    title,
    optimizer: optimizer ?? (app ? { name: app.optimizerName, type: app.optimizerType } : null),
    trainOp: app?.trainOp.name ?? null,
    totalSteps: telemetry.totalSteps,
    learningRate: latestStep?.learningRate ?? null,
    series: { steps, loss: telemetry.history.map(b => b.loss) },
    rows: sources.map(s => row(s, session, telemetry, opts)),
    pairs: sources.map(s => ({ gradient: s.gradient?.name ?? null, variable: s.variable.op.name })),
  };
}

function telemetryIndex(t: TelemetrySnapshot, s: RowSource): number {
  const name = s.variable.op.name;
  if (s.app) return t.variables.findIndex(v => v.name === name && v.trainOp === s.app!.trainOp.name);
  return -1;
}

function row(s: RowSource, session: Session | null, t: TelemetrySnapshot, opts: GradientsOptions): GradientRow {
  const name = s.variable.op.name;
  const index = telemetryIndex(t, s);
  const alias = opts.aliasOf?.(s.variable);
  const captured = session && s.app ? opts.inspection?.capturedGradient(session, s.app.trainOp, name) : undefined;
  const weights = session?.variables.get(name);
  const weightNorm = captured?.weightNorm ?? (weights instanceof NDArray && weights.dtype !== 'string' ? arrayStatistics(weights.data as Float32Array).norm : null);
  return {
    name,
    ...(alias && alias !== name ? { alias } : {}),
    shape: (s.variable.shape ?? []).map(d => d ?? -1),
    dtype: s.variable.dtype,
    gradientTensor: s.gradient?.name ?? null,
    latest: index < 0 ? null : latest(t, index, weightNorm),
    gradNorm: t.history.map(b => (index < 0 ? null : b.gradNorm[index] ?? null)),
    updateNorm: t.history.map(b => (index < 0 ? null : b.updateNorm[index] ?? null)),
    gradient: index < 0 || !session || !s.app ? null : gradientValues(captured, s.app, t),
  };
}

function latest(t: TelemetrySnapshot, index: number, weightNorm: number | null): GradientLatest | null {
  for (let k = t.steps.length - 1; k >= 0; k--) {
    const v = t.steps[k].variables.find(x => x.variable === index);
    if (!v) continue;
    const updateRatio = v.updateNorm !== null && weightNorm ? v.updateNorm / weightNorm : null;
    return {
      step: t.steps[k].step, gradNorm: v.gradNorm, gradMean: v.gradMean, gradMin: v.gradMin, gradMax: v.gradMax,
      gradNonFinite: v.gradNonFinite, updateNorm: v.updateNorm, weightNorm, updateRatio,
    };
  }
  return null;
}

function gradientValues(g: CapturedGradient | undefined, app: TrainingApplication, t: TelemetrySnapshot): GradientRow['gradient'] {
  if (!g || g.values.length > maxGradientValues) return null;
  const step = t.steps.find(s => s.run === g.run && s.trainOp === app.trainOp.name)?.step ?? t.totalSteps;
  return { step, values: encodeValues(g.values, g.values instanceof Float64Array ? 'f64' : 'f32') };
}

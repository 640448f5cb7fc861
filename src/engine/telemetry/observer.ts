// Recording: after a run whose plan executed an optimizer's train op, record one
// TelemetryStep from values the run already computed (gradients, the variable's pre-update
// `read` snapshot, the learning rate, the loss if it was computed). Nothing is added to the
// plan, so a `sess.run(train)` step pays only for the statistics loops. The session calls
// recordTelemetry after every run (telemetry is part of running, not an observer installed on import).
import type { RunRecord, Session } from '../session/session';
import type { Plan } from '../session/plan';
import type { Tensor } from '../graph/tensor';
import type { NDArray } from '../ndarray';
import { trainingApplications, type TrainingApplication } from './applications';
import { TelemetryStore, TelemetryStep, VariableStep } from './store';
import { differenceNorm, total } from './stats';
import { gradientStatistics } from '../inspect/array_stats';

type Listener = (step: TelemetryStep, session: Session) => void;

const stores = new WeakMap<Session, TelemetryStore>();
const previousValues = new WeakMap<Session, Map<string, Float32Array | Float64Array>>();
/** A train op of a plan, with its variables' telemetry indices resolved once per plan. */
interface PlannedApplication { app: TrainingApplication; indices: number[]; keys: string[] }
const planApps = new WeakMap<Plan, PlannedApplication[]>();
const listeners = new Set<{ session: Session | null; fn: Listener }>();
let enabled = true;

export function storeFor(session: Session): TelemetryStore {
  let s = stores.get(session);
  if (!s) { s = new TelemetryStore(); stores.set(session, s); }
  return s;
}
export function hasStore(session: Session): boolean { return stores.has(session); }
export function resetStore(session: Session): void { stores.get(session)?.reset(); previousValues.delete(session); }

export function setTelemetryEnabled(on: boolean): void { enabled = on; }
export function addListener(session: Session | null, fn: Listener): () => void {
  const entry = { session, fn };
  listeners.add(entry);
  return () => { listeners.delete(entry); };
}

/** Train ops this plan executes (computed once per cached plan; plans belong to one session). */
function applicationsIn(plan: Plan, session: Session): PlannedApplication[] {
  let apps = planApps.get(plan);
  if (apps) return apps;
  apps = [];
  const first = plan.executed[0];
  const registry = first ? trainingApplications(first.graph) : null;
  if (registry && registry.size) {
    const store = storeFor(session);
    for (const op of plan.executed) {
      const app = registry.get(op);
      if (!app) continue;
      const indices = app.variables.map(a => store.variableSlot({
        name: a.variable.op.name, shape: (a.variable.shape ?? []).map(d => d ?? -1), dtype: a.variable.dtype,
        optimizer: app.optimizerName, trainOp: app.trainOp.name,
      }));
      apps.push({ app, indices, keys: app.variables.map(a => `${app.trainOp.name}\u0000${a.variable.op.name}`) });
    }
  }
  planApps.set(plan, apps);
  return apps;
}

function scalar(v: NDArray | undefined): number | null {
  if (!v || v.size === 0) return null;
  return v.size === 1 ? Number((v.data as Float32Array)[0]) : total(v.data as Float32Array);
}

function record(r: RunRecord, planned: PlannedApplication, store: TelemetryStore): TelemetryStep {
  const { app, indices, keys } = planned;
  const variables: VariableStep[] = [];
  for (let k = 0; k < app.variables.length; k++) {
    const a = app.variables[k];
    const grad = r.valueOf(a.gradient);
    const after = r.valueOf(a.applyOp.inputs[0]);
    if (!grad || !after) continue;
    const gs = gradientStatistics(grad.data as Float32Array);
    variables.push({
      variable: indices[k], gradNorm: gs.norm, gradMean: gs.mean, gradMin: gs.min, gradMax: gs.max, gradNonFinite: gs.nonFinite,
      updateNorm: updateNorm(r, a.updateScale, a.variable.snapshot, after, gs.norm, keys[k]),
    });
  }
  return {
    step: store.nextStep(),
    globalStep: app.globalStep ? scalar(r.valueOf(app.globalStep)) : null,
    run: r.session.runCount,
    trainOp: app.trainOp.name,
    optimizer: app.optimizerName,
    loss: app.loss ? scalar(r.valueOf(app.loss)) : null,
    learningRate: app.learningRate ? scalar(r.valueOf(app.learningRate)) : null,
    time: Date.now(),
    variables,
  };
}

/**
 * Gradient descent's step is exactly lr·g, so its norm is lr·‖g‖. Other optimizers: the
 * difference to the `read` snapshot taken earlier in the same run, or, when the plan has no
 * read of the variable, to a copy kept from the previous step.
 */
function updateNorm(r: RunRecord, scale: Tensor | null, snapshot: Tensor, after: NDArray, gradNorm: number, key: string): number | null {
  if (scale) {
    const s = scalar(r.valueOf(scale));
    return s === null ? null : Math.abs(s) * gradNorm;
  }
  const before = r.valueOf(snapshot);
  const data = after.data as Float32Array | Float64Array;
  if (before && before.size === after.size) return differenceNorm(before.data as Float32Array, data);
  let perSession = previousValues.get(r.session);
  if (!perSession) { perSession = new Map(); previousValues.set(r.session, perSession); }
  const prev = perSession.get(key);
  const result = prev && prev.length === data.length ? differenceNorm(prev, data) : null;
  // Same typed-array type as the variable, so keeping the copy is a plain memcpy.
  if (prev && prev.length === data.length && prev.constructor === data.constructor) prev.set(data);
  else perSession.set(key, data.slice());
  return result;
}

export function recordTelemetry(r: RunRecord): void {
  if (!enabled) return;
  const apps = applicationsIn(r.plan, r.session);
  if (!apps.length) return;
  const store = storeFor(r.session);
  for (const planned of apps) {
    const step = record(r, planned, store);
    store.push(step);
    for (const l of listeners) if (l.session === null || l.session === r.session) l.fn(step, r.session);
  }
}

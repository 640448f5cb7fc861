// What an optimizer tells telemetry about each train op it builds: the (gradient, variable,
// update op) triples, the loss when minimize knows it, and the global step. Kept per graph in
// `graph.extras`, so the run observer can recognise a train op in any plan.
import type { Graph } from '../graph/graph';
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import type { Variable } from '../variables/variable';

export interface AppliedVariable {
  variable: Variable;
  gradient: Tensor;
  /** The Apply* op that updates the variable in place. */
  applyOp: Operation;
  /**
   * When the update is exactly `scale · gradient` (gradient descent), the scale tensor (the
   * learning rate as the kernel saw it): the update norm is then `scale · ‖g‖`, with no pass
   * over the variable.
   */
  updateScale: Tensor | null;
}

export interface TrainingApplication {
  /** The op `apply_gradients` returned (the NoOp group, or the global step's AssignAdd). */
  trainOp: Operation;
  optimizerName: string;
  optimizerType: string;
  loss: Tensor | null;
  learningRate: Tensor | null;
  globalStep: Tensor | null;
  variables: AppliedVariable[];
}

const KEY = 'training.applications';

export function trainingApplications(g: Graph): Map<Operation, TrainingApplication> {
  let m = g.extras.get(KEY) as Map<Operation, TrainingApplication> | undefined;
  if (!m) { m = new Map(); g.extras.set(KEY, m); }
  return m;
}
export function registerTrainingApplication(app: TrainingApplication): void {
  trainingApplications(app.trainOp.graph).set(app.trainOp, app);
}
/** The application a train op belongs to (the gradient view uses it to list the pairs). */
export function trainingApplicationOf(op: Operation): TrainingApplication | undefined {
  return (op.graph.extras.get(KEY) as Map<Operation, TrainingApplication> | undefined)?.get(op);
}

/**
 * The values a run observer reads after a run of `plan` that executes train ops: gradients, the
 * variables' read snapshots, update scales, loss, learning rate, global step. Passed as the
 * `retain` hook of addRunObserver, so the session keeps them alive until the run ends.
 */
export function trainingValuesIn(plan: { executed: Operation[] }): Tensor[] {
  const first = plan.executed[0];
  const registry = first ? trainingApplications(first.graph) : null;
  const out: Tensor[] = [];
  if (!registry || registry.size === 0) return out;
  for (const op of plan.executed) {
    const app = registry.get(op);
    if (!app) continue;
    for (const t of [app.loss, app.learningRate, app.globalStep]) if (t) out.push(t);
    for (const a of app.variables) {
      out.push(a.gradient, a.variable.snapshot, a.applyOp.inputs[0]);
      if (a.updateScale) out.push(a.updateScale);
    }
  }
  return out;
}

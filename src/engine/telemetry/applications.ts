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

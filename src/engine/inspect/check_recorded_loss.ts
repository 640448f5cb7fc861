// The gradient check as the graph view asks for it: a loss and variables named by the view, the
// values taken from what the kernel's sessions did.
//
// Feeds: the check feeds the loss's placeholders with the values of the last sess.run that
// computed the loss (for the seed, the last `sess.run(train, feed_dict={x: batch_xs, y: batch_ys})`).
// A finite-difference check needs some batch, and this one answers the question a learner has
// when training misbehaves: were the gradients of my last step right, on the batch it saw? The
// values are the arrays that run was fed (RunHistory keeps them by reference, for free); asking
// the user to pick arrays in the panel would add a step and could pick a batch of another shape.
// Variables: their current values in that run's session (its values at close when it was closed).
import type { Graph } from '../graph/graph';
import type { Tensor } from '../graph/tensor';
import type { NDArray } from '../ndarray';
import type { Session } from '../session/session';
import { valueError } from '../errors';
import type { GradientCheckPayload } from '../../shared/payloads/gradient_check';
import type { Inspection } from './inspection';
import { checkLossGradients, type LossGradientCheckOptions } from './loss_gradient_check';

function lossTensor(graph: Graph, name: string): Tensor {
  try {
    return graph.getTensorByName(name.includes(':') ? name : `${name}:0`);
  } catch {
    throw valueError(`Check gradients: the graph has no tensor named '${name}'`);
  }
}

const valuesOf = (s: Session) => (s.isClosed ? s.valuesAtClose ?? new Map<string, NDArray>() : s.variables);

export function checkRecordedLoss(
  inspection: Inspection, graph: Graph, lossName: string, variables: string[],
  options: Pick<LossGradientCheckOptions, 'maxElements' | 'precision'> = {},
): GradientCheckPayload {
  const loss = lossTensor(graph, lossName);
  const run = inspection.lastRunOf(graph, loss.op);
  const computedLoss = !!run && run.plan.executed.includes(loss.op);
  const session = run?.session ?? null;
  const feeds = computedLoss ? run!.feedValues : new Map<Tensor, NDArray>();
  const fedNames = [...feeds.keys()].map(t => t.op.name).join(', ');
  const feedSource = computedLoss
    ? `the last run that computed ${loss.name} (run #${run!.step + 1} of its session)${fedNames ? `: fed ${fedNames}` : ', no feeds'}`
    : `no feeds: no run has computed ${loss.name} yet`;
  return checkLossGradients({
    loss, variables, feeds, feedSource,
    valueOf: (name) => (session ? valuesOf(session).get(name) : inspection.graphVariableValue(name)),
    ...options,
  });
}

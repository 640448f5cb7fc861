// Which ops are the model (forward), which `tf.gradients` built (gradient), which the optimizer
// built (update); and which name scopes a view should show collapsed at first.
import type { Graph } from '../graph/graph';
import type { Operation } from '../graph/operation';
import { trainingApplications } from '../telemetry/applications';
import type { OpKind } from '../../shared/payloads/graph';

/** `gradients`, `gradients_1`: the scopes `tf.gradients` names by default. */
const GRADIENT_ROOT = /^gradients(_\d+)?$/;

export interface KindRules {
  kindOf(op: Operation): OpKind;
  /** Top-level scopes the optimizers built (`GradientDescent`, `Adam`). */
  optimizerRoots: Set<string>;
}

export function kindRules(graph: Graph): KindRules {
  const updateOps = new Set<Operation>();
  const optimizerRoots = new Set<string>();
  const optimizerNames = new Set<string>();
  for (const app of trainingApplications(graph).values()) {
    updateOps.add(app.trainOp);
    optimizerNames.add(app.optimizerName);
    for (const v of app.variables) {
      updateOps.add(v.applyOp);
      optimizerRoots.add(v.applyOp.name.split('/')[0]);
    }
  }
  const kindOf = (op: Operation): OpKind => {
    const segments = op.name.split('/');
    if (GRADIENT_ROOT.test(segments[0]) && segments.length > 1) return 'gradient';
    if (updateOps.has(op) || optimizerRoots.has(segments[0])) return 'update';
    // Slot variables (`Variable/Adam`, `Variable/Momentum/Assign`) belong to the optimizer too.
    if (segments.some((s, i) => i > 0 && optimizerNames.has(s.replace(/_\d+$/, '')))) return 'update';
    return 'forward';
  };
  return { kindOf, optimizerRoots };
}

export function isGradientRoot(segment: string): boolean { return GRADIENT_ROOT.test(segment); }

// The gradient view shows what an optimizer does to each variable. Values that display as it:
//   - a train op: the Operation `optimizer.minimize(...)` / `apply_gradients(...)` returned
//     (added beside the graph view's mime, which stays the default for operations);
//   - an optimizer object (`tf.train.GradientDescentOptimizer(0.5)`): every train op it built;
//   - compute_gradients' result: a list of (gradient or None, Variable) pairs.
// Numbers come from the engine's telemetry of the session that last ran a train op of the graph.
import { Operation } from '../../engine';
import { Tensor } from '../../engine';
import { Variable } from '../../engine';
import { Optimizer } from '../../engine';
import { getTelemetry, trainingApplicationOf } from '../../engine';
import type { GradientsPayload } from '../../shared/payloads/gradients';
import { gradientsForOptimizer, gradientsForPairs, gradientsForTrainOp, type GradientsOptions } from '../../engine';
import { Mime } from '../../shared/mimes';
import { engineValueOf, type FormatContext, type RichFormatter } from './context';

const optionsOf = (ctx: FormatContext): GradientsOptions => ({
  aliasOf: (v) => ctx.globalNameOf((g) => engineValueOf(g) === v),
  inspection: ctx.inspection,
});

function itemsOf(value: unknown): unknown[] | undefined {
  const items = (value as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : undefined;
}

/** compute_gradients' list, or undefined when the value is anything else. */
function gradientPairs(value: unknown): [Tensor | null, Variable][] | undefined {
  const items = itemsOf(value);
  if (!items?.length) return undefined;
  const pairs: [Tensor | null, Variable][] = [];
  for (const item of items) {
    const pair = itemsOf(item);
    if (pair?.length !== 2) return undefined;
    const gradient = pair[0] === null ? null : engineValueOf(pair[0]);
    const variable = engineValueOf(pair[1]);
    if (!(variable instanceof Variable) || !(gradient === null || gradient instanceof Tensor)) return undefined;
    pairs.push([gradient, variable]);
  }
  return pairs;
}

export const gradientsFormatter: RichFormatter = (value, ctx) => {
  const options = optionsOf(ctx);
  const optimizer = (value as { optimizer?: unknown } | null)?.optimizer;
  if (optimizer instanceof Optimizer) return { [Mime.gradients]: gradientsForOptimizer(optimizer, options) };
  const engine = engineValueOf(value);
  if (engine instanceof Operation && trainingApplicationOf(engine)) {
    const payload = gradientsForTrainOp(engine, options);
    return payload ? { [Mime.gradients]: payload } : undefined;
  }
  const pairs = gradientPairs(value);
  return pairs ? { [Mime.gradients]: gradientsForPairs(pairs, options) } : undefined;
};

/**
 * For the gradient side panel: the payload of the train op this kernel's sessions ran last,
 * or null before any optimizer step. The worker answers a panel request with it.
 */
export function latestGradientsPayload(ctx: FormatContext): GradientsPayload | null {
  const session = ctx.inspection.lastTrainingSession();
  const steps = session ? getTelemetry(session).steps : [];
  const trainOp = steps[steps.length - 1]?.trainOp;
  if (!session || !trainOp) return null;
  const op = session.graph.getOperations().find((o) => o.name === trainOp);
  return (op && gradientsForTrainOp(op, { ...optionsOf(ctx), session })) ?? null;
}

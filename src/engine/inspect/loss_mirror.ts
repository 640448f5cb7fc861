// A copy of what a loss computes, in a graph of its own, for the graph view's gradient check.
// The copy holds only the ops the loss needs (its forward closure), with every variable and every
// fed tensor replaced by a placeholder, so the check can evaluate the loss at any variable values
// without writing the user's session (nothing to restore, nothing a failure could leave behind)
// and without adding ops to the user's graph (the graph view would show them). Float ops can be
// rebuilt in float64, which is what makes central differences accurate: in float32 the rounding of
// a loss near 1 is about 1e-7, as large as the differences a small step produces.
// Each op keeps its gradient type (gradient_override_map), so the copy's tf.gradients builds the
// same gradient rules the user's optimizer does.
import { Graph } from '../graph/graph';
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import { withDefaultGraph } from '../graph/default_graph';
import type { DType } from '../dtypes';
import { NDArray } from '../ndarray';
import { makeOp } from '../ops/builder';
import { getKernel } from '../kernels/registry';
import { placeholder } from '../ops/control/placeholder';
import { OpType } from '../ops/op_types';
import { PyLikeError, valueError } from '../errors';

export type MirrorPrecision = 'float64' | 'float32';

export interface LossMirror {
  graph: Graph;
  loss: Tensor;
  /** Variable op name → the placeholder standing for its value. */
  variables: Map<string, Tensor>;
  /** Fed tensor of the user's graph → the placeholder standing for it. */
  feeds: Map<Tensor, Tensor>;
  /** Stateful ops (random ones) the copy kept: their values may change from run to run. */
  stateful: Operation[];
  precision: MirrorPrecision;
}

// Low-precision floats are widened with the rest: the check is about the formula, not the storage.
const WIDENED: ReadonlySet<string> = new Set(['float32', 'float16']);

export function mirrorDType(dtype: DType, precision: MirrorPrecision): DType {
  return precision === 'float64' && WIDENED.has(dtype) ? 'float64' : dtype;
}

/** The ops `loss` needs, in creation order (a topological order), stopping at fed tensors and variables. */
function forwardClosure(loss: Tensor, fed: ReadonlySet<Tensor>): Operation[] {
  const seen = new Set<Operation>();
  const stack = [loss.op];
  while (stack.length) {
    const op = stack.pop()!;
    if (seen.has(op)) continue;
    seen.add(op);
    if (op.type === OpType.VariableV2) continue;
    // Control inputs are left out: they order effects (updates, asserts), they do not feed values.
    for (const t of op.inputs) if (!fed.has(t)) stack.push(t.op);
  }
  return [...seen].sort((a, b) => a.id - b.id);
}

function mirrorAttrs(op: Operation, precision: MirrorPrecision): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(op.attrs)) {
    if (typeof v === 'string' && WIDENED.has(v)) attrs[k] = mirrorDType(v as DType, precision);
    else if (v instanceof NDArray && WIDENED.has(v.dtype)) attrs[k] = v.astype(mirrorDType(v.dtype, precision));
    else attrs[k] = v;
  }
  return attrs;
}

/**
 * Copies the loss. `fed` are the tensors the check feeds (the last run's feeds). A placeholder
 * the loss needs that is not fed, or control flow the copy cannot rebuild, raises.
 */
export function mirrorLoss(loss: Tensor, fed: readonly Tensor[], precision: MirrorPrecision): LossMirror {
  const fedSet = new Set(fed);
  const ops = forwardClosure(loss, fedSet);
  const graph = new Graph();
  const mirror: LossMirror = { graph, loss: loss, variables: new Map(), feeds: new Map(), stateful: [], precision };
  const copied = new Map<Tensor, Tensor>();
  withDefaultGraph(graph, () => {
    for (const t of fed) {
      if (!ops.includes(t.op) && !ops.some(op => op.inputs.includes(t))) continue;
      const p = placeholder(mirrorDType(t.dtype, precision), t.shape, `feed/${t.op.name}`);
      mirror.feeds.set(t, p);
      copied.set(t, p);
    }
    for (const op of ops) {
      if (op.outputs.every(t => copied.has(t))) continue;
      if (op.controlFlowContext !== null) throw new PyLikeError('NotImplementedError', `Check gradients: the loss depends on '${op.name}' inside a while loop or cond, which the check cannot copy yet`);
      if (op.type === OpType.Placeholder) throw valueError(`Check gradients: the loss needs a value for placeholder '${op.name}': run the loss (or a train op built on it) with a feed_dict first`);
      if (op.type === OpType.VariableV2) {
        const out = op.outputs[0];
        const p = placeholder(mirrorDType(out.dtype, precision), out.shape, `variable/${op.name}`);
        mirror.variables.set(op.name, p);
        copied.set(out, p);
        continue;
      }
      if (getKernel(op.type)?.stateful) mirror.stateful.push(op);
      const inputs = op.inputs.map(t => copied.get(t)!);
      // The user's op names, so an error of the copy names the op the user wrote.
      const name = graph.hasOperation(op.name) ? op.name : `${op.name}/`;
      const made = makeOp(op.type, inputs, mirrorAttrs(op, precision), name);
      made.gradientType = op.gradientType;
      op.outputs.forEach((t, i) => copied.set(t, made.outputs[i]));
    }
  });
  mirror.loss = copied.get(loss)!;
  return mirror;
}

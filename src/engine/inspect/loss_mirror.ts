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
import { copyCond, copyWhile, type MirrorCopier } from './mirror_control_flow';

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
 * the loss needs that is not fed raises; so does a loss computed inside a loop body or branch.
 * While loops and conds the loss reads are built again around copies of their bodies
 * (mirror_control_flow.ts).
 */
export function mirrorLoss(loss: Tensor, fed: readonly Tensor[], precision: MirrorPrecision): LossMirror {
  if (loss.op.controlFlowContext !== null) {
    throw new PyLikeError('NotImplementedError', `Check gradients: ${loss.name} is computed inside a while loop or cond, where it has one value per iteration or only when its branch runs; check a tensor the loop or cond returns`);
  }
  const fedSet = new Set(fed);
  const ops = forwardClosure(loss, fedSet);
  const graph = new Graph();
  const mirror: LossMirror = { graph, loss: loss, variables: new Map(), feeds: new Map(), stateful: [], precision };
  const copied = new Map<Tensor, Tensor>();
  const copier: MirrorCopier = {
    input: (t) => copied.get(t) ?? missingInput(t),
    set: (original, copy) => { copied.set(original, copy); },
    copyOps: (list) => { for (const op of list) copyOp(op); },
  };
  const done = new Set<Operation>();
  const copyOp = (op: Operation): void => {
    if (done.has(op) || (op.outputs.length && op.outputs.every(t => copied.has(t)))) return;
    done.add(op);
    if (op.type === OpType._Arg) return; // a loop variable: copyWhile maps it
    if (op.type === OpType.While) return copyWhile(op, copier);
    if (op.type === OpType.If) return copyCond(op, copier);
    if (op.type === OpType.Placeholder) throw valueError(`Check gradients: the loss needs a value for placeholder '${op.name}': run the loss (or a train op built on it) with a feed_dict first`);
    if (op.type === OpType.VariableV2) {
      const out = op.outputs[0];
      const p = placeholder(mirrorDType(out.dtype, precision), out.shape, `variable/${op.name}`);
      mirror.variables.set(op.name, p);
      copied.set(out, p);
      return;
    }
    if (getKernel(op.type)?.stateful) mirror.stateful.push(op);
    const inputs = op.inputs.map(copier.input);
    // The user's op names, so an error of the copy names the op the user wrote.
    const name = graph.hasOperation(op.name) ? op.name : `${op.name}/`;
    const made = makeOp(op.type, inputs, mirrorAttrs(op, precision), name);
    made.gradientType = op.gradientType;
    op.outputs.forEach((t, i) => copied.set(t, made.outputs[i]));
  };
  withDefaultGraph(graph, () => {
    for (const t of fed) {
      if (!ops.includes(t.op) && !ops.some(op => op.inputs.includes(t))) continue;
      const p = placeholder(mirrorDType(t.dtype, precision), t.shape, `feed/${t.op.name}`);
      mirror.feeds.set(t, p);
      copied.set(t, p);
    }
    copier.copyOps(ops);
  });
  mirror.loss = copied.get(loss)!;
  return mirror;
}

/**
 * An input the copy has not made: a While or If output past its results is a value the op
 * records for tf.gradients, so the loss is built from a gradient through control flow.
 */
function missingInput(t: Tensor): never {
  if (t.op.type === OpType.While || t.op.type === OpType.If) {
    throw new PyLikeError('NotImplementedError', `Check gradients: the loss reads ${t.name}, a value '${t.op.name}' keeps for tf.gradients; checking it would need second-order gradients through control flow, which the engine does not build (they raise LookupError)`);
  }
  throw new Error(`internal: the gradient check's copy has no ${t.name}`);
}

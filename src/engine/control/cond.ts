// tf.cond over flat lists of tensors. Both branch functions are called once (true first, as
// TF1 does) into their own contexts under the `cond/` scope; one If op takes the predicate and
// every outer tensor either branch reads, and at run time runs only the taken branch. The
// results are `cond/Merge`, `cond/Merge_1`, ... as in TF1.
import { Tensor } from '../graph/tensor';
import type { Graph } from '../graph/graph';
import type { Operation } from '../graph/operation';
import { convertToTensor, makeOp, makeOp1 } from '../ops/builder';
import { OpType } from '../ops/op_types';
import type { StaticShape } from '../shape';
import { typeError, valueError } from '../errors';
import { attachCond, collectCaptures, CondBranchContext, CondFrame } from './contexts';

export type BranchFn = () => Tensor[];

export interface CondOptions {
  name?: string | null;
  /** Backward conds: reads of this forward cond's branch tensors come from its outputs. */
  replayOf?: CondFrame;
}

export function cond(pred: Tensor, trueFn: BranchFn, falseFn: BranchFn, opts: CondOptions = {}): Tensor[] {
  const g = pred.graph;
  return g.withNameScope(opts.name ?? null, 'cond', scope => {
    if (pred.dtype !== 'bool') throw typeError(`Input 'pred' of 'Switch' Op has type ${pred.dtype} that does not match expected type of bool.`);
    const outer = g.controlFlowContext;
    const name = scope.slice(0, -1);
    const thenCtx = new CondBranchContext(name, outer, 1);
    const elseCtx = new CondBranchContext(name, outer, 0);
    thenCtx.outputs = buildBranch(g, thenCtx, trueFn);
    elseCtx.outputs = buildBranch(g, elseCtx, falseFn);
    const [t, f] = [thenCtx.outputs, elseCtx.outputs];
    if (t.length !== f.length) throw valueError(`true_fn and false_fn must return the same number of results: ${t.length}, ${f.length}`);
    t.forEach((x, i) => {
      if (x.dtype !== f[i].dtype) throw valueError(`Outputs of true_fn and false_fn must have the same type: ${x.dtype}, ${f[i].dtype}`);
    });
    const frame: CondFrame = { branches: [elseCtx, thenCtx], op: null, captures: [], intermediates: [], replay: [] };
    const replayOf = opts.replayOf;
    const excluded = (t: Tensor) => !!replayOf && (replayOf.branches[0].contains(t) || replayOf.branches[1].contains(t));
    const replayed = [...collectCaptures(thenCtx, t, excluded), ...collectCaptures(elseCtx, f, excluded)];
    const captures = unique([...thenCtx.captures, ...elseCtx.captures]);
    frame.captures = captures;
    const controls = unique([...thenCtx.controlCaptures, ...elseCtx.controlCaptures]);
    const replayInputs = replayOf ? replayedInputs(frame, replayOf, unique(replayed), 1 + captures.length) : [];
    const op: Operation = makeOp(OpType.If, [pred, ...captures, ...replayInputs], {
      Tin: captures.map(c => c.dtype), Tout: t.map(x => x.dtype),
      output_specs: t.map((x, i) => ({ dtype: x.dtype, shape: mostSpecificCompatible(x.shape, f[i].shape) })),
    }, 'If', controls);
    attachCond(op, frame);
    return op.outputs.slice(0, t.length).map(o => makeOp1(OpType.Identity, [o], {}, 'Merge'));
  });
}

function buildBranch(g: Graph, ctx: CondBranchContext, fn: BranchFn): Tensor[] {
  const saved = g.controlFlowContext;
  g.controlFlowContext = ctx;
  try {
    return fn().map(x => convertToTensor(x));
  } finally {
    g.controlFlowContext = saved;
  }
}

/** TF's Merge shape: the most specific shape compatible with both branches. */
function mostSpecificCompatible(a: StaticShape, b: StaticShape): StaticShape {
  if (a === null || b === null || a.length !== b.length) return null;
  return a.map((d, i) => (d === b[i] ? d : null));
}

function unique<T>(xs: T[]): T[] { return [...new Set(xs)]; }

/** A backward cond's reads of forward branch tensors: forward If outputs (added on first use). */
function replayedInputs(frame: CondFrame, forward: CondFrame, reads: Tensor[], first: number): Tensor[] {
  frame.replay = reads.map((tensor, i) => ({ tensor, input: first + i }));
  return reads.map(t => intermediateOutput(forward, t));
}

/** The forward If op's output exposing branch tensor `t` (added on first use). */
export function intermediateOutput(forward: CondFrame, t: Tensor): Tensor {
  const branch = forward.branches[1].contains(t) ? 1 : 0;
  if (t.op.controlFlowContext !== forward.branches[branch]) throw new Error(`internal: ${t.name} is not computed directly in a branch of '${forward.branches[0].name}'`);
  const op = forward.op!;
  const results = op.outputs.length - forward.intermediates.length;
  const i = forward.intermediates.findIndex(p => p[branch] === t);
  if (i >= 0) return op.outputs[results + i];
  const pair: [Tensor | null, Tensor | null] = [null, null];
  pair[branch] = t;
  forward.intermediates.push(pair);
  const out = new Tensor(op, op.outputs.length, t.dtype, t.shape);
  op.outputs.push(out);
  return out;
}

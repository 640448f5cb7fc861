// tf.while_loop over flat lists of tensors (the Python binding packs and unpacks structures).
// One While op runs the loop; cond and body ops are built once into a WhileContext under the
// `while/` name scope, reading the loop variables from `_Arg` ops (`while/Identity`, ...) and
// any outer tensor directly. The results are `while/Exit`, `while/Exit_1`, ... as in TF1.
import { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import { getDefaultGraph } from '../graph/default_graph';
import { convertToTensor, makeOp, makeOp1, TensorLike } from '../ops/builder';
import { OpType } from '../ops/op_types';
import { StaticShape, formatShapePy, isCompatible } from '../shape';
import { typeError, valueError } from '../errors';
import { attachWhile, collectCaptures, WhileContext } from './contexts';

export interface WhileOptions {
  /** Per loop variable: the shape it may take inside the loop (undefined/null: its entry shape). */
  shapeInvariants?: readonly (StaticShape | undefined)[] | null;
  parallelIterations?: number;
  backProp?: boolean;
  swapMemory?: boolean;
  name?: string | null;
  maximumIterations?: TensorLike | null;
  /** Backward loops: reads of this forward loop's tensors are replayed, not captured. */
  replayOf?: WhileContext;
}

export type LoopCond = (vars: Tensor[]) => Tensor;
export type LoopBody = (vars: Tensor[]) => Tensor[];

export function whileLoop(cond: LoopCond, body: LoopBody, loopVars: readonly Tensor[], opts: WhileOptions = {}): Tensor[] {
  const parallel = opts.parallelIterations ?? 10;
  if (!Number.isInteger(parallel) || parallel < 1) throw typeError('parallel_iterations must be a positive integer.');
  const g = loopVars.length ? loopVars[0].graph : getDefaultGraph();
  return g.withNameScope(opts.name ?? null, 'while', scope => {
    if (!loopVars.length) throw valueError('No loop variables provided');
    if (opts.maximumIterations === null || opts.maximumIterations === undefined) {
      return buildLoop(cond, body, loopVars, opts, parallel, scope);
    }
    const max = convertToTensor(opts.maximumIterations, null, 'maximum_iterations');
    if (max.shape !== null && max.shape.length !== 0) throw valueError(`maximum_iterations must be a scalar, saw shape: ${formatShapePy(max.shape)}`);
    const counter = convertToTensor(0, max.dtype, 'iteration_counter');
    const invariants = opts.shapeInvariants ? [counter.shape, ...opts.shapeInvariants] : null;
    const out = buildLoop(
      ([i, ...vs]) => makeOp1(OpType.LogicalAnd, [makeOp1(OpType.Less, [i, max]), cond(vs)]),
      ([i, ...vs]) => [makeOp1(OpType.Add, [i, convertToTensor(1, i.dtype)]), ...body(vs)],
      [counter, ...loopVars], { ...opts, shapeInvariants: invariants }, parallel, scope);
    return out.slice(1);
  });
}

function buildLoop(cond: LoopCond, body: LoopBody, init: readonly Tensor[], opts: WhileOptions, parallel: number, scope: string): Tensor[] {
  const g = init[0].graph;
  const outer = g.controlFlowContext;
  const ctx = new WhileContext(scope.slice(0, -1), outer, opts.backProp ?? true, parallel);
  const invariants = init.map((t, j) => invariantOf(t, opts.shapeInvariants?.[j]));
  g.controlFlowContext = ctx;
  try {
    ctx.loopVars = init.map((t, j) => makeOp1(OpType._Arg, [], { T: t.dtype, index: j, shape: invariants[j] }, 'Identity'));
    const pred = convertToTensor(cond(ctx.loopVars.slice()));
    if (pred.dtype !== 'bool') throw typeError(`Input 'input' of 'LoopCond' Op has type ${pred.dtype} that does not match expected type of bool.`);
    if (pred.shape !== null && pred.shape.length !== 0) throw valueError(`Shape must be rank 0 but is rank ${pred.shape.length} for '${scope}LoopCond' (op: 'LoopCond') with input shapes: [${pred.shape.map(d => d ?? '?').join(',')}].`);
    ctx.pred = pred;
    const next = body(ctx.loopVars.slice()).map(t => convertToTensor(t));
    if (next.length !== init.length) throw valueError(`Number of inputs and outputs of body must match loop_vars: ${init.length}, ${next.length}`);
    next.forEach((t, j) => checkNext(init[j], t, invariants[j]));
    ctx.next = next;
  } finally {
    g.controlFlowContext = outer;
  }
  const replayOf = opts.replayOf;
  const replayed = collectCaptures(ctx, [ctx.pred, ...ctx.next, ...ctx.loopVars], replayOf ? (t => replayOf.contains(t)) : undefined);
  const extraInputs = replayOf ? replayInputs(ctx, replayOf, replayed) : [];
  const op: Operation = makeOp(OpType.While, [...init, ...ctx.captures, ...extraInputs], {
    T: init.map(t => t.dtype), parallel_iterations: parallel, output_specs: ctx.loopVars.map(v => ({ dtype: v.dtype, shape: v.shape })),
  }, 'While', ctx.controlCaptures);
  attachWhile(op, ctx);
  return op.outputs.slice(0, init.length).map(t => makeOp1(OpType.Identity, [t], {}, 'Exit'));
}

function invariantOf(t: Tensor, given: StaticShape | undefined): StaticShape {
  if (given === undefined) return t.shape;
  if (!isCompatible(t.shape, given) || !atLeastAsSpecific(t.shape, given)) {
    throw valueError(`The shape invariant specified for ${t.name} is not compatible with the initial shape of the loop variable. It enters the loop with shape ${formatShapePy(t.shape)}, but the specified shape invariant is ${formatShapePy(given)}.`);
  }
  return given;
}

/** TF's `_EnforceShapeInvariant`: a next value's shape must fit the invariant. */
function checkNext(entry: Tensor, next: Tensor, invariant: StaticShape): void {
  if (next.dtype !== entry.dtype) {
    throw typeError(`Input tensor '${entry.name}' enters the loop with dtype ${entry.dtype}, but has dtype ${next.dtype} after one iteration.`);
  }
  if (!atLeastAsSpecific(next.shape, invariant)) {
    throw valueError(`Input tensor '${entry.name}' enters the loop with shape ${formatShapePy(invariant)}, but has shape ${formatShapePy(next.shape)} after one iteration. To allow the shape to vary across iterations, use the \`shape_invariants\` argument of tf.while_loop to specify a less-specific shape.`);
  }
}

/** Whether `s` is at least as specific as `invariant` (every known dim of the invariant agrees). */
function atLeastAsSpecific(s: StaticShape, invariant: StaticShape): boolean {
  if (invariant === null) return true;
  if (s === null || s.length !== invariant.length) return false;
  return invariant.every((d, i) => d === null || s[i] === d);
}

/**
 * A backward loop's reads of forward-loop tensors become inputs: the forward op records each
 * one per iteration (an extra output) and this loop's runner feeds iteration (counter - 1).
 */
function replayInputs(ctx: WhileContext, forward: WhileContext, reads: Tensor[]): Tensor[] {
  const first = ctx.loopVars.length + ctx.captures.length;
  ctx.replay = { counter: 0, feeds: reads.map((tensor, i) => ({ tensor, input: first + i })) };
  return reads.map(t => recordedOutput(forward, t));
}

/** The forward While op's output holding `t`'s value of every iteration (added on first use). */
export function recordedOutput(forward: WhileContext, t: Tensor): Tensor {
  if (t.op.controlFlowContext !== forward) throw new Error(`internal: ${t.name} is not computed directly in '${forward.name}'`);
  const i = forward.accumulated.indexOf(t);
  if (i >= 0) return forward.accumulatedOutputs[i];
  const out = addOutput(forward.op!, 'int32', null);
  forward.accumulated.push(t);
  forward.accumulatedOutputs.push(out);
  return out;
}

/** The forward While op's iteration count output (added on first use). */
export function countOutput(forward: WhileContext): Tensor {
  if (!forward.countOutput) forward.countOutput = addOutput(forward.op!, 'int32', []);
  return forward.countOutput;
}

/** TF2's while_v2 does the same: the gradient adds outputs to the forward op it differentiates. */
function addOutput(op: Operation, dtype: 'int32', shape: StaticShape): Tensor {
  const t = new Tensor(op, op.outputs.length, dtype, shape);
  op.outputs.push(t);
  return t;
}


// The gradient check's copy of a while loop or a cond (loss_mirror.ts copies everything else).
// A While or If op cannot be copied as one node: its body is the ops of its context, run by the
// op's runner. So the copy builds the loop or cond again with the engine's own builders, whose
// cond, body and branch functions copy the original context's ops (only those its results need)
// into the new context. The rebuilt op then gets its gradient from the same machinery (a backward
// While or If) as the user's, and nested loops and conds are copied by the same recursion.
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import { PyLikeError } from '../errors';
import { OpType } from '../ops/op_types';
import { condFrameOf, neededOps, whileContextOf } from '../control/contexts';
import { whileLoop } from '../control/while_loop';
import { cond } from '../control/cond';

/** What the mirror offers the copy: its tensor map and its op copier (which recurses here). */
export interface MirrorCopier {
  /** The copy of an original tensor (raises when it was not copied). */
  input(t: Tensor): Tensor;
  /** Map an original tensor to its copy. */
  set(original: Tensor, copy: Tensor): void;
  /** Copy ops in order, skipping those already copied. */
  copyOps(ops: readonly Operation[]): void;
}

/** A loop or cond built by tf.gradients: checking it would need second-order gradients through control flow. */
function gradientFrame(op: Operation): PyLikeError {
  return new PyLikeError('NotImplementedError', `Check gradients: the loss reads '${op.name}', a ${op.type === OpType.While ? 'while loop' : 'cond'} built by tf.gradients; checking it would need second-order gradients through control flow, which the engine does not build (they raise LookupError)`);
}

/** The op the builders' results (`while/Exit`, `cond/Merge` Identities) read. */
const frameOpOf = (result: Tensor): Operation => result.op.inputs[0].op;

export function copyWhile(op: Operation, c: MirrorCopier): void {
  const ctx = whileContextOf(op);
  if (ctx.replay) throw gradientFrame(op);
  const n = ctx.loopVars.length;
  // Cond and body receive the same loop-variable tensors; the original's stand for them.
  const enter = (vars: Tensor[]) => ctx.loopVars.forEach((v, j) => c.set(v, vars[j]));
  const results = whileLoop(
    (vars) => { enter(vars); c.copyOps(neededOps(ctx, [ctx.pred!])); return c.input(ctx.pred!); },
    (vars) => { enter(vars); c.copyOps(neededOps(ctx, ctx.next)); return ctx.next.map(t => c.input(t)); },
    op.inputs.slice(0, n).map(t => c.input(t)),
    // A loop built with maximum_iterations already counts in its loop variables and cond: copied as is.
    { shapeInvariants: ctx.loopVars.map(v => v.shape), parallelIterations: ctx.parallelIterations, backProp: ctx.backProp, name: `${ctx.name}/` },
  );
  const made = frameOpOf(results[0]);
  made.gradientType = op.gradientType;
  for (let j = 0; j < n; j++) c.set(op.outputs[j], made.outputs[j]);
}

export function copyCond(op: Operation, c: MirrorCopier): void {
  const frame = condFrameOf(op);
  if (frame.replay.length) throw gradientFrame(op);
  const [elseCtx, thenCtx] = frame.branches;
  if (!thenCtx.outputs.length) return; // nothing of it can reach a loss
  const branch = (ctx: typeof thenCtx) => () => { c.copyOps(neededOps(ctx, ctx.outputs)); return ctx.outputs.map(t => c.input(t)); };
  const results = cond(c.input(op.inputs[0]), branch(thenCtx), branch(elseCtx), { name: `${thenCtx.name}/` });
  const made = frameOpOf(results[0]);
  made.gradientType = op.gradientType;
  results.forEach((_, j) => c.set(op.outputs[j], made.outputs[j]));
}

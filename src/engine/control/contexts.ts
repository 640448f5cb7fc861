// The two kinds of control-flow context: a while loop's body (cond and body functions share it)
// and one branch of a cond. Ops built while a context is current belong to it (the graph tags
// them); the context's op (While / If) runs them, so a top-level plan never sees them.
//
// A loop or branch reads outer tensors directly (no Enter/Switch ops): when its builder finishes,
// `collectCaptures` lists the outer tensors its ops read, and those become inputs of the While/If
// op. Sub-plans then treat them as fed values.
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import type { ControlFlowContext } from '../graph/control_flow_context';
import { isWithin } from '../graph/control_flow_context';

export abstract class FrameContext implements ControlFlowContext {
  /** Ops built directly in this context (nested loops and conds are one op each here). */
  readonly ops: Operation[] = [];
  /** Outer tensors read inside, in order of first use: inputs of this frame's op. */
  captures: Tensor[] = [];
  /** Outer ops that body ops named as control inputs: control inputs of this frame's op. */
  controlCaptures: Operation[] = [];
  constructor(readonly name: string, readonly outer: ControlFlowContext | null) {}
  addOp(op: Operation): void { this.ops.push(op); }
  /** Whether `t` is computed inside this context (at any depth). */
  contains(t: Tensor): boolean { return isWithin(t.op.controlFlowContext, this); }
}

/** A while loop: its loop variables as seen inside, the condition, the next values. */
export class WhileContext extends FrameContext {
  /** The `_Arg` outputs cond and body receive, one per flat loop variable. */
  loopVars: Tensor[] = [];
  pred: Tensor | null = null;
  next: Tensor[] = [];
  /** The While op (set when the loop is built). */
  op: Operation | null = null;
  /** Inner tensors recorded every iteration for the gradient: outputs after the loop vars. */
  readonly accumulated: Tensor[] = [];
  /** The While op's output holding each accumulated tensor's values (a ValueStack). */
  readonly accumulatedOutputs: Tensor[] = [];
  /** The op output that counts iterations (made for the first gradient). */
  countOutput: Tensor | null = null;
  /**
   * Backward loops only: before each iteration the body's reads of forward-loop tensors are fed
   * from the forward op's recorded stacks, at index (loop var `counter`) - 1.
   */
  replay: { counter: number; feeds: { tensor: Tensor; input: number }[] } | null = null;
  constructor(name: string, outer: ControlFlowContext | null, readonly backProp: boolean, readonly parallelIterations: number) {
    super(name, outer);
  }
}

/** One branch of a cond. */
export class CondBranchContext extends FrameContext {
  outputs: Tensor[] = [];
  constructor(name: string, outer: ControlFlowContext | null, readonly branch: 0 | 1) { super(name, outer); }
}

/** What an If op runs: its two branches (index 0 = false, 1 = true, as TF's Switch outputs). */
export interface CondFrame {
  readonly branches: readonly [CondBranchContext, CondBranchContext];
  op: Operation | null;
  /** Outer tensors either branch reads: the If op's inputs after the predicate. */
  captures: Tensor[];
  /**
   * Branch-internal tensors the gradient reads, exposed as outputs after the results: entry k is
   * the tensor of each branch (null when the branch does not compute one).
   */
  readonly intermediates: [Tensor | null, Tensor | null][];
  /** Backward conds: inner tensors fed from the forward If's intermediate outputs. */
  replay: { tensor: Tensor; input: number }[];
}

const whileOf = new WeakMap<Operation, WhileContext>();
const condOf = new WeakMap<Operation, CondFrame>();

export function attachWhile(op: Operation, ctx: WhileContext): void { whileOf.set(op, ctx); ctx.op = op; }
export function attachCond(op: Operation, frame: CondFrame): void { condOf.set(op, frame); frame.op = op; }

export function whileContextOf(op: Operation): WhileContext {
  const c = whileOf.get(op);
  if (!c) throw new Error(`While op ${op.name} has no loop body (a graph imported from a file cannot run it)`);
  return c;
}
export function condFrameOf(op: Operation): CondFrame {
  const c = condOf.get(op);
  if (!c) throw new Error(`If op ${op.name} has no branches (a graph imported from a file cannot run it)`);
  return c;
}

/**
 * The ops of `frame` that its results need (walking back from them inside the frame): only these
 * run, so only their reads of outer tensors become captures.
 */
export function neededOps(frame: FrameContext, results: readonly Tensor[]): Operation[] {
  const needed = new Set<Operation>();
  const stack: Operation[] = [];
  const visit = (op: Operation) => { if (op.controlFlowContext === frame && !needed.has(op)) { needed.add(op); stack.push(op); } };
  for (const t of results) visit(t.op);
  while (stack.length) {
    const op = stack.pop()!;
    for (const t of op.inputs) visit(t.op);
    for (const c of op.controlInputs) visit(c);
  }
  return frame.ops.filter(op => needed.has(op));
}

/**
 * The outer tensors and control inputs the ops `results` need read, in order of first use.
 * `exclude` marks reads that are not captures (a backward loop's reads of forward tensors).
 */
export function collectCaptures(frame: FrameContext, results: readonly Tensor[], exclude: (t: Tensor) => boolean = () => false): Tensor[] {
  const seen = new Set<Tensor>();
  const control = new Set<Operation>();
  const excluded: Tensor[] = [];
  const note = (t: Tensor) => {
    if (frame.contains(t) || seen.has(t)) return;
    seen.add(t);
    if (exclude(t)) excluded.push(t); else frame.captures.push(t);
  };
  for (const op of neededOps(frame, results)) {
    for (const t of op.inputs) note(t);
    for (const c of op.controlInputs) {
      if (!isWithin(c.controlFlowContext, frame) && !control.has(c)) { control.add(c); frame.controlCaptures.push(c); }
    }
  }
  for (const t of results) note(t);
  return excluded;
}

/** The ops a While or If op runs inside it (its body or both branches); [] for other ops. */
export function innerOpsOf(op: Operation): Operation[] {
  const w = whileOf.get(op);
  if (w) return w.ops.slice();
  const c = condOf.get(op);
  if (c) return [...c.branches[1].ops, ...c.branches[0].ops];
  return [];
}

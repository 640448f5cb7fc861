// The while-loop body or cond branch an op is built in (src/engine/control/ implements them).
// The graph tags each new op with the context that is current, so the session can leave loop
// and branch bodies out of a top-level plan and the While/If ops run them instead.
import type { Operation } from './operation';

export interface ControlFlowContext {
  /** The context this one is nested in (null: the top level). */
  readonly outer: ControlFlowContext | null;
  /** Called by the graph for each op created while this context is current. */
  addOp(op: Operation): void;
}

/** Whether `inner` is `ctx` or nested (at any depth) inside it. */
export function isWithin(inner: ControlFlowContext | null, ctx: ControlFlowContext): boolean {
  for (let c = inner; c !== null; c = c.outer) if (c === ctx) return true;
  return false;
}

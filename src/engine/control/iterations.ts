// How many iterations each while loop ran the last time it executed, per session runtime, for
// the graph view's executed-order highlight ("while ×28").
import type { Operation } from '../graph/operation';
import type { RuntimeContext } from '../session/runtime';

const byRuntime = new WeakMap<RuntimeContext, Map<Operation, number>>();

export function recordIterations(rt: RuntimeContext, op: Operation, count: number): void {
  let m = byRuntime.get(rt);
  if (!m) { m = new Map(); byRuntime.set(rt, m); }
  m.set(op, count);
}

/** Iterations of `op`'s latest execution in this runtime (undefined: it never ran). */
export function lastIterations(rt: RuntimeContext, op: Operation): number | undefined {
  return byRuntime.get(rt)?.get(op);
}

// Plans for the inside of a loop or branch: the ops of one context that some fetches need, in
// creation order, with value slots, in the session's Plan shape so `liveness` applies. Fed
// tensors (loop variables, captured outer values, replayed forward values) get slots the
// runner fills before each pass.
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import type { Plan, PlanStep } from '../session/plan';
import { liveness } from '../session/plan';
import { getKernel } from '../kernels/registry';
import type { FrameContext } from './contexts';
import { fuseElementwise } from './elementwise_fusion';

export interface FramePlan {
  plan: Plan;
  /** Per step, the slots dead after it (fetches and feeds never die). */
  releases: Int32Array[];
  /** Slot of each fed tensor, in the order given. */
  feedSlots: Int32Array;
  /** Slot of each fetch, in the order given. */
  fetchSlots: Int32Array;
  /** Fetch slots that a step writes (not fed), each once: the runner releases them after use. */
  producedFetchSlots: Int32Array;
}

export function buildFramePlan(ctx: FrameContext, fetches: readonly Tensor[], fed: readonly Tensor[]): FramePlan {
  const fedSet = new Set(fed);
  const needed = new Set<Operation>();
  const stack: Operation[] = [];
  const visit = (t: Tensor) => {
    if (fedSet.has(t)) return;
    if (t.op.controlFlowContext !== ctx) {
      throw new Error(`internal: ${t.name} is read inside '${ctx.name}' but neither computed there nor fed`);
    }
    if (!needed.has(t.op)) { needed.add(t.op); stack.push(t.op); }
  };
  for (const t of fetches) visit(t);
  while (stack.length) {
    const op = stack.pop()!;
    for (const t of op.inputs) visit(t);
    // Control inputs from outside the frame run before the frame's op (they are its control inputs).
    for (const c of op.controlInputs) if (c.controlFlowContext === ctx && !needed.has(c)) { needed.add(c); stack.push(c); }
  }
  const ordered = [...needed].sort((a, b) => a.id - b.id);
  const slotOf = new Map<Tensor, number>();
  let slotCount = 0;
  const slot = (t: Tensor) => { let s = slotOf.get(t); if (s === undefined) { s = slotCount++; slotOf.set(t, s); } return s; };
  const feedSlots = Int32Array.from(fed.map(slot));
  const opSteps: PlanStep[] = ordered.map(op => {
    const kernel = getKernel(op.type);
    if (!kernel) throw new Error(`No kernel registered for op type ${op.type}`);
    return {
      op, kernel,
      inputSlots: Int32Array.from(op.inputs.map(slot)),
      outputSlots: Int32Array.from(op.outputs.map(t => (fedSet.has(t) ? -1 : slot(t)))),
      args: new Array(op.inputs.length),
    };
  });
  const fetchSlots = Int32Array.from(fetches.map(slot));
  // Runs of element-wise ops become one loop each (elementwise_fusion.ts; same bits).
  const steps = fuseElementwise(opSteps, new Set(fetchSlots));
  const feedMap = new Map<Tensor, number>();
  fed.forEach((t, i) => feedMap.set(t, feedSlots[i]));
  const plan: Plan = { steps, slotCount, feedSlots: feedMap, fetchSlots: [...fetchSlots], executed: ordered, slotOf };
  const fedSlotSet = new Set(feedSlots);
  const produced = [...new Set(fetchSlots)].filter(s => !fedSlotSet.has(s));
  return { plan, releases: liveness(plan, []), feedSlots, fetchSlots, producedFetchSlots: Int32Array.from(produced) };
}

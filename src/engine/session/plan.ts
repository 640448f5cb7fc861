// An execution plan: the ops one (fetches, feeds) signature needs, in order, with their value
// slots resolved once. "Searches back from the fetches, then runs forwards", as the seed says.
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import { getKernel, KernelDef } from '../kernels/registry';

export interface PlanStep {
  op: Operation;
  kernel: KernelDef;
  inputSlots: Int32Array;
  outputSlots: Int32Array;
  /** Reused argument array, so a step allocates nothing. */
  args: import('../ndarray').NDArray[];
  /** A fused step (fusion.ts): the op whose computation it took over; its inputs are that op's. */
  fusedFrom?: Operation;
}

export interface Plan {
  steps: PlanStep[];
  slotCount: number;
  feedSlots: Map<Tensor, number>;
  fetchSlots: number[];
  /** Ops in execution order (the graph view highlights these). */
  executed: Operation[];
  /** The slot of every tensor the plan feeds or computes. */
  slotOf: Map<Tensor, number>;
  /** Per step, the slots whose last reader it is (see `liveness`); set by the session. */
  releases?: Int32Array[];
  /** Which set of kept tensors `releases` was computed for. */
  releasesVersion?: number;
  /** Tensors a fused step computes without storing (fusion.ts), for the retain hooks of `fusedVersion`. */
  fusedAway?: Tensor[];
  fusedVersion?: number;
  /** Shape-only steps and their kept outputs (shape_fold.ts); null when nothing folds. */
  shapeFold?: import('./shape_fold').ShapeFold | null;
}

export function buildPlan(fetchTensors: Tensor[], targetOps: Operation[], fedTensors: Tensor[]): Plan {
  const fed = new Set(fedTensors);
  const needed = new Set<Operation>();
  const stack: Operation[] = [];
  const visit = (op: Operation) => { if (!needed.has(op)) { needed.add(op); stack.push(op); } };
  for (const t of fetchTensors) if (!fed.has(t)) visit(t.op);
  for (const op of targetOps) visit(op);
  while (stack.length) {
    const op = stack.pop()!;
    for (const t of op.inputs) if (!fed.has(t)) visit(t.op);
    for (const c of op.controlInputs) visit(c);
  }
  // Creation ids are a topological order (inputs exist before their consumers), so sorting by
  // id is Kahn's algorithm with ties broken by creation order: deterministic, as §2.4 advises.
  const ordered = [...needed].sort((a, b) => a.id - b.id);
  const slotOf = new Map<Tensor, number>();
  let slotCount = 0;
  const slot = (t: Tensor) => { let s = slotOf.get(t); if (s === undefined) { s = slotCount++; slotOf.set(t, s); } return s; };
  const feedSlots = new Map<Tensor, number>();
  for (const t of fedTensors) feedSlots.set(t, slot(t));
  const steps: PlanStep[] = [];
  for (const op of ordered) {
    const kernel = getKernel(op.type);
    if (!kernel) throw new Error(`No kernel registered for op type ${op.type}`);
    steps.push({
      op, kernel,
      inputSlots: Int32Array.from(op.inputs.map(slot)),
      outputSlots: Int32Array.from(op.outputs.map(t => (fed.has(t) ? -1 : slot(t)))),
      args: new Array(op.inputs.length),
    });
  }
  const fetchSlots = fetchTensors.map(slot);
  return { steps, slotCount, feedSlots, fetchSlots, executed: ordered, slotOf };
}

/**
 * For each step, the slots that are dead once it ran: their last reader is this step (or, for
 * outputs nobody reads, their producer). Feeds, fetches and `keep` (values run observers read
 * after the run) never die. Whether a dead value's buffer can be reused is the runtime's call:
 * other live slots may share its memory.
 */
export function liveness(plan: Plan, keep: Iterable<Tensor>): Int32Array[] {
  const lastUse = new Int32Array(plan.slotCount).fill(-1);
  plan.steps.forEach((step, i) => {
    for (const s of step.inputSlots) lastUse[s] = i;
    for (const s of step.outputSlots) if (s >= 0 && lastUse[s] < i) lastUse[s] = i;
  });
  const immortal = new Set<number>([...plan.feedSlots.values(), ...plan.fetchSlots]);
  for (const t of keep) { const s = plan.slotOf.get(t); if (s !== undefined) immortal.add(s); }
  const dying: number[][] = plan.steps.map(() => []);
  lastUse.forEach((step, s) => { if (step >= 0 && !immortal.has(s)) dying[step].push(s); });
  return dying.map(d => Int32Array.from(d));
}

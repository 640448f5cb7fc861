// The If op's kernel: runs only the taken branch's plan (TF1's `sess.run` executes only the
// branch the predicate selects) and returns its results, then the branch tensors a gradient
// asked for (the other branch's slots get an empty placeholder its gradient never reads).
import { NDArray } from '../ndarray';
import type { Operation } from '../graph/operation';
import type { RuntimeContext } from '../session/runtime';
import { allocData } from '../dtypes';
import { buildFramePlan, FramePlan } from './frame_plan';
import { releaseFetches, runFrame } from './frame_exec';
import { condFrameOf, CondFrame } from './contexts';
import { OwnedBuffers } from './owned_buffers';

interface CompiledBranch { plan: FramePlan; slots: NDArray[] }
interface Compiled { version: number; branches: CompiledBranch[]; buffers: OwnedBuffers }

function compile(frame: CondFrame, op: Operation): Compiled {
  const fed = [...frame.captures, ...frame.replay.map(r => r.tensor)];
  const branches = frame.branches.map((ctx, b) => {
    const fetches = [...ctx.outputs, ...frame.intermediates.map(p => p[b]).filter(t => t !== null)];
    const plan = buildFramePlan(ctx, fetches, fed);
    return { plan, slots: new Array<NDArray>(plan.plan.slotCount) };
  });
  return { version: op.graph.version, branches, buffers: new OwnedBuffers() };
}

export function runIf(inputs: NDArray[], op: Operation, rt: RuntimeContext): NDArray[] {
  const frame = condFrameOf(op);
  const holder = rt.opState(op, () => ({ compiled: null as Compiled | null }));
  if (holder.compiled === null || holder.compiled.version !== op.graph.version) holder.compiled = compile(frame, op);
  const c = holder.compiled;
  const b = inputs[0].numeric[0] !== 0 ? 1 : 0;
  const { plan, slots } = c.branches[b];
  const nCaptures = frame.captures.length;
  for (let i = 0; i < plan.feedSlots.length; i++) {
    // Captures are inputs 1..; replayed forward tensors follow at the inputs the replay names.
    slots[plan.feedSlots[i]] = i < nCaptures ? inputs[1 + i] : inputs[frame.replay[i - nCaptures].input];
  }
  const outs: NDArray[] = new Array(op.outputs.length);
  try {
    runFrame(plan, slots, rt);
    const results = frame.branches[b].outputs.length;
    let fetched = 0;
    for (let i = 0; i < results; i++) outs[i] = c.buffers.copy(i, slots[plan.fetchSlots[fetched++]], rt);
    frame.intermediates.forEach((pair, m) => {
      const t = pair[b];
      outs[results + m] = t === null
        ? new NDArray(op.outputs[results + m].dtype, [0], allocData(op.outputs[results + m].dtype, 0))
        : c.buffers.copy(results + m, slots[plan.fetchSlots[fetched++]], rt);
    });
    releaseFetches(plan, slots, rt);
  } finally {
    slots.fill(undefined!);
  }
  return outs;
}

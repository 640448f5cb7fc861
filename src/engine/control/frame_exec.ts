// Runs a frame plan once over prepared slots: the session's step loop (interrupt checks,
// uninitialized-variable errors, kernel errors named by node, dead values released) for the
// inside of a loop iteration or a cond branch.
import type { NDArray } from '../ndarray';
import type { RuntimeContext } from '../session/runtime';
import { UninitializedRef } from '../session/runtime';
import { checkInterrupt } from '../session/interrupt';
import { KernelError, OpError } from '../errors';
import type { FramePlan } from './frame_plan';

export function runFrame(fp: FramePlan, slots: NDArray[], rt: RuntimeContext): void {
  const steps = fp.plan.steps;
  const releases = fp.releases;
  for (let n = 0; n < steps.length; n++) {
    checkInterrupt();
    const { op, kernel, inputSlots, outputSlots, args } = steps[n];
    for (let i = 0; i < inputSlots.length; i++) {
      const v = slots[inputSlots[i]];
      if (v instanceof UninitializedRef && !(kernel.refInputs && kernel.refInputs.includes(i))) {
        throw new OpError('FailedPreconditionError', `Attempting to use uninitialized value ${v.variableName}`, op.name, op.type, op);
      }
      args[i] = v;
    }
    let outs: NDArray[];
    try {
      outs = kernel.compute(args, op, rt);
    } catch (e) {
      if (e instanceof KernelError) throw new OpError(e.errorClass, e.message, op.name, op.type, op);
      throw e;
    } finally {
      for (let i = 0; i < args.length; i++) args[i] = undefined!;
    }
    for (let k = 0; k < outputSlots.length; k++) {
      const v = outs[k];
      if (outputSlots[k] >= 0 && v !== undefined) { slots[outputSlots[k]] = v; rt.track(v); }
    }
    const dead = releases[n];
    for (let i = 0; i < dead.length; i++) {
      const v = slots[dead[i]];
      if (v !== undefined && rt.release(v)) slots[dead[i]] = undefined!;
    }
  }
}

/** After the caller copied what it needs: the fetched values a step made may be recycled. */
export function releaseFetches(fp: FramePlan, slots: NDArray[], rt: RuntimeContext): void {
  const produced = fp.producedFetchSlots;
  for (let i = 0; i < produced.length; i++) {
    const v = slots[produced[i]];
    if (v !== undefined) { rt.release(v); slots[produced[i]] = undefined!; }
  }
}

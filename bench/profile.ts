// Where a Gradbook training step spends its time: every kernel's compute is wrapped with a timer
// (in this task's own process only), then the seed model trains on the shared batches. The rest
// of the step (batch copy, feeds, plan lookup, dispatch, telemetry) shows up as "outside kernels".
import { Unavailable } from './contenders/contender';
import { gradbookContender } from './contenders/gradbook';
import { loadEngine } from './contenders/engine-api';
import { now } from './stats';
import { BatchFeeder, Mnist, WORKLOAD } from './workload';

export interface ProfileResult {
  name: 'profile';
  status: 'ok' | 'unavailable' | 'error';
  reason?: string;
  steps?: number;
  stepUs?: number;
  copyUs?: number;
  kernelsUs?: number;
  ops?: { op: string; type: string; us: number }[];
}

const PROFILE_STEPS = 500;

export async function runProfile(data: Mnist, plan: Int32Array): Promise<ProfileResult> {
  try {
    loadEngine();
    const { registeredKernels } = require('../src/engine/kernels/registry');
    const perOp = new Map<unknown, { op: string; type: string; ms: number }>();
    let recording = false;
    for (const def of registeredKernels()) {
      const inner = def.compute;
      def.compute = function timed(inputs: unknown, op: { name: string; type: string }, rt: unknown) {
        if (!recording) return inner.call(def, inputs, op, rt);
        const t0 = now();
        try {
          return inner.call(def, inputs, op, rt);
        } finally {
          const entry = perOp.get(op) ?? { op: op.name, type: op.type, ms: 0 };
          entry.ms += now() - t0;
          perOp.set(op, entry);
        }
      };
    }
    const trainer = await gradbookContender.setup(data);
    const feeder = new BatchFeeder(data, plan, WORKLOAD.batchSize);
    const steps = Math.min(PROFILE_STEPS, feeder.steps);
    for (let s = 0; s < WORKLOAD.warmupSteps; s++) { feeder.fill(s); trainer.step(feeder); }
    trainer.reset();
    recording = true;
    let copyMs = 0;
    const t0 = now();
    for (let s = 0; s < steps; s++) {
      const c0 = now();
      feeder.fill(s);
      copyMs += now() - c0;
      trainer.step(feeder);
    }
    const totalMs = now() - t0;
    recording = false;
    trainer.dispose?.();
    const perStepUs = (ms: number) => (ms * 1000) / steps;
    const ops = [...perOp.values()].sort((a, b) => b.ms - a.ms).map((e) => ({ op: e.op, type: e.type, us: perStepUs(e.ms) }));
    return {
      name: 'profile', status: 'ok', steps, stepUs: perStepUs(totalMs), copyUs: perStepUs(copyMs),
      kernelsUs: ops.reduce((sum, o) => sum + o.us, 0), ops,
    };
  } catch (e) {
    if (e instanceof Unavailable) return { name: 'profile', status: 'unavailable', reason: e.message };
    return { name: 'profile', status: 'error', reason: (e as Error).message };
  }
}

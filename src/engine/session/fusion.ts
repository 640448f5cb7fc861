// Bias + ReLU fusion in the executed plan: `tf.nn.relu(tf.matmul(x, W) + b)` (and BiasAdd, and the
// conv layers' `relu(conv + b)`) ran as two passes, the add writing a whole activation that only
// the ReLU read. A fused step reads x and b once and writes only the ReLU's output, which is half
// the memory traffic of the pair and one dispatch fewer; the add's value is never stored.
//
// The values are the same bits: the add is rounded to the tensor's dtype first (Math.fround for
// float32, as the Add kernel's store into a Float32Array rounds), then ReLU's `v < 0 ? 0 : v`
// (NaN stays NaN, -0 stays -0). Only float32 with a bias along the last axis takes the fused loop;
// any other shape or dtype runs the add kernel and the ReLU kernel one after the other inside
// the step, so what they compute and the errors they raise (named after the add) are unchanged.
//
// A pair is fused only when the add's output is read by the ReLU alone and nobody keeps it: not a
// fetch, not a value a run observer retains (training telemetry names gradients, losses and
// learning rates). Views then see the add's value as absent, as they see a recycled large value.
import type { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import type { NDArray } from '../ndarray';
import { KernelError, OpError } from '../errors';
import type { KernelDef } from '../kernels/registry';
import type { RuntimeContext } from './runtime';
import type { Plan, PlanStep } from './plan';
import { branchFreeTuning } from '../ops/nn/activation_grads';

const ADDS = new Set(['Add', 'AddV2', 'BiasAdd']);

let enabled = true;
/** Turns fusion off for plans built from now on (tests and benchmarks compare both). */
export function setBiasReluFusion(on: boolean): void { enabled = on; }

/** The length of `b` when it is a bias along x's last axis (x [..., c], b [c]); else -1. */
function lastAxisBias(x: NDArray, b: NDArray): number {
  if (x.rank < 1 || b.rank !== 1) return -1;
  const c = x.shape[x.rank - 1];
  return b.shape[0] === c && c > 0 ? c : -1;
}

/**
 * relu(x + b) for float32 x [..., c] and b [c], rounding the sum to float32 before the ReLU.
 * `v < 0 ? 0 : v` branched on a sign with no pattern (a conv's output before its ReLU) and
 * mispredicted about every other element; so the rounded sum is stored and its bits masked
 * instead (negativeMask: all ones exactly when v < 0), the same bits as the branch.
 */
export function biasReluF32(x: Float32Array, b: Float32Array, o: Float32Array, c: number): void {
  const n = x.length;
  const oi = new Int32Array(o.buffer, o.byteOffset, o.length);
  for (let i = 0; i < n; i += c) {
    for (let j = 0; j < c; j++) {
      o[i + j] = x[i + j] + b[j]; // the store rounds, as Math.fround did
      const e = (oi[i + j] - 0x80000001) | 0;
      oi[i + j] &= (e >> 31) | ~((e - 0x7f800000) >> 31);
    }
  }
}

/** The loop as written before biasReluF32 (branchFreeTuning off: to measure against). */
function biasReluBranch(x: Float32Array, b: Float32Array, o: Float32Array, c: number): void {
  const n = x.length;
  for (let i = 0; i < n; i += c) {
    for (let j = 0; j < c; j++) {
      const v = Math.fround(x[i + j] + b[j]);
      o[i + j] = v < 0 ? 0 : v;
    }
  }
}

/**
 * The mask that keeps a float32's bits unless it is < 0 (then +0): with e = bits - 0x80000001
 * (int32), the negative floats -denorm_min ... -Infinity (0x80000001 ... 0xff800000) are exactly
 * e in [0, 0x7f7fffff], and -0, positives and NaNs fall outside. Written out in the loops above
 * (V8 inlines it less reliably than the loop body): `(e >> 31) | ~((e - 0x7f800000) >> 31)`.
 */
export function negativeMask(bits: number): number {
  const e = (bits - 0x80000001) | 0;
  return (e >> 31) | ~((e - 0x7f800000) >> 31);
}

function fusedKernel(add: PlanStep, relu: PlanStep): KernelDef {
  const addOp = add.op;
  const addKernel = add.kernel, reluKernel = relu.kernel;
  const nhwc = addOp.type !== 'BiasAdd' || (addOp.attrs.data_format ?? 'NHWC') === 'NHWC';
  const unfused = (inputs: NDArray[], op: Operation, rt: RuntimeContext): NDArray[] => {
    let sum: NDArray;
    try {
      sum = addKernel.compute(inputs, addOp, rt)[0];
    } catch (e) {
      // Named after the add, as the unfused run would have named it.
      if (e instanceof KernelError) throw new OpError(e.errorClass, e.message, addOp.name, addOp.type);
      throw e;
    }
    return reluKernel.compute([sum], op, rt);
  };
  return {
    ...reluKernel,
    compute(inputs, op, rt) {
      let [x, b] = inputs;
      // Add is commutative: the bias may come first (`b + tf.matmul(x, W)`); BiasAdd's never does.
      if (addOp.type !== 'BiasAdd' && lastAxisBias(x, b) < 0 && lastAxisBias(b, x) > 0) [x, b] = [b, x];
      const c = lastAxisBias(x, b);
      if (!nhwc || c < 0 || x.dtype !== 'float32' || b.dtype !== 'float32' || (x.rank < 2 && addOp.type === 'BiasAdd')) {
        return unfused(inputs, op, rt);
      }
      const out = rt.output(op, 0, 'float32', x.shape);
      if (branchFreeTuning.on) biasReluF32(x.data as Float32Array, b.data as Float32Array, out.data as Float32Array, c);
      else biasReluBranch(x.data as Float32Array, b.data as Float32Array, out.data as Float32Array, c);
      return [out];
    },
  };
}

/**
 * Fuses every (Add | AddV2 | BiasAdd) → Relu pair of `plan` whose sum only the ReLU reads and
 * `keep` does not name. Steps are rewritten in place: the ReLU's step takes the add's inputs and
 * the add's step goes. Returns the tensors that are no longer computed.
 */
export function fuseBiasRelu(plan: Plan, keep: ReadonlySet<Tensor>): Tensor[] {
  if (!enabled) return [];
  const readers = new Map<number, number>();
  for (const step of plan.steps) for (const s of step.inputSlots) readers.set(s, (readers.get(s) ?? 0) + 1);
  const fetched = new Set(plan.fetchSlots);
  const producer = new Map<number, number>();
  plan.steps.forEach((step, i) => step.outputSlots.forEach((s) => { if (s >= 0) producer.set(s, i); }));
  const gone = new Set<number>();
  const fusedAway: Tensor[] = [];
  plan.steps.forEach((step, i) => {
    if (step.op.type !== 'Relu' || step.inputSlots.length !== 1 || step.op.controlInputs.length) return;
    const s = step.inputSlots[0];
    const a = producer.get(s);
    if (a === undefined || gone.has(a)) return;
    const add = plan.steps[a];
    const sum = add.op.outputs[0];
    if (!ADDS.has(add.op.type) || add.op.inputs.length !== 2 || add.outputSlots.length !== 1) return;
    if (readers.get(s) !== 1 || fetched.has(s) || keep.has(sum) || sum.dtype !== 'float32') return;
    // The sum is computed at the ReLU's place: no variable update may run in between (its inputs
    // may be variable storage), and nothing may wait on the add through a control dependency.
    for (let k = a + 1; k < i; k++) if (plan.steps[k].kernel.refInputs?.length || plan.steps[k].kernel.stateful) return;
    if (add.op.graph.getOperations().some((o) => o.controlInputs.includes(add.op))) return;
    plan.steps[i] = {
      op: step.op, kernel: fusedKernel(add, step), inputSlots: add.inputSlots, outputSlots: step.outputSlots,
      args: new Array(add.inputSlots.length), fusedFrom: add.op,
    };
    gone.add(a);
    fusedAway.push(sum);
  });
  if (gone.size) plan.steps = plan.steps.filter((_, i) => !gone.has(i));
  return fusedAway;
}

// The While op's kernel: runs the condition plan, then the body plan, until the condition is
// false. Loop variables live in buffers the runner owns (two per variable, alternating), since
// the body's ops write their outputs into the same buffers every iteration. Tensors the
// gradient needs are recorded per iteration (value_stack.ts) and returned as extra outputs.
import { NDArray } from '../ndarray';
import type { Operation } from '../graph/operation';
import type { RuntimeContext } from '../session/runtime';
import { allocData } from '../dtypes';
import { invalidArgument } from '../errors';
import { buildFramePlan, FramePlan } from './frame_plan';
import { releaseFetches, runFrame } from './frame_exec';
import { Accumulator, ValueStack } from './value_stack';
import { whileContextOf, WhileContext } from './contexts';
import { recordIterations } from './iterations';
import { freezeOperands, frozenOperandsTuning } from '../kernels/wasm/frozen_operands';

interface Compiled {
  version: number;
  cond: FramePlan;
  body: FramePlan;
  condSlots: NDArray[];
  bodySlots: NDArray[];
  accumulators: Accumulator[];
  /** Per loop variable, the two buffers iterations alternate between. */
  state: (NDArray | null)[][];
  /** No op of the loop writes into a tensor (Assign, Scatter*, Apply*): captured values stay as they came in. */
  capturesConstant: boolean;
}

const writesTensors = (f: FramePlan) => f.plan.steps.some(s => (s.kernel.refInputs?.length ?? 0) > 0 || /Assign|Scatter|Apply/.test(s.op.type));

/** The runner's compiled plans for one session, rebuilt when the graph grows (new gradients). */
function compile(ctx: WhileContext, op: Operation): Compiled {
  const fed = [...ctx.loopVars, ...ctx.captures, ...(ctx.replay?.feeds.map(f => f.tensor) ?? [])];
  const cond = buildFramePlan(ctx, [ctx.pred!], fed);
  const body = buildFramePlan(ctx, [...ctx.next, ...ctx.accumulated], fed);
  return {
    version: op.graph.version, cond, body,
    condSlots: new Array(cond.plan.slotCount), bodySlots: new Array(body.plan.slotCount),
    accumulators: ctx.accumulated.map(() => new Accumulator()),
    state: ctx.loopVars.map(() => [null, null]),
    capturesConstant: !writesTensors(cond) && !writesTensors(body),
  };
}

export function runWhile(inputs: NDArray[], op: Operation, rt: RuntimeContext): NDArray[] {
  const ctx = whileContextOf(op);
  const holder = rt.opState(op, () => ({ compiled: null as Compiled | null }));
  if (holder.compiled === null || holder.compiled.version !== op.graph.version) holder.compiled = compile(ctx, op);
  const c = holder.compiled;
  const k = ctx.loopVars.length;
  const vars = inputs.slice(0, k);
  const nCaptures = ctx.captures.length;
  const replay = ctx.replay;
  // Feeds that stay fixed for the whole loop: captured outer values.
  for (let i = 0; i < nCaptures; i++) {
    c.condSlots[c.cond.feedSlots[k + i]] = inputs[k + i];
    c.bodySlots[c.body.feedSlots[k + i]] = inputs[k + i];
  }
  for (const a of c.accumulators) a.reset();
  // A captured weight is the same, unchanged array every iteration: the GEMM may keep its copy
  // in the kernel memory instead of copying it again per iteration.
  const frozen: Float32Array[] = [];
  if (c.capturesConstant) {
    for (let i = 0; i < nCaptures; i++) {
      const d = inputs[k + i].data;
      if (d instanceof Float32Array && d.length >= frozenOperandsTuning.minFloats) frozen.push(d);
    }
  }
  const thaw = freezeOperands(frozen);
  let iterations = 0;
  try {
    for (;;) {
      for (let j = 0; j < k; j++) c.condSlots[c.cond.feedSlots[j]] = vars[j];
      runFrame(c.cond, c.condSlots, rt);
      const pred = c.condSlots[c.cond.fetchSlots[0]];
      const goOn = pred.numeric[0] !== 0;
      releaseFetches(c.cond, c.condSlots, rt);
      if (!goOn) break;
      for (let j = 0; j < k; j++) c.bodySlots[c.body.feedSlots[j]] = vars[j];
      if (replay) feedReplayed(replay, inputs, vars, c, k + nCaptures);
      runFrame(c.body, c.bodySlots, rt);
      for (let a = 0; a < c.accumulators.length; a++) c.accumulators[a].push(c.bodySlots[c.body.fetchSlots[k + a]]);
      for (let j = 0; j < k; j++) vars[j] = keep(c, j, c.bodySlots[c.body.fetchSlots[j]], vars[j], rt);
      releaseFetches(c.body, c.bodySlots, rt);
      iterations++;
    }
  } finally {
    thaw();
    c.condSlots.fill(undefined!);
    c.bodySlots.fill(undefined!);
  }
  recordIterations(rt, op, iterations);
  const outs: NDArray[] = new Array(op.outputs.length);
  for (let j = 0; j < k; j++) outs[j] = vars[j];
  c.accumulators.forEach((a, i) => { outs[ctx.accumulatedOutputs[i].valueIndex] = a.finish(); });
  if (ctx.countOutput) outs[ctx.countOutput.valueIndex] = NDArray.from([iterations], 'int32').reshape([]);
  return outs;
}

/** A backward loop's reads of forward values: the forward iteration (counter - 1)'s records. */
function feedReplayed(replay: NonNullable<WhileContext['replay']>, inputs: NDArray[], vars: NDArray[], c: Compiled, firstFeed: number): void {
  const index = vars[replay.counter].numeric[0] - 1;
  replay.feeds.forEach((f, i) => {
    const stack = inputs[f.input] as ValueStack;
    const item = stack.items[index];
    if (item === undefined) throw invalidArgument(`Gradient replay of ${f.tensor.name} reached iteration ${index} of ${stack.items.length}`);
    c.bodySlots[c.body.feedSlots[firstFeed + i]] = item;
  });
}

/** The next value of loop variable j, copied into the runner's buffer the body is not reading. */
function keep(c: Compiled, j: number, next: NDArray, current: NDArray, rt: RuntimeContext): NDArray {
  if (next === current) return current;
  if (Array.isArray(next.data) || next.constructor !== NDArray) return next.clone();
  const pair = c.state[j];
  const slot = pair[0] === current ? 1 : 0;
  let buf = pair[slot];
  if (buf === null || buf.dtype !== next.dtype || buf.size !== next.size) {
    const data = allocData(next.dtype, next.size);
    rt.mutableBuffers.add(data);
    buf = new NDArray(next.dtype, next.shape.slice(), data);
    pair[slot] = buf;
  } else if (!sameShape(buf.shape, next.shape)) {
    buf = new NDArray(next.dtype, next.shape.slice(), buf.data);
    pair[slot] = buf;
  }
  (buf.data as Float32Array).set(next.data as Float32Array);
  return buf;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}


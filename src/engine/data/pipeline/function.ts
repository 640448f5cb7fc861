// A dataset function (map's map_func, filter's predicate): traced once, as TF traces it into a
// graph function. Its ops are built into the main graph inside a DatasetFunctionContext (so no
// top-level plan runs them), reading the element's components from `_Arg` ops and any outer
// tensor directly; the outer tensors become the dataset op's inputs (TF's `other_arguments`),
// evaluated when the iterator is initialized. At run time the kernel runs the function's frame
// plan once per element, as the While kernel runs a loop body.
import type { Tensor } from '../../graph/tensor';
import type { Operation } from '../../graph/operation';
import type { DType } from '../../dtypes';
import type { StaticShape } from '../../shape';
import { NDArray } from '../../ndarray';
import type { RuntimeContext } from '../../session/runtime';
import { FrameContext, collectCaptures } from '../../control/contexts';
import { buildFramePlan, FramePlan } from '../../control/frame_plan';
import { releaseFetches, runFrame } from '../../control/frame_exec';
import { makeOp1 } from '../../ops/builder';
import { getDefaultGraph } from '../../graph/default_graph';
import { DatasetValue, Element } from './element';

export class DatasetFunctionContext extends FrameContext {
  args: Tensor[] = [];
  outputs: Tensor[] = [];
}

export interface DatasetFunction { ctx: DatasetFunctionContext; captures: Tensor[] }

const functions = new WeakMap<Operation, DatasetFunction>();
export const attachFunction = (op: Operation, f: DatasetFunction): void => { functions.set(op, f); };
export function functionOf(op: Operation): DatasetFunction {
  const f = functions.get(op);
  if (!f) throw new Error(`${op.type} op ${op.name} has no function (a graph imported from a file cannot run it)`);
  return f;
}

/**
 * Traces `body` over arguments of the given dtypes and shapes under name scope `scope`.
 * `body` returns the function's flat outputs (already converted to tensors).
 */
export function traceDatasetFunction(scope: string, argSpecs: { dtype: DType; shape: StaticShape }[], body: (args: Tensor[]) => Tensor[]): DatasetFunction {
  const g = getDefaultGraph();
  return g.withNameScope(scope, null, s => {
    const outer = g.controlFlowContext;
    const ctx = new DatasetFunctionContext(s.slice(0, -1), outer);
    g.controlFlowContext = ctx;
    try {
      ctx.args = argSpecs.map((a, j) => makeOp1('_Arg', [], { T: a.dtype, index: j, shape: a.shape }, 'arg'));
      // An output that is an argument or an outer tensor passes through an Identity in the function.
      ctx.outputs = body(ctx.args.slice()).map(t => (t.op.controlFlowContext === ctx ? t : makeOp1('Identity', [t], {}, 'Identity')));
    } finally {
      g.controlFlowContext = outer;
    }
    collectCaptures(ctx, ctx.outputs);
    return { ctx, captures: ctx.captures };
  });
}

/** The function compiled for one session: its frame plan and slots, reused for every element. */
export class FunctionRunner {
  private readonly plan: FramePlan;
  private readonly slots: NDArray[];
  constructor(private readonly fn: DatasetFunction, private readonly captured: NDArray[], private readonly rt: RuntimeContext) {
    this.plan = buildFramePlan(fn.ctx, fn.ctx.outputs, [...fn.ctx.args, ...fn.captures]);
    this.slots = new Array<NDArray>(this.plan.plan.slotCount);
  }
  /** The function's outputs for one element (copies: the frame's buffers are reused next time). */
  call(element: Element): Element {
    const { plan, slots } = this;
    const fed = [...element, ...this.captured];
    for (let i = 0; i < plan.feedSlots.length; i++) slots[plan.feedSlots[i]] = fed[i];
    try {
      runFrame(plan, slots, this.rt);
      // A dataset a flat_map function returns is a description, not data: it is passed on as is.
      const out = Array.from(plan.fetchSlots, s => (slots[s] instanceof DatasetValue ? slots[s] : slots[s].clone()));
      releaseFetches(plan, slots, this.rt);
      return out;
    } finally {
      slots.fill(undefined!);
    }
  }
}

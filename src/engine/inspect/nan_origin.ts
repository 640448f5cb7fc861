// Where a NaN or Inf came from: given one finished run (its plan and the values it kept), the
// first op in execution order whose output is non-finite while its inputs are finite. Variable
// refs are left out of the judgement: updates change a variable in place during the run, so a
// ref input shows the value after the update, not what the op read (the `read` snapshot does).
// Large intermediates are recycled during a run; when one the search needs is gone, the answer
// is the first op seen producing a non-finite value, marked as not exact.
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import type { OpSite } from '../graph/op_site';
import type { Plan } from '../session/plan';
import { NDArray } from '../ndarray';
import { DeadValue, UninitializedRef } from '../session/runtime';
import { arrayStatistics } from './array_stats';

const FLOATS = new Set(['float16', 'float32', 'float64']);

/** Whether every element is finite: x·0 is 0 for finite x and NaN otherwise, so sum and test once. */
export function allFinite(data: ArrayLike<number>): boolean {
  const n = data.length;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, i = 0;
  for (; i + 3 < n; i += 4) { s0 += data[i] * 0; s1 += data[i + 1] * 0; s2 += data[i + 2] * 0; s3 += data[i + 3] * 0; }
  for (; i < n; i++) s0 += data[i] * 0;
  return s0 + s1 + s2 + s3 === 0;
}

/** A value the check can read: a float array of this run (not dead, not an uninitialized ref). */
export function checkable(v: NDArray | undefined): v is NDArray {
  return v !== undefined && FLOATS.has(v.dtype) && !(v instanceof DeadValue) && !(v instanceof UninitializedRef);
}

export interface ValueStats {
  tensor: string;
  dtype: string;
  shape: number[];
  /** Over the finite elements (null when there are none). */
  min: number | null;
  max: number | null;
  mean: number | null;
  nan: number;
  inf: number;
}

export interface NanOrigin {
  op: Operation;
  /** The op's outputs and inputs as they were in this run (inputs that were recycled are left out). */
  outputs: ValueStats[];
  inputs: ValueStats[];
  site: OpSite | null;
  /** False when values the search needed were recycled: `op` is then the first non-finite producer seen. */
  exact: boolean;
  /** 'op': computed the bad value; 'feed': a fed value was already non-finite; 'variable': read a variable that already was. */
  cause: 'op' | 'feed' | 'variable';
}

export function valueStats(t: Tensor, v: NDArray): ValueStats {
  const s = arrayStatistics(v.numeric);
  const has = s.count > 0;
  return {
    tensor: t.name, dtype: v.dtype, shape: v.shape.slice(),
    min: has ? s.min : null, max: has ? s.max : null, mean: has ? s.mean : null,
    nan: s.nan, inf: s.posInf + s.negInf,
  };
}

type ValueOf = (t: Tensor) => NDArray | undefined;

/** The origin of the non-finite values of a finished run, or null when every kept value is finite. */
export function findNanOrigin(plan: Plan, valueOf: ValueOf): NanOrigin | null {
  for (const t of plan.feedSlots.keys()) {
    const v = valueOf(t);
    if (checkable(v) && !allFinite(v.numeric)) return origin(t.op, [t], [], valueOf, true, 'feed');
  }
  let fallback: Operation | null = null;
  for (const step of plan.steps) {
    const op = step.op;
    const bad = op.outputs.some(t => { const v = valueOf(t); return checkable(v) && !allFinite(v.numeric); });
    if (!bad) continue;
    if (op.inputs.length === 0) continue; // a variable's storage: its update is judged at the update op
    const judged = op.inputs.filter(t => !t.isRef);
    const values = judged.map(valueOf);
    if (values.some(v => v === undefined)) { fallback ??= op; continue; }
    if (values.every(v => !checkable(v) || allFinite(v.numeric))) {
      const readsVariable = judged.length === 0;
      return origin(op, op.outputs, judged, valueOf, fallback === null, readsVariable ? 'variable' : 'op');
    }
  }
  return fallback ? origin(fallback, fallback.outputs, fallback.inputs.filter(t => !t.isRef), valueOf, false, 'op') : null;
}

function origin(op: Operation, outputs: readonly Tensor[], inputs: readonly Tensor[], valueOf: ValueOf, exact: boolean, cause: NanOrigin['cause']): NanOrigin {
  const stats = (ts: readonly Tensor[]) => ts.flatMap(t => { const v = valueOf(t); return checkable(v) ? [valueStats(t, v)] : []; });
  return { op, outputs: stats(outputs), inputs: stats(inputs), site: op.site, exact, cause };
}

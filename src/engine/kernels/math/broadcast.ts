// NumPy broadcasting, written once for every binary elementwise kernel (tf1-semantics §3.2).
// A plan classifies the shape pair so the hot cases get a straight loop: same shape, a scalar
// side, and the "row" case [n,k] + [k] (`tf.matmul(x, w) + b`). Everything else runs a general
// loop over collapsed dims whose innermost dim is walked with constant strides.
import { invalidArgument } from '../../errors';
import { broadcastStatic, formatShapeCpp } from '../../shape';
import type { DType } from '../../dtypes';
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import type { OutputSpec } from '../../graph/graph';
import { ShapeError } from '../registry';
import { checkSameDType } from '../../ops/builder';
import type { RuntimeContext } from '../../session/runtime';
import { sameShape } from '../../session/runtime';

export const SAME = 0, SCALAR_A = 1, SCALAR_B = 2, ROW_B = 3, ROW_A = 4, GENERAL = 5;

export interface BroadcastPlan {
  kind: number;
  outShape: number[];
  size: number;
  /** Row length for ROW_A / ROW_B: the broadcast side repeats every `inner` elements. */
  inner: number;
  /** GENERAL: collapsed output dims and per-input strides (0 on broadcast dims). */
  dims: Int32Array;
  stridesA: Int32Array;
  stridesB: Int32Array;
  /** GENERAL: odometer scratch, so a run allocates nothing. */
  counter: Int32Array;
}

/** The runtime broadcast shape, or TF's InvalidArgumentError. */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 0; i < rank; i++) {
    const da = dimFromRight(a, rank - 1 - i), db = dimFromRight(b, rank - 1 - i);
    if (da === db || db === 1) out[i] = da;
    else if (da === 1) out[i] = db;
    else throw invalidArgument(`Incompatible shapes: ${formatShapeCpp(a as number[])} vs. ${formatShapeCpp(b as number[])}`);
  }
  return out;
}

function dimFromRight(shape: readonly number[], fromRight: number): number {
  const i = shape.length - 1 - fromRight;
  return i >= 0 ? shape[i] : 1;
}

export function planBroadcast(a: readonly number[], b: readonly number[]): BroadcastPlan {
  const outShape = broadcastShapes(a, b);
  const size = outShape.reduce((p, d) => p * d, 1);
  const sizeA = a.reduce((p, d) => p * d, 1), sizeB = b.reduce((p, d) => p * d, 1);
  const plan: BroadcastPlan = {
    kind: GENERAL, outShape, size, inner: 0,
    dims: new Int32Array(0), stridesA: new Int32Array(0), stridesB: new Int32Array(0), counter: new Int32Array(0),
  };
  if (sizeA === size && sizeB === size) { plan.kind = SAME; return plan; }
  if (sizeA === 1 && sizeB === size) { plan.kind = SCALAR_A; return plan; }
  if (sizeB === 1 && sizeA === size) { plan.kind = SCALAR_B; return plan; }

  // Collapse: drop size-1 output dims, merge neighbours that broadcast the same way.
  const rank = outShape.length;
  const dims: number[] = [], bcA: boolean[] = [], bcB: boolean[] = [];
  for (let i = 0; i < rank; i++) {
    const d = outShape[i];
    if (d === 1) continue;
    const fa = dimFromRight(a, rank - 1 - i) !== d, fb = dimFromRight(b, rank - 1 - i) !== d;
    const last = dims.length - 1;
    if (last >= 0 && bcA[last] === fa && bcB[last] === fb) dims[last] *= d;
    else { dims.push(d); bcA.push(fa); bcB.push(fb); }
  }
  if (dims.length === 2 && !bcA[0] && !bcA[1] && bcB[0] && !bcB[1]) { plan.kind = ROW_B; plan.inner = dims[1]; return plan; }
  if (dims.length === 2 && !bcB[0] && !bcB[1] && bcA[0] && !bcA[1]) { plan.kind = ROW_A; plan.inner = dims[1]; return plan; }

  const n = dims.length;
  plan.dims = Int32Array.from(dims);
  plan.stridesA = new Int32Array(n);
  plan.stridesB = new Int32Array(n);
  plan.counter = new Int32Array(n);
  let sa = 1, sb = 1;
  for (let i = n - 1; i >= 0; i--) {
    plan.stridesA[i] = bcA[i] ? 0 : sa;
    plan.stridesB[i] = bcB[i] ? 0 : sb;
    if (!bcA[i]) sa *= dims[i];
    if (!bcB[i]) sb *= dims[i];
  }
  return plan;
}

interface PlanCache { a: readonly number[]; b: readonly number[]; plan: BroadcastPlan | null }

/** The op's plan for these input shapes, recomputed only when the shapes change between runs. */
export function cachedBroadcastPlan(rt: RuntimeContext, op: Operation, a: readonly number[], b: readonly number[]): BroadcastPlan {
  const cache = rt.opState<PlanCache>(op, () => ({ a: [], b: [], plan: null }));
  if (cache.plan === null || !sameShape(cache.a, a) || !sameShape(cache.b, b)) {
    cache.plan = planBroadcast(a, b);
    cache.a = a.slice();
    cache.b = b.slice();
  }
  return cache.plan;
}

/** Static rule shared by every broadcasting binary op: same dtype, broadcast shapes. */
export function inferBroadcast(type: string, inputs: Tensor[], outDType: DType | null, args: [string, string] = ['x', 'y']): OutputSpec[] {
  checkSameDType(type, inputs, args);
  const shape = broadcastStatic(inputs[0].shape, inputs[1].shape);
  if (shape !== null && !Array.isArray(shape)) throw new ShapeError(`Dimensions must be equal, but are ${shape.error[0]} and ${shape.error[1]}`);
  return [{ dtype: outDType ?? inputs[0].dtype, shape }];
}

/** The output axes each input of a broadcasting op was expanded along (its gradient sums them). */
export function broadcastGradientArgs(sx: ArrayLike<number>, sy: ArrayLike<number>): [number[], number[]] {
  const rank = Math.max(sx.length, sy.length);
  const rx: number[] = [], ry: number[] = [];
  for (let i = 0; i < rank; i++) {
    const ix = i - (rank - sx.length), iy = i - (rank - sy.length);
    const dx = ix >= 0 ? sx[ix] : 1, dy = iy >= 0 ? sy[iy] : 1;
    if (dx !== dy && dx !== 1 && dy !== 1) {
      throw invalidArgument(`Incompatible shapes: ${formatShapeCpp(Array.from(sx))} vs. ${formatShapeCpp(Array.from(sy))}`);
    }
    if (dx === 1 && dy !== 1) rx.push(i);
    if (dy === 1 && dx !== 1) ry.push(i);
  }
  return [rx, ry];
}

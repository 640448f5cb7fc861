// tf.gradients (tf1-semantics §4.2): gradient ops are built into the graph under `gradients/`,
// walking back from ys over the ops that lie between xs and ys, summing fan-in with AddN.
// Gradients are Tensors or IndexedSlices (Gather's gradient for its params); fan-in of sparse
// gradients concatenates them, and an op whose gradient function needs a dense value gets one.
import { Tensor } from '../graph/tensor';
import { Operation } from '../graph/operation';
import { IndexedSlices } from '../graph/indexed_slices';
import { convertToTensor, makeOp1, TensorLike, isConvertible } from '../ops/builder';
import { getGradient } from './registry';
import { isFloat } from '../dtypes';
import { PyLikeError, valueError } from '../errors';
import { mergeShapes, formatShapePy } from '../shape';

export interface GradientsOptions {
  gradYs?: (TensorLike | null)[] | null;
  name?: string;
  stopGradients?: Tensor[];
  unconnectedGradients?: 'none' | 'zero';
}

/** A gradient as tf.gradients returns it. */
export type Gradient = Tensor | IndexedSlices;

type XLike = Tensor | { toTensor(asRef?: boolean): Tensor };

const backprop = (t: Tensor) => isFloat(t.dtype);

/** Ops whose gradient passes a sparse gradient through unchanged (a variable's `read`). */
const SPARSE_PASS_THROUGH = new Set(['Identity', 'Snapshot']);

const dense = (g: Gradient | null): Tensor | null => (g instanceof IndexedSlices ? g.toTensor() : g);

/** tf.gradients with every gradient dense (IndexedSlices converted), for TypeScript callers. */
export function gradients(ysIn: Tensor | Tensor[], xsIn: XLike | XLike[], opts: GradientsOptions = {}): (Tensor | null)[] {
  return gradientsKeepingSlices(ysIn, xsIn, opts).map(dense);
}

/** tf.gradients as TF returns it: Gather's params get IndexedSlices (Python's tf.gradients, optimizers). */
export function gradientsKeepingSlices(ysIn: Tensor | Tensor[], xsIn: XLike | XLike[], opts: GradientsOptions = {}): (Gradient | null)[] {
  const ys = (Array.isArray(ysIn) ? ysIn : [ysIn]).map(y => convertToTensor(y));
  // A Variable in xs means its ref tensor; the gradient arrives through `<var>/read`.
  const xs = (Array.isArray(xsIn) ? xsIn : [xsIn]).map(x => (isConvertible(x) ? x.toTensor(true) : x));
  const gradYsIn = opts.gradYs ?? ys.map(() => null);
  if (gradYsIn.length !== ys.length) throw valueError(`Passed ${gradYsIn.length} grad_ys for ${ys.length} ys`);
  const g = ys[0].graph;

  return g.withNameScope(opts.name ?? null, 'gradients', () => {
    // Seeds: ones shaped like y (the gradient of sum(y)), or the caller's grad_ys.
    const gradYs = ys.map((y, i) => {
      const given = gradYsIn[i];
      if (given === null || given === undefined) {
        const shape = makeOp1('Shape', [y], { out_type: 'int32' });
        const one = convertToTensor(1, y.dtype, `grad_ys_${i}`);
        return makeOp1('Fill', [shape, one]);
      }
      return makeOp1('Identity', [convertToTensor(given, y.dtype)], {}, `grad_ys_${i}`);
    });
    const result = buildGradients(ys, xs, gradYs, opts.stopGradients ?? []);
    return result.map((r, i) => {
      if (r === null && opts.unconnectedGradients === 'zero') return makeOp1('ZerosLike', [xs[i]]);
      return r;
    });
  });
}

/**
 * The core of tf.gradients, in the current name scope: gradients of `ys` (seeded with `gradYs`)
 * with respect to `xs`, not propagating through `stop` tensors' ops. Control flow builds the
 * gradient of a loop body or cond branch with it.
 */
export function buildGradients(ys: Tensor[], xs: Tensor[], gradYs: Gradient[], stop: Tensor[]): (Gradient | null)[] {
  const g = ys[0].graph;
  const xOps = new Set(xs.map(x => x.op));
  const stopOpsGiven = new Set(stop.map(t => t.op));
  // Forward reachability from xs through backpropagatable tensors.
  const reachable = new Set<Operation>();
  const fwd = [...xOps];
  for (const o of fwd) reachable.add(o);
  while (fwd.length) {
    const op = fwd.pop()!;
    for (const out of op.outputs) {
      if (!backprop(out) && !out.isRef) continue;
      for (const c of out.consumers()) if (!reachable.has(c)) { reachable.add(c); fwd.push(c); }
    }
  }
  // Backward from ys through reachable ops: the "between" set.
  const between = new Set<Operation>();
  const back = ys.map(y => y.op).filter(o => reachable.has(o));
  for (const o of back) between.add(o);
  while (back.length) {
    const op = back.pop()!;
    for (const t of op.inputs) if (reachable.has(t.op) && !between.has(t.op)) { between.add(t.op); back.push(t.op); }
  }
  // Pending counts: consumers inside the between set, per op.
  const pending = new Map<Operation, number>();
  for (const op of between) {
    for (const t of op.inputs) if (between.has(t.op)) pending.set(t.op, (pending.get(t.op) ?? 0) + 1);
  }
  const received = new Map<Tensor, Gradient[]>();
  const addGrad = (t: Tensor, grad: Gradient) => { const l = received.get(t); if (l) l.push(grad); else received.set(t, [grad]); };
  ys.forEach((y, i) => addGrad(y, gradYs[i]));

  // Stop ops: xs with no between predecessor, and the caller's stop_gradients.
  const isStop = (op: Operation) => stopOpsGiven.has(op) || (xOps.has(op) && !op.inputs.some(t => between.has(t.op) && (pending.get(t.op) ?? 0) > 0));

  const queue: Operation[] = [];
  const queued = new Set<Operation>();
  for (const y of ys) if (between.has(y.op) && !(pending.get(y.op)) && !queued.has(y.op)) { queued.add(y.op); queue.push(y.op); }

  const aggregated = new Map<Tensor, Gradient | null>();
  const aggregate = (t: Tensor): Gradient | null => {
    if (aggregated.has(t)) return aggregated.get(t)!;
    const r = aggregateGradients(received.get(t) ?? []);
    aggregated.set(t, r);
    return r;
  };

  while (queue.length) {
    const op = queue.shift()!;
    const outGrads = op.outputs.map(aggregate);
    const hasAny = outGrads.some(x => x !== null);
    if (hasAny && !isStop(op) && op.inputs.length && SPARSE_PASS_THROUGH.has(op.gradientType) && outGrads[0] instanceof IndexedSlices) {
      if (between.has(op.inputs[0].op)) addGrad(op.inputs[0], outGrads[0]);
    } else if (hasAny && !isStop(op) && op.inputs.length) {
      const fn = getGradient(op.gradientType);
      if (fn === undefined) throw new PyLikeError('LookupError', `No gradient defined for operation '${op.name}' (op type: ${op.gradientType})`);
      let inGrads: (Gradient | null)[];
      if (fn === 'not-differentiable') inGrads = op.inputs.map(() => null);
      else {
        inGrads = g.withNameScope(`${op.name}_grad`, null, () => {
          const filled = op.outputs.map((o, i) => dense(outGrads[i]) ?? (backprop(o) ? makeOp1('ZerosLike', [o]) : null));
          return fn(op, filled) as (Gradient | null)[];
        });
        if (inGrads.length !== op.inputs.length) throw valueError(`Num gradients ${inGrads.length} generated for op ${op.name} do not match num inputs ${op.inputs.length}`);
      }
      op.inputs.forEach((input, i) => {
        const gi = inGrads[i];
        if (!gi || !between.has(input.op)) return;
        if (!(gi instanceof IndexedSlices)) try { gi.shape = mergeShapes(gi.shape, input.shape); } catch {
          throw valueError(`Incompatible shapes between op input and calculated input gradient.  Forward operation: ${op.name}.  Input index: ${i}. Original input shape: ${formatShapePy(input.shape)}.  Calculated input gradient shape: ${formatShapePy(gi.shape)}`);
        }
        addGrad(input, gi);
      });
    }
    for (const input of op.inputs) {
      if (!between.has(input.op)) continue;
      const left = (pending.get(input.op) ?? 0) - 1;
      pending.set(input.op, left);
      if (left === 0 && !queued.has(input.op)) { queued.add(input.op); queue.push(input.op); }
    }
  }
  return xs.map(aggregate);
}

/**
 * Sums the gradients one tensor received: AddN of dense ones; sparse ones are concatenated (rows
 * and indices) as TF does, and a mix becomes dense.
 */
export function aggregateGradients(list: Gradient[]): Gradient | null {
  if (list.length === 0) return null;
  if (list.length === 1) return list[0];
  if (list.every(x => x instanceof IndexedSlices)) {
    const sl = list as IndexedSlices[];
    const axis = convertToTensor(0, 'int32');
    const values = makeOp1('ConcatV2', [...sl.map(x => x.values), axis], { N: sl.length });
    const indices = makeOp1('ConcatV2', [...sl.map(x => x.indices), axis], { N: sl.length });
    return new IndexedSlices(values, indices, sl[0].denseShape);
  }
  const ts = list.map(x => dense(x)!);
  return makeOp1('AddN', ts, { N: ts.length });
}

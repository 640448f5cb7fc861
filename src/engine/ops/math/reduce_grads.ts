// Gradients of Sum, Mean, Max, Min, Prod (tf1-semantics §4.5), used by reduce.ts. The upstream gradient is
// reshaped to the "kept" shape (reduced dims set to 1) and spread back over the input. When
// the rank, the axes and the reduced dims are known at build time, the kept shape and the
// tile multiples are constants (a -1 stands for one unknown kept dim, e.g. the batch);
// otherwise they are computed from Shape(x) with ReducedShape.
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import { constantValues, normalizeAxesStatic } from '../../kernels/math/axes';
import { cast, div, intConst, mul, op1, reshape, scalar, shapeOf, sum } from '../../gradients/families/math/graph_ops';
import { OpType } from '../op_types';

interface Kept { kept: Tensor; multiples: Tensor | null; reducedCount: number | null }

function keptShape(op: Operation): Kept {
  const [x, axisT] = op.inputs;
  const axesValues = constantValues(axisT);
  if (x.shape !== null && axesValues !== null) {
    const axes = normalizeAxesStatic(axesValues, x.shape.length);
    const kept = x.shape.map((d, i) => (axes.includes(i) ? 1 : d));
    const reducedDims = axes.map(a => x.shape![a]);
    const reducedKnown = reducedDims.every(d => d !== null);
    const reducedCount = reducedKnown ? (reducedDims as number[]).reduce((p, d) => p * d, 1) : null;
    if (kept.filter(d => d === null).length <= 1) {
      const keptT = intConst(kept.map(d => d ?? -1));
      let multiples: Tensor | null;
      if (reducedKnown) {
        const m = x.shape.map((d, i) => (axes.includes(i) ? d as number : 1));
        multiples = m.every(v => v === 1) ? null : intConst(m);
      } else if (axes.length === x.shape.length) {
        multiples = shapeOf(x); // every dim reduced: kept is all ones
      } else {
        multiples = dynamicMultiples(x, axisT);
      }
      return { kept: keptT, multiples, reducedCount };
    }
  }
  const shape = shapeOf(x);
  const keptT = op1('ReducedShape', [shape, axisT]);
  return { kept: keptT, multiples: op1('FloorDiv', [shape, op1('Maximum', [keptT, intConst([1])])]), reducedCount: null };
}

function dynamicMultiples(x: Tensor, axisT: Tensor): Tensor {
  const shape = shapeOf(x);
  return op1('FloorDiv', [shape, op1('Maximum', [op1('ReducedShape', [shape, axisT]), intConst([1])])]);
}

/** Sum: g reshaped to the kept shape and tiled over the reduced dims. */
export function sumGrad(op: Operation, g: Tensor, k = keptShape(op)): Tensor {
  const gk = reshape(g, k.kept);
  return k.multiples ? op1(OpType.Tile, [gk, k.multiples]) : gk;
}

/** Mean: the Sum gradient divided by the number of reduced entries. */
export function meanGrad(op: Operation, g: Tensor): Tensor {
  const k = keptShape(op);
  const spread = sumGrad(op, g, k);
  let factor: Tensor;
  if (k.reducedCount !== null) factor = scalar(k.reducedCount, spread.dtype);
  else {
    const inSize = op1('Prod', [shapeOf(op.inputs[0]), intConst([0])], { keep_dims: false });
    const outSize = op1('Prod', [shapeOf(op.outputs[0]), intConst([0])], { keep_dims: false });
    factor = cast(op1('FloorDiv', [inSize, op1('Maximum', [outSize, intConst([1])])]), spread.dtype);
  }
  return div(spread, factor);
}

/** Max/Min: the gradient goes to the entries equal to the result, split evenly among ties. */
export function maxMinGrad(op: Operation, g: Tensor): Tensor {
  const [x, axisT] = op.inputs;
  const k = keptShape(op);
  const y = reshape(op.outputs[0], k.kept);
  const gk = reshape(g, k.kept);
  const indicators = cast(op1('Equal', [y, x]), g.dtype);
  const count = sum(indicators, axisT, true);
  return mul(div(indicators, count), gk);
}

// Prod: the product of all other entries = exclusive cumprod from the left times exclusive
// cumprod from the right, which stays exact when entries are zero. One reduced axis is
// scanned in place; reducing every axis scans the flattened input; otherwise (TF's _ProdGrad)
// the reduced axes move to the front and are flattened into one, scanned, and moved back.
export function prodGrad(op: Operation, g: Tensor): Tensor {
  const [x, axisT] = op.inputs;
  const axesValues = constantValues(axisT);
  const rank = x.rank;
  if (rank === null || axesValues === null) throw new Error('Prod gradient needs a known rank and constant axes');
  const axes = normalizeAxesStatic(axesValues, rank);
  const spread = sumGrad(op, g);
  const others = (t: Tensor, axis: Tensor) => mul(
    op1('Cumprod', [t, axis], { exclusive: true, reverse: false }),
    op1('Cumprod', [t, axis], { exclusive: true, reverse: true }));
  if (axes.length === 0) return spread;
  if (axes.length === 1) return mul(spread, others(x, scalar(axes[0], 'int32')));
  if (axes.length === rank) {
    const flat = reshape(x, intConst([-1]));
    return mul(spread, reshape(others(flat, scalar(0, 'int32')), shapeOf(x)));
  }
  const rest = Array.from({ length: rank }, (_, i) => i).filter(i => !axes.includes(i));
  const perm = [...axes, ...rest];
  const permuted = op1(OpType.Transpose, [x, intConst(perm)]);
  const reducedKnown = x.shape !== null && axes.every(a => x.shape![a] !== null);
  const flatShape = reducedKnown
    ? intConst([axes.reduce((p, a) => p * (x.shape![a] as number), 1), -1])
    : op1(OpType.Pack, [
      op1(OpType.Prod, [op1(OpType.GatherV2, [shapeOf(x), intConst(axes), scalar(0, 'int32')]), intConst([0])]),
      scalar(-1, 'int32')], { N: 2, axis: 0 });
  const scanned = reshape(others(reshape(permuted, flatShape), scalar(0, 'int32')), shapeOf(permuted));
  return mul(spread, op1(OpType.Transpose, [scanned, intConst(perm.map((_, i) => perm.indexOf(i)))]));
}

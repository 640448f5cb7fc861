// `unb` (tf1-semantics §4.4): sum a gradient over the axes its input was broadcast along, then
// reshape it to the input's shape. With both static shapes fully known the axes are computed
// now (and nothing is added when no reduction is needed); otherwise the classic structure
// Shape, Shape_1, BroadcastGradientArgs, Sum, Reshape is built.
import type { Tensor } from '../../graph/tensor';
import type { Operation } from '../../graph/operation';
import { isFullyDefined } from '../../shape';
import { broadcastGradientArgs } from '../../kernels/math/broadcast';
import { makeOp } from '../builder';
import { intConst, reshape, shapeOf, sum } from '../../gradients/families/math/graph_ops';
import { OpType } from '../op_types';

export interface Unbroadcaster { x(g: Tensor): Tensor; y(g: Tensor): Tensor }

export function unbroadcaster(op: Operation): Unbroadcaster {
  const [x, y] = op.inputs;
  if (isFullyDefined(x.shape) && isFullyDefined(y.shape)) {
    const [rx, ry] = broadcastGradientArgs(x.shape, y.shape);
    return { x: g => staticReduce(g, rx, x.shape as number[]), y: g => staticReduce(g, ry, y.shape as number[]) };
  }
  const sx = shapeOf(x), sy = shapeOf(y);
  const bga = makeOp(OpType.BroadcastGradientArgs, [sx, sy]);
  const [rx, ry] = bga.outputs;
  return { x: g => reshape(sum(g, rx), sx), y: g => reshape(sum(g, ry), sy) };
}

function staticReduce(g: Tensor, axes: number[], target: number[]): Tensor {
  const sameAsTarget = (s: Tensor['shape']) => s !== null && s.length === target.length && s.every((d, i) => d === target[i]);
  if (!axes.length && sameAsTarget(g.shape)) return g;
  const keepDims = g.shape !== null && g.shape.length === target.length;
  const reduced = axes.length ? sum(g, intConst(axes), keepDims) : g;
  return sameAsTarget(reduced.shape) ? reduced : reshape(reduced, intConst(target));
}

// Small graph-building helpers shared by the array gradients.
import { Tensor } from '../../../graph/tensor';
import { constant, makeOp1 } from '../../../ops/builder';

/**
 * reduce_sum over `axes` (all axes when omitted). Built as the math family's `Sum` op with TF's
 * attr name `keep_dims`, so the array family does not depend on the math builders' API.
 */
export function sum(x: Tensor, axes?: Tensor | number[]): Tensor {
  let axesT: Tensor;
  if (axes instanceof Tensor) axesT = axes;
  else if (axes) axesT = constant(axes, 'int32', 'Const');
  else if (x.rank !== null) axesT = constant(Array.from({ length: x.rank }, (_, i) => i), 'int32', 'Const');
  else axesT = makeOp1('Range', [constant(0, 'int32', 'range/start'), makeOp1('Rank', [x], {}, 'Rank'), constant(1, 'int32', 'range/delta')], {}, 'range');
  return makeOp1('Sum', [x, axesT], { keep_dims: false, Tidx: 'int32' }, 'Sum');
}

// tf.reduce_* (tf1-semantics §3.4) and tf.argmax/argmin. With axis None the axes are a Const
// range over the rank named `Const` at the caller's scope (made before the op's own scope),
// as TF's _ReductionDims does; the result of a full reduction is statically a scalar.
import { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { constant, makeOp1, TensorLike } from '../builder';
import type { DType } from '../../dtypes';
import { convertArgs, inScope, isTensorLike } from './apply';

export type AxisArg = TensorLike | null | undefined;

function reductionDims(x: Tensor, axis: AxisArg): TensorLike {
  if (axis != null) return axis;
  if (x.shape !== null) return constant(NDArray.from(x.shape.map((_, i) => i), 'int32'));
  // Unknown rank: range(0, rank(x)) at run time.
  return x.graph.withNameScope(null, 'range', scope =>
    makeOp1('Range', [constant(0, 'int32', 'start'), makeOp1('Rank', [x]), constant(1, 'int32', 'delta')], { Tidx: 'int32' }, scope));
}

function reduction(type: string) {
  return (input: TensorLike, axis?: AxisArg, keepdims?: boolean | null, name?: string): Tensor => {
    const [x] = convertArgs([input], ['input']);
    const dims = reductionDims(x, axis);
    const keep = keepdims === true;
    const out = inScope([x], name, type, scope => {
      const axisT = isTensorLike(dims) ? convertArgs([dims], ['reduction_indices'])[0] : convertArgs([dims], ['reduction_indices'], 'int32')[0];
      return makeOp1(type, [x, axisT], { keep_dims: keep, Tidx: axisT.dtype }, scope);
    });
    if (axis == null && !keep) out.setShape([]);
    return out;
  };
}

export const reduceSum = reduction('Sum');
export const reduceMean = reduction('Mean');
export const reduceMax = reduction('Max');
export const reduceMin = reduction('Min');
export const reduceProd = reduction('Prod');

function argReduce(type: string) {
  return (input: TensorLike, axis: TensorLike | null = 0, outputType: DType = 'int64', name?: string): Tensor =>
    inScope([input], name, type, scope => {
      const [x] = convertArgs([input], ['input']);
      const [dim] = convertArgs([axis ?? 0], ['dimension'], 'int32');
      return makeOp1(type, [x, dim], { output_type: outputType, Tidx: dim.dtype }, scope);
    });
}
export const argmax = argReduce('ArgMax');
export const argmin = argReduce('ArgMin');

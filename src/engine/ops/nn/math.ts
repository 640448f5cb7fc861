// The math ops the nn builders and gradients compose. They are made directly by op type, so
// the nn family depends on the math kernels only, not on the shape of the math builders.
// Python-operator helpers follow TF naming: `a * b` opens scope `mul` and the op takes it.
import { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { convertToTensor, constant, isConvertible, makeOp1, TensorLike } from '../builder';
import type { DType } from '../../dtypes';

function dtypeOf(v: TensorLike): DType | undefined {
  if (v instanceof Tensor) return v.dtype;
  if (isConvertible(v)) return v.toTensor().dtype;
  return undefined;
}
function graphFor(...vs: TensorLike[]) {
  for (const v of vs) if (v instanceof Tensor) return v.graph;
  return getDefaultGraph();
}

/** A binary op with Python-operator conversion: a plain number takes the tensor's dtype. */
export function binary(type: string, defaultName: string, a: TensorLike, b: TensorLike, name?: string): Tensor {
  return graphFor(a, b).withNameScope(name ?? null, defaultName, scope => {
    const dtype = dtypeOf(a) ?? dtypeOf(b);
    const x = convertToTensor(a, dtype, 'x');
    const y = convertToTensor(b, dtype ?? x.dtype, 'y');
    return makeOp1(type, [x, y], {}, scope);
  });
}
export const add = (a: TensorLike, b: TensorLike, name?: string) => binary('Add', 'add', a, b, name);
export const sub = (a: TensorLike, b: TensorLike, name?: string) => binary('Sub', 'sub', a, b, name);
export const mul = (a: TensorLike, b: TensorLike, name?: string) => binary('Mul', 'mul', a, b, name);
export const div = (a: TensorLike, b: TensorLike, name?: string) => binary('RealDiv', 'truediv', a, b, name);
export const maximum = (a: TensorLike, b: TensorLike, name?: string) => binary('Maximum', 'Maximum', a, b, name);
export const minimum = (a: TensorLike, b: TensorLike, name?: string) => binary('Minimum', 'Minimum', a, b, name);
export const greater = (a: TensorLike, b: TensorLike, name?: string) => binary('Greater', 'Greater', a, b, name);
export const greaterEqual = (a: TensorLike, b: TensorLike, name?: string) => binary('GreaterEqual', 'GreaterEqual', a, b, name);
export const less = (a: TensorLike, b: TensorLike, name?: string) => binary('Less', 'Less', a, b, name);
export const equal = (a: TensorLike, b: TensorLike, name?: string) => binary('Equal', 'Equal', a, b, name);
export const squaredDifference = (a: TensorLike, b: TensorLike, name?: string) => binary('SquaredDifference', 'SquaredDifference', a, b, name);

export function unary(type: string, x: TensorLike, name?: string): Tensor {
  return makeOp1(type, [convertToTensor(x)], {}, name ?? type);
}
export const neg = (x: TensorLike, name?: string) => unary('Neg', x, name);
export const exp = (x: TensorLike, name?: string) => unary('Exp', x, name);
export const log1p = (x: TensorLike, name?: string) => unary('Log1p', x, name);
export const sqrt = (x: TensorLike, name?: string) => unary('Sqrt', x, name);
export const floor = (x: TensorLike, name?: string) => unary('Floor', x, name);

/** tf.where(cond, x, y) of TF1: the Select op. */
export function select(cond: Tensor, x: Tensor, y: Tensor, name?: string): Tensor {
  return makeOp1('Select', [cond, x, y], {}, name ?? 'Select');
}

/** tf.reduce_sum; `axes` null sums everything (the axes Const is made before the op, as TF does). */
export function reduceSum(x: Tensor, axes: number[] | null = null, keepDims = false, name?: string): Tensor {
  if (axes === null) {
    const rank = x.shape?.length;
    const all = rank === undefined
      ? makeOp1('Range', [constant(0, 'int32', 'range/start'), makeOp1('Rank', [x], {}, 'Rank'), constant(1, 'int32', 'range/delta')], {}, 'range')
      : constant(Array.from({ length: rank }, (_, i) => i), 'int32', 'Const');
    return makeOp1('Sum', [x, all], { keep_dims: keepDims }, name ?? 'Sum');
  }
  return x.graph.withNameScope(name ?? null, 'Sum', scope =>
    makeOp1('Sum', [x, constant(axes, 'int32', 'reduction_indices')], { keep_dims: keepDims }, scope));
}

/** tf.cast: no op at all when the dtype already matches. */
export function cast(x: Tensor, dtype: DType, name?: string): Tensor {
  if (x.dtype === dtype) return x;
  return x.graph.withNameScope(name ?? null, 'Cast', scope =>
    makeOp1('Cast', [x], { SrcT: x.dtype, DstT: dtype, Truncate: false }, scope));
}

export function addN(xs: Tensor[], name?: string): Tensor {
  if (xs.length === 1) return xs[0];
  return makeOp1('AddN', xs, { N: xs.length }, name ?? 'AddN');
}

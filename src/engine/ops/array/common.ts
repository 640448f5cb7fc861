// Shared by the array builders: TF's op_def_library pattern of opening the op's name scope
// first, so helper constants are named under it (`Reshape/shape`), then giving the op the
// scope's own name.
import { getDefaultGraph } from '../../graph/default_graph';
import { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import { constant, convertToTensor, isConvertible, makeOp1, toNDArray, TensorLike } from '../builder';
import { OpType } from '../op_types';
import type { DType } from '../../dtypes';

/** Run `fn` inside name scope `name ?? defaultName`; `opName` ends in '/' so makeOp uses it verbatim. */
export function inOpScope<T>(name: string | undefined, defaultName: string, fn: (opName: string) => T): T {
  return getDefaultGraph().withNameScope(name ?? null, defaultName, scope => fn(scope));
}

/** A shape/axis/index argument: tensors pass through, plain values become int32 constants. */
export function intTensor(value: TensorLike, name: string, dtype: DType = 'int32'): Tensor {
  if (value instanceof Tensor || isConvertible(value)) return convertToTensor(value);
  return convertToTensor(value, dtype, name);
}

/** A plain (non-tensor) argument's value as `dtype`; null for tensors, variables and lists holding them. */
export function plainValue(value: TensorLike, dtype: DType): NDArray | null {
  if (holdsTensor(value)) return null;
  return toNDArray(value as Parameters<typeof toNDArray>[0], dtype);
}

function holdsTensor(v: TensorLike): boolean {
  if (v instanceof Tensor || isConvertible(v)) return true;
  return Array.isArray(v) && v.some(holdsTensor);
}

/**
 * reduce_sum over `axes` (all axes when omitted), for gradients. Built as the math family's `Sum`
 * op by type with TF's attr name `keep_dims`, so array gradients do not depend on the math builders.
 */
export function sumForGradient(x: Tensor, axes?: Tensor | number[]): Tensor {
  let axesT: Tensor;
  if (axes instanceof Tensor) axesT = axes;
  else if (axes) axesT = constant(axes, 'int32', 'Const');
  else if (x.rank !== null) axesT = constant(Array.from({ length: x.rank }, (_, i) => i), 'int32', 'Const');
  else axesT = makeOp1(OpType.Range, [constant(0, 'int32', 'range/start'), makeOp1(OpType.Rank, [x], {}, 'Rank'), constant(1, 'int32', 'range/delta')], {}, 'range');
  return makeOp1(OpType.Sum, [x, axesT], { keep_dims: false, Tidx: 'int32' }, 'Sum');
}

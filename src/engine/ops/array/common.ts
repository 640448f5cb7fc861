// Shared by the array builders: TF's op_def_library pattern of opening the op's name scope
// first, so helper constants are named under it (`Reshape/shape`), then giving the op the
// scope's own name.
import { getDefaultGraph } from '../../graph/default_graph';
import { Tensor } from '../../graph/tensor';
import { convertToTensor, isConvertible, TensorLike } from '../builder';
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

export type IntList = number[] | Tensor;

// Shared by the sparse ops: the [N, rank] index matrix as rows, int64 outputs, and the checks
// TF's sparse kernels make on their (indices, values, dense_shape) triple.
import type { Tensor } from '../../graph/tensor';
import { SparseTensor } from '../../graph/sparse_tensor';
import { NDArray, stridesOf } from '../../ndarray';
import { invalidArgument, typeError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { elementsOf, intsOf } from '../../kernels/array/static';
import { convertToTensor, TensorLike } from '../builder';

/** The index matrix [N, rank] as N rows. */
export function indexRows(indices: NDArray): number[][] {
  if (indices.rank !== 2) throw invalidArgument(`Input indices should be a matrix but received shape [${indices.shape.join(',')}]`);
  const flat = intsOf(indices), k = indices.shape[1];
  return Array.from({ length: indices.shape[0] }, (_, r) => flat.slice(r * k, r * k + k));
}

/** An int64 array from plain numbers. */
export function int64Array(values: readonly number[], shape: readonly number[]): NDArray {
  const out = NDArray.zeros('int64', shape);
  out.numeric.set(values);
  return out;
}

/** Index rows as an int64 [N, rank] matrix. */
export function indexMatrix(rows: readonly number[][], rank: number): NDArray {
  return int64Array(rows.flat(), [rows.length, rank]);
}

/** values[order[i]] for each i: the values an op keeps or reorders (any dtype, strings too). */
export function pickValues(values: NDArray, order: readonly number[]): NDArray {
  const out = NDArray.zeros(values.dtype, [order.length]);
  const dst = elementsOf(out), src = elementsOf(values);
  order.forEach((j, i) => { dst[i] = src[j]; });
  return out;
}

/** Row-major offset of an index row in `shape`. */
export function linearIndex(row: readonly number[], strides: readonly number[]): number {
  let off = 0;
  for (let d = 0; d < row.length; d++) off += row[d] * strides[d];
  return off;
}

export { stridesOf };

/** Index positions sorted into the canonical row-major order (stable). */
export function canonicalOrder(rows: readonly number[][]): number[] {
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const x = rows[a], y = rows[b];
    for (let d = 0; d < x.length; d++) if (x[d] !== y[d]) return x[d] - y[d];
    return a - b;
  });
  return order;
}

/** TF's runtime check that the triple agrees: indices [N, rank], values [N], dense_shape [rank]. */
export function checkTriple(indices: NDArray, values: NDArray, shape: NDArray, what = 'input'): void {
  if (indices.rank !== 2) throw invalidArgument(`${what}_indices should be a matrix but received shape [${indices.shape.join(',')}]`);
  if (values.rank !== 1) throw invalidArgument(`${what}_values should be a vector but received shape [${values.shape.join(',')}]`);
  if (shape.rank !== 1) throw invalidArgument(`${what}_shape should be a vector but received shape [${shape.shape.join(',')}]`);
  if (values.shape[0] !== indices.shape[0]) throw invalidArgument(`Number of values (${values.shape[0]}) must match the number of indices (${indices.shape[0]})`);
  if (shape.shape[0] !== indices.shape[1]) throw invalidArgument(`Rank of dense_shape (${shape.shape[0]}) must match the rank of indices (${indices.shape[1]})`);
}

/** Static checks on the triple's tensors: ranks 2, 1, 1. */
export function inferTriple(indices: Tensor, values: Tensor, shape: Tensor, what = 'input'): void {
  const rank = (t: Tensor, r: number, n: string) => {
    if (t.shape !== null && t.shape.length !== r) throw new ShapeError(`Shape must be rank ${r} but is rank ${t.shape.length} for ${n}`);
  };
  rank(indices, 2, `${what}_indices`);
  rank(values, 1, `${what}_values`);
  rank(shape, 1, `${what}_shape`);
  if (indices.dtype !== 'int64') throw typeError(`Input '${what}_indices' must be int64, got ${indices.dtype}`);
  if (shape.dtype !== 'int64') throw typeError(`Input '${what}_shape' must be int64, got ${shape.dtype}`);
}

/** The rank the triple's static shapes tell, or null. */
export function staticRank(indices: Tensor, shape: Tensor): number | null {
  if (shape.shape !== null && shape.shape[0] !== null) return shape.shape[0];
  if (indices.shape !== null && indices.shape[1] !== null) return indices.shape[1];
  return null;
}

/** A SparseTensor from its three parts, converting plain values (indices and shape int64). */
export function sparseTensor(indices: TensorLike, values: TensorLike, denseShape: TensorLike): SparseTensor {
  return new SparseTensor(convertToTensor(indices, 'int64', 'indices'), convertToTensor(values, undefined, 'values'), convertToTensor(denseShape, 'int64', 'dense_shape'));
}

/** Checks a builder argument is a SparseTensor (TF: "Input must be a SparseTensor."). */
export function requireSparse(x: unknown, what = 'Input'): SparseTensor {
  if (!(x instanceof SparseTensor)) throw typeError(`${what} must be a SparseTensor.`);
  return x;
}

// tf.SparseTensor: a dense tensor of shape `denseShape` given by the `values` at `indices` ([N,
// rank] int64) and zero (or a default) elsewhere. TF1 programs meet one as the result of
// tf.string_split / tf.strings.split and turn it dense with tf.sparse.to_dense; a session fetch
// gives TF's SparseTensorValue(indices, values, dense_shape).
import type { DType } from '../dtypes';
import type { StaticShape } from '../shape';
import type { Tensor } from './tensor';
import { shapeFromTensor } from '../kernels/array/static';

export class SparseTensor {
  constructor(readonly indices: Tensor, readonly values: Tensor, readonly denseShape: Tensor) {}

  get dtype(): DType { return this.values.dtype; }
  get graph() { return this.values.graph; }
  get op() { return this.values.op; }
  /** The dense shape as far as the graph knows it (TF: constant_value_as_shape(dense_shape)). */
  get shape(): StaticShape { return shapeFromTensor(this.denseShape); }
  toString(): string {
    return `SparseTensor(indices=${this.indices.toString()}, values=${this.values.toString()}, dense_shape=${this.denseShape.toString()})`;
  }
}

// tf.IndexedSlices: a sparse gradient, rows `values[i]` of a dense tensor at rows `indices[i]`
// (tf1-semantics §4.3). Gather's gradient makes one for its params, so an embedding's gradient
// names only the rows a batch touched; optimizers apply it to those rows (training/), and any op
// that needs a dense value converts it (toTensor: UnsortedSegmentSum, as TF does).
import type { DType } from '../dtypes';
import type { StaticShape } from '../shape';
import type { Tensor } from './tensor';
import { constant, makeOp1 } from '../ops/builder';
import { NDArray } from '../ndarray';

export class IndexedSlices {
  private dense: Tensor | null = null;
  constructor(
    readonly values: Tensor,
    readonly indices: Tensor,
    /** The dense tensor's shape as an int32 vector (null: unknown, TF allows it). */
    readonly denseShape: Tensor | null,
  ) {}

  get dtype(): DType { return this.values.dtype; }
  get graph() { return this.values.graph; }
  get name(): string { return this.values.name; }
  get op() { return this.values.op; }
  /** The dense tensor's static shape: unknown rows, the values' row shape. */
  get shape(): StaticShape { return this.values.shape === null ? null : [null, ...this.values.shape.slice(1)]; }

  /** The dense tensor (UnsortedSegmentSum of the rows), built once. */
  toTensor(): Tensor {
    if (this.dense) return this.dense;
    if (this.denseShape === null) throw new Error('IndexedSlices without dense_shape cannot be made dense');
    const rows = makeOp1('StridedSlice', [this.denseShape, ints([0]), ints([1]), ints([1])],
      { begin_mask: 0, end_mask: 0, ellipsis_mask: 0, new_axis_mask: 0, shrink_axis_mask: 1, Index: 'int32', T: 'int32' });
    this.dense = makeOp1('UnsortedSegmentSum', [this.values, this.indices, rows]);
    return this.dense;
  }
  toString(): string {
    return `IndexedSlices(indices=${this.indices.toString()}, values=${this.values.toString()}${this.denseShape ? `, dense_shape=${this.denseShape.toString()}` : ''})`;
  }
}

const ints = (values: number[]): Tensor => constant(NDArray.from(values, 'int32'));

export function isIndexedSlices(v: unknown): v is IndexedSlices { return v instanceof IndexedSlices; }

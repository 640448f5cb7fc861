// Shared by the sparse op tests: constant SparseTensors, runs, and dense references in float64.
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { sparseTensor } from '../../../src/engine/ops/sparse/common';

export const sp = (indices: number[][], values: number[] | tf.Tensor, shape: number[], dtype: tf.DType = 'float32'): tf.SparseTensor =>
  sparseTensor(tf.constant(tf.NDArray.from(indices.length ? indices : [], 'int64').reshape([indices.length, shape.length])),
    values instanceof tf.Tensor ? values : tf.constant(tf.NDArray.from(values, dtype)), tf.constant(tf.NDArray.from(shape, 'int64')));

export function fresh(): void { clearDefaultGraphState(); }

export function run(...ts: tf.Tensor[]): tf.NDArray[] {
  return new tf.Session().run(ts) as tf.NDArray[];
}

/** A fetched array as nested JS numbers. */
export const list = (a: tf.NDArray): unknown => a.toArray();

/** Dense form of an (indices, values, shape) triple, summing repeats. */
export function denseOf(indices: number[][], values: number[], shape: number[]): number[] {
  const strides = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1));
  const out = new Array<number>(shape.reduce((a, b) => a * b, 1)).fill(0);
  indices.forEach((row, n) => { out[row.reduce((o, v, d) => o + v * strides[d], 0)] += values[n]; });
  return out;
}

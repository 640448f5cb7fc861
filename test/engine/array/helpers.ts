// Shared by the array tests: run a tensor in a fresh session, compare values and shapes.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';

export function run(t: tf.Tensor, feeds: [tf.Tensor, tf.NDArray][] = []): tf.NDArray {
  return new tf.Session().run(t, feeds) as tf.NDArray;
}
export function runAll(ts: tf.Tensor[], feeds: [tf.Tensor, tf.NDArray][] = []): tf.NDArray[] {
  return new tf.Session().run(ts, feeds) as tf.NDArray[];
}
export function assertValue(actual: tf.NDArray, expected: unknown, shape?: number[]): void {
  assert.deepEqual(actual.toNested(), expected);
  if (shape) assert.deepEqual(actual.shape, shape);
}
/** An int or float array 0..n-1 in the given shape. */
export function iota(shape: number[], dtype: tf.DType = 'float32'): tf.NDArray {
  const a = tf.NDArray.zeros(dtype, shape);
  for (let i = 0; i < a.size; i++) (a.data as Float32Array)[i] = i;
  return a;
}
export function throwsOpError(fn: () => unknown, message: string): void {
  assert.throws(fn, (e: Error) => e.name === 'InvalidArgumentError' && e.message.startsWith(message), `expected InvalidArgumentError: ${message}`);
}

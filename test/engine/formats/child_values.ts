// The tensors the child process saves and the parent expects (every dtype the engine has).
import type { NDArray as NDArrayClass } from '../../../src/engine/ndarray';

export function childTensors(NDArray: typeof NDArrayClass): Map<string, NDArrayClass> {
  return new Map([
    ['layer1/W', NDArray.from([[0.1, -2.5, 3], [4, 5.25, -6e-8]], 'float32')],
    ['layer1/b', NDArray.from([1.5, -1.5], 'float64')],
    ['global_step', NDArray.scalar(100, 'int64')],
    ['counts', NDArray.from([-7, 0, 2147483647], 'int32')],
    ['pixels', NDArray.from([0, 128, 255], 'uint8')],
    ['mask', NDArray.from([true, false, true], 'bool')],
    ['big_step', NDArray.scalar(2 ** 40 + 3, 'int64')],
  ]);
}

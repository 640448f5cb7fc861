import { NDArray } from '../ndarray';

/**
 * Class ids [n] → one-hot [n, numClasses]. TF makes float64 (numpy's default); we use float32,
 * the dtype every MNIST placeholder has, so feeding needs no conversion and half the memory.
 */
export function denseToOneHot(labels: NDArray, numClasses = 10): NDArray {
  const n = labels.shape[0];
  const out = NDArray.zeros('float32', [n, numClasses]);
  const ids = labels.numeric, hot = out.numeric;
  for (let i = 0; i < n; i++) hot[i * numClasses + ids[i]] = 1;
  return out;
}

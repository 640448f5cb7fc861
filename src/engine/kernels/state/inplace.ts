import type { NumericArray } from '../../dtypes';
/** target += sign * delta, elementwise (same length). */
export function binaryElementwiseInPlace(target: NumericArray, delta: NumericArray, sign: 1 | -1): void {
  if (sign === 1) for (let i = 0; i < target.length; i++) target[i] += delta[i];
  else for (let i = 0; i < target.length; i++) target[i] -= delta[i];
}

// The last step of loadtxt and genfromtxt: squeeze away length-1 axes, then pad back up to
// `ndmin` dimensions (a single column read with ndmin=2 becomes a column, not a row).
import { NDArray } from '../../engine/ndarray';

export function ensureNdmin(a: NDArray, ndmin: 0 | 1 | 2): NDArray {
  let shape = a.shape.slice();
  if (shape.length > ndmin) shape = shape.filter(d => d !== 1);
  if (shape.length < ndmin) {
    if (ndmin === 1) shape = [1];
    else if (shape.length === 0) shape = [1, 1];
    else shape = [shape[0], 1]; // atleast_2d(...).T of a vector
  }
  return new NDArray(a.dtype, shape, a.data);
}

// Output buffers a frame op (If) keeps for its own outputs, reused across runs: the session's
// `rt.output` keys buffers by (op, index < 16), and an If has as many outputs as its branches
// make. Fetches copy them (they are marked mutable).
import { NDArray } from '../ndarray';
import { allocData } from '../dtypes';
import type { RuntimeContext } from '../session/runtime';

export class OwnedBuffers {
  private readonly buffers: (NDArray | undefined)[] = [];

  /** A copy of `v` in buffer `i`; values that are not plain numeric arrays pass through. */
  copy(i: number, v: NDArray, rt: RuntimeContext): NDArray {
    if (Array.isArray(v.data) || v.constructor !== NDArray) return v;
    let b = this.buffers[i];
    if (b === undefined || b.dtype !== v.dtype || b.size !== v.size) {
      const data = allocData(v.dtype, v.size);
      rt.mutableBuffers.add(data);
      b = new NDArray(v.dtype, v.shape.slice(), data);
    } else if (b.shape.length !== v.shape.length || b.shape.some((d, k) => d !== v.shape[k])) {
      b = new NDArray(v.dtype, v.shape.slice(), b.data);
    }
    this.buffers[i] = b;
    (b.data as Float32Array).set(v.data as Float32Array);
    return b;
  }
}

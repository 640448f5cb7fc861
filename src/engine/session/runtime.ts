// What a kernel sees of the session while it computes: variable storage, reusable output
// buffers, and per-op state that persists across runs (random streams).
import { NDArray } from '../ndarray';
import { allocData, DType } from '../dtypes';
import type { Operation } from '../graph/operation';

export class RuntimeContext {
  /** Buffers a fetch must copy, because a later run or an in-place update would change them. */
  readonly mutableBuffers = new WeakSet<object>();
  private readonly pool = new Map<number, NDArray>();
  private readonly opStates = new Map<number, unknown>();
  constructor(readonly variables: Map<string, NDArray>) {}

  /**
   * An output buffer for (op, index), reused across runs when dtype and shape repeat, so a
   * training step allocates nothing. Contents are undefined: the kernel must overwrite all.
   */
  output(op: Operation, index: number, dtype: DType, shape: readonly number[]): NDArray {
    const key = op.id * 16 + index;
    const cached = this.pool.get(key);
    if (cached && cached.dtype === dtype && sameShape(cached.shape, shape)) return cached;
    let size = 1;
    for (const d of shape) size *= d;
    const fresh = new NDArray(dtype, shape.slice(), allocData(dtype, size));
    this.pool.set(key, fresh);
    this.mutableBuffers.add(fresh.data);
    return fresh;
  }
  /** State kept for one op across runs of this session (e.g. its random generator). */
  opState<T>(op: Operation, init: () => T): T {
    let s = this.opStates.get(op.id) as T | undefined;
    if (s === undefined) { s = init(); this.opStates.set(op.id, s); }
    return s;
  }
  /** Store a variable's value; the storage is updated in place by training ops afterwards. */
  setVariable(name: string, value: NDArray): NDArray {
    const existing = this.variables.get(name);
    if (existing && existing.dtype === value.dtype && sameShape(existing.shape, value.shape)) {
      (existing.data as Float32Array).set(value.data as Float32Array);
      return existing;
    }
    const stored = value.clone();
    this.variables.set(name, stored);
    this.mutableBuffers.add(stored.data);
    return stored;
  }
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The value a VariableV2 op yields before its initializer ran: readers fail on it. */
export class UninitializedRef extends NDArray {
  constructor(readonly variableName: string) { super('float32', [0], new Float32Array(0)); }
}

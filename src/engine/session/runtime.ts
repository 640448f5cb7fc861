// What a kernel sees of the session while it computes: variable storage, reusable output
// buffers, and per-op state that persists across runs (random streams).
//
// Output buffers come in two sizes:
// - Small ones (< LARGE_BYTES) belong to one op output for good and are never recycled within a
//   run: views can still read every small value of the newest run, and a graph made of them
//   (the seed: nothing reaches 1 MB) runs exactly as it always did, allocating nothing.
// - Large ones are recycled: the session releases a value after its last consumer, and when no
//   live value shares its memory any more (a count per ArrayBuffer, so reshapes and subarray views
//   count too) the buffer goes to its dtype's free list, where a later op takes the smallest one
//   that holds what it asks for (as a view of its first elements when smaller: a run's sizes
//   shrink layer by layer, so exact sizes alone would strand the first layers' buffers).
//   Between runs every large buffer is free; an op prefers the one it had last time, so a
//   repeated plan replays the same reuse pattern and allocates nothing.
//   After a run, large buffers beyond `retainBytes` are dropped (largest first): one run over a
//   whole test set must not keep gigabytes pooled for good.
import { NDArray } from '../ndarray';
import { allocData, DType, TensorData } from '../dtypes';
import { OutOfMemoryError } from '../memory';
import { kernelMemoryFloat32 } from '../kernels/wasm/tensor_memory';
import type { Operation } from '../graph/operation';

/** Buffers from this size up are recycled within a run and counted by `memoryStats`. */
export const LARGE_BYTES = 1 << 20;

/** A large output buffer and its bookkeeping. */
interface Pooled {
  /** What the last requester got: all of `whole`, or a view of its first elements. */
  array: NDArray;
  /** The allocation itself. */
  whole: Exclude<TensorData, string[]>;
  bytes: number;
  /** The op output that asked for it last (-1: none). */
  key: number;
  /** Handed out during this run and not yet released. */
  busy: boolean;
  /** Live slots of this run whose value shares its memory. */
  refs: number;
}

/** Large-buffer accounting, for tests and benchmarks (bytes of buffers ≥ LARGE_BYTES). */
export interface MemoryStats {
  /** Held by the pool now (free or not). */
  heldBytes: number;
  /** Most held at once during the last run. */
  peakBytes: number;
  /** Most in use at once (handed out and not yet released) during the last run. */
  peakLiveBytes: number;
  /** Buffers allocated during the last run. */
  allocations: number;
  /** Requests served during the last run by a buffer another op had used earlier in it. */
  recycled: number;
}

const bufferOf = (v: NDArray): ArrayBufferLike | undefined => (v.data as { buffer?: ArrayBufferLike }).buffer;

/**
 * Below this many bytes a value cannot share memory with a large buffer: requests this small are
 * never served from the free list, and no kernel returns a subarray of its input. Checking it
 * first keeps `.buffer` (slow, and allocating for tiny on-heap arrays) off the seed's hot path.
 */
const VIEW_MIN_BYTES = LARGE_BYTES / 8;
const ELEMENT_BYTES: Record<DType, number> = {
  float16: 4, float32: 4, float64: 8, int8: 1, int16: 2, int32: 4, int64: 8, uint8: 1, uint16: 2, bool: 1, string: 4,
};
const elementBytes = (dtype: DType): number => ELEMENT_BYTES[dtype];
const tooSmallToShare = (v: NDArray): boolean => (v.data as { byteLength?: number }).byteLength! < VIEW_MIN_BYTES;

export class RuntimeContext {
  /** Buffers (typed arrays and their ArrayBuffers) a fetch must copy: a later run or an in-place update would change them. */
  readonly mutableBuffers = new WeakSet<object>();
  /** Large buffers held between runs beyond this are dropped at the end of a run. */
  retainBytes = 256 * 1024 * 1024;
  private readonly pool = new Map<number, NDArray>();
  private readonly owned = new Map<number, Pooled>();
  private readonly large = new Map<ArrayBufferLike, Pooled>();
  private readonly free = new Map<DType, Pooled[]>();
  private readonly handedOut: Pooled[] = [];
  private readonly opStates = new Map<number, unknown>();
  private held = 0;
  private live = 0;
  private stats: MemoryStats = { heldBytes: 0, peakBytes: 0, peakLiveBytes: 0, allocations: 0, recycled: 0 };
  /**
   * Runs target ops to completion inside the current run (set by the Session): queue kernels use it
   * to run queue runners' enqueue ops cooperatively when a dequeue would block.
   */
  runNested: ((targets: Operation[]) => void) | null = null;
  constructor(readonly variables: Map<string, NDArray>) {}

  /**
   * An output buffer for (op, index), reused across runs when dtype and shape repeat, so a
   * training step allocates nothing. Contents are undefined: the kernel must overwrite all.
   */
  output(op: Operation, index: number, dtype: DType, shape: readonly number[]): NDArray {
    const key = op.id * 16 + index;
    const cached = this.pool.get(key);
    if (cached && cached.dtype === dtype && sameShape(cached.shape, shape)) return cached;
    const own = this.owned.get(key);
    if (own && !own.busy && own.array.dtype === dtype && sameShape(own.array.shape, shape)) {
      this.unfree(own);
      return this.handOut(own, key);
    }
    let size = 1;
    for (const d of shape) size *= d;
    const recycled = this.takeFree(own, dtype, size, key, shape);
    if (recycled !== undefined) return recycled;
    const data = this.allocate(dtype, size, shape);
    const fresh = new NDArray(dtype, shape.slice(), data);
    this.mutableBuffers.add(data);
    if (!Array.isArray(data)) this.mutableBuffers.add(data.buffer);
    if (Array.isArray(data) || data.byteLength < LARGE_BYTES) {
      this.pool.set(key, fresh);
      return fresh;
    }
    this.pool.delete(key);
    const p: Pooled = { array: fresh, whole: data, bytes: data.byteLength, key: -1, busy: false, refs: 0 };
    this.large.set(data.buffer, p);
    this.held += p.bytes;
    if (this.held > this.stats.peakBytes) this.stats.peakBytes = this.held;
    this.stats.allocations++;
    return this.handOut(p, key);
  }

  /** Whether a value's memory is one the engine writes again later (so a fetch must copy it). */
  isMutable(v: NDArray): boolean {
    const buffer = bufferOf(v);
    return this.mutableBuffers.has(v.data) || (buffer !== undefined && this.mutableBuffers.has(buffer));
  }

  /** The session put `v` into a slot of the current run. */
  track(v: NDArray): void {
    if (tooSmallToShare(v)) return;
    const buffer = bufferOf(v);
    if (buffer === undefined || buffer.byteLength < LARGE_BYTES) return;
    const p = this.large.get(buffer);
    if (p !== undefined && p.busy) p.refs++;
  }

  /**
   * The session dropped `v` from a slot (its last consumer ran). Returns whether the value was
   * large: the session then forgets it, as its memory may be reused by the next op.
   */
  release(v: NDArray): boolean {
    if (tooSmallToShare(v)) return false;
    const buffer = bufferOf(v);
    if (buffer === undefined || buffer.byteLength < LARGE_BYTES) return false;
    const p = this.large.get(buffer);
    if (p !== undefined && p.busy && --p.refs <= 0) {
      p.busy = false;
      p.refs = 0;
      this.live -= p.bytes;
      this.freeList(p.array.dtype).push(p);
    }
    return true;
  }

  beginRun(): void {
    this.live = 0;
    this.stats.peakBytes = this.held;
    this.stats.peakLiveBytes = 0;
    this.stats.allocations = 0;
    this.stats.recycled = 0;
  }

  /** Every large buffer becomes free for the next run; what exceeds `retainBytes` is dropped. */
  endRun(): void {
    const out = this.handedOut;
    for (let i = 0; i < out.length; i++) {
      const p = out[i];
      if (!p.busy) continue;
      p.busy = false;
      p.refs = 0;
      this.freeList(p.array.dtype).push(p);
    }
    out.length = 0;
    this.live = 0;
    if (this.held > this.retainBytes) this.trim();
    this.stats.heldBytes = this.held;
  }

  memoryStats(): MemoryStats { return { ...this.stats, heldBytes: this.held }; }

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
    // Big float32 variables (weight matrices) live in the kernel memory when it is shared, so
    // the GEMMs read them in place every step instead of copying them in.
    const inKernelMemory = value.dtype === 'float32' ? kernelMemoryFloat32(value.size) : null;
    if (inKernelMemory) inKernelMemory.set(value.data as Float32Array);
    const stored = inKernelMemory ? new NDArray(value.dtype, value.shape, inKernelMemory) : value.clone();
    this.variables.set(name, stored);
    this.mutableBuffers.add(stored.data);
    return stored;
  }

  /** A new buffer; when the memory budget refuses it, pooled buffers nobody uses go first. */
  private allocate(dtype: DType, size: number, shape: readonly number[]): TensorData {
    try {
      return allocData(dtype, size, shape);
    } catch (e) {
      if (!(e instanceof OutOfMemoryError) || !this.dropFreeBuffers()) throw e;
      return allocData(dtype, size, shape);
    }
  }

  /** Forgets every large buffer no value of the current run holds. Returns whether any went. */
  private dropFreeBuffers(): boolean {
    let dropped = false;
    for (const list of this.free.values()) {
      for (const p of list) { this.forget(p); dropped = true; }
      list.length = 0;
    }
    return dropped;
  }

  private handOut(p: Pooled, key: number): NDArray {
    if (p.key !== key) {
      if (p.key >= 0 && this.owned.get(p.key) === p) this.owned.delete(p.key);
      const previous = this.owned.get(key);
      if (previous !== undefined && previous.key === key) previous.key = -1;
      this.owned.set(key, p);
      p.key = key;
    }
    p.busy = true;
    p.refs = 0;
    this.handedOut.push(p);
    this.live += p.bytes;
    if (this.live > this.stats.peakLiveBytes) this.stats.peakLiveBytes = this.live;
    return p.array;
  }

  /**
   * A free buffer of this dtype holding at least `size` elements, shaped for the caller: the
   * op's own from the last run when it fits, else the smallest that does; undefined when none.
   */
  private takeFree(own: Pooled | undefined, dtype: DType, size: number, key: number, shape: readonly number[]): NDArray | undefined {
    if (size * elementBytes(dtype) < VIEW_MIN_BYTES) return undefined; // must stay too small to share
    let p = own !== undefined && !own.busy && own.array.dtype === dtype && own.whole.length >= size ? own : undefined;
    if (p === undefined) {
      const list = this.free.get(dtype);
      if (list === undefined) return undefined;
      for (let i = 0; i < list.length; i++) {
        const c = list[i];
        if (c.whole.length >= size && (p === undefined || c.whole.length < p.whole.length)) p = c;
      }
      if (p === undefined) return undefined;
    }
    this.unfree(p);
    if (p.key !== key) this.stats.recycled++;
    if (!sameShape(p.array.shape, shape)) {
      p.array = new NDArray(dtype, shape.slice(), p.whole.length === size ? p.whole : p.whole.subarray(0, size));
    }
    return this.handOut(p, key);
  }

  private freeList(dtype: DType): Pooled[] {
    let list = this.free.get(dtype);
    if (list === undefined) { list = []; this.free.set(dtype, list); }
    return list;
  }

  /** Take `p` off its free list (it is about to be handed out again). */
  private unfree(p: Pooled): void {
    const list = this.free.get(p.array.dtype);
    if (list === undefined) return;
    const i = list.lastIndexOf(p);
    if (i < 0) return;
    list[i] = list[list.length - 1];
    list.pop();
  }

  private trim(): void {
    const all = [...this.large.values()].sort((a, b) => b.bytes - a.bytes);
    for (const p of all) {
      if (this.held <= this.retainBytes) break;
      this.unfree(p);
      this.forget(p);
    }
  }

  /** Drops a large buffer from the pool's books (it must not be on a free list any more). */
  private forget(p: Pooled): void {
    this.large.delete(p.whole.buffer);
    if (this.owned.get(p.key) === p) this.owned.delete(p.key);
    // Never written again by the engine: a fetch of it may be handed out without a copy.
    this.mutableBuffers.delete(p.whole);
    this.mutableBuffers.delete(p.whole.buffer);
    this.held -= p.bytes;
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

/**
 * The value of an output that did not run: the untaken output of a Switch (tf.cond's branches,
 * Variable.initialized_value). Ops with a dead input produce dead outputs without running, except
 * Merge, which forwards its live input. Fetching one is an error.
 */
export class DeadValue extends NDArray {
  constructor() { super('float32', [0], new Float32Array(0)); }
}
export const DEAD = new DeadValue();

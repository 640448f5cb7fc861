// One queue's contents in one session (TF's QueueBase): elements of fixed component dtypes, a
// capacity, closed or open. FIFO and padding queues hand out the oldest elements; a random
// shuffle queue a uniformly random one and only while min_after_dequeue would remain (until it
// is closed). Error texts are TF's (kernels/queue_base.cc, fifo_queue.cc).
import { NDArray } from '../ndarray';
import type { DType } from '../dtypes';
import { allocData } from '../dtypes';
import { KernelError, invalidArgument } from '../errors';
import { MT19937 } from '../data/mt19937';

export type QueueKind = 'FIFOQueue' | 'PaddingFIFOQueue' | 'RandomShuffleQueue';
export type Element = NDArray[];

/** TF's resource names: `_<N>_<op name>`, N counting queue resources made in this process. */
let resourceCount = 0;

export interface QueueSpec {
  kind: QueueKind; capacity: number; types: DType[]; shapes: (number | null)[][] | null;
  minAfterDequeue: number; seed: number; seed2: number; sharedName: string; opName: string;
}

export class QueueState {
  readonly name: string;
  readonly items: Element[] = [];
  closed = false;
  private rng: MT19937 | null = null;
  constructor(readonly spec: QueueSpec) {
    this.name = spec.sharedName || `_${resourceCount++}_${spec.opName}`;
  }
  get size(): number { return this.items.length; }

  /** Whether `n` elements can be dequeued now (a shuffle queue keeps min_after_dequeue until closed). */
  canDequeue(n: number): boolean {
    const keep = this.spec.kind === 'RandomShuffleQueue' && !this.closed ? this.spec.minAfterDequeue : 0;
    return this.items.length - n >= keep;
  }

  enqueue(e: Element): void {
    if (this.closed) throw new KernelError('CancelledError', `${this.spec.kind} '${this.name}' is closed.`);
    e.forEach((c, i) => this.checkComponent(c, i));
    this.items.push(e);
  }

  take(n: number): Element[] {
    const out: Element[] = [];
    for (let i = 0; i < n; i++) {
      if (this.spec.kind === 'RandomShuffleQueue') {
        const k = this.random().interval(this.items.length - 1);
        out.push(this.items[k]);
        this.items[k] = this.items[this.items.length - 1];
        this.items.pop();
      } else out.push(this.items.shift()!);
    }
    return out;
  }

  insufficient(requested: number): KernelError {
    return new KernelError('OutOfRangeError', `${this.spec.kind} '${this.name}' is closed and has insufficient elements (requested ${requested}, current size ${this.items.length})`);
  }

  close(cancelPending: boolean): void {
    if (this.closed && cancelPending) throw new KernelError('CancelledError', `Queue '${this.name}' is already closed.`);
    this.closed = true;
  }

  private random(): MT19937 {
    if (!this.rng) {
      const { seed, seed2 } = this.spec;
      this.rng = new MT19937(seed === 0 && seed2 === 0 ? Math.floor(Math.random() * 2 ** 32) : ((seed * 1000003) ^ (seed2 * 7919)) >>> 0);
    }
    return this.rng;
  }

  private checkComponent(c: NDArray, i: number): void {
    if (c.dtype !== this.spec.types[i]) throw invalidArgument(`Type mismatch for component ${i}: expected ${this.spec.types[i]} but got ${c.dtype}`);
    const shape = this.spec.shapes?.[i];
    if (!shape) return;
    const fits = shape.length === c.rank && shape.every((d, k) => d === null || d === c.shape[k]);
    if (!fits) throw invalidArgument(`Shape mismatch in tuple component ${i}. Expected [${shape.map(d => d ?? -1).join(',')}], got [${c.shape.join(',')}]`);
  }
}

/** Elements stacked per component (dequeue_many); a padding queue pads None dims with zeros. */
export function stackElements(q: QueueState, items: Element[]): NDArray[] {
  return q.spec.types.map((dtype, c) => {
    const parts = items.map(e => e[c]);
    const rank = parts.length ? parts[0].rank : (q.spec.shapes?.[c]?.length ?? 0);
    const target = q.spec.shapes?.[c]?.map((d, k) => d ?? Math.max(0, ...parts.map(p => p.shape[k])))
      ?? (parts.length ? parts[0].shape.slice() : new Array(rank).fill(0));
    const inner = target.reduce((p, d) => p * d, 1);
    const out = new NDArray(dtype, [items.length, ...target], allocData(dtype, inner * items.length));
    const d = out.data as unknown as { [i: number]: unknown };
    parts.forEach((p, b) => {
      if (p.shape.length === target.length && p.shape.every((x, k) => x === target[k])) {
        for (let i = 0; i < inner; i++) d[b * inner + i] = p.data[i];
        return;
      }
      const strides = target.map((_, k) => target.slice(k + 1).reduce((s, x) => s * x, 1));
      for (let flat = 0; flat < p.size; flat++) {
        let rem = flat, offset = b * inner;
        for (let k = p.rank - 1; k >= 0; k--) { offset += (rem % p.shape[k]) * strides[k]; rem = Math.floor(rem / p.shape[k]); }
        d[offset] = p.data[flat];
      }
    });
    return out;
  });
}

/** Rows of each component (enqueue_many): element i holds row i of every component. */
export function splitRows(components: NDArray[]): Element[] {
  const n = components.length ? components[0].shape[0] : 0;
  components.forEach((c, i) => {
    if (c.rank === 0) throw invalidArgument(`Input tensor ${i} must have rank at least 1`);
    if (c.shape[0] !== n) throw invalidArgument(`Input tensors must have the same size in the 0th dimension; component 0 has ${n} and component ${i} has ${c.shape[0]}`);
  });
  const out: Element[] = [];
  for (let r = 0; r < n; r++) {
    out.push(components.map(c => {
      const inner = c.shape.slice(1), size = inner.reduce((p, d) => p * d, 1);
      const data = Array.isArray(c.data) ? c.data.slice(r * size, (r + 1) * size) : (c.data as Float32Array).slice(r * size, (r + 1) * size);
      return new NDArray(c.dtype, inner, data as never);
    }));
  }
  return out;
}

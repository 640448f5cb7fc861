// What a TensorArray holds during one session run (TF1's TensorArray resource): elements by
// index, read and write bookkeeping with TF's error texts (tf1-layers-rnn-data §1.5), and the
// gradient arrays made for it. A TensorArrayV3 op makes a fresh one each time it runs; the
// handle value carries it to the read/write ops.
import { NDArray } from '../ndarray';
import type { DType } from '../dtypes';
import { allocData, cppDTypeName } from '../dtypes';
import { invalidArgument, KernelError } from '../errors';
import { StaticShape, formatShapeCpp, isFullyDefined } from '../shape';

export interface StorageOptions {
  name: string;
  dtype: DType;
  size: number;
  dynamicSize: boolean;
  clearAfterRead: boolean;
  elementShape: StaticShape;
  /** Gradient arrays: a second write to an index adds to it. */
  aggregateWrites?: boolean;
  /** Gradient arrays: element shapes of unwritten entries come from the forward array. */
  shapesFrom?: TensorArrayStorage;
}

export class TensorArrayStorage {
  readonly items: (NDArray | undefined)[];
  private readonly read: boolean[] = [];
  private readonly cleared: boolean[] = [];
  private readonly writtenShapes: (number[] | undefined)[] = [];
  closed = false;
  /** Gradient arrays by source (one per tf.gradients call). */
  readonly grads = new Map<string, TensorArrayStorage>();
  constructor(readonly opts: StorageOptions) { this.items = new Array(opts.size); }

  get size(): number { return this.items.length; }
  private get label(): string { return `TensorArray ${this.opts.name}`; }

  checkOpen(): void { if (this.closed) throw invalidArgument(`${this.label} has already been closed.`); }

  write(index: number, value: NDArray): void {
    this.checkOpen();
    const o = this.opts;
    if (index < 0 || (index >= this.items.length && !o.dynamicSize)) {
      throw invalidArgument(`${this.label}: Tried to write to index ${index} but array is not resizeable and size is: ${this.items.length}`);
    }
    if (value.dtype !== o.dtype) {
      throw invalidArgument(`${this.label}: Could not write to TensorArray index ${index} because the value dtype is ${cppDTypeName(value.dtype)} but TensorArray dtype is ${cppDTypeName(o.dtype)}.`);
    }
    if (!fits(value.shape, o.elementShape)) {
      throw invalidArgument(`${this.label}: Could not write to TensorArray index ${index} because the value shape is ${formatShapeCpp(value.shape as number[])} which is incompatible with the TensorArray's inferred element shape: ${formatShapeCpp(o.elementShape)} (consider setting infer_shape=False).`);
    }
    if (index >= this.items.length) this.items.length = index + 1;
    const existing = this.items[index];
    if (existing !== undefined || this.cleared[index]) {
      if (!o.aggregateWrites) {
        const why = this.read[index] ? 'it has already been read' : 'it has already been written to';
        throw invalidArgument(`${this.label}: Could not write to TensorArray index ${index} because ${why}.`);
      }
      if (existing !== undefined) {
        if (existing.size !== value.size) throw invalidArgument(`${this.label}: Could not aggregate to TensorArray index ${index} because the existing shape is ${formatShapeCpp(existing.shape as number[])} but the new input shape is ${formatShapeCpp(value.shape as number[])}.`);
        const sum = existing.clone();
        const a = sum.numeric, b = value.numeric;
        for (let i = 0; i < a.length; i++) a[i] += b[i];
        this.items[index] = sum;
        return;
      }
    }
    // The writer's buffer is rewritten by its op's next run (the next loop iteration): keep a copy.
    this.items[index] = value.clone();
    this.writtenShapes[index] = value.shape.slice();
  }

  readAt(index: number): NDArray {
    this.checkOpen();
    if (index < 0 || index >= this.items.length) throw invalidArgument(`Tried to read from index ${index} but array size is: ${this.items.length}`);
    if (this.cleared[index]) {
      throw invalidArgument(`${this.label}: Could not read index ${index} twice because it was cleared after a previous read (perhaps try setting clear_after_read = false?).`);
    }
    let v = this.items[index];
    if (v === undefined) v = this.zerosAt(index);
    this.read[index] = true;
    if (this.opts.clearAfterRead) { this.items[index] = undefined; this.cleared[index] = true; }
    return v;
  }

  /** An unwritten entry reads as zeros when its shape is known (TF's rule). */
  private zerosAt(index: number): NDArray {
    const fromForward = this.opts.shapesFrom?.shapeAt(index);
    // As TF's TensorArray, the element shape a write made known counts too.
    const seen = this.writtenShapes.find(x => x !== undefined);
    const shape = fromForward ?? (isFullyDefined(this.opts.elementShape) ? this.opts.elementShape : seen ?? null);
    if (shape === null) {
      throw invalidArgument(`${this.label}: Could not read from TensorArray index ${index}.  Furthermore, the element shape is not fully defined: ${formatShapeCpp(this.opts.elementShape)}.  It is possible you are working with a resizeable TensorArray and stop_gradients is not allowing the gradients to be written.  If you set the full element_shape property on the forward TensorArray, the proper all-zeros tensor will be returned instead of incurring this error.`);
    }
    // One zeros array per shape serves every unwritten read (readers never write their inputs).
    const key = shape.join(',');
    let z = this.zeros.get(key);
    if (!z) {
      z = new NDArray(this.opts.dtype, shape.slice(), allocData(this.opts.dtype, shape.reduce((a, b) => a * b, 1)));
      this.zeros.set(key, z);
    }
    return z;
  }
  private readonly zeros = new Map<string, NDArray>();

  /** The shape an entry had when written, even after a read cleared it (a gradient array's zeros). */
  shapeAt(index: number): number[] | null {
    return this.writtenShapes[index] ?? (isFullyDefined(this.opts.elementShape) ? this.opts.elementShape : null);
  }

  gradFor(source: string): TensorArrayStorage {
    let g = this.grads.get(source);
    if (!g) {
      const o = this.opts;
      g = new TensorArrayStorage({
        name: `${o.name}@${source}`, dtype: o.dtype, size: this.items.length, dynamicSize: false,
        clearAfterRead: false, elementShape: o.elementShape, aggregateWrites: true, shapesFrom: this,
      });
      this.grads.set(source, g);
    }
    return g;
  }
}

function fits(shape: readonly number[], expected: StaticShape): boolean {
  if (expected === null) return true;
  return shape.length === expected.length && expected.every((d, i) => d === null || d === shape[i]);
}

/** A TensorArray handle's value: the storage, in a value slot of its own. */
export class TensorArrayHandle extends NDArray {
  constructor(readonly storage: TensorArrayStorage) { super('int32', [2], new Int32Array(2)); }
}

export function storageOf(handle: NDArray): TensorArrayStorage {
  if (!(handle instanceof TensorArrayHandle)) throw new KernelError('InvalidArgumentError', 'Expected a TensorArray handle');
  return handle.storage;
}

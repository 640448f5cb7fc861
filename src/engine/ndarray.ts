// A dense, row-major array: the value of a tensor at run time, what feeds accept and fetches
// return. Data is a plain typed array so kernels loop over it without per-element allocation.
import { DType, TensorData, allocData, castScalar, NumericArray } from './dtypes';
import { reserveArray } from './memory';

export class NDArray {
  readonly size: number;
  constructor(readonly dtype: DType, readonly shape: readonly number[], readonly data: TensorData) {
    this.size = shapeSize(shape);
    if (data.length !== this.size) {
      throw new Error(`NDArray: data length ${data.length} does not match shape [${shape}]`);
    }
  }
  static zeros(dtype: DType, shape: readonly number[]): NDArray {
    return new NDArray(dtype, shape, allocData(dtype, shapeSize(shape), shape));
  }
  static scalar(value: number | boolean | string, dtype: DType = 'float32'): NDArray {
    const a = NDArray.zeros(dtype, []);
    if (dtype === 'string') (a.data as string[])[0] = String(value);
    else (a.data as NumericArray)[0] = castScalar(Number(value), dtype);
    return a;
  }
  /** Build from nested JS arrays of numbers / booleans. Ragged input throws. */
  static from(value: unknown, dtype: DType = 'float32'): NDArray {
    const shape = nestedShape(value);
    const out = NDArray.zeros(dtype, shape);
    const flat: unknown[] = [];
    flatten(value, flat);
    if (dtype === 'string') {
      for (let i = 0; i < flat.length; i++) (out.data as string[])[i] = String(flat[i]);
    } else {
      const d = out.data as NumericArray;
      for (let i = 0; i < flat.length; i++) d[i] = castScalar(Number(flat[i]), dtype);
    }
    return out;
  }
  get rank(): number { return this.shape.length; }
  get numeric(): NumericArray { return this.data as NumericArray; }
  /** Element at a flat index as a JS value (bool → boolean). */
  item(i = 0): number | boolean | string {
    const v = this.data[i];
    return this.dtype === 'bool' ? v === 1 : v;
  }
  reshape(shape: readonly number[]): NDArray { return new NDArray(this.dtype, shape, this.data); }
  clone(): NDArray {
    reserveArray(this.dtype, this.shape);
    const d = Array.isArray(this.data) ? this.data.slice() : (this.data as NumericArray).slice();
    return new NDArray(this.dtype, this.shape.slice(), d);
  }
  astype(dtype: DType): NDArray {
    if (dtype === this.dtype) return this.clone();
    const out = NDArray.zeros(dtype, this.shape);
    if (dtype === 'string') { for (let i = 0; i < this.size; i++) (out.data as string[])[i] = String(this.data[i]); return out; }
    const src = this.data as NumericArray, dst = out.data as NumericArray;
    if (dtype === 'float32' || dtype === 'float64') dst.set(src);
    else for (let i = 0; i < this.size; i++) dst[i] = castScalar(src[i], dtype);
    return out;
  }
  /** Nested JS arrays (numbers / booleans), for tests and display. */
  toNested(): unknown {
    const build = (dim: number, offset: number): unknown => {
      if (dim === this.shape.length) return this.item(offset);
      const stride = shapeSize(this.shape.slice(dim + 1));
      const out: unknown[] = [];
      for (let i = 0; i < this.shape[dim]; i++) out.push(build(dim + 1, offset + i * stride));
      return out;
    };
    return build(0, 0);
  }
  toArray(): number[] { return Array.from(this.data as ArrayLike<number>); }
}

export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) { s[i] = acc; acc *= shape[i]; }
  return s;
}

function nestedShape(value: unknown): number[] {
  const shape: number[] = [];
  let v = value;
  while (Array.isArray(v) || ArrayBuffer.isView(v)) {
    const arr = v as ArrayLike<unknown>;
    shape.push(arr.length);
    if (arr.length === 0) break;
    v = arr[0];
  }
  return shape;
}

function flatten(value: unknown, out: unknown[]): void {
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const arr = value as ArrayLike<unknown>;
    for (let i = 0; i < arr.length; i++) flatten(arr[i], out);
  } else {
    out.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
  }
}

/**
 * A float32 array whose elements are computed on first read (issue 15: next_batch's images). Any
 * read of `data` (every NDArray method, every kernel, Python's numpy layer) builds them once into
 * a fresh array, which is then this array's for good. Until then a session that feeds it to a plan
 * whose readers provably keep nothing (session/feed_scratch.ts) may have `writeInto` write the
 * same elements straight into its reused feed memory, so a batch that is only fed is never built.
 * `fill(out, zeroed)` must write the same bits whatever `out` held when `zeroed` is false, and may
 * skip +0.0 elements when it is true; it must depend only on state that no one can change.
 */
export class DeferredNDArray extends NDArray {
  private fill: ((out: Float32Array, zeroed: boolean) => void) | null;
  constructor(shape: readonly number[], fill: (out: Float32Array, zeroed: boolean) => void) {
    super('float32', shape, { length: shapeSize(shape) } as unknown as TensorData);
    this.fill = fill;
    Object.defineProperty(this, 'data', { get: () => this.materialize(), configurable: true, enumerable: true });
  }
  /** Whether the elements are still unbuilt (then `writeInto` may be used instead of `data`). */
  get deferred(): boolean { return this.fill !== null; }
  /** Writes the elements into `out` (any previous contents), without building this array's own. */
  writeInto(out: Float32Array): void {
    if (this.fill === null) { out.set(this.data as Float32Array); return; }
    this.fill(out, false);
  }
  private materialize(): Float32Array {
    const fill = this.fill!;
    const out = new Float32Array(this.size);
    fill(out, true);
    this.fill = null;
    Object.defineProperty(this, 'data', { value: out, writable: false, configurable: true, enumerable: true });
    return out;
  }
}

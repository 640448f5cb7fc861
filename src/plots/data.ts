// Data arrives as plain arrays, typed arrays or anything shaped like the engine's NDArray
// ({ shape, data }); the binding converts Python lists and ndarrays. Everything here turns them
// into flat Float64Arrays with a shape, the only form the figure model stores.
import { typeError, valueError } from './errors';

export interface ShapedArray { readonly shape: readonly number[]; readonly data: ArrayLike<number | boolean> }
export type Numeric = number | boolean;
export type PlotData = Numeric | ArrayLike<Numeric> | readonly unknown[] | ShapedArray;

export interface Dense { shape: number[]; data: Float64Array }

function isShaped(x: unknown): x is ShapedArray {
  return typeof x === 'object' && x !== null && 'shape' in x && 'data' in x;
}

function nestedShape(x: unknown): number[] {
  const shape: number[] = [];
  let cur: unknown = x;
  while (Array.isArray(cur) || ArrayBuffer.isView(cur)) {
    const arr = cur as ArrayLike<unknown>;
    shape.push(arr.length);
    if (!arr.length) break;
    cur = arr[0];
    if (isShaped(cur)) { shape.push(...cur.shape); break; }
  }
  return shape;
}

function flattenInto(x: unknown, out: number[], fn: string): void {
  if (isShaped(x)) { for (let i = 0; i < x.data.length; i++) out.push(Number(x.data[i])); return; }
  if (Array.isArray(x) || ArrayBuffer.isView(x)) {
    const arr = x as ArrayLike<unknown>;
    for (let i = 0; i < arr.length; i++) flattenInto(arr[i], out, fn);
    return;
  }
  if (x === null || x === undefined) { out.push(NaN); return; }
  if (typeof x === 'number' || typeof x === 'boolean') { out.push(Number(x)); return; }
  throw typeError(`${fn}: could not convert ${typeof x === 'string' ? `string '${x}'` : typeof x} to float`);
}

/** Any accepted input as a dense float64 array with its shape (a scalar has shape []). */
export function toDense(x: PlotData, fn = 'plot'): Dense {
  if (isShaped(x)) return { shape: [...x.shape], data: Float64Array.from(x.data as ArrayLike<number>, Number) };
  if (typeof x === 'number' || typeof x === 'boolean') return { shape: [], data: Float64Array.of(Number(x)) };
  const shape = nestedShape(x);
  const flat: number[] = [];
  flattenInto(x, flat, fn);
  const size = shape.reduce((a, b) => a * b, 1);
  if (size !== flat.length) throw valueError(`${fn}: setting an array element with a sequence. The requested array has an inhomogeneous shape`);
  return { shape, data: Float64Array.from(flat) };
}

/** A 1-D view: scalars become length 1; higher ranks are rejected with matplotlib's words. */
export function toVector(x: PlotData, fn = 'plot', name = 'x'): Float64Array {
  const d = toDense(x, fn);
  if (d.shape.length > 1 && d.shape.filter((n) => n !== 1).length > 1) {
    throw valueError(`${fn}: ${name} must be 1-dimensional, got shape (${d.shape.join(', ')})`);
  }
  return d.data;
}

/** A number, or the single element of a size-1 array. */
export function toScalar(x: PlotData, fn: string, name: string): number {
  const d = toDense(x, fn);
  if (d.data.length !== 1) throw typeError(`${fn}: ${name} must be a scalar, got an array of shape (${d.shape.join(', ')})`);
  return d.data[0];
}

/** min and max over finite values; [Infinity, -Infinity] when there are none. */
export function finiteRange(values: ArrayLike<number>): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

export function isSequence(x: unknown): boolean {
  return Array.isArray(x) || ArrayBuffer.isView(x) || isShaped(x);
}

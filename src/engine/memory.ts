// The kernel's memory budget. Every NDArray buffer (engine session outputs, constants, the NumPy
// core) and every large Python container is checked here before it is made, so running out of
// memory is an error the user sees (TF's ResourceExhaustedError in a session run, MemoryError in
// Python code) and never V8's fatal "invalid size error" / heap-limit abort, which takes the whole
// process (the VS Code extension host) with it.
//
// What counts: the isolate's JS heap plus its external memory (ArrayBuffer backing stores, which
// is where typed arrays live), read from V8's own statistics. Counting our allocations minus our
// releases would miss memory V8 has not collected yet, and finalizers never run while a cell runs
// synchronously; V8's numbers are exact and cost a few microseconds, so they are read only for
// large requests or after enough small ones. When a request would exceed the budget, a full GC is
// tried once before refusing: garbage from earlier iterations of a loop is not yet collected.
import * as os from 'node:os';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { DType } from './dtypes';
import { valueError } from './errors';

export interface MemoryUse {
  /** Bytes used on the JS heap (Python objects, JS arrays behind lists, strings). */
  heapBytes: number;
  /** Bytes outside the heap: typed-array buffers and other external memory. */
  externalBytes: number;
  /** The V8 heap's own hard limit; exceeding it aborts the isolate. */
  heapLimitBytes: number;
}
export type MemoryReader = () => MemoryUse;

/** Share of the machine's RAM the kernel may use when no budget was set. */
export const DEFAULT_BUDGET_SHARE = 0.5;
/** Heap-resident data (lists, strings) stays below this share of V8's heap limit. */
const HEAP_LIMIT_SHARE = 0.8;
/** Requests below this size are only counted; V8 is asked after SMALL_SLACK bytes of them. */
const SMALL_REQUEST = 256 * 1024;
const SMALL_SLACK = 32 * 1024 * 1024;

const v8Reader: MemoryReader = () => {
  const s = v8.getHeapStatistics() as v8.HeapInfo & { external_memory?: number };
  return { heapBytes: s.used_heap_size, externalBytes: s.external_memory ?? 0, heapLimitBytes: s.heap_size_limit };
};

let budget = Math.floor(os.totalmem() * DEFAULT_BUDGET_SHARE);
let reader: MemoryReader = v8Reader;
let unmeasured = 0;
let collect: (() => void) | null | undefined;

/**
 * Sets the kernel's budget in bytes. The kernel worker sets it once at start from the host's
 * setting (gradbook.kernel.memoryLimitMB, `gradbook run --memory-limit MB`); Infinity leaves only
 * V8's own limits.
 */
export function setMemoryBudget(bytes: number): void {
  if (!(bytes > 0)) throw new RangeError(`memory budget must be a positive number of bytes, got ${bytes}`);
  budget = Number.isFinite(bytes) ? Math.floor(bytes) : Infinity;
}
export function memoryBudget(): number { return budget; }
/** The budget used when the host never sets one: half of the machine's RAM. */
export function defaultMemoryBudget(): number { return Math.floor(os.totalmem() * DEFAULT_BUDGET_SHARE); }

/** Replaces how use is measured (a host may read another isolate's numbers); null restores V8's. */
export function setMemoryReader(r: MemoryReader | null): void { reader = r ?? v8Reader; }

/** What is in use now, as the budget sees it. */
export function memoryInUse(): MemoryUse & { totalBytes: number; budgetBytes: number } {
  const u = reader();
  return { ...u, totalBytes: u.heapBytes + u.externalBytes, budgetBytes: budget };
}

/**
 * Whether `bytes` more fit in the budget (and, for heap-resident data, under V8's heap limit).
 * Cheap for small requests: they are only counted until enough accumulate to measure again.
 */
export function fitsInBudget(bytes: number, onHeap = false): boolean {
  if (!(bytes <= budget)) return false;
  if (bytes < SMALL_REQUEST && unmeasured + bytes < SMALL_SLACK) { unmeasured += bytes; return true; }
  unmeasured = 0;
  if (fitsNow(bytes, onHeap)) return true;
  collectGarbage();
  return fitsNow(bytes, onHeap) || fitsOnceSwept(bytes, onHeap);
}

/** Never notified: Atomics.wait on it is a plain timed wait. */
const pause = new Int32Array(new SharedArrayBuffer(4));
const SWEEP_TRIES = 4, SWEEP_STEP_MS = 5;

/**
 * V8 frees the memory of collected ArrayBuffers on a background thread after the GC, and counts
 * it as freed only at a later GC, so right after one `external` still counts them. Before
 * refusing (only on this near-the-limit path), give the sweep a few short waits, each followed by
 * a GC, while the count keeps falling.
 */
function fitsOnceSwept(bytes: number, onHeap: boolean): boolean {
  let before = reader().externalBytes;
  for (let i = 0; i < SWEEP_TRIES; i++) {
    Atomics.wait(pause, 0, 0, SWEEP_STEP_MS);
    collectGarbage();
    if (fitsNow(bytes, onHeap)) return true;
    const now = reader().externalBytes;
    if (now >= before) return false;
    before = now;
  }
  return false;
}

function fitsNow(bytes: number, onHeap: boolean): boolean {
  const u = reader();
  if (u.heapBytes + u.externalBytes + bytes > budget) return false;
  return !onHeap || u.heapBytes + bytes <= u.heapLimitBytes * HEAP_LIMIT_SHARE;
}

/** A full GC, when V8 lets us ask for one (it is exposed on first need). */
export function collectGarbage(): void {
  if (collect === undefined) collect = findGc();
  collect?.();
}

function findGc(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    const fn = vm.runInNewContext('gc') as unknown;
    return typeof fn === 'function' ? fn as () => void : null;
  } catch {
    return null;
  }
}

/**
 * An allocation the budget refused. Outside a session it surfaces as Python's MemoryError with
 * NumPy's text; a session run turns it into TF's ResourceExhaustedError.
 */
export class OutOfMemoryError extends Error {
  readonly pyType = 'MemoryError';
  constructor(readonly dtype: DType, readonly shape: readonly number[], readonly bytes: number) {
    super(`Unable to allocate ${sizeText(bytes)} for an array with shape ${pyShape(shape)} and data type ${numpyName(dtype)}`);
    this.name = 'MemoryError';
  }
}

export const BYTES_PER_ELEMENT: Record<DType, number> = {
  // float16 is stored in a Float32Array and int64 in a Float64Array (dtypes.ts): count the storage.
  float16: 4, float32: 4, float64: 8, int8: 1, int16: 2, int32: 4, int64: 8, uint8: 1, uint16: 2, bool: 1, string: 16,
};

/** Throws OutOfMemoryError unless an array of this dtype and shape fits. */
export function reserveArray(dtype: DType, shape: readonly number[]): void {
  let n = 1;
  for (const d of shape) {
    if (d < 0) throw valueError('negative dimensions are not allowed');
    n *= d;
  }
  const bytes = n * BYTES_PER_ELEMENT[dtype];
  if (bytes >= 0 && fitsInBudget(bytes, dtype === 'string')) return;
  throw new OutOfMemoryError(dtype, shape, bytes);
}

const numpyName = (d: DType): string => (d === 'string' ? '<U0' : d);
const pyShape = (s: readonly number[]): string => (s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`);

/** NumPy's size text: binary units, three significant digits ("7.28 TiB", "37.3 GiB", "800 bytes"). */
export function sizeText(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let log2 = 0;
  while (2 ** (log2 + 1) <= bytes) log2++;
  let unit = Math.floor(Math.max(log2, 1) / 10);
  let value = bytes / 2 ** (10 * unit);
  if (Math.round(value) === 1024) { unit++; value /= 1024; }
  if (unit >= units.length) { value *= 2 ** (10 * (unit - units.length + 1)); unit = units.length - 1; }
  if (unit === 0) return `${value.toFixed(0)} ${units[0]}`;
  if (Math.round(value) < 1000) return `${threeSignificant(value)} ${units[unit]}`;
  return `${value.toFixed(0)}. ${units[unit]}`;
}

/** Python's '{:#.3g}': three significant digits, trailing zeros and the point kept. */
function threeSignificant(v: number): string {
  const s = v.toPrecision(3);
  return s.includes('.') ? s : s + '.';
}

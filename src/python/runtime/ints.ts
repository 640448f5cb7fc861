// Python ints are arbitrary precision. The representation rule (see objects/core.ts):
//   |n| <= 2**53-1  -> a JS number (every integer in that range is exact, and the hot path of
//                      training loops keeps plain number arithmetic);
//   otherwise       -> a JS bigint.
// A bigint inside the safe range never exists: every operation normalises its result with
// `normBig`, so `===` on two ints and Map keys stay meaningful.
import { PyValue } from '../objects/core';
import { E, pyException } from '../exceptions';

export type PyInt = number | bigint;

export const MAX_SMALL = Number.MAX_SAFE_INTEGER;
const MAX_SMALL_BIG = BigInt(MAX_SMALL);
/** Py_ssize_t bounds: what CPython can use as an index, a length or a repeat count. */
export const SSIZE_MAX = (1n << 63n) - 1n;
/** V8 refuses bigints past 2**30 bits; we stop earlier with CPython's MemoryError. */
export const MAX_BIG_BITS = 1 << 29;

/** A Python int proper (bool excluded). */
export function isPyInt(v: unknown): v is PyInt {
  return typeof v === 'number' || typeof v === 'bigint';
}

/** int or bool (bool is an int subclass). */
export function isIntLike(v: unknown): v is PyInt | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

/** The canonical Python int for a bigint value. */
export function normBig(b: bigint): PyInt {
  return b >= -MAX_SMALL_BIG && b <= MAX_SMALL_BIG ? Number(b) : b;
}

export function toBig(v: PyInt | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? +v : v);
}

/** Python int of an integral, finite double (exact: int(1e300) keeps every digit). */
export function intFromFloat(x: number): PyInt {
  if (x <= MAX_SMALL && x >= -MAX_SMALL) return x === 0 ? 0 : x;
  return BigInt(x);
}

/** float(n): correctly rounded; OverflowError where CPython raises it. */
export function intToFloat(v: PyInt | boolean): number {
  if (typeof v !== 'bigint') return +v;
  const f = Number(v);
  if (f === Infinity || f === -Infinity) throw pyException(E.OverflowError, 'int too large to convert to float');
  return f;
}

export function isNegative(v: PyInt): boolean { return v < 0; }

export function absBig(b: bigint): bigint { return b < 0n ? -b : b; }

/** Number of bits in |b| (0 for 0), without building a string for small values. */
export function bitLength(v: PyInt): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a < 2 ** 32 ? (a === 0 ? 0 : 32 - Math.clz32(a)) : 32 + (32 - Math.clz32(Math.floor(a / 2 ** 32)));
  }
  const hex = absBig(v).toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

// The three operators the interpreter inlines for two small ints. A result past 2**53-1 may
// have been rounded, so it is recomputed exactly.
export function addSmall(a: number, b: number): PyInt {
  const r = a + b;
  return r <= MAX_SMALL && r >= -MAX_SMALL ? r : normBig(BigInt(a) + BigInt(b));
}

export function subSmall(a: number, b: number): PyInt {
  const r = a - b;
  return r <= MAX_SMALL && r >= -MAX_SMALL ? r : normBig(BigInt(a) - BigInt(b));
}

export function mulSmall(a: number, b: number): PyInt {
  const r = a * b;
  if (r <= MAX_SMALL && r >= -MAX_SMALL) return r === 0 ? 0 : r;
  return BigInt(a) * BigInt(b);
}

/** Runs a bigint computation, turning V8's size limit into Python's MemoryError. */
export function bigGuard<T>(f: () => T): T {
  try { return f(); } catch (e) {
    if (e instanceof RangeError) throw pyException(E.MemoryError);
    throw e;
  }
}

export function memoryError() { return pyException(E.MemoryError); }

/** The value an int-like PyValue holds, or undefined. */
export function intOf(v: PyValue): PyInt | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

// Size checks for Python containers and strings, made before they grow. V8 aborts the whole
// process (no exception) when a JS array grows past ~2^27 elements or the heap reaches its limit,
// so every path that can build a big list (repetition, list(), comprehensions, append, extend)
// asks here first and gets MemoryError, as CPython gives when malloc fails.
import { fitsInBudget } from '../../engine';
import { E, pyException } from '../exceptions';
import type { PyExceptionObj } from '../objects/core';

/**
 * Longest list/tuple: V8 aborts growing an array past ~2^27 elements, and a JS Map (our dict and
 * set) holds at most 2^24 entries, so lists stop there too. A runaway append loop reaches it in
 * seconds; bigger data belongs in a NumPy array.
 */
export const MAX_SEQUENCE_LENGTH = 2 ** 24;
/** V8's longest string (64-bit builds). */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;
/** Bytes a list slot costs on the JS heap (a tagged pointer). */
const SLOT_BYTES = 8;
/** Growing lists report to the budget once per this many items (a power of two minus one mask). */
export const GROWTH_CHECK_MASK = 0xffff;

const memoryError = (message?: string): PyExceptionObj => pyException(E.MemoryError, message);

/** Before making a list/tuple of `n` items (a bigint count is fine: it only fails sooner). */
export function checkSequenceLength(count: number | bigint): void {
  const n = Number(count);
  if (!fitsInBudget(n * SLOT_BYTES, true)) throw memoryError();
  if (n > MAX_SEQUENCE_LENGTH) throw memoryError(`cannot make a sequence of ${n} items (the limit is ${MAX_SEQUENCE_LENGTH})`);
}

/** Before making a str of `n` characters (UTF-16 code units). */
export function checkStringLength(count: number | bigint): void {
  const n = Number(count);
  if (!fitsInBudget(n * 2, true)) throw memoryError();
  if (n > MAX_STRING_LENGTH) throw memoryError(`cannot make a str of ${n} characters (the limit is ${MAX_STRING_LENGTH})`);
}

/**
 * Called by loops that push onto a JS array: every GROWTH_CHECK_MASK+1 items the growth is
 * reported to the budget, so `while True: l.append(0)` ends in MemoryError, not a V8 abort.
 */
export function checkGrowth(items: unknown[]): void {
  if ((items.length & GROWTH_CHECK_MASK) === 0 && items.length > 0) checkSequenceLength(items.length);
}

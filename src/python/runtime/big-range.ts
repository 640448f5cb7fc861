// range() whose bounds, step or length leave the small-int range (CPython's "longrange"):
// range(2**64), range(2**64, 2**64 + 3). Small ranges stay PyRange (containers.ts) with plain
// number fields for the loop fast path; this class does the same work in bigint.
import { PyObject, PyValue, PyFloat } from '../objects/core';
import { PyRange, PySlice } from '../objects/containers';
import type { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';
import { E, indexError, pyException, valueError } from '../exceptions';
import { PyInt, SSIZE_MAX, intFromFloat, normBig, toBig } from './ints';
import { indexValue } from './numbers';
import { intToDecimal } from './int-text';

export class PyBigRange extends PyObject {
  readonly length: bigint;
  constructor(readonly start: bigint, readonly stop: bigint, readonly step: bigint) {
    super();
    this.length = rangeLength(start, stop, step);
  }
  get type(): PyClass { return T.range; }

  item(i: bigint): PyInt { return normBig(this.start + i * this.step); }

  contains(v: PyValue): boolean {
    let n: bigint;
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') n = toBig(v);
    else if (v instanceof PyFloat && Number.isInteger(v.v)) n = toBig(intFromFloat(v.v));
    else return false;
    const offset = n - this.start;
    if (offset % this.step !== 0n) return false;
    const k = offset / this.step;
    return k >= 0n && k < this.length;
  }
}

function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n && start < stop) return (stop - start - 1n) / step + 1n;
  if (step < 0n && start > stop) return (start - stop - 1n) / -step + 1n;
  return 0n;
}

/**
 * range(start, stop, step) from exact ints. PyRange computes its length in doubles, which is
 * exact only while the span stays below 2**52; wider ranges use the bigint class.
 */
export function makeRange(start: PyInt, stop: PyInt, step: PyInt): PyRange | PyBigRange {
  if (step === 0) throw valueError('range() arg 3 must not be zero');
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number' && Math.abs(stop - start) < 2 ** 52) {
    return new PyRange(start, stop, step);
  }
  return new PyBigRange(toBig(start), toBig(stop), toBig(step));
}

/** len(range): CPython's OverflowError once the length no longer fits Py_ssize_t. */
export function bigRangeLen(r: PyBigRange): PyInt {
  if (r.length > SSIZE_MAX) throw pyException(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return normBig(r.length);
}

export function bigRangeRepr(r: PyBigRange): string {
  const s = intToDecimal(normBig(r.start)), e = intToDecimal(normBig(r.stop));
  return r.step === 1n ? `range(${s}, ${e})` : `range(${s}, ${e}, ${intToDecimal(normBig(r.step))})`;
}

/** r[key] for an int key (IndexError past either end) or a slice (a new range). */
export function bigRangeGetItem(r: PyBigRange, key: PyValue): PyValue {
  if (key instanceof PySlice) return sliceRange(r, key);
  let i = toBig(indexValue(key));
  if (i < 0n) i += r.length;
  if (i < 0n || i >= r.length) throw indexError('range object index out of range');
  return r.item(i);
}

/** CPython's slice.indices() in exact arithmetic, applied to the range's own progression. */
function sliceRange(r: PyBigRange, s: PySlice): PyRange | PyBigRange {
  const step = s.step === null ? 1n : toBig(indexValue(s.step));
  if (step === 0n) throw valueError('slice step cannot be zero');
  const len = r.length;
  const lower = step < 0n ? -1n : 0n, upper = step < 0n ? len - 1n : len;
  const clamp = (v: PyValue, dflt: bigint) => {
    if (v === null) return dflt;
    let i = toBig(indexValue(v));
    if (i < 0n) { i += len; if (i < lower) i = lower; } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(s.start, step < 0n ? upper : lower);
  const stop = clamp(s.stop, step < 0n ? lower : upper);
  return makeRange(normBig(r.start + start * r.step), normBig(r.start + stop * r.step), normBig(r.step * step));
}

/** Iterates r (forwards or backwards) without materialising it. */
export function bigRangeCursor(r: PyBigRange, reverse: boolean): () => PyInt | undefined {
  let i = 0n;
  return () => {
    if (i >= r.length) return undefined;
    const k = reverse ? r.length - 1n - i : i;
    i++;
    return r.item(k);
  };
}

// Binary operators on two Python ints (number or bigint), with CPython's semantics:
// floor division and modulo round toward -inf, `**` with a negative exponent gives a float,
// shifts and bitwise operators act on infinite two's complement. Small operands stay on
// double arithmetic when the result is provably exact; everything else goes through bigint.
import type { BinaryOpName } from '../host';
import { PyFloat, PyValue } from '../objects/core';
import { NotImplemented } from '../objects/singletons';
import { E, pyException, valueError, zeroDivision } from '../exceptions';
import {
  MAX_BIG_BITS, MAX_SMALL, PyInt, addSmall, bigGuard, bitLength, intToFloat, memoryError, mulSmall, normBig, subSmall, toBig,
} from './ints';
import { intTrueDiv } from './int-division';

export function intBinary(op: BinaryOpName, a: PyInt, b: PyInt): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return smallOp(op, a, b);
  return bigGuard(() => bigOp(op, toBig(a), toBig(b)));
}

function smallOp(op: BinaryOpName, a: number, b: number): PyValue {
  switch (op) {
    case '+': return addSmall(a, b);
    case '-': return subSmall(a, b);
    case '*': return mulSmall(a, b);
    case '/': return new PyFloat(intTrueDiv(a, b));
    case '//':
      if (b === 0) throw zeroDivision('integer division or modulo by zero');
      return floorDivSmall(a, b);
    case '%':
      if (b === 0) throw zeroDivision('integer modulo by zero');
      return modSmall(a, b);
    case '**': return intPow(a, b);
    case '<<': return shiftLeft(a, b);
    case '>>': return shiftRight(a, b);
    case '&': return (a | 0) === a && (b | 0) === b ? a & b : normBig(BigInt(a) & BigInt(b));
    case '|': return (a | 0) === a && (b | 0) === b ? a | b : normBig(BigInt(a) | BigInt(b));
    case '^': return (a | 0) === a && (b | 0) === b ? a ^ b : normBig(BigInt(a) ^ BigInt(b));
    case '@': return NotImplemented;
  }
}

/** Exact for safe integers: `%` on doubles is exact, and (a - r) / b divides evenly. */
export function floorDivSmall(a: number, b: number): number {
  const r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
  return q === 0 ? 0 : q;
}

export function modSmall(a: number, b: number): number {
  const r = a % b;
  if (r === 0) return 0;
  return (r < 0) !== (b < 0) ? r + b : r;
}

function bigOp(op: BinaryOpName, a: bigint, b: bigint): PyValue {
  switch (op) {
    case '+': return normBig(a + b);
    case '-': return normBig(a - b);
    case '*': return normBig(a * b);
    case '/': return new PyFloat(intTrueDiv(a, b));
    case '//':
      if (b === 0n) throw zeroDivision('integer division or modulo by zero');
      return normBig(bigDivmod(a, b)[0]);
    case '%':
      if (b === 0n) throw zeroDivision('integer modulo by zero');
      return normBig(bigDivmod(a, b)[1]);
    case '**': return intPow(normBig(a), normBig(b));
    case '<<': return shiftLeft(normBig(a), normBig(b));
    case '>>': return shiftRight(normBig(a), normBig(b));
    case '&': return normBig(a & b);
    case '|': return normBig(a | b);
    case '^': return normBig(a ^ b);
    case '@': return NotImplemented;
  }
}

/** Floor division and modulo of bigints (BigInt's own `/` and `%` truncate toward zero). */
export function bigDivmod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b, r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) { q -= 1n; r += b; }
  return [q, r];
}

/** divmod() of two ints, both parts exact. */
export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (b === 0 || b === 0n) throw zeroDivision('integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') return [floorDivSmall(a, b), modSmall(a, b)];
  const [q, r] = bigDivmod(toBig(a), toBig(b));
  return [normBig(q), normBig(r)];
}

/** a ** b for ints: an int for b >= 0, else CPython's float power of the converted operands. */
export function intPow(a: PyInt, b: PyInt): PyValue {
  if (b < 0) {
    if (a === 0) throw zeroDivision('0.0 cannot be raised to a negative power');
    return new PyFloat(Math.pow(intToFloat(a), intToFloat(b)));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = smallPow(a, b);
    if (r <= MAX_SMALL && r >= -MAX_SMALL) return r === 0 ? 0 : r;
  }
  if (a === 0 || a === 1) return a;
  if (a === -1) return toBig(b) % 2n === 0n ? 1 : -1;
  if (b === 0) return 1;
  // Refuse results V8 cannot hold before trying (CPython would run out of memory too).
  if (typeof b === 'bigint' || (bitLength(a) - 1) * b > MAX_BIG_BITS) throw memoryError();
  return bigGuard(() => normBig(toBig(a) ** BigInt(b)));
}

/** Square-and-multiply on doubles: every partial product is at most the result, so all are
 *  exact when the result is below 2**53, and a larger result stays detectably large. */
function smallPow(a: number, e: number): number {
  let result = 1, base = a;
  while (e > 0) {
    if (e % 2 === 1) result *= base;
    e = Math.floor(e / 2);
    if (e > 0) base *= base;
    if (!isFinite(result) || !isFinite(base)) return Infinity;
  }
  return result;
}

/** CPython: a count whose digit array cannot be sized is OverflowError, else memory runs out. */
function shiftLeft(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (a === 0) return 0;
  if (typeof n === 'number' && typeof a === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r <= MAX_SMALL && r >= -MAX_SMALL) return r;
  }
  const count = toBig(n);
  if (count / 30n + BigInt(bitLength(a)) / 30n + 1n > ((1n << 63n) - 25n) / 4n) {
    throw pyException(E.OverflowError, 'too many digits in integer');
  }
  if (count + BigInt(bitLength(a)) > BigInt(MAX_BIG_BITS)) throw memoryError();
  return normBig(toBig(a) << count);
}

function shiftRight(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (typeof a === 'number') {
    if (n >= 54) return a < 0 ? -1 : 0;
    const q = Math.floor(a / 2 ** (n as number));
    return q === 0 ? 0 : q;
  }
  if (BigInt(n) >= BigInt(bitLength(a))) return a < 0n ? -1 : 0;
  return normBig(a >> BigInt(n));
}

export function intNegate(v: PyInt): PyInt {
  return typeof v === 'number' ? (v === 0 ? 0 : -v) : -v;
}

export function intInvert(v: PyInt): PyInt {
  return typeof v === 'number' ? subSmall(-v, 1) : normBig(-v - 1n);
}

export function intAbs(v: PyInt): PyInt {
  return typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v;
}

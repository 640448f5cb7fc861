// int / int as CPython computes it: the correctly rounded float of the exact quotient, even
// when the operands are far beyond 2**53 (10**400 / 10**399 == 10.0), with OverflowError
// when the quotient exceeds the float range.
import { E, pyException, zeroDivision } from '../exceptions';
import { PyInt, absBig, bitLength, toBig } from './ints';

const EXACT = 2 ** 53;

export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (b === 0 || b === 0n) throw zeroDivision('division by zero');
  // Both exactly representable: IEEE division is already correctly rounded.
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const negative = (a < 0) !== (b < 0);
  const n = absBig(toBig(a)), d = absBig(toBig(b));
  if (n === 0n) return negative ? -0 : 0;
  if (n <= EXACT && d <= EXACT) return (negative ? -1 : 1) * (Number(n) / Number(d));
  const magnitude = roundedQuotient(n, d);
  if (magnitude === Infinity) throw pyException(E.OverflowError, 'integer division result too large for a float');
  return negative ? -magnitude : magnitude;
}

/**
 * n / d for positive bigints, correctly rounded. The quotient is scaled by 2**shift so its
 * integer part keeps at least two bits below a double's last place; a sticky bit records a
 * non-zero remainder. Converting that integer rounds once (Number() of a bigint rounds to
 * nearest-even); scaling back by a power of two is exact, except in the subnormal range,
 * where the shift is capped so that the single rounding happens in the final scaling instead.
 */
function roundedQuotient(n: bigint, d: bigint): number {
  const diff = bitLength(n) - bitLength(d);
  if (diff > 1025) return Infinity;
  if (diff < -1077) return 0;
  const shift = Math.min(55 - diff, 1076);
  const num = shift >= 0 ? n << BigInt(shift) : n;
  const den = shift >= 0 ? d : d << BigInt(-shift);
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  return scaleByPowerOfTwo(Number(q), -shift);
}

/** x * 2**e in steps that keep each factor representable (ldexp). */
function scaleByPowerOfTwo(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; if (x === Infinity) return x; }
  // q >= 1, so every step but the last stays normal and exact.
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

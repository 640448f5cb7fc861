// Floats to exact ints: int(x), math.floor/ceil/trunc, round(x). A finite double is an exact
// binary fraction, so its integer part is exact too: int(1e300) has all 301 digits.
import { E, pyException, valueError } from '../exceptions';
import { PyInt, intFromFloat } from './ints';

function checkFinite(x: number): void {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw pyException(E.OverflowError, 'cannot convert float infinity to integer');
}

/** int(x): truncation toward zero. */
export function floatToInt(x: number): PyInt { checkFinite(x); return intFromFloat(Math.trunc(x)); }

export function floatFloor(x: number): PyInt { checkFinite(x); return intFromFloat(Math.floor(x)); }

export function floatCeil(x: number): PyInt { checkFinite(x); return intFromFloat(Math.ceil(x)); }

/** round(x) with no ndigits: nearest int, ties to even. */
export function floatRoundToInt(x: number): PyInt {
  checkFinite(x);
  const r = Math.round(x);
  // Math.round rounds ties up; Python rounds them to the even neighbour.
  const tie = r - x === 0.5 && r % 2 !== 0;
  return intFromFloat(tie ? r - 1 : r);
}

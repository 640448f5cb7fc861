// Fixed / exponent / general float formatting with CPython's correct rounding (ties to even on
// exactly representable halves, which JS's toFixed rounds up).
import { placeDigits } from './float-repr';

/** Detects an exact tie at the rounding position from a long exact expansion. */
function isExactTie(longDigits: string): boolean {
  return /^50*$/.test(longDigits);
}

export function toFixedPy(x: number, prec: number): string {
  if (!isFinite(x)) return nonFinite(x);
  if (Math.abs(x) >= 1e21) {
    const int = BigInt(x).toString();
    return prec > 0 ? int + '.' + '0'.repeat(prec) : int;
  }
  const s = x.toFixed(Math.min(prec, 100));
  if (prec <= 70) {
    const long = x.toFixed(Math.min(100, prec + 30));
    const dot = long.indexOf('.');
    const tail = long.slice(dot + 1 + prec);
    if (isExactTie(tail)) {
      // Round half to even: keep the truncated value if its last digit is even.
      const truncated = long.slice(0, prec > 0 ? dot + 1 + prec : dot);
      const last = truncated.replace(/[.-]/g, '').slice(-1);
      if ((last.charCodeAt(0) - 48) % 2 === 0) return fixNegZero(truncated, x);
    }
  }
  return fixNegZero(s, x);
}

function fixNegZero(s: string, x: number): string {
  // Python keeps the sign of negative values that round to zero: '%.1f' % -0.01 == '-0.0'.
  if ((x < 0 || Object.is(x, -0)) && !s.startsWith('-')) return '-' + s;
  return s;
}

function nonFinite(x: number): string {
  return x !== x ? 'nan' : x > 0 ? 'inf' : '-inf';
}

/** Significant digits (prec+1 of them) and exponent, correctly rounded. */
function expDigits(x: number, prec: number): { digits: string; exp: number; neg: boolean } {
  let s = x.toExponential(Math.min(prec, 100));
  const long = x.toExponential(Math.min(100, prec + 30));
  const [lm, le] = long.split('e');
  const lmd = lm.replace(/[.-]/g, '');
  if (isExactTie(lmd.slice(prec + 1)) && ((lmd.charCodeAt(prec) - 48) % 2 === 0)) {
    const keep = lmd.slice(0, prec + 1);
    s = (x < 0 ? '-' : '') + keep[0] + (prec > 0 ? '.' + keep.slice(1) : '') + 'e' + le;
  }
  const [m, e] = s.split('e');
  return { digits: m.replace(/[.-]/g, ''), exp: parseInt(e, 10), neg: m.startsWith('-') };
}

export function toExpPy(x: number, prec: number, upper = false): string {
  if (!isFinite(x)) return nonFinite(x);
  const { digits, exp, neg } = expDigits(x, prec);
  const mant = digits[0] + (prec > 0 ? '.' + digits.slice(1) : '');
  const s = (neg || Object.is(x, -0) ? '-' : '') + mant + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  return upper ? s.toUpperCase() : s;
}

/** 'g' formatting; `alt` keeps trailing zeros, `repr` is the no-type rule (min one decimal). */
export function toGeneralPy(x: number, prec: number, alt = false, noTypeRule = false): string {
  if (!isFinite(x)) return nonFinite(x);
  if (prec === 0) prec = 1;
  if (x === 0) {
    const z = alt ? '0.' + '0'.repeat(prec - 1) : noTypeRule ? '0.0' : '0';
    return (Object.is(x, -0) ? '-' : '') + z;
  }
  const { exp } = expDigits(x, prec - 1);
  let s: string;
  if (exp >= -4 && exp < prec) {
    s = toFixedPy(x, prec - 1 - exp);
    if (!alt && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, noTypeRule ? '.0' : '');
  } else {
    s = toExpPy(x, prec - 1);
    if (!alt) {
      const [m, e] = s.split('e');
      s = (m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m) + 'e' + e;
    }
  }
  return s;
}

/** str(float) without type: repr-like with the given digits (used by format with no type). */
export { placeDigits };

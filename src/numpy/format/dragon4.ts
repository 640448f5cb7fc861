// format_float_positional / format_float_scientific as NumPy's Dragon4 does them (unique mode):
// shortest round-trip digits, capped at `precision` or extended to `minDigits` by rounding the
// exact binary value half-to-even.
import { Digits, FloatWidth, exactDigits, roundAt, shortestDigits } from './decimal_digits';

/** 'k' keep all, '.' drop trailing zeros keep the dot, '0' keep one zero, '-' drop zeros and dot. */
export type TrimMode = 'k' | '.' | '0' | '-';

export interface Dragon4Options {
  width: FloatWidth;
  precision?: number;
  minDigits?: number;
  trim: TrimMode;
  sign?: boolean;
  padLeft?: number;
  padRight?: number;
  expDigits?: number;
}

export function formatPositional(x: number, o: Dragon4Options): string {
  let d = shortestDigits(x, o.width);
  const fracLen = Math.max(0, d.digits.length - 1 - d.exp);
  if (o.precision !== undefined && fracLen > o.precision) d = roundAt(exactDigits(x), -o.precision);
  else if (o.minDigits && fracLen < o.minDigits) d = roundAt(exactDigits(x), -o.minDigits);
  let intPart: string, frac: string;
  if (d.digits === '0') { intPart = '0'; frac = ''; }
  else if (d.exp >= 0) {
    intPart = d.digits.slice(0, d.exp + 1).padEnd(d.exp + 1, '0');
    frac = d.digits.slice(d.exp + 1);
  } else {
    intPart = '0';
    frac = '0'.repeat(-d.exp - 1) + d.digits;
  }
  return assemble(x, intPart, trimFraction(frac, o), '', o);
}

export function formatScientific(x: number, o: Dragon4Options): string {
  let d: Digits = shortestDigits(x, o.width);
  const fracLen = d.digits.length - 1;
  if (o.precision !== undefined && fracLen > o.precision) {
    const exact = exactDigits(x);
    d = roundAt(exact, exact.exp - o.precision);
  } else if (o.minDigits && fracLen < o.minDigits) {
    const exact = exactDigits(x);
    d = roundAt(exact, exact.exp - o.minDigits);
  }
  const e = d.digits === '0' ? 0 : d.exp;
  const expText = String(Math.abs(e)).padStart(Math.max(o.expDigits ?? 2, 1), '0');
  return assemble(x, d.digits[0], trimFraction(d.digits.slice(1), o), `e${e < 0 ? '-' : '+'}${expText}`, o);
}

function trimFraction(frac: string, o: Dragon4Options): string {
  if (o.minDigits && frac.length < o.minDigits) frac = frac.padEnd(o.minDigits, '0');
  if (o.trim === '.' || o.trim === '-' || o.trim === '0') {
    const keep = o.minDigits ?? 0;
    let end = frac.length;
    while (end > keep && frac[end - 1] === '0') end--;
    frac = frac.slice(0, end);
  }
  return frac;
}

function assemble(x: number, intPart: string, frac: string, expPart: string, o: Dragon4Options): string {
  const negative = x < 0 || Object.is(x, -0);
  let head = (negative ? '-' : o.sign ? '+' : '') + intPart;
  if (o.padLeft !== undefined) head = head.padStart(o.padLeft, ' ');
  let tail: string;
  if (frac === '' && o.trim === '-') tail = '';
  else if (frac === '' && o.trim === '0') tail = '.0';
  else tail = '.' + frac;
  if (o.padRight !== undefined && expPart === '') tail = tail.padEnd(o.padRight + 1, ' ');
  return head + tail + expPart;
}

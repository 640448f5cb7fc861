// Ints to and from text: int(str, base), str(int), and CPython 3.11's limit on decimal
// conversions (sys.set_int_max_str_digits; 4300 digits by default), which guards against
// quadratic-time conversions of huge numbers. Power-of-two bases are never limited.
import { valueError } from '../exceptions';
import type { PyExceptionObj } from '../objects/core';
import { MAX_SMALL, PyInt, absBig, bitLength, normBig } from './ints';

export const DEFAULT_MAX_STR_DIGITS = 4300;
/** CPython refuses limits below this (except 0, meaning no limit). */
export const MIN_MAX_STR_DIGITS = 640;
let maxStrDigits = DEFAULT_MAX_STR_DIGITS;

export function getMaxStrDigits(): number { return maxStrDigits; }

export function setMaxStrDigits(n: PyInt): void {
  if (n !== 0 && n < MIN_MAX_STR_DIGITS) throw valueError(`maxdigits must be 0 or larger than ${MIN_MAX_STR_DIGITS}`);
  maxStrDigits = Number(n);
}

/**
 * The limit is per interpreter in CPython; each PythonSession keeps its own in `holder` and
 * installs it while it compiles and runs a cell.
 */
export function withMaxStrDigits<T>(holder: { maxStrDigits: number }, f: () => T): T {
  const outer = maxStrDigits;
  maxStrDigits = holder.maxStrDigits;
  try { return f(); } finally {
    holder.maxStrDigits = maxStrDigits;
    maxStrDigits = outer;
  }
}

const LOG2_10 = Math.log2(10);

function tooManyDigitsToPrint(): never {
  throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

export function tooManyDigitsToParse(digits: number, suffix = ''): PyExceptionObj {
  return valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit${suffix}`);
}

/** Decimal digits of an int (str/repr/format 'd'), honouring the digit limit. */
export function intToDecimal(v: PyInt): string {
  if (typeof v === 'number') return v === 0 ? '0' : String(v);
  if (maxStrDigits > 0 && (bitLength(v) - 1) / LOG2_10 >= maxStrDigits + 1) tooManyDigitsToPrint();
  const s = v.toString();
  if (maxStrDigits > 0 && s.length - (v < 0n ? 1 : 0) > maxStrDigits) tooManyDigitsToPrint();
  return s;
}

/** |v| in a power-of-two or decimal radix, without sign or prefix (hex(), format 'x', ...). */
export function intDigits(v: PyInt, radix: number): string {
  if (radix === 10) { const s = intToDecimal(v); return s[0] === '-' ? s.slice(1) : s; }
  return typeof v === 'number' ? Math.abs(v).toString(radix) : absBig(v).toString(radix);
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const PREFIX: Record<string, number> = { x: 16, o: 8, b: 2 };

/**
 * CPython's int(text, base) grammar: surrounding whitespace, a sign, for base 0 (and the
 * matching base) a 0x/0o/0b prefix, digits with single underscores between them (one may follow
 * the prefix). Base 0 rejects leading zeros in non-zero decimals. Returns null when the text is
 * not a literal of that base.
 */
export function parseIntText(text: string, base: number): PyInt | null {
  let t = text.trim();
  let negative = false;
  if (t[0] === '+' || t[0] === '-') { negative = t[0] === '-'; t = t.slice(1); }
  let prefixed = false;
  if (t[0] === '0' && t.length > 1) {
    const p = PREFIX[t[1].toLowerCase()];
    if (p !== undefined && (base === 0 || base === p)) { base = p; t = t.slice(2); prefixed = true; }
  }
  if (base === 0) {
    base = 10;
    if (t[0] === '0' && /[1-9]/.test(t)) return null;
  }
  if (prefixed && t[0] === '_') t = t.slice(1);
  const digit = `[${DIGITS.slice(0, Math.min(base, 10))}${base > 10 ? `a-${DIGITS[base - 1]}A-${DIGITS[base - 1].toUpperCase()}` : ''}]`;
  if (!new RegExp(`^${digit}+(_${digit}+)*$`).test(t)) return null;
  const clean = t.includes('_') ? t.replace(/_/g, '') : t;
  const powerOfTwo = (base & (base - 1)) === 0;
  if (!powerOfTwo && maxStrDigits > 0 && clean.length > maxStrDigits) throw tooManyDigitsToParse(clean.length);
  const magnitude = digitsToInt(clean.toLowerCase(), base);
  if (typeof magnitude === 'number') return negative && magnitude !== 0 ? -magnitude : magnitude;
  return normBig(negative ? -magnitude : magnitude);
}

/** Valid lower-case digits of `base` to a non-negative int. */
export function digitsToInt(digits: string, base: number): PyInt {
  if (digits.length <= 10) {
    const n = parseInt(digits, base);
    if (n <= MAX_SMALL) return n;
  }
  if (base === 10) return normBig(BigInt(digits));
  if (base === 16) return normBig(BigInt('0x' + digits));
  if (base === 8) return normBig(BigInt('0o' + digits));
  if (base === 2) return normBig(BigInt('0b' + digits));
  // Other bases: chunks of 8 digits (36**8 < 2**53) folded with bigint multiply-adds.
  let acc = 0n;
  const b = BigInt(base);
  for (let i = 0; i < digits.length; i += 8) {
    const chunk = digits.slice(i, i + 8);
    acc = acc * b ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
  }
  return normBig(acc);
}

// Conversions between Python numbers and JS numbers, used by operators, builtins and modules.
import { PyFloat, PyInstance, PyValue } from '../objects/core';
import { HostObject, isHost } from '../host';
import { typeError } from '../exceptions';
import { typeOf } from './type-name';
import { callMethodIfDefined } from './attributes';

/** The numeric value of int/bool/float, or undefined for non-numbers. */
export function numValue(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** operator.index(): ints, bools, numpy ints, __index__. */
export function toIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isHost(v) && v.index) return v.index();
  if (v instanceof PyInstance) {
    const r = callMethodIfDefined(v, '__index__');
    if (typeof r === 'number') return r;
  }
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/** Any Python number (or numpy scalar) as a JS number; TypeError otherwise. For module authors. */
export function toNumber(v: PyValue): number {
  const n = numValue(v);
  if (n !== undefined) return n;
  if (isHost(v) && v.number) return v.number();
  if (v instanceof PyInstance) {
    const f = callMethodIfDefined(v, '__float__');
    if (f instanceof PyFloat) return f.v;
  }
  throw typeError(`must be real number, not ${typeOf(v).name}`);
}

export function isIntLike(v: PyValue): v is number | boolean {
  return typeof v === 'number' || typeof v === 'boolean';
}

/** Python int from a JS number that is known to be integral (normalises -0). */
export function intResult(x: number): number { return x === 0 ? 0 : x; }

export function floorDiv(a: number, b: number): number { return Math.floor(a / b); }

export function pyMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
}

export function floatMod(a: number, b: number): number {
  const r = a % b;
  if (r === 0) return b < 0 ? -0 : 0;
  return (r < 0) !== (b < 0) ? r + b : r;
}

/** Exact integer power when the result fits in 2^53, else the float approximation. */
export function intPow(base: number, exp: number): number {
  let result = 1, b = base, e = exp;
  while (e > 0) {
    if (e & 1) result *= b;
    e = Math.floor(e / 2);
    if (e) b *= b;
  }
  if (!Number.isSafeInteger(result)) {
    const big = BigInt(base) ** BigInt(exp);
    return Number(big);
  }
  return result;
}

/** round() with ties to even, correctly rounded on the decimal value like CPython. */
export function roundHalfEven(x: number, ndigits: number): number {
  if (!isFinite(x)) return x;
  if (ndigits > 22 || Math.abs(x) >= 1e21) return x;
  if (ndigits < -22) return 0 * x;
  if (ndigits >= 0) {
    const fixed = x.toFixed(Math.min(100, ndigits + 30));
    const dot = fixed.indexOf('.');
    const keep = fixed.slice(0, dot + 1 + ndigits);
    const rest = fixed.slice(dot + 1 + ndigits);
    let candidate = parseFloat(keep.endsWith('.') ? keep.slice(0, -1) : keep);
    const restDigits = rest.replace(/0+$/, '');
    const ulp = Math.pow(10, -ndigits);
    const neg = fixed.startsWith('-');
    if (restDigits === '') return candidate;
    const first = rest.charCodeAt(0) - 48;
    let roundUp: boolean;
    if (first > 5 || (first === 5 && restDigits.length > 1)) roundUp = true;
    else if (first < 5) roundUp = false;
    else {
      const lastDigit = (keep.replace('.', '').replace('-', '').slice(-1).charCodeAt(0) - 48);
      roundUp = lastDigit % 2 === 1;
    }
    if (roundUp) candidate = parseFloat((Math.abs(candidate) + ulp).toFixed(ndigits)) * (neg ? -1 : 1);
    return candidate;
  }
  const p = Math.pow(10, -ndigits);
  const q = x / p;
  let r = Math.round(q);
  if (Math.abs(q % 1) === 0.5) r = 2 * Math.round(q / 2);
  return r * p;
}

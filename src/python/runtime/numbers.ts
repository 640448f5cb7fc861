// Conversions between Python numbers and JS numbers, used by operators, builtins and modules.
import { PyFloat, PyInstance, PyValue } from '../objects/core';
import { HostObject, isHost } from '../host';
import { E, pyException, typeError } from '../exceptions';
import { PyInt, SSIZE_MAX, intFromFloat, intToFloat } from './ints';
import { typeOf } from './type-name';
import { callMethodIfDefined } from './attributes';
import { PyScalarSub } from '../objects/scalar-sub';

/** The numeric value of int/bool/float as a double (OverflowError for ints past the float range). */
export function numValue(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intToFloat(v);
  return undefined;
}

/** operator.index(), exact: ints, bools, numpy ints, __index__. */
export function indexValue(v: PyValue): PyInt {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  // Host ints (numpy int64 scalars) come as doubles, possibly past 2**53: keep them canonical.
  if (isHost(v) && v.index) return intFromFloat(v.index());
  if (v instanceof PyInstance) {
    const r = callMethodIfDefined(v, '__index__');
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    if (typeof r === 'boolean') return r ? 1 : 0;
    if (r !== undefined) throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    if (v instanceof PyScalarSub) return indexValue(v.value);
  }
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/**
 * operator.index() as a Py_ssize_t argument (list.insert, str.ljust, '%*d', ...). Past 2**63-1
 * this is CPython's OverflowError; between 2**53 and 2**63 the nearest double is returned,
 * which is beyond any container and so behaves as "out of range".
 */
export function toIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  const n = indexValue(v);
  if (typeof n === 'bigint' && (n > SSIZE_MAX || n < -SSIZE_MAX - 1n)) {
    throw pyException(E.OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return Number(n);
}

/** PyNumber_AsSsize_t: indexing and repetition say "cannot fit" (IndexError when indexing). */
export function ssizeOf(v: PyInt, errorClass = E.OverflowError): number {
  if (typeof v === 'number') return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw pyException(errorClass, "cannot fit 'int' into an index-sized integer");
  return Number(v);
}

/** Any Python number (or numpy scalar) as a JS number; TypeError otherwise. For module authors. */
export function toNumber(v: PyValue): number {
  const n = numValue(v);
  if (n !== undefined) return n;
  if (isHost(v) && v.number) return v.number();
  if (v instanceof PyInstance) {
    const f = callMethodIfDefined(v, '__float__');
    if (f instanceof PyFloat) return f.v;
    if (v instanceof PyScalarSub) return toNumber(v.value);
  }
  throw typeError(`must be real number, not ${typeOf(v).name}`);
}

export { isIntLike } from './ints';

/** CPython's float floor division (float_divmod): exact remainder first, then the quotient. */
export function floatFloorDiv(a: number, b: number): number {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && (b < 0) !== (mod < 0)) { mod += b; div -= 1; }
  if (div === 0) return (a / b < 0 || Object.is(a / b, -0)) ? -0 : 0;
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1;
  return floordiv;
}

export function floatMod(a: number, b: number): number {
  const r = a % b;
  if (r === 0) return b < 0 ? -0 : 0;
  return (r < 0) !== (b < 0) ? r + b : r;
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

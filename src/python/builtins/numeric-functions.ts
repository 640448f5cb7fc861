// The numeric builtins: abs, sum, round, divmod, pow, hash, hex, oct, bin, chr.
// Ints are number | bigint (runtime/ints.ts); every result here is exact as in CPython.
import { PyFloat, PyInstance, PyValue } from '../objects/core';
import { PyTuple } from '../objects/containers';
import { isHost } from '../host';
import { E, pyException, typeError, valueError, zeroDivision } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { getIter } from '../runtime/iteration';
import { binaryOp, unaryOp } from '../runtime/operators';
import { callMethodIfDefined } from '../runtime/attributes';
import { indexValue } from '../runtime/numbers';
import { roundHalfEven } from '../runtime/numbers';
import { pyHash } from '../runtime/numeric-hash';
import { PyInt, SSIZE_MAX, addSmall, bitLength, intOf, normBig, toBig } from '../runtime/ints';
import { bigDivmod, intDivmod } from '../runtime/int-arith';
import { intDigits } from '../runtime/int-text';
import { floatRoundToInt } from '../runtime/float-int';
import { entry, TableEntry } from '../bind';
import { checkPositional, clinic, METH_O } from './c_messages';
import { PyScalarSub } from '../objects/scalar-sub';

function sum(iterable: PyValue, start: PyValue): PyValue {
  let total: PyValue = start;
  if (typeof total === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const it = getIter(iterable);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    if (typeof total === 'number' && typeof x === 'number') total = addSmall(total, x);
    else total = binaryOp('+', total, x);
  }
  return total;
}

/** round(int, -k): CPython's exact half-to-even on the decimal value. */
function roundIntNegative(x: PyInt, k: PyInt): PyInt {
  // 10**k > 2|x| means the result is 0 (CPython would build 10**k first; we need not).
  if (k > bitLength(x) * 0.30103 + 2) return 0;
  const p = 10n ** toBig(k);
  let [q, r] = bigDivmod(toBig(x), p);
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normBig(q * p);
}

/** ndigits for float rounding: CPython clamps it to Py_ssize_t. */
const clampDigits = (n: PyInt) => Number(n > SSIZE_MAX ? SSIZE_MAX : n < -SSIZE_MAX ? -SSIZE_MAX : n);

function round(x: PyValue, nd: PyValue): PyValue {
  const ndigits = nd === null ? null : indexValue(nd);
  const i = intOf(x);
  if (i !== undefined) return ndigits === null || ndigits >= 0 ? i : roundIntNegative(i, -ndigits);
  if (x instanceof PyFloat) {
    if (ndigits === null) return floatRoundToInt(x.v);
    return new PyFloat(roundHalfEven(x.v, clampDigits(ndigits)));
  }
  if (x instanceof PyInstance) {
    const r = callMethodIfDefined(x, '__round__', ndigits === null ? [] : [ndigits]);
    if (r !== undefined) return r;
    if (x instanceof PyScalarSub) return round(x.value, nd);
  }
  if (isHost(x) && x.number) {
    const v = x.number();
    return ndigits === null ? floatRoundToInt(v) : new PyFloat(roundHalfEven(v, clampDigits(ndigits)));
  }
  throw typeError(`type ${typeOf(x).name} doesn't define __round__ method`);
}

function divmod(a: PyValue, b: PyValue): PyValue {
  const ai = intOf(a), bi = intOf(b);
  if (ai !== undefined && bi !== undefined) return new PyTuple(intDivmod(ai, bi));
  if ((a instanceof PyFloat || ai !== undefined) && (b instanceof PyFloat || bi !== undefined)) {
    if ((b instanceof PyFloat ? b.v : bi) == 0) throw zeroDivision('float divmod()'); // eslint-disable-line eqeqeq
  }
  return new PyTuple([binaryOp('//', a, b), binaryOp('%', a, b)]);
}

/** pow(base, exp, mod): modular power with exact ints; a negative exp needs an inverse. */
function powMod(base: PyValue, exp: PyValue, mod: PyValue): PyInt {
  const b = intOf(base), e = intOf(exp), m = intOf(mod);
  if (b === undefined || e === undefined || m === undefined) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  if (m === 0) throw valueError('pow() 3rd argument cannot be 0');
  const modulus = toBig(m) < 0n ? -toBig(m) : toBig(m);
  let x = bigDivmod(toBig(b), modulus)[1];
  let k = toBig(e);
  if (k < 0n) {
    x = modInverse(x, modulus);
    k = -k;
  }
  let r = 1n % modulus;
  while (k > 0n) {
    if (k & 1n) r = (r * x) % modulus;
    x = (x * x) % modulus;
    k >>= 1n;
  }
  // The result takes the sign of the modulus, as `%` does.
  if (toBig(m) < 0n && r !== 0n) r -= modulus;
  return normBig(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError('base is not invertible for the given modulus');
  return bigDivmod(oldS, m)[1];
}

function pow(base: PyValue, exp: PyValue, mod: PyValue): PyValue {
  if (mod !== null) return powMod(base, exp, mod);
  return binaryOp('**', base, exp);
}

function radixString(v: PyValue, radix: number, prefix: string): string {
  const n = indexValue(v);
  return (n < 0 ? '-' : '') + prefix + intDigits(n, radix);
}

function chr(v: PyValue): string {
  const n = indexValue(v);
  if (n > 0x7fffffff || n < -0x80000000) throw pyException(E.OverflowError, 'Python int too large to convert to C int');
  if (n < 0 || n > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

const one = (name: string) => [{ name, kind: 'positional' }] as const;
const radix = (name: string, base: number, prefix: string, doc: string) =>
  entry({ name, doc, params: one('number') }, a => radixString(a.number as PyValue, base, prefix), { messages: METH_O });

/** The numeric builtins with CPython 3.11's signatures and its C functions' call-error texts. */
export const NUMERIC_TABLE: readonly TableEntry[] = [
  entry({ name: 'abs', doc: 'Return the absolute value of the argument.', params: one('x') }, a => unaryOp('abs', a.x as PyValue), { messages: METH_O }),
  entry({
    name: 'sum', doc: "Return the sum of a 'start' value (default: 0) plus an iterable of numbers.",
    params: [{ name: 'iterable', kind: 'positional' }, { name: 'start', default: 0 }],
  }, a => sum(a.iterable as PyValue, a.start as PyValue), {
    messages: { ...clinic(['iterable', 'start']), missing: c => `${c.fn}() takes at least 1 positional argument (${c.given} given)` },
  }),
  entry({ name: 'round', doc: 'Round a number to a given precision in decimal digits.', params: [{ name: 'number' }, { name: 'ndigits', default: null }] },
    a => round(a.number as PyValue, a.ndigits as PyValue), { messages: clinic(['number', 'ndigits']) }),
  entry({ name: 'divmod', doc: 'Return the tuple (x//y, x%y).', params: [{ name: 'x', kind: 'positional' }, { name: 'y', kind: 'positional' }] },
    a => divmod(a.x as PyValue, a.y as PyValue), { messages: checkPositional(2, 2) }),
  entry({ name: 'pow', doc: 'Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments.', params: [{ name: 'base' }, { name: 'exp' }, { name: 'mod', default: null }] },
    a => pow(a.base as PyValue, a.exp as PyValue, a.mod as PyValue), { messages: clinic(['base', 'exp', 'mod']) }),
  entry({ name: 'hash', doc: 'Return the hash value for the given object.', params: one('obj') }, a => pyHash(a.obj as PyValue), { messages: METH_O }),
  radix('bin', 2, '0b', 'Return the binary representation of an integer.'),
  radix('oct', 8, '0o', 'Return the octal representation of an integer.'),
  radix('hex', 16, '0x', 'Return the hexadecimal representation of an integer.'),
  entry({ name: 'chr', doc: 'Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.', params: one('i') }, a => chr(a.i as PyValue), { messages: METH_O }),
];

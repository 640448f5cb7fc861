// The numeric builtins: abs, sum, round, divmod, pow, hash, hex, oct, bin, chr.
// Ints are number | bigint (runtime/ints.ts); every result here is exact as in CPython.
import { PyFloat, PyInstance, PyValue, Kwargs } from '../objects/core';
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
import { argCount, parseArgs } from './args';

type Fn = (args: PyValue[], kw: Kwargs) => PyValue;

function sum(args: PyValue[], kw: Kwargs): PyValue {
  const [iterable, startArg] = parseArgs('sum', args, kw, ['iterable', 'start'], 1);
  let total: PyValue = startArg ?? 0;
  if (typeof total === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const it = getIter(iterable!);
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

function round(args: PyValue[], kw: Kwargs): PyValue {
  const [x, nd] = parseArgs('round', args, kw, ['number', 'ndigits'], 1);
  const ndigits = nd === undefined || nd === null ? null : indexValue(nd);
  const i = intOf(x!);
  if (i !== undefined) return ndigits === null || ndigits >= 0 ? i : roundIntNegative(i, -ndigits);
  if (x instanceof PyFloat) {
    if (ndigits === null) return floatRoundToInt(x.v);
    return new PyFloat(roundHalfEven(x.v, clampDigits(ndigits)));
  }
  if (x instanceof PyInstance) {
    const r = callMethodIfDefined(x, '__round__', ndigits === null ? [] : [ndigits]);
    if (r !== undefined) return r;
  }
  if (isHost(x) && x.number) {
    const v = x.number();
    return ndigits === null ? floatRoundToInt(v) : new PyFloat(roundHalfEven(v, clampDigits(ndigits)));
  }
  throw typeError(`type ${typeOf(x!).name} doesn't define __round__ method`);
}

function divmod(args: PyValue[]): PyValue {
  argCount('divmod', args, 2, 2);
  const [a, b] = args;
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

function pow(args: PyValue[], kw: Kwargs): PyValue {
  const [base, exp, mod] = parseArgs('pow', args, kw, ['base', 'exp', 'mod'], 2);
  if (mod !== undefined && mod !== null) return powMod(base!, exp!, mod);
  return binaryOp('**', base!, exp!);
}

function radixString(args: PyValue[], name: string, radix: number, prefix: string): string {
  argCount(name, args, 1, 1);
  const n = indexValue(args[0]);
  return (n < 0 ? '-' : '') + prefix + intDigits(n, radix);
}

function chr(args: PyValue[]): string {
  argCount('chr', args, 1, 1);
  const n = indexValue(args[0]);
  if (n > 0x7fffffff || n < -0x80000000) throw pyException(E.OverflowError, 'Python int too large to convert to C int');
  if (n < 0 || n > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

export const NUMERIC_FUNCTIONS: Record<string, Fn> = {
  abs(args) { argCount('abs', args, 1, 1); return unaryOp('abs', args[0]); },
  sum,
  round,
  divmod,
  pow,
  hash(args) { argCount('hash', args, 1, 1); return pyHash(args[0]); },
  bin: args => radixString(args, 'bin', 2, '0b'),
  oct: args => radixString(args, 'oct', 8, '0o'),
  hex: args => radixString(args, 'hex', 16, '0x'),
  chr,
};

// The integer side of the math module: factorial, gcd, lcm, isqrt, comb, perm, prod,
// floor/ceil/trunc, and logarithms of ints too large for a float. Results are exact ints
// (number or bigint, runtime/ints.ts) as in CPython.
import { PyFloat, PyInstance, PyValue, Kwargs } from '../objects/core';
import type { MathDefiner } from './math_table';
import { E, pyException, typeError, valueError, zeroDivision } from '../exceptions';
import { typeOf } from '../runtime/type-name';
import { toArray } from '../runtime/iteration';
import { binaryOp } from '../runtime/operators';
import { callMethodIfDefined } from '../runtime/attributes';
import { indexValue, toNumber } from '../runtime/numbers';
import { isHost } from '../host';
import { MAX_BIG_BITS, PyInt, SSIZE_MAX, absBig, bitLength, intOf, memoryError, normBig, toBig } from '../runtime/ints';
import { floatCeil, floatFloor, floatToInt } from '../runtime/float-int';

/** Product of lo..hi by binary splitting (balanced operand sizes keep bigint multiply fast). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (hi - lo < 8n) { let r = 1n; for (let i = lo; i <= hi; i++) r *= i; return r; }
  const mid = (lo + hi) / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

/** Refuse products that cannot fit V8's bigints (about n*log2(n) bits) before computing them. */
function checkProductSize(count: bigint, largest: bigint): void {
  if (count > 0n && Number(count) * Math.max(1, bitLength(normBig(largest))) > MAX_BIG_BITS) throw memoryError();
}

function factorial(v: PyValue): PyInt {
  const n = toBig(indexValue(v));
  if (n < 0n) throw valueError('factorial() not defined for negative values');
  if (n > SSIZE_MAX) throw pyException(E.OverflowError, `factorial() argument should not exceed ${SSIZE_MAX}`);
  checkProductSize(n, n);
  return normBig(rangeProduct(2n, n));
}

function nonNegative(v: PyValue, name: string): bigint {
  const n = toBig(indexValue(v));
  if (n < 0n) throw valueError(`${name} must be a non-negative integer`);
  return n;
}

function comb(nv: PyValue, kv: PyValue): PyInt {
  const n = nonNegative(nv, 'n');
  let k = nonNegative(kv, 'k');
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  checkProductSize(k, n);
  // Each prefix product n(n-1)...(n-i+1)/i! is an integer, so the division is exact.
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - i + 1n)) / i;
  return normBig(r);
}

function perm(nv: PyValue, kv: PyValue | undefined): PyInt {
  if (kv === undefined || kv === null) return factorial(nv);
  const n = nonNegative(nv, 'n'), k = nonNegative(kv, 'k');
  if (k > n) return 0;
  checkProductSize(k, n);
  return normBig(k === 0n ? 1n : rangeProduct(n - k + 1n, n));
}

function gcdBig(a: bigint, b: bigint): bigint {
  a = absBig(a); b = absBig(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

function gcd(args: PyValue[]): PyInt {
  let r = 0n;
  for (const v of args) r = gcdBig(r, toBig(indexValue(v)));
  return normBig(r);
}

function lcm(args: PyValue[]): PyInt {
  let r = 1n;
  for (const v of args) {
    const x = absBig(toBig(indexValue(v)));
    if (x === 0n) { r = 0n; continue; }
    if (r !== 0n) r = (r / gcdBig(r, x)) * x;
  }
  return normBig(r);
}

/** Integer square root by Newton's iteration from a power-of-two guess above the root. */
function isqrt(v: PyValue): PyInt {
  const n = indexValue(v);
  if (n < 0) throw valueError('isqrt() argument must be nonnegative');
  if (typeof n === 'number' && n < 2 ** 52) {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  const big = toBig(n);
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + big / x) >> 1n;
    if (y >= x) return normBig(x);
    x = y;
  }
}

function prod(args: PyValue[], kw: Kwargs): PyValue {
  let acc: PyValue = kw?.get('start') ?? 1;
  for (const v of toArray(args[0])) acc = binaryOp('*', acc, v);
  return acc;
}

/** math.floor/ceil/trunc: ints as they are, floats exactly, else the __floor__-style dunder. */
function rounder(name: 'floor' | 'ceil' | 'trunc', ofFloat: (x: number) => PyInt) {
  return (args: PyValue[]): PyValue => {
    const v = args[0];
    const i = intOf(v);
    if (i !== undefined) return i;
    if (v instanceof PyFloat) return ofFloat(v.v);
    if (v instanceof PyInstance) {
      const r = callMethodIfDefined(v, `__${name}__`);
      if (r !== undefined) return r;
      if (name === 'trunc') throw typeError(`type ${typeOf(v).name} doesn't define __trunc__ method`);
    }
    if (isHost(v) && v.index) return indexValue(v);
    if (name === 'trunc' && !(isHost(v) && v.number)) throw typeError(`type ${typeOf(v).name} doesn't define __trunc__ method`);
    return ofFloat(toNumber(v));
  };
}

/**
 * CPython's loghelper: an int too large for a float is split as m * 2**e (m in [0.5, 1),
 * rounded once with a sticky bit), and log(m) + log(2) * e is returned.
 */
function logOf(v: PyValue, fn: (x: number) => number): number {
  const i = intOf(v);
  if (i !== undefined) {
    if (i <= 0) throw valueError('math domain error');
    const f = Number(i);
    if (isFinite(f)) return fn(f);
    const big = toBig(i);
    let e = bitLength(i);
    let top = big >> BigInt(e - 64);
    if (big & ((1n << BigInt(e - 64)) - 1n)) top |= 1n;
    let m = Number(top) / 2 ** 64;
    if (m === 1) { m = 0.5; e += 1; }
    return fn(m) + fn(2) * e;
  }
  const x = toNumber(v);
  if (x !== x) return x;
  if (x <= 0) throw valueError('math domain error');
  return fn(x);
}

function log(args: PyValue[]): PyFloat {
  const num = logOf(args[0], Math.log);
  if (args.length < 2) return new PyFloat(num);
  const den = logOf(args[1], Math.log);
  if (den === 0) throw zeroDivision('float division by zero');
  return new PyFloat(num / den);
}

/** Shewchuk's exactly rounded float sum, as CPython's math.fsum. */
function fsum(args: PyValue[]): PyFloat {
  const partials: number[] = [];
  let special = 0, infinities = 0, sawSpecial = false;
  for (const v of toArray(args[0])) {
    let x = toNumber(v);
    if (!isFinite(x)) {
      // inf and nan bypass the partials; inf + -inf is CPython's ValueError.
      if (x === Infinity || x === -Infinity) infinities += x;
      special += x;
      sawSpecial = true;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y, lo = y - (hi - x);
      if (!isFinite(hi)) throw pyException(E.OverflowError, 'intermediate overflow in fsum');
      if (lo) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (sawSpecial) {
    if (infinities !== infinities) throw valueError('-inf + inf in fsum');
    return new PyFloat(special);
  }
  return new PyFloat(roundPartials(partials));
}

function roundPartials(p: number[]): number {
  let n = p.length;
  if (n === 0) return 0;
  let hi = p[--n], lo = 0;
  while (n > 0) {
    const x = hi, y = p[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo) break;
  }
  // Half-way cases: make the rounding of hi + lo agree with the sign of the rest.
  if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
    const y = lo * 2, x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

export function installIntegerMath(m: MathDefiner): void {
  m.def('factorial', a => factorial(a[0]));
  m.def('comb', a => comb(a[0], a[1]));
  m.def('perm', a => perm(a[0], a[1]));
  m.def('gcd', a => gcd(a));
  m.def('lcm', a => lcm(a));
  m.def('isqrt', a => isqrt(a[0]));
  m.def('prod', (a, kw) => prod(a, kw));
  m.def('floor', rounder('floor', floatFloor));
  m.def('ceil', rounder('ceil', floatCeil));
  m.def('trunc', rounder('trunc', floatToInt));
  m.def('log', log);
  m.def('log2', a => new PyFloat(logOf(a[0], Math.log2)));
  m.def('log10', a => new PyFloat(logOf(a[0], Math.log10)));
  m.def('fsum', fsum);
}

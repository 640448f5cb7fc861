// The rest of CPython 3.11's math module: cbrt, exp2, frexp, ldexp, nextafter, remainder, ulp.
import { PyFloat, PyValue } from '../objects/core';
import type { MathDefiner } from './math_table';
import { PyTuple } from '../objects/containers';
import { E, pyException, typeError, valueError } from '../exceptions';
import { toNumber, indexValue } from '../runtime/numbers';
import { typeOf } from '../runtime/type-name';

const f = (x: number) => new PyFloat(x);
const view = new DataView(new ArrayBuffer(8));
const bitsOf = (x: number) => { view.setFloat64(0, x); return view.getBigUint64(0); };
const fromBits = (b: bigint) => { view.setBigUint64(0, b); return view.getFloat64(0); };

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0, m = x;
  // Subnormals first become normal, so the exponent field gives e.
  if (Math.abs(m) < 2 ** -1022) { m *= 2 ** 64; e -= 64; }
  const biased = Number((bitsOf(m) >> 52n) & 0x7ffn);
  e += biased - 1022;
  m = fromBits((bitsOf(m) & ~(0x7ffn << 52n)) | (1022n << 52n));
  return [m, e];
}

function ldexp(x: number, i: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  let r = x, n = i;
  // Scale in steps so no intermediate power of two overflows or underflows.
  while (n > 1000) { r *= 2 ** 1000; n -= 1000; if (!Number.isFinite(r)) break; }
  while (n < -1000) { r *= 2 ** -1000; n += 1000; if (r === 0) break; }
  r *= 2 ** n;
  if (!Number.isFinite(r)) throw pyException(E.OverflowError, 'math range error');
  return r;
}

function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  return fromBits((x < y) === (x > 0) ? b + 1n : b - 1n);
}

function remainder(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(x) || y === 0) throw valueError('math domain error');
  if (!Number.isFinite(y)) return x;
  const absx = Math.abs(x), absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2 * ((0.5 * (absx - m)) % absy);
  return Math.sign(x) * r || (x < 0 ? -0 : 0);
}

function ulp(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (!Number.isFinite(a)) return a;
  const next = nextafter(a, Infinity);
  if (!Number.isFinite(next)) return a - nextafter(a, -Infinity);
  return next - a;
}

const num = (v: PyValue) => {
  if (typeof v === 'string' || v === null) throw typeError(`must be real number, not ${typeOf(v).name}`);
  return toNumber(v);
};

export function installMoreMath(m: MathDefiner): void {
  m.def('cbrt', a => f(Math.cbrt(num(a[0]))));
  m.def('exp2', a => {
    const r = 2 ** num(a[0]);
    if (!Number.isFinite(r) && Number.isFinite(num(a[0]))) throw pyException(E.OverflowError, 'math range error');
    return f(r);
  });
  m.def('frexp', a => { const [mant, e] = frexp(num(a[0])); return new PyTuple([f(mant), e]); });
  m.def('ldexp', a => {
    if (!(typeof a[1] === 'number' || typeof a[1] === 'bigint' || typeof a[1] === 'boolean')) throw typeError('Expected an int as second argument to ldexp.');
    const i = indexValue(a[1]);
    return f(ldexp(num(a[0]), typeof i === 'bigint' ? (i > 0n ? 100000 : -100000) : i));
  });
  m.def('nextafter', a => f(nextafter(num(a[0]), num(a[1]))));
  m.def('remainder', a => f(remainder(num(a[0]), num(a[1]))));
  m.def('ulp', a => f(ulp(num(a[0]))));
}

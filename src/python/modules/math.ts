// The math module.
import { PyFloat, PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { PyTuple } from '../objects/containers';
import { typeError, valueError, pyException, E } from '../exceptions';
import { toNumber, toIndex } from '../runtime/numbers';
import { toArray } from '../runtime/iteration';
import { typeOf } from '../runtime/type-name';
import { registerModule } from './registry';
import { installIntegerMath } from './math-integers';
import { installMoreMath } from './math-more';
import { mathTable, MathDefiner, MathImpl } from './math_table';
import { installTable } from '../bind';

const f = (x: number) => new PyFloat(x);
const num = (v: PyValue) => toNumber(v);
function domain(x: number): number {
  if (x !== x) throw valueError('math domain error');
  return x;
}

export function makeMathModule(): PyModule {
  const mod = new PyModule('math');
  mod.set('pi', f(Math.PI)).set('e', f(Math.E)).set('tau', f(2 * Math.PI)).set('inf', f(Infinity)).set('nan', f(NaN));
  const impls = new Map<string, MathImpl>();
  const m: MathDefiner = { def: (name, impl) => impls.set(name, impl) };
  const unary: Record<string, (x: number) => number> = {
    sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan,
    sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
    exp: Math.exp, expm1: Math.expm1, log1p: Math.log1p, fabs: Math.abs, degrees: x => (x * 180) / Math.PI,
    radians: x => (x * Math.PI) / 180, erf, erfc: x => 1 - erf(x), gamma, lgamma: logGamma,
  };
  for (const [name, fn] of Object.entries(unary)) {
    m.def(name, args => {
      const x = num(args[0]);
      const r = fn(x);
      if (r !== r && x === x) throw valueError('math domain error');
      // CPython's poles: atanh(±1) and log1p(-1) are domain errors, not infinities.
      if (!isFinite(r) && isFinite(x) && (name === 'atanh' || name === 'log1p')) throw valueError('math domain error');
      if (!isFinite(r) && isFinite(x) && name === 'exp') throw pyException(E.OverflowError, 'math range error');
      return f(r);
    });
  }
  m.def('sqrt', a => { const x = num(a[0]); if (x < 0) throw valueError('math domain error'); return f(Math.sqrt(x)); });
  m.def('pow', a => {
    const x = num(a[0]), y = num(a[1]);
    const r = domain(Math.pow(x, y));
    if (!isFinite(r) && isFinite(x) && isFinite(y)) throw pyException(E.OverflowError, 'math range error');
    return f(r);
  });
  m.def('atan2', a => f(Math.atan2(num(a[0]), num(a[1]))));
  m.def('hypot', a => f(Math.hypot(...a.map(num))));
  m.def('isnan', a => num(a[0]) !== num(a[0]));
  m.def('isinf', a => Math.abs(num(a[0])) === Infinity);
  m.def('isfinite', a => isFinite(num(a[0])));
  m.def('isclose', (a, kw) => {
    const x = num(a[0]), y = num(a[1]);
    const rel = kw?.get('rel_tol') !== undefined ? num(kw.get('rel_tol')!) : 1e-9;
    const abs = kw?.get('abs_tol') !== undefined ? num(kw.get('abs_tol')!) : 0;
    if (x === y) return true;
    return Math.abs(x - y) <= Math.max(rel * Math.max(Math.abs(x), Math.abs(y)), abs);
  });
  m.def('copysign', a => { const x = Math.abs(num(a[0])), y = num(a[1]); return f(y < 0 || Object.is(y, -0) ? -x : x); });
  m.def('fmod', a => { const y = num(a[1]); if (y === 0) throw valueError('math domain error'); return f(num(a[0]) % y); });
  m.def('modf', a => { const x = num(a[0]); const i = Math.trunc(x); return new PyTuple([f(x - i), f(i)]); });
  m.def('dist', a => { const p = toArray(a[0]).map(num), q = toArray(a[1]).map(num); return f(Math.hypot(...p.map((x, i) => x - q[i]))); });
  installIntegerMath(m);
  installMoreMath(m);
  installTable(mod, mathTable(impls));
  return mod;
}


// Abramowitz-Stegun style erf with high precision (W. J. Cody's rational approximations would be
// exact to 1 ulp; this series/continued-fraction pair is accurate to ~1e-15).
function erf(x: number): number {
  if (x !== x) return NaN;
  const ax = Math.abs(x);
  if (ax < 2) {
    let sum = x, term = x;
    const x2 = x * x;
    for (let n = 1; n < 100; n++) {
      term *= -x2 / n;
      const t = term / (2 * n + 1);
      sum += t;
      if (Math.abs(t) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  // Continued fraction for erfc.
  let fcf = 0;
  for (let n = 60; n >= 1; n--) fcf = (n / 2) / (ax + fcf);
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + fcf);
  return x > 0 ? 1 - erfc : erfc - 1;
}

/** Γ(n) = (n-1)! exactly (correctly rounded) for the integers CPython keeps in a table; poles are domain errors. */
const EXACT_GAMMA_UP_TO = 23;
function exactFactorial(n: number): number {
  let r = 1n;
  for (let k = 2n; k <= BigInt(n); k++) r *= k;
  return Number(r);
}

function gamma(x: number): number {
  if (Number.isInteger(x)) {
    if (x <= 0) return NaN;
    if (x <= EXACT_GAMMA_UP_TO) return exactFactorial(x - 1);
  }
  return Math.exp(lgamma(x)) * (x < 0 && Math.floor(-x) % 2 === 0 ? -1 : 1);
}

/** log|Γ(x)|: exactly 0 at 1 and 2 as in CPython, a pole (domain error) at 0, -1, -2, ... */
function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  if (Number.isInteger(x) && x <= 0) return NaN;
  return lgamma(x);
}

function lgamma(x: number): number {
  // Lanczos approximation (g=7, n=9).
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

registerModule('math', () => makeMathModule());

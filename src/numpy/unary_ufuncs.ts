// Elementwise math of one argument. "float" entries (exp, log, sqrt, trig) give float64 for
// integer input and keep float32 for float32; "same" entries keep the input dtype.
import { NDArray } from '../engine/ndarray';
import { DType, NumericArray, castScalar } from '../engine/dtypes';
import { asarray } from './convert';
import { floatResultType, isFloatDType } from './dtype_rules';
import { ArrayLike, pyError, scalarIfZeroDim } from './values';

interface UnaryUfunc { out(d: DType): DType; fn(x: number): number }

const floatMath = (fn: (x: number) => number): UnaryUfunc => ({ out: floatResultType, fn });
const sameType = (fn: (x: number) => number): UnaryUfunc => ({ out: d => d, fn });
const toBool = (fn: (x: number) => boolean): UnaryUfunc => ({ out: () => 'bool', fn: x => (fn(x) ? 1 : 0) });

/** Round half to even, as C's rint and NumPy's around do. */
export function rint(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export const UNARY_UFUNCS: Record<string, UnaryUfunc> = {
  negative: {
    out: d => { if (d === 'bool') throw pyError('TypeError', 'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.'); return d; },
    fn: x => -x,
  },
  positive: sameType(x => x),
  absolute: sameType(Math.abs),
  square: sameType(x => x * x),
  sign: sameType(x => (Number.isNaN(x) ? NaN : x > 0 ? 1 : x < 0 ? -1 : 0)),
  floor: sameType(Math.floor),
  ceil: sameType(Math.ceil),
  trunc: sameType(Math.trunc),
  rint: floatMath(rint),
  exp: floatMath(Math.exp),
  expm1: floatMath(Math.expm1),
  exp2: floatMath(x => Math.pow(2, x)),
  log: floatMath(Math.log),
  log2: floatMath(Math.log2),
  log10: floatMath(Math.log10),
  log1p: floatMath(Math.log1p),
  sqrt: floatMath(Math.sqrt),
  sin: floatMath(Math.sin),
  cos: floatMath(Math.cos),
  tan: floatMath(Math.tan),
  arcsin: floatMath(Math.asin),
  arccos: floatMath(Math.acos),
  arctan: floatMath(Math.atan),
  sinh: floatMath(Math.sinh),
  cosh: floatMath(Math.cosh),
  tanh: floatMath(Math.tanh),
  reciprocal: { out: d => d, fn: x => 1 / x },
  isnan: toBool(Number.isNaN),
  isinf: toBool(x => x === Infinity || x === -Infinity),
  isfinite: toBool(Number.isFinite),
  logical_not: toBool(x => !x),
  invert: { out: d => { if (isFloatDType(d)) throw pyError('TypeError', "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"); return d; }, fn: x => x },
};

export function unary(name: string, a: ArrayLike): NDArray {
  const u = UNARY_UFUNCS[name];
  if (!u) throw pyError('TypeError', `unknown ufunc ${name}`);
  const x = asarray(a);
  const outDtype = u.out(x.dtype);
  const out = NDArray.zeros(outDtype, x.shape);
  const src = x.data as NumericArray, dst = out.data as NumericArray;
  let fn = u.fn;
  if (name === 'invert') fn = x.dtype === 'bool' ? (v => (v ? 0 : 1)) : (v => -v - 1);
  if (name === 'reciprocal' && !isFloatDType(x.dtype)) fn = v => (v === 0 ? 0 : Math.trunc(1 / v));
  for (let i = 0; i < src.length; i++) dst[i] = castScalar(fn(src[i]), outDtype);
  return scalarIfZeroDim(out);
}

/** np.round / np.around: scale, round half to even, unscale — in the array's precision. */
export function around(a: ArrayLike, decimals = 0): NDArray {
  const x = asarray(a);
  const out = NDArray.zeros(x.dtype, x.shape);
  const src = x.data as NumericArray, dst = out.data as NumericArray;
  const f32 = x.dtype === 'float32';
  const cast = f32 ? Math.fround : (v: number) => v;
  if (!isFloatDType(x.dtype)) {
    if (decimals >= 0) dst.set(src);
    else { const p = 10 ** -decimals; for (let i = 0; i < src.length; i++) dst[i] = castScalar(rint(src[i] / p) * p, x.dtype); }
    return scalarIfZeroDim(out);
  }
  if (decimals >= 0) {
    const p = cast(10 ** decimals);
    for (let i = 0; i < src.length; i++) dst[i] = cast(rint(cast(src[i] * p)) / p);
  } else {
    const p = cast(10 ** -decimals);
    for (let i = 0; i < src.length; i++) dst[i] = cast(rint(cast(src[i] / p)) * p);
  }
  return scalarIfZeroDim(out);
}

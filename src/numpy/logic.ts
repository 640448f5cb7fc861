// where, clip, isclose, allclose, array_equal.
import { NDArray } from '../engine/ndarray';
import { NumericArray, castScalar } from '../engine/dtypes';
import { broadcastIndex, broadcastShapes } from './broadcast';
import { asarray } from './convert';
import { binary } from './binary_ufuncs';
import { operandOf, resultType } from './dtype_rules';
import { nonzero } from './indexing';
import { ArrayLike, isPyScalar, scalarIfZeroDim } from './values';

/** where(cond) → nonzero(cond); where(cond, x, y) → elementwise choice, broadcast and promoted. */
export function where(condition: ArrayLike, x?: ArrayLike, y?: ArrayLike): NDArray | NDArray[] {
  const c = asarray(condition);
  if (x === undefined || y === undefined) return nonzero(c);
  const xa = isPyScalar(x) ? x : asarray(x), ya = isPyScalar(y) ? y : asarray(y);
  const dtype = resultType(operandOf(xa as NDArray), operandOf(ya as NDArray));
  const xs = asarray(x, null).astype(dtype), ys = asarray(y, null).astype(dtype);
  const shape = broadcastShapes(c.shape, xs.shape, ys.shape);
  const ic = broadcastIndex(c.shape, shape), ix = broadcastIndex(xs.shape, shape), iy = broadcastIndex(ys.shape, shape);
  const out = NDArray.zeros(dtype, shape);
  const o = out.data as NumericArray, cd = c.data as NumericArray, xd = xs.data as NumericArray, yd = ys.data as NumericArray;
  for (let i = 0; i < o.length; i++) o[i] = cd[ic ? ic[i] : i] ? xd[ix ? ix[i] : i] : yd[iy ? iy[i] : i];
  return out;
}

/** clip(a, a_min, a_max) = minimum(maximum(a, a_min), a_max), either bound may be None. */
export function clip(a: ArrayLike, aMin: ArrayLike | null, aMax: ArrayLike | null): NDArray {
  let r: ArrayLike = a;
  if (aMin !== null && aMin !== undefined) r = binary('maximum', r, aMin);
  if (aMax !== null && aMax !== undefined) r = binary('minimum', r, aMax);
  return r instanceof NDArray ? r : asarray(r);
}

/** |a − b| ≤ atol + rtol·|b|, with equal infinities close and NaN close only with equal_nan. */
export function isclose(a: ArrayLike, b: ArrayLike, rtol = 1e-5, atol = 1e-8, equalNan = false): NDArray {
  const xa = asarray(a), xb = asarray(b);
  const dtype = resultType(operandOf(isPyScalar(a) ? a : xa), operandOf(isPyScalar(b) ? b : xb));
  const ca = xa.astype(dtype === 'float32' ? 'float32' : 'float64'), cb = xb.astype(ca.dtype);
  const shape = broadcastShapes(ca.shape, cb.shape);
  const ia = broadcastIndex(ca.shape, shape), ib = broadcastIndex(cb.shape, shape);
  const out = NDArray.zeros('bool', shape);
  const o = out.data as NumericArray, ad = ca.data as NumericArray, bd = cb.data as NumericArray;
  const cast = (v: number) => castScalar(v, ca.dtype);
  for (let i = 0; i < o.length; i++) {
    const x = ad[ia ? ia[i] : i], y = bd[ib ? ib[i] : i];
    let close: boolean;
    if (Number.isNaN(x) || Number.isNaN(y)) close = equalNan && Number.isNaN(x) && Number.isNaN(y);
    else if (!Number.isFinite(x) || !Number.isFinite(y)) close = x === y;
    else close = cast(Math.abs(x - y)) <= cast(atol + cast(rtol * Math.abs(y)));
    o[i] = close ? 1 : 0;
  }
  return scalarIfZeroDim(out);
}

export function allclose(a: ArrayLike, b: ArrayLike, rtol = 1e-5, atol = 1e-8, equalNan = false): boolean {
  const c = isclose(a, b, rtol, atol, equalNan).data as NumericArray;
  return c.every(v => v === 1);
}

export function array_equal(a: ArrayLike, b: ArrayLike, equalNan = false): boolean {
  const xa = asarray(a), xb = asarray(b);
  if (xa.shape.length !== xb.shape.length || xa.shape.some((d, i) => d !== xb.shape[i])) return false;
  const ad = xa.data as NumericArray, bd = xb.data as NumericArray;
  for (let i = 0; i < ad.length; i++) {
    if (ad[i] === bd[i]) continue;
    if (equalNan && Number.isNaN(ad[i]) && Number.isNaN(bd[i])) continue;
    return false;
  }
  return true;
}

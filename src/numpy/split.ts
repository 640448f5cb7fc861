// Where np.split / np.array_split cut an axis (NumPy's division rules: array_split gives the first
// n % k pieces one extra element; split refuses an unequal division; split points clip as slices
// do), and np.meshgrid (coordinate matrices from coordinate vectors). The pieces themselves are
// taken by the binding with ordinary slicing, so they are views wherever slicing gives views.
import { NDArray, shapeSize } from '../engine/ndarray';
import { NumericArray } from '../engine/dtypes';
import { asarray } from './convert';
import { ArrayLike, pyError } from './values';

/** A split point as a slice bound: negatives count from the end, then clip into [0, n]. */
const clipPoint = (i: number, n: number) => Math.min(n, Math.max(0, i < 0 ? i + n : i));

/** The [start, end) range of each piece along an axis of length n, as NumPy's array_split cuts it. */
export function splitRanges(n: number, sections: number | readonly number[]): [number, number][] {
  let points: number[];
  if (typeof sections === 'number') {
    if (sections <= 0) throw pyError('ValueError', 'number sections must be larger than 0.');
    const each = Math.floor(n / sections);
    const extras = n % sections;
    points = [];
    let at = 0;
    for (let i = 0; i + 1 < sections; i++) { at += each + (i < extras ? 1 : 0); points.push(at); }
  } else {
    points = sections.map(p => clipPoint(p, n));
  }
  const bounds = [0, ...points, n];
  return bounds.slice(0, -1).map((start, i) => [start, Math.max(start, bounds[i + 1])]);
}

/** np.split's extra rule: N sections must divide the axis exactly. */
export function checkEqualDivision(n: number, sections: number | readonly number[]): void {
  if (typeof sections === 'number' && sections > 0 && n % sections !== 0) throw pyError('ValueError', 'array split does not result in an equal division');
}

/**
 * Coordinate matrices: output i holds vector i repeated along every other axis. With 'xy'
 * (Cartesian, the default) the first two output axes swap, so 2-D grids are (len(y), len(x)).
 */
export function meshgrid(vectors: readonly ArrayLike[], indexing: 'xy' | 'ij' = 'xy', sparse = false): NDArray[] {
  const xs = vectors.map(v => { const x = asarray(v); return new NDArray(x.dtype, [x.size], x.data); });
  const dims = xs.map(x => x.size);
  const axisOf = (i: number) => (indexing === 'xy' && xs.length >= 2 && i < 2 ? 1 - i : i);
  const shape = xs.map((_, k) => dims[xs.findIndex((__, i) => axisOf(i) === k)]);
  return xs.map((x, i) => {
    const axis = axisOf(i);
    if (sparse) return new NDArray(x.dtype, shape.map((d, k) => (k === axis ? d : 1)), x.data);
    const out = NDArray.zeros(x.dtype, shape);
    const inner = shapeSize(shape.slice(axis + 1));
    const src = x.data as NumericArray;
    const dst = out.data as NumericArray;
    for (let j = 0; j < dst.length; j++) dst[j] = src[Math.floor(j / inner) % shape[axis]];
    return out;
  });
}

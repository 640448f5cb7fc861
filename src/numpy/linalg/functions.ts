// np.linalg's functions over NDArrays: norm, inv, det, solve, pinv, lstsq, svd (values and
// factors), matrix_rank. Inputs convert to float64 (NumPy's result dtype for int and float64
// input; float32 input gives float32 results, as LAPACK's single-precision routines do).
import { NDArray } from '../../engine/ndarray';
import { DType, NumericArray } from '../../engine/dtypes';
import { asarray } from '../convert';
import { ArrayLike, NumpyScalar, pyError } from '../values';
import { LinAlgError, lu, luSolve, pinvOf, svd } from './decompose';
import { formatShape } from '../broadcast';

const resultType = (d: DType): DType => (d === 'float32' || d === 'float16' ? 'float32' : 'float64');
const f64 = (a: NDArray) => Float64Array.from(a.data as NumericArray);
const make = (dtype: DType, shape: number[], data: Float64Array) => {
  const out = NDArray.zeros(dtype, shape);
  (out.data as NumericArray).set(data);
  return out;
};

function square(a: NDArray): number {
  if (a.shape.length < 2) throw new LinAlgError(`${a.shape.length}-dimensional array given. Array must be at least two-dimensional`);
  const [m, n] = a.shape.slice(-2);
  if (m !== n) throw new LinAlgError('Last 2 dimensions of the array must be square');
  if (a.shape.length > 2) throw pyError('ValueError', 'stacked (batched) matrices are not supported by Gradbook\'s np.linalg');
  return n;
}

function matrix(a: NDArray): [number, number] {
  if (a.shape.length !== 2) throw new LinAlgError(`${a.shape.length}-dimensional array given. Array must be two-dimensional`);
  return [a.shape[0], a.shape[1]];
}

export function inv(x: ArrayLike): NDArray {
  const a = asarray(x), n = square(a);
  const f = lu(f64(a), n);
  if (f.singular) throw new LinAlgError('Singular matrix');
  const eye = new Float64Array(n * n);
  for (let i = 0; i < n; i++) eye[i * n + i] = 1;
  return make(resultType(a.dtype), [n, n], luSolve(f, eye, n, n));
}

export function det(x: ArrayLike): NDArray {
  const a = asarray(x), n = square(a);
  const f = lu(f64(a), n);
  let d = f.sign;
  for (let i = 0; i < n; i++) d *= f.lu[i * n + i];
  return NumpyScalar.of(resultType(a.dtype), d);
}

export function solve(x: ArrayLike, y: ArrayLike): NDArray {
  const a = asarray(x), b = asarray(y), n = square(a);
  const vector = b.shape.length === 1;
  if (b.shape[0] !== n || b.shape.length > 2) {
    throw pyError('ValueError', `solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size ${b.shape[0]} is different from ${n})`);
  }
  const k = vector ? 1 : b.shape[1];
  const f = lu(f64(a), n);
  if (f.singular) throw new LinAlgError('Singular matrix');
  return make(resultType(a.dtype === 'float32' && b.dtype === 'float32' ? 'float32' : 'float64'), b.shape.slice(), luSolve(f, f64(b), n, k));
}

export function pinv(x: ArrayLike, rcond = 1e-15): NDArray {
  const a = asarray(x), [m, n] = matrix(a);
  return make(resultType(a.dtype), [n, m], pinvOf(f64(a), m, n, rcond).pinv);
}

/** lstsq(a, b, rcond): [x, residuals, rank, s] as NumPy returns them. rcond null = eps·max(m, n). */
export function lstsq(x: ArrayLike, y: ArrayLike, rcond: number | null): [NDArray, NDArray, bigint, NDArray] {
  const a = asarray(x), b = asarray(y), [m, n] = matrix(a);
  const vector = b.shape.length === 1;
  if (b.shape.length > 2 || b.shape[0] !== m) throw new LinAlgError('Incompatible dimensions');
  const k = vector ? 1 : b.shape[1];
  const cond = rcond ?? 2.220446049250313e-16 * Math.max(m, n);
  const { pinv: p, rank, s } = pinvOf(f64(a), m, n, cond);
  const bd = f64(b), sol = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) { const v = p[i * m + j]; if (v) for (let c = 0; c < k; c++) sol[i * k + c] += v * bd[j * k + c]; }
  const dtype = resultType(a.dtype === 'float32' && b.dtype === 'float32' ? 'float32' : 'float64');
  // Residuals: squared 2-norms of b - a·x per column, only when a has full column rank and m > n.
  let residuals = new Float64Array(0);
  if (rank === n && m > n) {
    residuals = new Float64Array(k);
    const ad = f64(a);
    for (let c = 0; c < k; c++) {
      let t = 0;
      for (let i = 0; i < m; i++) { let r = bd[i * k + c]; for (let j = 0; j < n; j++) r -= ad[i * n + j] * sol[j * k + c]; t += r * r; }
      residuals[c] = t;
    }
  }
  return [make(dtype, vector ? [n] : [n, k], sol), make(dtype, [residuals.length], residuals), BigInt(rank), make(dtype, [s.length], s)];
}

/** svd(a, full_matrices, compute_uv): singular values, or (u, s, vh) (reduced when full_matrices is false). */
export function svdOf(x: ArrayLike, fullMatrices: boolean, computeUV: boolean): NDArray | [NDArray, NDArray, NDArray] {
  const a = asarray(x), [m, n] = matrix(a);
  const dtype = resultType(a.dtype);
  const { u, s, v, r } = svd(f64(a), m, n);
  if (!computeUV) return make(dtype, [r], s);
  if (fullMatrices && m !== n) throw pyError('ValueError', 'np.linalg.svd with full_matrices=True of a non-square matrix is not supported by Gradbook: pass full_matrices=False');
  const vh = new Float64Array(r * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < r; k++) vh[k * n + i] = v[i * r + k];
  return [make(dtype, [m, r], u), make(dtype, [r], s), make(dtype, [r, n], vh)];
}

export function matrixRank(x: ArrayLike, tol: number | null): bigint {
  const a = asarray(x);
  if (a.shape.length < 2) return (f64(a).some(v => v !== 0) ? 1n : 0n);
  const [m, n] = matrix(a);
  const s = svd(f64(a), m, n).s;
  const cutoff = tol ?? (s.length ? s[0] : 0) * Math.max(m, n) * (a.dtype === 'float32' ? 1.1920929e-7 : 2.220446049250313e-16);
  return BigInt(Array.from(s).filter(v => v > cutoff).length);
}

/** norm(x, ord, axis, keepdims) for vectors (ord: None/2, 1, inf, -inf, 0, p) and matrices (None/'fro', 1, -1, inf, -inf, 'nuc', 2, -2). */
export function norm(x: ArrayLike, ord: number | string | null, axis: number | number[] | null, keepdims: boolean): NDArray {
  const a0 = asarray(x);
  const a = a0.dtype === 'float32' || a0.dtype === 'float64' ? a0 : a0.astype('float64');
  const dtype: DType = a.dtype;
  const rank = a.shape.length;
  if (axis === null) {
    if (ord === null || (ord === 'fro' && rank === 2) || (ord === 2 && rank === 1)) {
      let t = 0;
      for (const v of f64(a)) t += v * v;
      const out = NumpyScalar.of(dtype, Math.sqrt(t));
      return keepdims ? make(dtype, new Array(rank).fill(1), new Float64Array([out.value])) : out;
    }
    if (rank === 1) return vectorNorm(a, 0, ord, keepdims);
    if (rank === 2) return matrixNorm(a, [0, 1], ord, keepdims);
    throw pyError('ValueError', 'Improper number of dimensions to norm.');
  }
  const axes = (Array.isArray(axis) ? axis : [axis]).map(k => (k < 0 ? k + rank : k));
  if (axes.some(k => k < 0 || k >= rank)) throw pyError('ValueError', `axis ${Array.isArray(axis) ? axis[0] : axis} is out of bounds for array of dimension ${rank}`);
  if (axes.length === 1) return vectorNorm(a, axes[0], ord ?? 2, keepdims);
  if (axes.length === 2) return matrixNorm(a, axes as [number, number], ord ?? 'fro', keepdims);
  throw pyError('ValueError', 'Improper number of dimensions to norm.');
}

/** Gathers the lines along `axes` for every other index, applies f, and shapes the result. */
function reduceLines(a: NDArray, axes: number[], keepdims: boolean, f: (values: Float64Array, shape: number[]) => number): NDArray {
  const shape = a.shape, rank = shape.length;
  const rest = Array.from({ length: rank }, (_, i) => i).filter(i => !axes.includes(i));
  const restShape = rest.map(i => shape[i]);
  const lineShape = axes.map(i => shape[i]);
  const strides = new Array<number>(rank);
  let s = 1;
  for (let i = rank - 1; i >= 0; i--) { strides[i] = s; s *= shape[i]; }
  const data = a.data as NumericArray;
  const outCount = restShape.reduce((p, d) => p * d, 1), lineCount = lineShape.reduce((p, d) => p * d, 1);
  const out = new Float64Array(outCount), line = new Float64Array(lineCount);
  const offsetOf = (idx: number, dims: number[], which: number[]) => {
    let off = 0;
    for (let k = dims.length - 1; k >= 0; k--) { off += (idx % dims[k]) * strides[which[k]]; idx = Math.floor(idx / dims[k]); }
    return off;
  };
  for (let o = 0; o < outCount; o++) {
    const base = offsetOf(o, restShape, rest);
    for (let l = 0; l < lineCount; l++) line[l] = data[base + offsetOf(l, lineShape, axes)];
    out[o] = f(line, lineShape);
  }
  const outShape = keepdims ? shape.map((d, i) => (axes.includes(i) ? 1 : d)) : restShape;
  const result = make(a.dtype, outShape, out);
  return outShape.length === 0 ? NumpyScalar.of(a.dtype, out[0]) : result;
}

function vectorNorm(a: NDArray, axis: number, ord: number | string | null, keepdims: boolean): NDArray {
  if (typeof ord === 'string') throw pyError('ValueError', `Invalid norm order '${ord}' for vectors`);
  const p = ord ?? 2;
  return reduceLines(a, [axis], keepdims, v => {
    const abs = Array.from(v, Math.abs);
    if (p === Infinity) return Math.max(...abs);
    if (p === -Infinity) return Math.min(...abs);
    if (p === 0) return abs.filter(x => x !== 0).length;
    if (p === 1) return abs.reduce((s, x) => s + x, 0);
    if (p === 2) return Math.sqrt(abs.reduce((s, x) => s + x * x, 0));
    return abs.reduce((s, x) => s + x ** p, 0) ** (1 / p);
  });
}

function matrixNorm(a: NDArray, axes: [number, number], ord: number | string | null, keepdims: boolean): NDArray {
  if (axes[0] === axes[1]) throw pyError('ValueError', 'Duplicate axes given.');
  return reduceLines(a, axes, keepdims, (v, [m, n]) => {
    const at = (i: number, j: number) => Math.abs(v[i * n + j]);
    const colSums = () => Array.from({ length: n }, (_, j) => { let t = 0; for (let i = 0; i < m; i++) t += at(i, j); return t; });
    const rowSums = () => Array.from({ length: m }, (_, i) => { let t = 0; for (let j = 0; j < n; j++) t += at(i, j); return t; });
    switch (ord) {
      case null: case 'fro': return Math.sqrt(v.reduce((s, x) => s + x * x, 0));
      case 'nuc': return svd(v, m, n).s.reduce((s, x) => s + x, 0);
      case 1: return Math.max(...colSums());
      case -1: return Math.min(...colSums());
      case Infinity: return Math.max(...rowSums());
      case -Infinity: return Math.min(...rowSums());
      case 2: return svd(v, m, n).s[0] ?? 0;
      case -2: { const s = svd(v, m, n).s; return s[s.length - 1] ?? 0; }
    }
    throw pyError('ValueError', 'Invalid norm order for matrices.');
  });
}

export { LinAlgError, formatShape };

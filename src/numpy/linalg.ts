// dot and matmul. Products accumulate in double and round once to the result dtype; NumPy
// calls BLAS for floats, whose float32 summation order differs, so float32 results can
// differ from NumPy in the last bit.
import { NDArray, shapeSize } from '../engine/ndarray';
import { NumericArray, castScalar } from '../engine/dtypes';
import { broadcastIndex, broadcastShapes, formatShape } from './broadcast';
import { asarray } from './convert';
import { binary } from './binary_ufuncs';
import { promoteTypes } from './dtype_rules';
import { transpose } from './shape_ops';
import { ArrayLike, pyError, scalarIfZeroDim } from './values';

/** Batched (…, n, k) @ (…, k, m) with broadcasting over the batch dims. */
export function matmul(a: ArrayLike, b: ArrayLike): NDArray {
  const x = asarray(a), y = asarray(b);
  if (x.shape.length === 0 || y.shape.length === 0) throw pyError('ValueError', "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
  const xv = x.shape.length === 1, yv = y.shape.length === 1;
  const xs = xv ? [1, x.shape[0]] : x.shape, ys = yv ? [y.shape[0], 1] : y.shape;
  const [n, k] = xs.slice(-2), [k2, m] = ys.slice(-2);
  if (k !== k2) throw pyError('ValueError', `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${k2} is different from ${k})`);
  const batch = broadcastShapes(xs.slice(0, -2), ys.slice(0, -2));
  const dtype = promoteTypes(x.dtype, y.dtype);
  const out = NDArray.zeros(dtype === 'bool' ? 'bool' : dtype, [...batch, n, m]);
  const bx = broadcastIndex(xs.slice(0, -2), batch), by = broadcastIndex(ys.slice(0, -2), batch);
  const xd = x.data as NumericArray, yd = y.data as NumericArray, od = out.data as NumericArray;
  const batches = shapeSize(batch);
  const row = new Float64Array(m);
  for (let bi = 0; bi < batches; bi++) {
    const xo = (bx ? bx[bi] : bi) * n * k, yo = (by ? by[bi] : bi) * k * m, oo = bi * n * m;
    for (let i = 0; i < n; i++) {
      row.fill(0);
      for (let p = 0; p < k; p++) {
        const v = xd[xo + i * k + p];
        if (v === 0) continue;
        const yr = yo + p * m;
        for (let j = 0; j < m; j++) row[j] += v * yd[yr + j];
      }
      for (let j = 0; j < m; j++) od[oo + i * m + j] = castScalar(dtype === 'bool' ? (row[j] ? 1 : 0) : row[j], out.dtype);
    }
  }
  let shape = out.shape.slice();
  if (xv) shape.splice(shape.length - 2, 1);
  if (yv) shape = shape.slice(0, -1);
  return scalarIfZeroDim(new NDArray(out.dtype, shape, out.data));
}

/** np.dot: scalars multiply; N-d · 1-d and N-d · M-d contract the last axis of a with b's second-to-last. */
export function dot(a: ArrayLike, b: ArrayLike): NDArray {
  const x = asarray(a), y = asarray(b);
  if (x.shape.length === 0 || y.shape.length === 0) return binary('multiply', a, b);
  if (y.shape.length <= 2) {
    const k = y.shape.length === 1 ? y.shape[0] : y.shape[0];
    if (x.shape[x.shape.length - 1] !== k) throw pyError('ValueError', `shapes ${formatShape(x.shape)} and ${formatShape(y.shape)} not aligned: ${x.shape[x.shape.length - 1]} (dim ${x.shape.length - 1}) != ${k} (dim 0)`);
    if (x.shape.length <= 2) return matmul(x, y);
    const flat = matmul(new NDArray(x.dtype, [x.size / k, k], x.data), y);
    return new NDArray(flat.dtype, [...x.shape.slice(0, -1), ...y.shape.slice(1)], flat.data);
  }
  // General case: move b's contraction axis first, flatten the rest.
  const k = y.shape[y.shape.length - 2];
  if (x.shape[x.shape.length - 1] !== k) throw pyError('ValueError', `shapes ${formatShape(x.shape)} and ${formatShape(y.shape)} not aligned: ${x.shape[x.shape.length - 1]} (dim ${x.shape.length - 1}) != ${k} (dim ${y.shape.length - 2})`);
  const rest = [...y.shape.slice(0, -2), y.shape[y.shape.length - 1]];
  const perm = [y.shape.length - 2, ...Array.from({ length: y.shape.length - 2 }, (_, i) => i), y.shape.length - 1];
  const yt = transpose(y, perm);
  const flat = matmul(new NDArray(x.dtype, [x.size / k, k], x.data), new NDArray(yt.dtype, [k, yt.size / k], yt.data));
  return new NDArray(flat.dtype, [...x.shape.slice(0, -1), ...rest], flat.data);
}

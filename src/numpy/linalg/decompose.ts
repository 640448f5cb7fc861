// Dense float64 factorizations behind np.linalg: LU with partial pivoting (inv, det, solve)
// and a one-sided Jacobi SVD (pinv, lstsq). NumPy calls LAPACK; these agree with it to
// rounding (the last few bits may differ), which is what the tests check.
import { PyLikeError } from '../../engine/errors';

export class LinAlgError extends PyLikeError {
  constructor(message: string) { super('ValueError', message); this.name = 'LinAlgError'; }
}

/** Row-major n×n LU: returns the packed factors, the pivot rows and the permutation sign. */
export function lu(a: Float64Array, n: number): { lu: Float64Array; piv: Int32Array; sign: number; singular: boolean } {
  const m = a.slice();
  const piv = new Int32Array(n);
  let sign = 1, singular = false;
  for (let k = 0; k < n; k++) {
    let p = k, best = Math.abs(m[k * n + k]);
    for (let i = k + 1; i < n; i++) { const v = Math.abs(m[i * n + k]); if (v > best) { best = v; p = i; } }
    piv[k] = p;
    if (p !== k) {
      sign = -sign;
      for (let j = 0; j < n; j++) { const t = m[k * n + j]; m[k * n + j] = m[p * n + j]; m[p * n + j] = t; }
    }
    const d = m[k * n + k];
    if (d === 0) { singular = true; continue; }
    for (let i = k + 1; i < n; i++) {
      const f = (m[i * n + k] /= d);
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) m[i * n + j] -= f * m[k * n + j];
    }
  }
  return { lu: m, piv, sign, singular };
}

/** Solves A X = B (B is n×k, row-major) from A's LU factors. */
export function luSolve(f: ReturnType<typeof lu>, b: Float64Array, n: number, k: number): Float64Array {
  const x = b.slice();
  for (let i = 0; i < n; i++) {
    const p = f.piv[i];
    if (p !== i) for (let j = 0; j < k; j++) { const t = x[i * k + j]; x[i * k + j] = x[p * k + j]; x[p * k + j] = t; }
  }
  for (let i = 0; i < n; i++) for (let r = 0; r < i; r++) { const l = f.lu[i * n + r]; if (l) for (let j = 0; j < k; j++) x[i * k + j] -= l * x[r * k + j]; }
  for (let i = n - 1; i >= 0; i--) {
    for (let r = i + 1; r < n; r++) { const u = f.lu[i * n + r]; if (u) for (let j = 0; j < k; j++) x[i * k + j] -= u * x[r * k + j]; }
    const d = f.lu[i * n + i];
    for (let j = 0; j < k; j++) x[i * k + j] /= d;
  }
  return x;
}

/**
 * Thin SVD of an m×n row-major matrix by one-sided Jacobi rotations on the columns:
 * A = U·diag(s)·Vᵀ with U m×r, V n×r, r = min(m, n), s descending.
 */
export function svd(a: Float64Array, m: number, n: number): { u: Float64Array; s: Float64Array; v: Float64Array; r: number } {
  const wide = n > m;
  // Work on the tall orientation: rotate columns of W (rows × cols, rows >= cols).
  const rows = wide ? n : m, cols = wide ? m : n;
  const w = new Float64Array(rows * cols);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) { if (wide) w[j * cols + i] = a[i * n + j]; else w[i * cols + j] = a[i * n + j]; }
  const v = new Float64Array(cols * cols);
  for (let i = 0; i < cols; i++) v[i * cols + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < cols - 1; p++) for (let q = p + 1; q < cols; q++) {
      let alpha = 0, beta = 0, gamma = 0;
      for (let i = 0; i < rows; i++) { const x = w[i * cols + p], y = w[i * cols + q]; alpha += x * x; beta += y * y; gamma += x * y; }
      if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
      rotated = true;
      const zeta = (beta - alpha) / (2 * gamma);
      const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
      const c = 1 / Math.sqrt(1 + t * t), s = c * t;
      for (let i = 0; i < rows; i++) { const x = w[i * cols + p], y = w[i * cols + q]; w[i * cols + p] = c * x - s * y; w[i * cols + q] = s * x + c * y; }
      for (let i = 0; i < cols; i++) { const x = v[i * cols + p], y = v[i * cols + q]; v[i * cols + p] = c * x - s * y; v[i * cols + q] = s * x + c * y; }
    }
    if (!rotated) break;
  }
  const sv = new Float64Array(cols);
  for (let j = 0; j < cols; j++) { let t = 0; for (let i = 0; i < rows; i++) t += w[i * cols + j] ** 2; sv[j] = Math.sqrt(t); }
  const order = Array.from({ length: cols }, (_, i) => i).sort((x, y) => sv[y] - sv[x]);
  const r = cols;
  const uT = new Float64Array(rows * r), vT = new Float64Array(cols * r), s = new Float64Array(r);
  order.forEach((j, k) => {
    s[k] = sv[j];
    for (let i = 0; i < rows; i++) uT[i * r + k] = sv[j] > 0 ? w[i * cols + j] / sv[j] : 0;
    for (let i = 0; i < cols; i++) vT[i * r + k] = v[i * cols + j];
  });
  // For a wide A we factored Aᵀ = U'·S·V'ᵀ, so A = V'·S·U'ᵀ.
  return wide ? { u: vT, s, v: uT, r } : { u: uT, s, v: vT, r };
}

/** Pseudo-inverse (n×m) of an m×n matrix, dropping singular values <= rcond·max(s). */
export function pinvOf(a: Float64Array, m: number, n: number, rcond: number): { pinv: Float64Array; rank: number; s: Float64Array } {
  const { u, s, v, r } = svd(a, m, n);
  const cutoff = rcond * (s.length ? s[0] : 0);
  const out = new Float64Array(n * m);
  let rank = 0;
  for (let k = 0; k < r; k++) {
    if (!(s[k] > cutoff)) continue;
    rank++;
    const inv = 1 / s[k];
    for (let i = 0; i < n; i++) { const vi = v[i * r + k] * inv; if (vi) for (let j = 0; j < m; j++) out[i * m + j] += vi * u[j * r + k]; }
  }
  return { pinv: out, rank, s };
}

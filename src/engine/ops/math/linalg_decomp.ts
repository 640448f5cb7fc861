// Cholesky and SelfAdjointEigV2 over the innermost two dims (batched), as tf.cholesky /
// tf.self_adjoint_eig / tf.self_adjoint_eigvals (and tf.linalg.cholesky / eigh / eigvalsh).
// Both read only the lower triangle of the input, as TF (Eigen) does, so a non-symmetric matrix
// gives the decomposition of its lower triangle mirrored. Kernels in float64:
//   Cholesky:  the column-by-column L·Lᵀ factorisation; a non-positive pivot is TF's error.
//   eigh:      cyclic Jacobi rotations until the off-diagonal mass is below float64 rounding;
//              eigenvalues ascending, eigenvectors as columns. Eigenvector signs are a solver
//              choice (TF's Eigen solver may flip a column); values and the spanned lines agree.
// Their gradients (TF's linalg_grad.py) are not written yet: asking for one raises
// NotImplementedError instead of TF's result.
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { checkDType } from '../../kernels/math/dtype_rules';
import { invalidArgument, PyLikeError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { op as tfOp } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { convertArgs, inScope } from './apply';
import { batchOf, squareInfer, squareRuntime } from './square_matrices';
import { markRefusingGradient } from '../../gradients/registry';

const noGradient = (what: string) => markRefusingGradient((): never => {
  throw new PyLikeError('NotImplementedError', `the gradient of ${what} is not supported by Gradbook`);
});

/** The symmetric float64 matrix whose lower triangle is that of the n×n block at `off`. */
function lowerSymmetric(src: NumericArray, off: number, n: number): Float64Array {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = Number(src[off + i * n + j]);
      a[i * n + j] = v;
      a[j * n + i] = v;
    }
  }
  return a;
}

export const Cholesky = defineOp({
  type: OpType.Cholesky, family: 'math', inputs: ['input'], attrs: {},
  infer: ([a]) => {
    checkDType(a, 'float', 'input');
    squareInfer('Cholesky', a.shape);
    return [{ dtype: a.dtype, shape: a.shape }];
  },
  compute: ([a], op, rt) => {
    const n = squareRuntime(a.shape);
    const out = rt.output(op, 0, a.dtype, [...a.shape]);
    const l = new Float64Array(n * n);
    for (let b = 0; b < batchOf(a.shape); b++) {
      const off = b * n * n;
      l.fill(0);
      for (let j = 0; j < n; j++) {
        let d = Number(a.numeric[off + j * n + j]);
        for (let k = 0; k < j; k++) d -= l[j * n + k] * l[j * n + k];
        if (!(d > 0)) throw invalidArgument('Cholesky decomposition was not successful. The input might not be valid.');
        const root = Math.sqrt(d);
        l[j * n + j] = root;
        for (let i = j + 1; i < n; i++) {
          let s = Number(a.numeric[off + i * n + j]);
          for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
          l[i * n + j] = s / root;
        }
      }
      for (let i = 0; i < n * n; i++) out.numeric[off + i] = l[i];
    }
    return [out];
  },
  gradient: noGradient('tf.cholesky'),
  tf: tfOp('Cholesky', 'input: T', 'output: T', 'T: type'),
});

/** Cyclic Jacobi on the symmetric n×n matrix a (overwritten); returns ascending values and vectors (columns). */
function jacobiEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += a[i] * a[i];
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
    if (off <= 1e-30 * scale || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < n; k++) {   // columns p, q of A·J
          const akp = a[k * n + p], akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {   // rows p, q of Jᵀ·A
          const apk = a[p * n + k], aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {   // V·J
          const vkp = v[k * n + p], vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i] - a[j * n + j]);
  const values = new Float64Array(n), vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = a[src * n + src];
    for (let k = 0; k < n; k++) vectors[k * n + dst] = v[k * n + src];
  });
  return { values, vectors };
}

export const SelfAdjointEigV2 = defineOp({
  type: OpType.SelfAdjointEigV2, family: 'math', inputs: ['input'], attrs: { compute_v: attr.bool(true) },
  infer: ([a], attrs) => {
    checkDType(a, 'float', 'input');
    squareInfer('SelfAdjointEigV2', a.shape);
    const values = a.shape === null ? null : a.shape.slice(0, -1);
    const vectors = attrs.compute_v ? a.shape : [0];
    return [{ dtype: a.dtype, shape: values }, { dtype: a.dtype, shape: vectors }];
  },
  compute: ([a], op, rt) => {
    const n = squareRuntime(a.shape);
    const e = rt.output(op, 0, a.dtype, a.shape.slice(0, -1));
    const computeV: boolean = op.attrs.compute_v;
    const v = rt.output(op, 1, a.dtype, computeV ? [...a.shape] : [0]);
    for (let b = 0; b < batchOf(a.shape); b++) {
      const { values, vectors } = jacobiEigen(lowerSymmetric(a.numeric, b * n * n, n), n);
      for (let i = 0; i < n; i++) e.numeric[b * n + i] = values[i];
      if (computeV) for (let i = 0; i < n * n; i++) v.numeric[b * n * n + i] = vectors[i];
    }
    return [e, v];
  },
  gradient: noGradient('tf.self_adjoint_eig'),
  tf: tfOp('SelfAdjointEigV2', 'input: T', 'e: T, v: T', 'compute_v: bool = true; T: type'),
});

export function cholesky(input: TensorLike, name?: string): Tensor {
  return inScope([input], name, 'Cholesky', scope => Cholesky.make1(convertArgs([input], ['input']), {}, scope));
}

export function selfAdjointEig(input: TensorLike, computeV: boolean, name?: string): [Tensor, Tensor] {
  return inScope([input], name, 'SelfAdjointEigV2', scope => {
    const [e, v] = SelfAdjointEigV2.make(convertArgs([input], ['input']), { compute_v: computeV }, scope).outputs;
    return [e, v];
  });
}

export const LINALG_DECOMPOSITIONS: OpGroup = {
  ops: [Cholesky, SelfAdjointEigV2],
  api: [
    defineApi({
      name: 'tf.cholesky', doc: 'Computes the Cholesky decomposition of one or more square matrices (lower triangle read).',
      params: [{ name: 'input', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => cholesky(a.input, a.name ?? undefined), ['tf.linalg.cholesky']),
    defineApi({
      name: 'tf.self_adjoint_eig', doc: 'Computes the eigen decomposition of a batch of self-adjoint matrices: (e, v), e ascending.',
      params: [{ name: 'tensor', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => selfAdjointEig(a.tensor, true, a.name ?? undefined), ['tf.linalg.eigh']),
    defineApi({
      name: 'tf.self_adjoint_eigvals', doc: 'Computes the eigenvalues of one or more self-adjoint matrices (ascending).',
      params: [{ name: 'tensor', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => selfAdjointEig(a.tensor, false, a.name ?? undefined)[0], ['tf.linalg.eigvalsh']),
  ],
};

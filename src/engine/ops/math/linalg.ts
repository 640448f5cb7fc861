// MatrixInverse, MatrixDeterminant and MatrixSolve over the innermost two dims (batched), as
// tf.matrix_inverse / tf.matrix_determinant / tf.matrix_solve (and tf.linalg.inv / det / solve).
// Kernels: LU with partial pivoting in float64. Gradients (tf1 linalg_grad.py, real dtypes):
//   inverse     B = A⁻¹:   dA = -Bᵀ·G·Bᵀ            (adjoint: dA = -B·Gᵀ·B)
//   determinant d = |A|:   dA = G·d·A⁻ᵀ
//   solve       X = A⁻¹R:  dR = A⁻ᵀ·G, dA = -dR·Xᵀ   (adjoint: dR = A⁻¹·G, dA = -X·dRᵀ)
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { ShapeError } from '../../kernels/registry';
import { checkDType } from '../../kernels/math/dtype_rules';
import { invalidArgument } from '../../errors';
import { defineApi } from '../../api/api_function';
import { op as tfOp } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { checkSameDType, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { convertArgs, inScope } from './apply';
import { batchOf, squareInfer, squareRuntime } from './square_matrices';
import { matmul } from './matmul';
import { expandDims } from '../array/reshape';
import { mul, neg } from '../../gradients/families/math/graph_ops';
import { makeOp1 } from '../builder';

/** LU-factorises the n×n matrix at `off` (row-major) into a float64 copy; null when singular. */
function luFactor(src: NumericArray, off: number, n: number, transpose: boolean): { lu: Float64Array; perm: number[]; sign: number } | null {
  const lu = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) lu[i * n + j] = Number(transpose ? src[off + j * n + i] : src[off + i * n + j]);
  const perm = Array.from({ length: n }, (_, i) => i);
  let sign = 1;
  for (let k = 0; k < n; k++) {
    let p = k, best = Math.abs(lu[k * n + k]);
    for (let i = k + 1; i < n; i++) if (Math.abs(lu[i * n + k]) > best) { best = Math.abs(lu[i * n + k]); p = i; }
    if (best === 0) return null;
    if (p !== k) {
      for (let j = 0; j < n; j++) { const t = lu[k * n + j]; lu[k * n + j] = lu[p * n + j]; lu[p * n + j] = t; }
      [perm[k], perm[p]] = [perm[p], perm[k]];
      sign = -sign;
    }
    const pivot = lu[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const f = (lu[i * n + k] /= pivot);
      if (f !== 0) for (let j = k + 1; j < n; j++) lu[i * n + j] -= f * lu[k * n + j];
    }
  }
  return { lu, perm, sign };
}

/** Solves (LU)·x = P·b for the m columns of b (n×m at `off`), writing x into out at `outOff`. */
function luSolve(f: { lu: Float64Array; perm: number[] }, n: number, b: NumericArray | null, off: number, m: number, out: NumericArray, outOff: number): void {
  const { lu, perm } = f;
  const col = new Float64Array(n);
  for (let c = 0; c < m; c++) {
    for (let i = 0; i < n; i++) col[i] = b === null ? (perm[i] === c ? 1 : 0) : Number(b[off + perm[i] * m + c]);
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) col[i] -= lu[i * n + j] * col[j];
    for (let i = n - 1; i >= 0; i--) {
      for (let j = i + 1; j < n; j++) col[i] -= lu[i * n + j] * col[j];
      col[i] /= lu[i * n + i];
    }
    for (let i = 0; i < n; i++) out[outOff + i * m + c] = col[i];
  }
}

export const MatrixInverse = defineOp({
  type: OpType.MatrixInverse, family: 'math', inputs: ['input'], attrs: { adjoint: attr.bool(false) },
  infer: ([a]) => {
    checkDType(a, 'float', 'input');
    squareInfer('MatrixInverse', a.shape);
    return [{ dtype: a.dtype, shape: a.shape }];
  },
  compute: ([a], op, rt) => {
    const n = squareRuntime(a.shape);
    const out = rt.output(op, 0, a.dtype, [...a.shape]);
    for (let b = 0; b < batchOf(a.shape); b++) {
      const f = luFactor(a.numeric, b * n * n, n, op.attrs.adjoint);
      if (f === null) throw invalidArgument('Input is not invertible.');
      luSolve(f, n, null, 0, n, out.numeric, b * n * n);
    }
    return [out];
  },
  gradient: (op, [g]) => {
    const inv = op.outputs[0];
    if (op.attrs.adjoint) return [neg(matmul(inv, matmul(g!, inv, { adjointA: true })))];
    return [neg(matmul(inv, matmul(g!, inv, { adjointB: true }), { adjointA: true }))];
  },
  tf: tfOp('MatrixInverse', 'input: T', 'output: T', 'adjoint: bool = false; T: type'),
});

export const MatrixDeterminant = defineOp({
  type: OpType.MatrixDeterminant, family: 'math', inputs: ['input'], attrs: {},
  infer: ([a]) => {
    checkDType(a, 'float', 'input');
    squareInfer('MatrixDeterminant', a.shape);
    return [{ dtype: a.dtype, shape: a.shape === null ? null : a.shape.slice(0, -2) }];
  },
  compute: ([a], op, rt) => {
    const n = squareRuntime(a.shape);
    const out = rt.output(op, 0, a.dtype, a.shape.slice(0, -2));
    for (let b = 0; b < batchOf(a.shape); b++) {
      const f = luFactor(a.numeric, b * n * n, n, false);
      let det = 0;
      if (f !== null) {
        det = f.sign;
        for (let i = 0; i < n; i++) det *= f.lu[i * n + i];
      }
      out.numeric[b] = det;
    }
    return [out];
  },
  gradient: (op, [g]) => {
    const scale = expandDims(expandDims(mul(g!, op.outputs[0]), -1), -1);
    return [mul(scale, MatrixInverse.make1([op.inputs[0]], { adjoint: true }))];
  },
  tf: tfOp('MatrixDeterminant', 'input: T', 'output: T', 'T: type'),
});

export const MatrixSolve = defineOp({
  type: OpType.MatrixSolve, family: 'math', inputs: ['matrix', 'rhs'], attrs: { adjoint: attr.bool(false) },
  infer: ([a, r]) => {
    checkSameDType(OpType.MatrixSolve, [a, r], ['matrix', 'rhs']);
    checkDType(a, 'float', 'matrix');
    squareInfer('MatrixSolve', a.shape);
    if (r.shape !== null && r.shape.length < 2) throw new ShapeError(`Shape must be at least rank 2 but is rank ${r.shape.length}`);
    if (a.shape !== null && r.shape !== null) {
      const n = a.shape[a.shape.length - 1], rn = r.shape[r.shape.length - 2];
      if (n !== null && rn !== null && n !== rn) throw new ShapeError(`Dimensions must be equal, but are ${n} and ${rn} for 'MatrixSolve'`);
    }
    return [{ dtype: r.dtype, shape: r.shape }];
  },
  compute: ([a, r], op, rt) => {
    const n = squareRuntime(a.shape);
    const m = r.shape[r.shape.length - 1];
    if (r.rank !== a.rank || r.shape[r.rank - 2] !== n || r.shape.slice(0, -2).some((d, i) => d !== a.shape[i])) {
      throw invalidArgument(`Input matrix and right-hand side must have the same number of rows and batch shape: [${a.shape}] vs [${r.shape}]`);
    }
    const out = rt.output(op, 0, r.dtype, [...r.shape]);
    for (let b = 0; b < batchOf(a.shape); b++) {
      const f = luFactor(a.numeric, b * n * n, n, op.attrs.adjoint);
      if (f === null) throw invalidArgument('Input matrix is not invertible.');
      luSolve(f, n, r.numeric, b * n * m, m, out.numeric, b * n * m);
    }
    return [out];
  },
  gradient: (op, [g]): Tensor[] => {
    const [a] = op.inputs, x = op.outputs[0], adjoint: boolean = op.attrs.adjoint;
    const gradRhs: Tensor = makeOp1(OpType.MatrixSolve, [a, g!], { adjoint: !adjoint });
    const gradA: Tensor = adjoint ? neg(matmul(x, gradRhs, { adjointB: true })) : neg(matmul(gradRhs, x, { adjointB: true }));
    return [gradA, gradRhs];
  },
  tf: tfOp('MatrixSolve', 'matrix: T, rhs: T', 'output: T', 'adjoint: bool = false; T: type'),
});

export function matrixInverse(input: TensorLike, adjoint = false, name?: string): Tensor {
  return inScope([input], name, 'MatrixInverse', scope => MatrixInverse.make1(convertArgs([input], ['input']), { adjoint }, scope));
}

export function matrixDeterminant(input: TensorLike, name?: string): Tensor {
  return inScope([input], name, 'MatrixDeterminant', scope => MatrixDeterminant.make1(convertArgs([input], ['input']), {}, scope));
}

export function matrixSolve(matrix: TensorLike, rhs: TensorLike, adjoint = false, name?: string): Tensor {
  return inScope([matrix, rhs], name, 'MatrixSolve', scope => MatrixSolve.make1(convertArgs([matrix, rhs], ['matrix', 'rhs']), { adjoint }, scope));
}

export const LINALG: OpGroup = {
  ops: [MatrixInverse, MatrixDeterminant, MatrixSolve],
  api: [
    defineApi({
      name: 'tf.matrix_inverse', doc: 'Computes the inverse of one or more square invertible matrices or their adjoints.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'adjoint', default: false, type: 'bool' }, { name: 'name', default: null, type: 'name' }],
    }, a => matrixInverse(a.input, a.adjoint, a.name ?? undefined), ['tf.linalg.inv']),
    defineApi({
      name: 'tf.matrix_determinant', doc: 'Computes the determinant of one or more square matrices.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => matrixDeterminant(a.input, a.name ?? undefined), ['tf.linalg.det']),
    defineApi({
      name: 'tf.matrix_solve', doc: 'Solves systems of linear equations.',
      params: [{ name: 'matrix', type: 'tensor' }, { name: 'rhs', type: 'tensor' }, { name: 'adjoint', default: false, type: 'bool' }, { name: 'name', default: null, type: 'name' }],
    }, a => matrixSolve(a.matrix, a.rhs, a.adjoint, a.name ?? undefined), ['tf.linalg.solve']),
  ],
};

// MatMul (rank 2, transpose_a/transpose_b) and BatchMatMul (rank ≥ 2, adj_x/adj_y, equal batch
// dims: no batch broadcasting before BatchMatMulV2), and tf.matmul, which picks one by rank.
// Static errors follow tf1-semantics §2.6; gradients §4.5: each case is one product with the
// transpose flags chosen so nothing is transposed explicitly.
import type { NumericArray } from '../../dtypes';
import type { Dim } from '../../shape';
import { formatShapeCpp } from '../../shape';
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import { ShapeError } from '../../kernels/registry';
import { checkDType } from '../../kernels/math/dtype_rules';
import { gemm } from '../../kernels/math/gemm';
import { wasmGemmF32 } from '../../kernels/wasm/gemm';
import { invalidArgument, valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { checkSameDType, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { convertArgs, inScope } from './apply';
import { op as tfOp } from '../../formats/graph/op_defs/op_spec';

/** float32 goes to the WebAssembly SIMD kernels when available; everything else (and the
 *  fallback when they are not) to the JS gemm, which accumulates in float64. */
function product(A: NumericArray, aOff: number, B: NumericArray, bOff: number, C: NumericArray, cOff: number,
  M: number, N: number, K: number, transA: boolean, transB: boolean): void {
  if (A instanceof Float32Array && B instanceof Float32Array && C instanceof Float32Array
    && wasmGemmF32(A, aOff, B, bOff, C, cOff, M, N, K, transA, transB)) return;
  gemm(A, aOff, B, bOff, C, cOff, M, N, K, transA, transB);
}

function mergeDim(a: Dim, b: Dim): Dim {
  if (a !== null && b !== null && a !== b) throw new ShapeError(`Dimensions must be equal, but are ${a} and ${b}`);
  return a ?? b;
}

/** [rows, inner] of op(x) for the last two dims. */
function matDims(s: readonly Dim[], transposed: boolean): [Dim, Dim] {
  const r = s[s.length - 2], c = s[s.length - 1];
  return transposed ? [c, r] : [r, c];
}

function sizeError(a: NDArray, b: NDArray) {
  return invalidArgument(`Matrix size-incompatible: In[0]: ${formatShapeCpp(a.shape as number[])}, In[1]: ${formatShapeCpp(b.shape as number[])}`);
}

/** Gradients of C = op(A)·op(B) as two products of the same kind (`mm`), none transposed explicitly. */
type Product = (x: Tensor, y: Tensor, tx: boolean, ty: boolean) => Tensor;
function productGrads(a: Tensor, b: Tensor, g: Tensor, ta: boolean, tb: boolean, mm: Product): [Tensor, Tensor] {
  if (!ta && !tb) return [mm(g, b, false, true), mm(a, g, true, false)];
  if (!ta && tb) return [mm(g, b, false, false), mm(g, a, true, false)];
  if (ta && !tb) return [mm(b, g, false, true), mm(a, g, false, false)];
  return [mm(b, g, true, true), mm(g, a, true, true)];
}

export const MatMul = defineOp({
  type: OpType.MatMul, family: 'math', inputs: ['a', 'b'],
  attrs: { transpose_a: attr.bool(false), transpose_b: attr.bool(false) },
  infer: ([a, b], attrs) => {
    checkSameDType(OpType.MatMul, [a, b], ['a', 'b']);
    checkDType(a, 'numeric', 'a');
    for (const t of [a, b]) if (t.shape !== null && t.shape.length !== 2) throw new ShapeError(`Shape must be rank 2 but is rank ${t.shape.length}`);
    const m = a.shape ? matDims(a.shape, attrs.transpose_a)[0] : null;
    const n = b.shape ? matDims(b.shape, attrs.transpose_b)[1] : null;
    if (a.shape && b.shape) mergeDim(matDims(a.shape, attrs.transpose_a)[1], matDims(b.shape, attrs.transpose_b)[0]);
    return [{ dtype: a.dtype, shape: [m, n] }];
  },
  compute: ([a, b], op, rt) => {
    const ta = op.attrs.transpose_a, tb = op.attrs.transpose_b;
    if (a.rank !== 2 || b.rank !== 2) throw invalidArgument(`In[0] and In[1] must be matrices: ${formatShapeCpp(a.shape as number[])}, ${formatShapeCpp(b.shape as number[])}`);
    const [m, ka] = ta ? [a.shape[1], a.shape[0]] : [a.shape[0], a.shape[1]];
    const [kb, n] = tb ? [b.shape[1], b.shape[0]] : [b.shape[0], b.shape[1]];
    if (ka !== kb) throw sizeError(a, b);
    const out = rt.output(op, 0, a.dtype, [m, n]);
    product(a.numeric, 0, b.numeric, 0, out.numeric, 0, m, n, ka, ta, tb);
    return [out];
  },
  gradient: (op, [g]) => {
    const mm: Product = (x, y, tx, ty) => MatMul.make1([x, y], { transpose_a: tx, transpose_b: ty });
    return productGrads(op.inputs[0], op.inputs[1], g!, op.attrs.transpose_a, op.attrs.transpose_b, mm);
  },
  tf: tfOp('MatMul', 'a: T, b: T', 'product: T', 'transpose_a: bool = false; transpose_b: bool = false; T: type'),
});

export const BatchMatMul = defineOp({
  type: OpType.BatchMatMul, family: 'math', inputs: ['x', 'y'],
  attrs: { adj_x: attr.bool(false), adj_y: attr.bool(false) },
  infer: ([a, b], attrs) => {
    checkSameDType(OpType.BatchMatMul, [a, b], ['x', 'y']);
    checkDType(a, 'numeric', 'x');
    for (const t of [a, b]) if (t.shape !== null && t.shape.length < 2) throw new ShapeError(`Shape must be rank >= 2 but is rank ${t.shape.length}`);
    if (a.shape === null || b.shape === null) return [{ dtype: a.dtype, shape: null }];
    if (a.shape.length !== b.shape.length) throw new ShapeError(`Shape must be rank ${a.shape.length} but is rank ${b.shape.length}`);
    const batch = a.shape.slice(0, -2).map((d, i) => mergeDim(d, b.shape![i]));
    const [m, ka] = matDims(a.shape, attrs.adj_x);
    const [kb, n] = matDims(b.shape, attrs.adj_y);
    mergeDim(ka, kb);
    return [{ dtype: a.dtype, shape: [...batch, m, n] }];
  },
  compute: ([a, b], op, rt) => {
    const adjX = op.attrs.adj_x, adjY = op.attrs.adj_y, r = a.rank;
    const sameBatch = r === b.rank && a.shape.slice(0, -2).every((d, i) => d === b.shape[i]);
    const [m, ka] = adjX ? [a.shape[r - 1], a.shape[r - 2]] : [a.shape[r - 2], a.shape[r - 1]];
    const [kb, n] = adjY ? [b.shape[r - 1], b.shape[r - 2]] : [b.shape[r - 2], b.shape[r - 1]];
    if (!sameBatch || ka !== kb) throw sizeError(a, b);
    const batch = a.shape.slice(0, -2);
    const out = rt.output(op, 0, a.dtype, [...batch, m, n]);
    const count = batch.reduce((p, d) => p * d, 1);
    for (let i = 0; i < count; i++) {
      product(a.numeric, i * m * ka, b.numeric, i * ka * n, out.numeric, i * m * n, m, n, ka, adjX, adjY);
    }
    return [out];
  },
  gradient: (op, [g]) => {
    const mm: Product = (x, y, tx, ty) => BatchMatMul.make1([x, y], { adj_x: tx, adj_y: ty });
    return productGrads(op.inputs[0], op.inputs[1], g!, op.attrs.adj_x, op.attrs.adj_y, mm);
  },
  tf: tfOp('BatchMatMul', 'x: T, y: T', 'output: T', 'T: type; adj_x: bool = false; adj_y: bool = false'),
});

export interface MatMulOptions {
  transposeA?: boolean; transposeB?: boolean;
  /** Real dtypes only, so adjoint = transpose. */
  adjointA?: boolean; adjointB?: boolean;
  name?: string;
}

/** tf.matmul: MatMul for rank 2, BatchMatMul (adj_x/adj_y) for higher ranks; scope `MatMul`. */
export function matmul(a: TensorLike, b: TensorLike, opts: MatMulOptions = {}): Tensor {
  if (opts.transposeA && opts.adjointA) throw valueError('Only one of transpose_a and adjoint_a can be True.');
  if (opts.transposeB && opts.adjointB) throw valueError('Only one of transpose_b and adjoint_b can be True.');
  return inScope([a, b], opts.name, 'MatMul', scope => {
    const [x, y] = convertArgs([a, b], ['a', 'b']);
    const ta = opts.transposeA === true || opts.adjointA === true;
    const tb = opts.transposeB === true || opts.adjointB === true;
    const batched = (x.rank !== null && x.rank > 2) || (y.rank !== null && y.rank > 2);
    if (batched) return BatchMatMul.make1([x, y], { adj_x: ta, adj_y: tb }, scope);
    return MatMul.make1([x, y], { transpose_a: ta, transpose_b: tb }, scope);
  });
}

const SPEED_HINT = 'a speed hint in TF; the product is the same';

export const MATMUL: OpGroup = {
  ops: [MatMul, BatchMatMul],
  api: [
    defineApi({
      name: 'tf.matmul', doc: 'Multiplies matrix `a` by matrix `b` (batched for rank > 2).',
      params: [
        { name: 'a', type: 'tensor' }, { name: 'b', type: 'tensor' },
        { name: 'transpose_a', default: false, type: 'bool' }, { name: 'transpose_b', default: false, type: 'bool' },
        { name: 'adjoint_a', default: false, type: 'bool' }, { name: 'adjoint_b', default: false, type: 'bool' },
        { name: 'a_is_sparse', default: false, type: 'bool', doc: SPEED_HINT },
        { name: 'b_is_sparse', default: false, type: 'bool', doc: SPEED_HINT },
        { name: 'name', default: null, type: 'name' },
      ],
    }, a => matmul(a.a, a.b, {
      transposeA: a.transpose_a, transposeB: a.transpose_b, adjointA: a.adjoint_a, adjointB: a.adjoint_b, name: a.name ?? undefined,
    }), ['tf.linalg.matmul']),
  ],
};

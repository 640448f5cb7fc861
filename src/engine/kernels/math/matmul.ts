// MatMul (rank 2, transpose_a/transpose_b) and BatchMatMul (rank ≥ 2, adj_x/adj_y, equal batch
// dims: no batch broadcasting before BatchMatMulV2). Static errors follow tf1-semantics §2.6.
import { registerKernel, ShapeError } from '../registry';
import type { NumericArray } from '../../dtypes';
import type { Dim } from '../../shape';
import { formatShapeCpp } from '../../shape';
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import { checkSameDType } from '../../ops/builder';
import { invalidArgument } from '../../errors';
import { checkDType } from './dtype_rules';
import { gemm } from './gemm';
import { wasmGemmF32 } from '../wasm/gemm';

/** float32 goes to the WebAssembly SIMD kernels when available; everything else (and the
 *  fallback when they are not) to the JS gemm, which accumulates in float64. */
function matmul(A: NumericArray, aOff: number, B: NumericArray, bOff: number, C: NumericArray, cOff: number,
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
function matDims(s: Dim[], transposed: boolean): [Dim, Dim] {
  const r = s[s.length - 2], c = s[s.length - 1];
  return transposed ? [c, r] : [r, c];
}

registerKernel({
  type: 'MatMul', family: 'math',
  infer: ([a, b], attrs) => {
    checkSameDType('MatMul', [a, b], ['a', 'b']);
    checkDType(a, 'numeric', 'a');
    for (const t of [a, b]) if (t.shape !== null && t.shape.length !== 2) throw new ShapeError(`Shape must be rank 2 but is rank ${t.shape.length}`);
    if (a.shape === null || b.shape === null) {
      const m = a.shape ? matDims(a.shape, attrs.transpose_a === true)[0] : null;
      const n = b.shape ? matDims(b.shape, attrs.transpose_b === true)[1] : null;
      return [{ dtype: a.dtype, shape: [m, n] }];
    }
    const [m, ka] = matDims(a.shape, attrs.transpose_a === true);
    const [kb, n] = matDims(b.shape, attrs.transpose_b === true);
    mergeDim(ka, kb);
    return [{ dtype: a.dtype, shape: [m, n] }];
  },
  compute: ([a, b], op, rt) => {
    const ta = op.attrs.transpose_a === true, tb = op.attrs.transpose_b === true;
    const [m, ka] = ta ? [a.shape[1], a.shape[0]] : [a.shape[0], a.shape[1]];
    const [kb, n] = tb ? [b.shape[1], b.shape[0]] : [b.shape[0], b.shape[1]];
    if (a.rank !== 2 || b.rank !== 2) throw invalidArgument(`In[0] and In[1] must be matrices: ${formatShapeCpp(a.shape as number[])}, ${formatShapeCpp(b.shape as number[])}`);
    if (ka !== kb) throw invalidArgument(`Matrix size-incompatible: In[0]: ${formatShapeCpp(a.shape as number[])}, In[1]: ${formatShapeCpp(b.shape as number[])}`);
    const out = rt.output(op, 0, a.dtype, [m, n]);
    matmul(a.data as NumericArray, 0, b.data as NumericArray, 0, out.data as NumericArray, 0, m, n, ka, ta, tb);
    return [out];
  },
});

function inferBatch(a: Tensor, b: Tensor, adjX: boolean, adjY: boolean) {
  checkSameDType('BatchMatMul', [a, b], ['x', 'y']);
  checkDType(a, 'numeric', 'x');
  for (const t of [a, b]) if (t.shape !== null && t.shape.length < 2) throw new ShapeError(`Shape must be rank >= 2 but is rank ${t.shape.length}`);
  if (a.shape === null || b.shape === null) return [{ dtype: a.dtype, shape: null }];
  if (a.shape.length !== b.shape.length) throw new ShapeError(`Shape must be rank ${a.shape.length} but is rank ${b.shape.length}`);
  const batch = a.shape.slice(0, -2).map((d, i) => mergeDim(d, b.shape![i]));
  const [m, ka] = matDims(a.shape, adjX);
  const [kb, n] = matDims(b.shape, adjY);
  mergeDim(ka, kb);
  return [{ dtype: a.dtype, shape: [...batch, m, n] }];
}

function batchCompute(a: NDArray, b: NDArray, adjX: boolean, adjY: boolean, out: (shape: number[]) => NDArray): NDArray {
  const r = a.rank;
  const sameBatch = r === b.rank && a.shape.slice(0, -2).every((d, i) => d === b.shape[i]);
  const [m, ka] = adjX ? [a.shape[r - 1], a.shape[r - 2]] : [a.shape[r - 2], a.shape[r - 1]];
  const [kb, n] = adjY ? [b.shape[r - 1], b.shape[r - 2]] : [b.shape[r - 2], b.shape[r - 1]];
  if (!sameBatch || ka !== kb) throw invalidArgument(`Matrix size-incompatible: In[0]: ${formatShapeCpp(a.shape as number[])}, In[1]: ${formatShapeCpp(b.shape as number[])}`);
  const batch = a.shape.slice(0, -2);
  const result = out([...batch, m, n]);
  const count = batch.reduce((p, d) => p * d, 1);
  for (let i = 0; i < count; i++) {
    matmul(a.data as NumericArray, i * m * ka, b.data as NumericArray, i * ka * n, result.data as NumericArray, i * m * n, m, n, ka, adjX, adjY);
  }
  return result;
}

registerKernel({
  type: 'BatchMatMul', family: 'math',
  infer: ([a, b], attrs) => inferBatch(a, b, attrs.adj_x === true, attrs.adj_y === true),
  compute: ([a, b], op, rt) => [batchCompute(a, b, op.attrs.adj_x === true, op.attrs.adj_y === true, s => rt.output(op, 0, a.dtype, s))],
});

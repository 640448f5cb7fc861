// SparseTensorDenseMatMul(a_indices, a_values, a_shape, b): the dense product op(A)·op(B) of a
// rank-2 SparseTensor A and a dense matrix B (tf.sparse.sparse_dense_matmul,
// tf.sparse_tensor_dense_matmul); adjoint_* transpose (values are real). Repeated indices add.
// Gradient (TF's sparse_grad): B gets op(A)ᵀ·g through the same op with adjoint_a flipped; each
// value A[r,c] gets Σ_k g[i,k]·op(B)[j,k] with (i, j) = (r, c), or (c, r) under adjoint_a.
import type { Tensor } from '../../graph/tensor';
import type { SparseTensor } from '../../graph/sparse_tensor';
import { invalidArgument, typeError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { constantInts, intsOf } from '../../kernels/array/static';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { intConst, mul, op1, sum } from '../../gradients/families/math/graph_ops';
import { inOpScope } from '../array/common';
import { Gather } from '../array/gather';
import { checkTriple, inferTriple } from './common';

const transpose = (t: Tensor) => op1(OpType.Transpose, [t, intConst([1, 0])], { Tperm: 'int32' });
const column = (indices: Tensor, c: number) => Gather.make1([op1(OpType.Transpose, [indices, intConst([1, 0])], { Tperm: 'int32' }), intConst([c])]);

export const SparseTensorDenseMatMul = defineOp({
  type: OpType.SparseTensorDenseMatMul, family: 'math', inputs: ['a_indices', 'a_values', 'a_shape', 'b'],
  attrs: { adjoint_a: attr.bool(false), adjoint_b: attr.bool(false) },
  infer: ([indices, values, shape, b], attrs) => {
    inferTriple(indices, values, shape, 'a');
    checkDType(values, 'numeric', 'a_values');
    if (b.dtype !== values.dtype) throw typeError(`Input 'b' of 'SparseTensorDenseMatMul' Op has type ${b.dtype} that does not match type ${values.dtype} of argument 'a_values'.`);
    if (b.shape !== null && b.shape.length !== 2) throw new ShapeError(`Shape must be rank 2 but is rank ${b.shape.length}`);
    const a = constantInts(shape);
    const outRows = a === null ? null : a[attrs.adjoint_a ? 1 : 0];
    const inner = a === null ? null : a[attrs.adjoint_a ? 0 : 1];
    const bInner = b.shape === null ? null : b.shape[attrs.adjoint_b ? 1 : 0];
    if (inner !== null && bInner !== null && inner !== bInner) throw new ShapeError(`Dimensions must be equal, but are ${inner} and ${bInner}`);
    return [{ dtype: values.dtype, shape: [outRows, b.shape === null ? null : b.shape[attrs.adjoint_b ? 0 : 1]] }];
  },
  compute: ([indices, values, shapeA, b], node, rt) => {
    checkTriple(indices, values, shapeA, 'a');
    const { adjoint_a: adjA, adjoint_b: adjB } = node.attrs;
    const shape = intsOf(shapeA);
    if (shape.length !== 2) throw invalidArgument(`Tensor 'a_shape' is not a vector of length 2: [${shape.length}]`);
    if (b.rank !== 2) throw invalidArgument(`Tensor 'b' is not a matrix`);
    const rows = shape[adjA ? 1 : 0], inner = shape[adjA ? 0 : 1];
    const bRows = b.shape[adjB ? 1 : 0], cols = b.shape[adjB ? 0 : 1];
    if (inner !== bRows) throw invalidArgument(`Cannot multiply A and B because inner dimension does not match: ${inner} vs. ${bRows}.  Did you forget a transpose?  Dimensions of A: [${shape.join(', ')}).  Dimensions of B: [${b.shape.join(',')}]`);
    const out = rt.output(node, 0, values.dtype, [rows, cols]), o = out.numeric, v = values.numeric, bd = b.numeric;
    o.fill(0);
    const idx = intsOf(indices), bStride = b.shape[1];
    for (let n = 0; n < values.shape[0]; n++) {
      const r = idx[2 * n], c = idx[2 * n + 1];
      const i = adjA ? c : r, j = adjA ? r : c;
      if (i < 0 || i >= rows) throw invalidArgument(`k (${i}) from index[${n},${adjA ? 1 : 0}] out of bounds (>=${rows})`);
      if (j < 0 || j >= inner) throw invalidArgument(`k (${j}) from index[${n},${adjA ? 0 : 1}] out of bounds (>=${inner})`);
      const a = Number(v[n]);
      for (let k = 0; k < cols; k++) o[i * cols + k] += a * Number(adjB ? bd[k * bStride + j] : bd[j * bStride + k]);
    }
    return [out];
  },
  gradient: (node, [g]): (Tensor | null)[] => {
    const [indices, , shape, b] = node.inputs;
    const { adjoint_a: adjA, adjoint_b: adjB } = node.attrs;
    const bOp = adjB ? transpose(b) : b;
    const rowsOfG = column(indices, adjA ? 1 : 0), rowsOfB = column(indices, adjA ? 0 : 1);
    const flat = (t: Tensor) => op1(OpType.Reshape, [t, intConst([-1])]);
    const parts = mul(Gather.make1([g!, flat(rowsOfG)]), Gather.make1([bOp, flat(rowsOfB)]));
    const valuesGrad = sum(parts, intConst([1]));
    const bOpGrad: Tensor = SparseTensorDenseMatMul.make1([indices, node.inputs[1], shape, g!], { adjoint_a: !adjA, adjoint_b: false });
    return [null, valuesGrad, null, adjB ? transpose(bOpGrad) : bOpGrad];
  },
  tf: op('SparseTensorDenseMatMul', 'a_indices: Tindices, a_values: T, a_shape: int64, b: T', 'product: T',
    'T: type; Tindices: type = int64; adjoint_a: bool = false; adjoint_b: bool = false'),
});

export function sparseTensorDenseMatmul(sp: SparseTensor, b: TensorLike, adjointA = false, adjointB = false, name?: string): Tensor {
  return inOpScope(name, 'SparseTensorDenseMatMul', opName =>
    SparseTensorDenseMatMul.make1([sp.indices, sp.values, sp.denseShape, convertToTensor(b, sp.dtype, 'b')], { adjoint_a: adjointA, adjoint_b: adjointB }, opName));
}

export const SPARSE_DENSE_MATMUL: OpGroup = {
  ops: [SparseTensorDenseMatMul],
  api: [defineApi({
    name: 'tf.sparse.sparse_dense_matmul', doc: 'Multiply SparseTensor (of rank 2) "A" by dense matrix "B".',
    params: [{ name: 'sp_a', type: 'sparse' }, { name: 'b', type: 'tensor' }, { name: 'adjoint_a', default: false, type: 'bool' },
      { name: 'adjoint_b', default: false, type: 'bool' }, { name: 'name', default: null, type: 'name' }],
  }, a => sparseTensorDenseMatmul(a.sp_a, a.b, a.adjoint_a, a.adjoint_b, a.name ?? undefined), ['tf.sparse_tensor_dense_matmul', 'tf.sparse.matmul'])],
};

// SparseReshape(input_indices, input_shape, new_shape): the same entries in a dense shape of the
// same size, one -1 inferred (tf.sparse.reshape / tf.sparse_reshape). Values are untouched, so the
// op has no gradient (TF marks it so); the Python function keeps the values tensor as it is.
import { SparseTensor } from '../../graph/sparse_tensor';
import { invalidArgument, valueError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { constantInts, intsOf } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from '../array/common';
import { resolveReshape } from '../array/reshape';
import { indexMatrix, indexRows, int64Array, linearIndex, stridesOf } from './common';

export const SparseReshape = defineOp({
  type: OpType.SparseReshape, family: 'array', inputs: ['input_indices', 'input_shape', 'new_shape'], attrs: {},
  infer: ([indices, , newShape]) => {
    if (indices.shape !== null && indices.shape.length !== 2) throw new ShapeError(`Shape must be rank 2 but is rank ${indices.shape.length}`);
    const n = newShape.shape === null ? null : newShape.shape[0];
    return [{ dtype: 'int64', shape: [indices.shape === null ? null : indices.shape[0], n] }, { dtype: 'int64', shape: [n] }];
  },
  compute: ([indices, shapeA, newShapeA]) => {
    const shape = intsOf(shapeA), size = shape.reduce((a, b) => a * b, 1);
    if (indices.rank !== 2 || indices.shape[1] !== shape.length) throw invalidArgument(`Input rank should match input shape: indices [${indices.shape.join(',')}] vs shape [${shape.length}]`);
    const requested = intsOf(newShapeA);
    let out: number[];
    try { out = resolveReshape(size, requested); } catch {
      throw invalidArgument(`Input to reshape is a SparseTensor with ${size} dense values, but the requested shape requires ${requested.includes(-1) ? 'a multiple of ' : ''}${requested.filter(d => d !== -1).reduce((a, b) => a * b, 1)}. inputShape=[${shape.join(',')}] outputShape=[${requested.join(',')}]`);
    }
    const from = stridesOf(shape), to = stridesOf(out);
    const rows = indexRows(indices).map(r => {
      let off = linearIndex(r, from);
      return to.map(s => { const i = Math.floor(off / s); off -= i * s; return i; });
    });
    return [indexMatrix(rows, out.length), int64Array(out, [out.length])];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('SparseReshape', 'input_indices: int64, input_shape: int64, new_shape: int64', 'output_indices: int64, output_shape: int64', ''),
});

export function sparseReshape(sp: SparseTensor, shape: TensorLike, name?: string): SparseTensor {
  return inOpScope(name, 'SparseReshape', opName => {
    const newShape = convertToTensor(shape, 'int64', 'shape');
    const known = sp.shape, req = constantInts(newShape);
    if (known !== null && known.every(d => d !== null) && req !== null && !req.includes(-1)) {
      const a = (known as number[]).reduce((x, y) => x * y, 1), b = req.reduce((x, y) => x * y, 1);
      if (a !== b) throw valueError(`Cannot reshape a tensor with ${a} elements to shape [${req.join(', ')}] (${b} elements).`);
    }
    const [indices, outShape] = SparseReshape.make([sp.indices, sp.denseShape, newShape], {}, opName).outputs;
    return new SparseTensor(indices, sp.values, outShape);
  });
}

export const SPARSE_RESHAPE: OpGroup = {
  ops: [SparseReshape],
  api: [defineApi({
    name: 'tf.sparse.reshape', doc: 'Reshapes a SparseTensor to represent values in a new dense shape.',
    params: [{ name: 'sp_input', type: 'sparse' }, { name: 'shape', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => sparseReshape(a.sp_input, a.shape, a.name ?? undefined), ['tf.sparse_reshape'])],
};

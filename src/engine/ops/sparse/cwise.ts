// SparseDenseCwiseMul / SparseDenseCwiseDiv(sp_indices, sp_values, sp_shape, dense): each
// present entry times (or over) the dense tensor broadcast to the sparse shape, read at its index;
// the result keeps the sparse indices (Python's `sparse * dense`, `sparse / dense`). Gradients
// (TF's sparse_grad): the values get g·d (g/d); the dense operand gets each entry's share added at
// the element the entry read.
import type { Tensor } from '../../graph/tensor';
import { SparseTensor } from '../../graph/sparse_tensor';
import { NDArray } from '../../ndarray';
import { invalidArgument, typeError } from '../../errors';
import { intsOf } from '../../kernels/array/static';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { cast, mul, neg, op1, shapeOf, sub, zerosLike } from '../../gradients/families/math/graph_ops';
import { inOpScope } from '../array/common';
import { concat } from '../array/concat';
import { fill } from '../array/creation';
import { slice } from '../array/slice';
import { SparseTensorDenseAdd } from './add';
import { checkTriple, indexRows, inferTriple } from './common';

/** The dense operand's flat offset for each sparse entry (right-aligned broadcasting). */
function denseOffsets(rows: number[][], shape: number[], dense: NDArray): number[] {
  const r = shape.length, dr = dense.rank;
  if (dr > r || dense.shape.some((d, j) => d !== 1 && d !== shape[j + r - dr])) {
    throw invalidArgument(`SparseDenseBinaryOpShared broadcasts dense to sparse only; got incompatible shapes: [${shape.join(',')}] vs. [${dense.shape.join(',')}]`);
  }
  const strides = dense.shape.map((_, j) => dense.shape.slice(j + 1).reduce((a, b) => a * b, 1));
  return rows.map(row => dense.shape.reduce((off, d, j) => off + (d === 1 ? 0 : row[j + r - dr] * strides[j]), 0));
}

function cwise(type: OpTypeName, f: (v: number, d: number) => number, gradient: (node: { inputs: Tensor[]; outputs: Tensor[] }, g: Tensor) => (Tensor | null)[]) {
  return defineOp({
    type, family: 'math', inputs: ['sp_indices', 'sp_values', 'sp_shape', 'dense'], attrs: {},
    infer: ([indices, values, shape, dense]) => {
      inferTriple(indices, values, shape, 'sp');
      checkDType(values, 'numeric', 'sp_values');
      if (dense.dtype !== values.dtype) throw typeError(`Input 'dense' of '${type}' Op has type ${dense.dtype} that does not match type ${values.dtype} of argument 'sp_values'.`);
      return [{ dtype: values.dtype, shape: values.shape }];
    },
    compute: ([indices, values, shape, dense]) => {
      checkTriple(indices, values, shape, 'sp');
      const at = denseOffsets(indexRows(indices), intsOf(shape), dense);
      const out = NDArray.zeros(values.dtype, values.shape), v = values.numeric, d = dense.numeric;
      at.forEach((j, n) => { out.numeric[n] = f(Number(v[n]), Number(d[j])); });
      return [out];
    },
    gradient: (node, [g]) => gradient(node, g!),
    tf: op(type, 'sp_indices: int64, sp_values: T, sp_shape: int64, dense: T', 'output: T', 'T: type'),
  });
}

/**
 * A gradient at the entries summed into the dense operand's shape, as TF does it: each index
 * divided by (sparse shape / dense shape padded with leading 1s) names the dense element it read
 * (the leading added columns dropped), and SparseTensorDenseAdd adds repeats, so nothing of the
 * (possibly huge) sparse shape is ever made dense.
 */
function denseGrad(indices: Tensor, shape: Tensor, dense: Tensor, perEntry: Tensor): Tensor {
  const yShape = cast(shapeOf(dense), 'int64');
  const added = sub(op1(OpType.Size, [shape], { out_type: 'int32' }), op1(OpType.Size, [yShape], { out_type: 'int32' }));
  const addedV = op1(OpType.ExpandDims, [added, convertToTensor(0, 'int32')], { Tdim: 'int32' });
  const padded = concat([fill(addedV, convertToTensor(1, 'int64')), yShape], 0);
  const scaled = op1(OpType.FloorDiv, [indices, op1(OpType.FloorDiv, [shape, padded])]);
  const begin = concat([convertToTensor([0], 'int32'), addedV], 0);
  const at = slice(scaled, begin, convertToTensor([-1, -1], 'int32'));
  return SparseTensorDenseAdd.make1([at, perEntry, yShape, zerosLike(dense)]);
}

export const SparseDenseCwiseMul = cwise(OpType.SparseDenseCwiseMul, (v, d) => v * d, (node, g) => {
  const [indices, values, shape, dense] = node.inputs;
  return [null, SparseDenseCwiseMul.make1([indices, g, shape, dense]), null, denseGrad(indices, shape, dense, mul(g, values))];
});

export const SparseDenseCwiseDiv = cwise(OpType.SparseDenseCwiseDiv, (v, d) => v / d, (node, g) => {
  const [indices, , shape, dense] = node.inputs, y = node.outputs[0];
  const dValues = SparseDenseCwiseDiv.make1([indices, g, shape, dense]);
  // d(v/d)/dd = -(v/d)/d: the entries' -g·y divided by d again.
  return [null, dValues, null, denseGrad(indices, shape, dense, neg(SparseDenseCwiseDiv.make1([indices, mul(g, y), shape, dense])))];
});

function apply(def: typeof SparseDenseCwiseMul, defaultName: string) {
  return (sp: SparseTensor, dense: TensorLike, name?: string): SparseTensor => inOpScope(name, defaultName, opName =>
    new SparseTensor(sp.indices, def.make1([sp.indices, sp.values, sp.denseShape, convertToTensor(dense, sp.dtype, 'y')], {}, opName), sp.denseShape));
}

/** Python's `sparse * dense` (TF names the op after the operator: `mul`). */
export const sparseDenseCwiseMul = apply(SparseDenseCwiseMul, 'SparseDenseCwiseMul');
export const sparseDenseCwiseDiv = apply(SparseDenseCwiseDiv, 'SparseDenseCwiseDiv');

export const SPARSE_CWISE: OpGroup = { ops: [SparseDenseCwiseMul, SparseDenseCwiseDiv], api: [] };


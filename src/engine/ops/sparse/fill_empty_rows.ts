// SparseFillEmptyRows(indices, values, dense_shape, default_value): every row (first index) with
// no entry gets one at [row, 0, ..., 0] holding default_value; entries come out grouped by row,
// each row's in input order (tf.sparse.fill_empty_rows / tf.sparse_fill_empty_rows). Also gives
// empty_row_indicator and reverse_index_map (input entry i is output entry map[i]). Its gradient
// is SparseFillEmptyRowsGrad: the values take the gradient of their output entries, the default
// value the sum over the filled-in ones.
import type { Tensor } from '../../graph/tensor';
import { SparseTensor } from '../../graph/sparse_tensor';
import { NDArray } from '../../ndarray';
import { invalidArgument, typeError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { elementsOf, intsOf } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi, apiTuple } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from '../array/common';
import { checkTriple, indexMatrix, indexRows, inferTriple, int64Array } from './common';

export const SparseFillEmptyRows = defineOp({
  type: OpType.SparseFillEmptyRows, family: 'array', inputs: ['indices', 'values', 'dense_shape', 'default_value'], attrs: {},
  infer: ([indices, values, shape, dflt]) => {
    inferTriple(indices, values, shape);
    if (dflt.dtype !== values.dtype) throw typeError(`Input 'default_value' of 'SparseFillEmptyRows' Op has type ${dflt.dtype} that does not match type ${values.dtype} of argument 'values'.`);
    if (dflt.shape !== null && dflt.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${dflt.shape.length}`);
    return [
      { dtype: 'int64', shape: [null, indices.shape?.[1] ?? null] }, { dtype: values.dtype, shape: [null] },
      { dtype: 'bool', shape: [null] }, { dtype: 'int64', shape: [indices.shape?.[0] ?? null] },
    ];
  },
  compute: ([indices, values, shapeA, dflt]) => {
    checkTriple(indices, values, shapeA);
    const shape = intsOf(shapeA), rank = shape.length, rows = indexRows(indices);
    const nRows = shape[0], byRow: number[][] = Array.from({ length: nRows }, () => []);
    rows.forEach((row, i) => {
      if (row[0] < 0 || row[0] >= nRows) throw invalidArgument(`indices(${i}, 0) is invalid: ${row[0]} >= ${nRows}`);
      byRow[row[0]].push(i);
    });
    const outRows: number[][] = [], src: number[] = [], reverse = new Array<number>(rows.length);
    const empty = NDArray.zeros('bool', [nRows]);
    byRow.forEach((members, r) => {
      if (!members.length) {
        empty.numeric[r] = 1;
        outRows.push([r, ...new Array<number>(rank - 1).fill(0)]);
        src.push(-1);
      }
      for (const i of members) { reverse[i] = outRows.length; outRows.push(rows[i]); src.push(i); }
    });
    const outValues = NDArray.zeros(values.dtype, [outRows.length]), dst = elementsOf(outValues), from = elementsOf(values);
    const fill = elementsOf(dflt)[0];
    src.forEach((i, k) => { dst[k] = i < 0 ? fill : from[i]; });
    return [indexMatrix(outRows, rank), outValues, empty, int64Array(reverse, [reverse.length])];
  },
  gradient: (node, [, g]) => {
    const [dValues, dDefault] = SparseFillEmptyRowsGrad.make([node.outputs[3], g!]).outputs;
    return [null, dValues, null, dDefault];
  },
  tf: op('SparseFillEmptyRows', 'indices: int64, values: T, dense_shape: int64, default_value: T',
    'output_indices: int64, output_values: T, empty_row_indicator: bool, reverse_index_map: int64', 'T: type'),
});

export const SparseFillEmptyRowsGrad = defineOp({
  type: OpType.SparseFillEmptyRowsGrad, family: 'array', inputs: ['reverse_index_map', 'grad_values'], attrs: {},
  infer: ([map, g]) => [{ dtype: g.dtype, shape: map.shape }, { dtype: g.dtype, shape: [] }],
  compute: ([map, g]) => {
    const at = intsOf(map), used = new Uint8Array(g.size);
    const dValues = NDArray.zeros(g.dtype, [at.length]), dDefault = NDArray.zeros(g.dtype, []);
    at.forEach((j, i) => {
      if (j < 0 || j >= g.size) throw invalidArgument(`Invalid reverse_index_map(${i}): ${j}`);
      dValues.numeric[i] = g.numeric[j]; used[j] = 1;
    });
    let rest = 0;
    for (let j = 0; j < g.size; j++) if (!used[j]) rest += Number(g.numeric[j]);
    dDefault.numeric[0] = rest;
    return [dValues, dDefault];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('SparseFillEmptyRowsGrad', 'reverse_index_map: int64, grad_values: T', 'd_values: T, d_default_value: T', 'T: type'),
});

/** (the filled SparseTensor, empty_row_indicator). */
export function sparseFillEmptyRows(sp: SparseTensor, defaultValue: TensorLike, name?: string): [SparseTensor, Tensor] {
  return inOpScope(name, 'SparseFillEmptyRows', opName => {
    const [i, v, empty] = SparseFillEmptyRows.make([sp.indices, sp.values, sp.denseShape, convertToTensor(defaultValue, sp.dtype, 'default_value')], {}, opName).outputs;
    return [new SparseTensor(i, v, sp.denseShape), empty];
  });
}

export const SPARSE_FILL_EMPTY_ROWS: OpGroup = {
  ops: [SparseFillEmptyRows, SparseFillEmptyRowsGrad],
  api: [defineApi({
    name: 'tf.sparse.fill_empty_rows', doc: 'Fills empty rows in the input 2-D SparseTensor with a default value; also returns which rows were empty.',
    params: [{ name: 'sp_input', type: 'sparse' }, { name: 'default_value', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => apiTuple(sparseFillEmptyRows(a.sp_input, a.default_value, a.name ?? undefined)), ['tf.sparse_fill_empty_rows'])],
};

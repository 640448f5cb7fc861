// AddN (tf.add_n, and tf.gradients' fan-in sum): N same-shape tensors → their sum.
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { formatShapeCpp, mergeShapes, StaticShape } from '../../shape';
import { invalidArgument, valueError } from '../../errors';
import { sameShape } from '../../session/runtime';
import { ShapeError } from '../../kernels/registry';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { checkSameDType, makeOp1, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { convertArgs, inScope } from './apply';

export const AddN = defineOp({
  type: OpType.AddN, family: 'math', inputs: ['*inputs'], attrs: { N: attr.int() },
  infer: inputs => {
    checkDType(inputs[0], 'numeric', 'inputs');
    checkSameDType(OpType.AddN, inputs, ['inputs']);
    let shape: StaticShape = inputs[0].shape;
    for (const t of inputs.slice(1)) {
      try { shape = mergeShapes(shape, t.shape); } catch {
        throw new ShapeError(`Shapes must be equal rank, but are ${shape?.length} and ${t.shape?.length}`);
      }
    }
    return [{ dtype: inputs[0].dtype, shape }];
  },
  compute: (inputs, node, rt) => {
    const first = inputs[0];
    for (const t of inputs) {
      if (!sameShape(t.shape, first.shape)) throw invalidArgument(`Inputs to operation ${node.name} of type AddN must have the same size and shape.  Input 0: ${formatShapeCpp(first.shape as number[])} != input: ${formatShapeCpp(t.shape as number[])}`);
    }
    const out = rt.output(node, 0, first.dtype, first.shape);
    const od = out.data as NumericArray, a = first.data as NumericArray, n = od.length;
    if (inputs.length === 2) {
      const b = inputs[1].data as NumericArray;
      for (let i = 0; i < n; i++) od[i] = a[i] + b[i];
      return [out];
    }
    for (let i = 0; i < n; i++) od[i] = a[i];
    for (let k = 1; k < inputs.length; k++) {
      const d = inputs[k].data as NumericArray;
      for (let i = 0; i < n; i++) od[i] += d[i];
    }
    return [out];
  },
  gradient: (node, [g]) => node.inputs.map(() => g),
  tf: op('AddN', 'inputs: N * T', 'sum: T', 'N: int >= 1; T: type', { commutative: true }),
});

/** tf.add_n: one input is returned as is (or through Identity when named). */
export function addN(inputs: TensorLike[], name?: string): Tensor {
  if (!inputs.length) throw valueError('inputs must be a list of at least one Tensor/IndexedSlices with the same dtype and shape');
  if (inputs.length === 1) {
    const [t] = convertArgs(inputs, ['inputs']);
    return name ? makeOp1(OpType.Identity, [t], {}, name) : t;
  }
  return inScope(inputs, name, 'AddN', scope => AddN.make1(convertArgs(inputs, inputs.map(() => 'inputs')), { N: inputs.length }, scope));
}

export const ADD_N: OpGroup = {
  ops: [AddN],
  api: [
    defineApi({
      name: 'tf.add_n', doc: 'Adds all input tensors element-wise.',
      params: [{ name: 'inputs', type: 'tensors' }, { name: 'name', default: null, type: 'name' }],
    }, a => addN(a.inputs, a.name ?? undefined), ['tf.math.add_n']),
  ],
};

// Variable storage ops. The variable's value lives in the Session (RuntimeContext.variables),
// keyed by the VariableV2 op's name, so two sessions never share values.
import { registerKernel } from '../registry';
import type { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { DType, NumericArray } from '../../dtypes';
import { StaticShape, formatShapeCpp } from '../../shape';
import { mergeShapeOrThrow } from '../shape_merge';
import { UninitializedRef, RuntimeContext, sameShape } from '../../session/runtime';
import { invalidArgument } from '../../errors';
import { binaryElementwiseInPlace } from './inplace';

/** The VariableV2 op a ref tensor comes from (refs may pass through Identity-like ops). */
export function variableOpOf(op: Operation, inputIndex = 0): Operation {
  let src = op.inputs[inputIndex].op;
  while (src.type !== 'VariableV2' && src.inputs.length && src.inputs[0].isRef) src = src.inputs[0].op;
  return src;
}

registerKernel({
  type: 'VariableV2', family: 'state', stateful: true,
  infer: (_in, attrs) => [{ dtype: attrs.dtype as DType, shape: attrs.shape as StaticShape, isRef: true }],
  compute: (_in, op, rt) => [rt.variables.get(op.name) ?? new UninitializedRef(op.name)],
});

registerKernel({
  type: 'Assign', family: 'state', stateful: true, refInputs: [0],
  infer: (inputs, attrs) => {
    const [ref, value] = inputs;
    let shape: StaticShape = value.shape;
    if (attrs.validate_shape !== false) shape = mergeShapeOrThrow(ref.shape, value.shape);
    return [{ dtype: ref.dtype, shape, isRef: true }];
  },
  compute: (inputs, op, rt) => {
    const varOp = variableOpOf(op);
    const value = inputs[1];
    const current = rt.variables.get(varOp.name);
    if (op.attrs.validate_shape !== false && current && !sameShape(current.shape, value.shape)) {
      // An initialized variable keeps its shape under validate_shape.
      throw invalidArgument(`Assign requires shapes of both tensors to match. lhs shape= ${formatShapeCpp(current.shape as number[])} rhs shape= ${formatShapeCpp(value.shape as number[])}`);
    }
    return [rt.setVariable(varOp.name, value)];
  },
});

function assignUpdate(type: string, sign: 1 | -1) {
  registerKernel({
    type, family: 'state', stateful: true,
    infer: inputs => [{ dtype: inputs[0].dtype, shape: inputs[0].shape, isRef: true }],
    compute: (inputs, op, rt: RuntimeContext) => {
      const target = inputs[0] as NDArray;
      const delta = inputs[1];
      if (!sameShape(target.shape, delta.shape)) throw invalidArgument(`Must have the same shape: ${formatShapeCpp(target.shape as number[])} vs. ${formatShapeCpp(delta.shape as number[])}`);
      binaryElementwiseInPlace(target.data as NumericArray, delta.data as NumericArray, sign);
      void op; void rt;
      return [target];
    },
  });
}
assignUpdate('AssignAdd', 1);
assignUpdate('AssignSub', -1);

// VariableV2: a variable's storage. The value lives in the Session (RuntimeContext.variables),
// keyed by the op's name, so two sessions never share values; before its initializer runs the
// op yields an UninitializedRef, which only ops that accept uninitialized refs may read.
import type { DType } from '../../dtypes';
import type { StaticShape } from '../../shape';
import type { Operation } from '../../graph/operation';
import { UninitializedRef } from '../../session/runtime';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';

export const VariableV2 = defineOp({
  type: OpType.VariableV2, family: 'state', inputs: [], stateful: true,
  attrs: { shape: attr.any<StaticShape>('shape'), dtype: attr.type(), container: attr.string(''), shared_name: attr.string('') },
  infer: (_in, attrs) => [{ dtype: attrs.dtype as DType, shape: attrs.shape, isRef: true }],
  compute: (_in, op, rt) => [rt.variables.get(op.name) ?? new UninitializedRef(op.name)],
  gradient: NOT_DIFFERENTIABLE,
  tf: op('VariableV2', '', 'ref: Ref(dtype)', 'shape: shape; dtype: type; container: string = ""; shared_name: string = ""', { stateful: true }),
});

/** The VariableV2 op a ref input comes from (refs may pass through Identity-like ops and RefSwitch). */
export function variableOpOf(op: Operation, inputIndex = 0): Operation {
  let src = op.inputs[inputIndex].op;
  while (src.type !== OpType.VariableV2 && src.inputs.length && src.inputs[0].isRef) src = src.inputs[0].op;
  return src;
}

export const VARIABLE_V2: OpGroup = { ops: [VariableV2], api: [] };

// IsVariableInitialized: whether a variable has a value in this session (tf.is_variable_initialized),
// the predicate of Variable.initialized_value and report_uninitialized_variables.
import type { Tensor } from '../../graph/tensor';
import { UninitializedRef } from '../../session/runtime';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { refOf } from './assign';

export const IsVariableInitialized = defineOp({
  type: OpType.IsVariableInitialized, family: 'state', inputs: ['ref'], stateful: true, refInputs: [0],
  attrs: { dtype: attr.type() },
  infer: () => [{ dtype: 'bool', shape: [] }],
  compute: ([ref], op, rt) => {
    const out = rt.output(op, 0, 'bool', []);
    (out.data as Uint8Array)[0] = ref instanceof UninitializedRef ? 0 : 1;
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('IsVariableInitialized', 'ref: Ref(dtype)', 'is_initialized: bool', 'dtype: type'),
});

export function isVariableInitialized(variable: TensorLike, name?: string | null): Tensor {
  const ref = refOf(variable, OpType.IsVariableInitialized);
  return IsVariableInitialized.make1([ref], { dtype: ref.dtype }, name ?? OpType.IsVariableInitialized);
}

export const IS_VARIABLE_INITIALIZED: OpGroup = {
  ops: [IsVariableInitialized],
  api: [defineApi({
    name: 'tf.is_variable_initialized', doc: 'Tests if a variable has been initialized (a bool scalar tensor).',
    params: [{ name: 'variable', type: 'tensor' }],
  }, a => isVariableInitialized(a.variable))],
};

// IsVariableInitialized: whether a variable has a value in this session (tf.is_variable_initialized),
// the predicate of Variable.initialized_value and report_uninitialized_variables.
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { getDefaultGraph } from '../../graph/default_graph';
import { UninitializedRef } from '../../session/runtime';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { constant, TensorLike } from '../builder';
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

/**
 * The names of the variables whose IsVariableInitialized input is false (a string vector). TF
 * builds this as boolean_mask(constant(names), logical_not(stack(is_initialized))); Gradbook has
 * one op for it, written as is into GraphDefs (real TF cannot import it).
 */
export const UninitializedVariableNames = defineOp({
  type: OpType.UninitializedVariableNames, family: 'state', inputs: ['*is_initialized'],
  attrs: { names: attr.any<string[]>('list(string)') },
  infer: inputs => [{ dtype: 'string', shape: [null] }],
  compute: (inputs, op) => {
    const names = op.attrs.names.filter((_n, i) => !(inputs[i].data as Uint8Array)[0]);
    return [new NDArray('string', [names.length], names)];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('UninitializedVariableNames', 'is_initialized: N * bool', 'names: string', 'names: list(string); N: int >= 0', { gradbookOnly: true }),
});

/** tf.report_uninitialized_variables: the op names of the variables not yet initialized. */
export function reportUninitializedVariables(vars: TensorLike[], name: string | null): Tensor {
  const refs = vars.map(v => refOf(v, OpType.IsVariableInitialized));
  const g = refs.length ? refs[0].graph : getDefaultGraph();
  return g.withControlDependencies(null, () => g.withNameScope(name ?? null, 'report_uninitialized_variables', scope => {
    if (!refs.length) return constant(new NDArray('string', [0], []), 'string', 'Const');
    const inits = refs.map(r => IsVariableInitialized.make1([r], { dtype: r.dtype }));
    return UninitializedVariableNames.make1(inits, { names: refs.map(r => r.op.name) }, `${scope}boolean_mask`);
  }));
}

export function isVariableInitialized(variable: TensorLike, name?: string | null): Tensor {
  const ref = refOf(variable, OpType.IsVariableInitialized);
  return IsVariableInitialized.make1([ref], { dtype: ref.dtype }, name ?? OpType.IsVariableInitialized);
}

export const IS_VARIABLE_INITIALIZED: OpGroup = {
  ops: [IsVariableInitialized, UninitializedVariableNames],
  api: [defineApi({
    name: 'tf.is_variable_initialized', doc: 'Tests if a variable has been initialized (a bool scalar tensor).',
    params: [{ name: 'variable', type: 'tensor' }],
  }, a => isVariableInitialized(a.variable))],
};

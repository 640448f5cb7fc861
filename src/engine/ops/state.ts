// Builders of the state family: variable storage and in-place updates. Each op's definition
// lives in ops/state/<op>.ts; tf.Variable itself is variables/variable.ts.
export { VariableV2, variableOpOf } from './state/variable_v2';
export { Assign, AssignAdd, AssignSub, assign, assignAdd, assignSub, refOf } from './state/assign';
export type { AssignOptions } from './state/assign';
export { ScatterUpdate, ScatterAdd, ScatterSub, scatter } from './state/scatter';
export { IsVariableInitialized, isVariableInitialized, UninitializedVariableNames, reportUninitializedVariables } from './state/is_initialized';

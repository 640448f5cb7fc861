// Slot variables (TF's slot_creator): one non-trainable variable per primary variable and slot,
// shaped and typed like the primary, named `<primary op name>/<OptimizerName>` (uniquified:
// `Variable/Adam`, `Variable/Adam_1`) inside the variable scope minimize runs in (so
// `with tf.variable_scope('train'): opt.minimize(loss)` makes `train/model/w/Adam`, as real TF1
// checkpoints show), whatever name scope is active. They join
// GLOBAL_VARIABLES, so `global_variables_initializer()` built after minimize initializes them.
// TF creates them with tf.get_variable inside variable_scope(None, '<primary>/<Optimizer>'), so in
// a scope with reuse=True (not AUTO_REUSE) that fails: TF1's well-known "Variable .../Adam/ does
// not exist" ValueError when minimize is called after scope.reuse_variables().
import { NDArray } from '../ndarray';
import { constant } from '../ops/builder';
import { Variable } from '../variables/variable';
import { currentVariableScope } from '../variables/variable_scope';
import { valueError } from '../errors';

/** What a slot starts as: a fill value (0 → zeros, 1 → ones, else a constant). */
export type SlotFill = number;

export function createSlotVariable(primary: Variable, fill: SlotFill, optimizerName: string): Variable {
  const g = primary.graph;
  const scope = currentVariableScope();
  const name = `${scope.name ? scope.name + '/' : ''}${primary.op.name}/${optimizerName}`;
  if (scope.reuse === true) {
    const full = `${name}/`;
    throw valueError(`Variable ${full} does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?`);
  }
  const shape = primary.shape as number[];
  const dtype = primary.dtype;
  const initName = fill === 0 ? 'zeros' : fill === 1 ? 'ones' : 'Const';
  const initialValue = () => {
    const a = NDArray.zeros(dtype, shape);
    if (fill !== 0) (a.data as Float32Array).fill(fill);
    return constant(a, dtype, initName);
  };
  // Root name scope, no control dependencies: TF's slot_creator names slots with get_variable,
  // which ignores name scopes.
  return g.withControlDependencies(null, () => g.withNameScope('', null, () =>
    new Variable(initialValue, { name, trainable: false, dtype })));
}

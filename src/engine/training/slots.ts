// Slot variables (TF's slot_creator): one non-trainable variable per primary variable and slot,
// shaped and typed like the primary, named `<primary op name>/<OptimizerName>` (uniquified:
// `Variable/Adam`, `Variable/Adam_1`), whatever name scope is active. They join
// GLOBAL_VARIABLES, so `global_variables_initializer()` built after minimize initializes them.
import { NDArray } from '../ndarray';
import { constant } from '../ops/builder';
import { Variable } from '../variables/variable';

/** What a slot starts as: a fill value (0 → zeros, 1 → ones, else a constant). */
export type SlotFill = number;

export function createSlotVariable(primary: Variable, fill: SlotFill, optimizerName: string): Variable {
  const g = primary.graph;
  const shape = primary.shape as number[];
  const dtype = primary.dtype;
  const initName = fill === 0 ? 'zeros' : fill === 1 ? 'ones' : 'Const';
  const initialValue = () => {
    const a = NDArray.zeros(dtype, shape);
    if (fill !== 0) (a.data as Float32Array).fill(fill);
    return constant(a, dtype, initName);
  };
  // Root name scope, no control dependencies: slot names ignore where minimize was called.
  return g.withControlDependencies(null, () => g.withNameScope('', null, () =>
    new Variable(initialValue, { name: `${primary.op.name}/${optimizerName}`, trainable: false, dtype })));
}

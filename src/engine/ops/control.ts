// Builders of the control family: constants, placeholders, identities, groups and control
// dependencies. Each op's definition lives in ops/control/<op>.ts.
export { Const, constantOp, convertToTensorOp } from './control/const';
export { Placeholder, PlaceholderWithDefault, placeholder, placeholderWithDefault } from './control/placeholder';
export { Identity, Snapshot, StopGradient, identity, stopGradient } from './control/identity';
export { NoOp, noOp, group, tuple, withControlDependencies, enterControlDependencies, asOp } from './control/group';
export type { OpOrTensor } from './control/group';
export { Switch, RefSwitch, Merge } from './control/cond';

// The engine's public API, shaped like TF1's `tf` module so TypeScript programs read like the
// Python they mirror. Importing it registers every kernel and gradient.
import './kernels';
import './gradients';

export { NDArray } from './ndarray';
export type { DType } from './dtypes';
export { Graph } from './graph/graph';
export { Operation } from './graph/operation';
export { Tensor } from './graph/tensor';
export { GraphKeys } from './graph/graph_keys';
export { getDefaultGraph, resetDefaultGraph, withDefaultGraph, pushDefaultGraph } from './graph/default_graph';
export { Session, InteractiveSession, getDefaultSession, evalTensor, runOperation, addRunObserver } from './session/session';
export { setInterruptCheck } from './session/interrupt';
export { setMemoryBudget, memoryBudget, defaultMemoryBudget, memoryInUse, setMemoryReader, OutOfMemoryError } from './memory';
export { convertToTensor, constant, makeOp, makeOp1 } from './ops/builder';
export * from './ops/control';
export { Variable, variableForOp } from './variables/variable';
export * from './variables/initializers';
export { gradients } from './gradients/gradients';
export * from './errors';
export * from './ops/families';

// Control flow for TypeScript callers and the Python bindings: while loops and conds over flat
// tensor lists (structures are the caller's business), TensorArrays, IndexedSlices.
export { whileLoop } from './while_loop';
export type { WhileOptions, LoopCond, LoopBody } from './while_loop';
export { cond } from './cond';
export type { BranchFn, CondOptions } from './cond';
export { lastIterations } from './iterations';
export { IndexedSlices, isIndexedSlices } from '../graph/indexed_slices';
export { TensorArray } from './tensor_array';
export type { TensorArrayOptions } from './tensor_array';
export { innerOpsOf } from './contexts';

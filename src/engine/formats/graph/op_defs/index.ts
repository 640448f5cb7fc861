// The op spec table's lookups. Every op Gradbook runs carries its own row in its definition
// (`tf: op(...)` in src/engine/ops/**, registered by registerOps); the Saver's two ops, which
// Gradbook writes but has no definition for, are registered beside them by src/engine/index.ts.

export { findOpSpec, opSpec, allOpSpecs } from './op_spec';
export type { OpSpec, ArgSpec, AttrSpec, AttrType } from './op_spec';

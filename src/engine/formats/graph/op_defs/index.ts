// The op spec table of ops Gradbook has no definition for (the Saver's), registered once. Every op
// Gradbook runs carries its own row in its definition (`tf: op(...)` in src/engine/ops/**).
import { registerOpSpecs } from './op_spec';
import { STATE_OPS } from './state';

registerOpSpecs([...STATE_OPS]);

export { findOpSpec, opSpec, allOpSpecs } from './op_spec';
export type { OpSpec, ArgSpec, AttrSpec, AttrType } from './op_spec';

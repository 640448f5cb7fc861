// The op spec table, registered once.
import { registerOpSpecs } from './op_spec';
import { ARRAY_OPS } from './array';
import { NN_OPS } from './nn';
import { STATE_OPS } from './state';

registerOpSpecs([...ARRAY_OPS, ...NN_OPS, ...STATE_OPS]);

export { findOpSpec, opSpec, allOpSpecs } from './op_spec';
export type { OpSpec, ArgSpec, AttrSpec, AttrType } from './op_spec';

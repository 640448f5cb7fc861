// Neural-network ops (core/ops/nn_ops.cc, TF 1.15): every nn op definition carries its own row
// (`tf: op(...)` in src/engine/ops/nn/*); none is left here.
import type { OpSpec } from './op_spec';

export const NN_OPS: OpSpec[] = [];

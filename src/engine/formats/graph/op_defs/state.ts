// The Saver's ops (core/ops/io_ops.cc, TF 1.15), registered by src/engine/index.ts beside the op
// list. Every op Gradbook runs carries its row in its definition (ops/<family>/<op>.ts).
import { op, OpSpec } from './op_spec';

export const SAVER_OP_SPECS: OpSpec[] = [
  // The Saver's graph (written into .meta files for real TF; Gradbook has no kernels for them yet).
  op('SaveV2', 'prefix: string, tensor_names: string, shape_and_slices: string, tensors: L:dtypes', '', 'dtypes: list(type) >= 1', { stateful: true }),
  op('RestoreV2', 'prefix: string, tensor_names: string, shape_and_slices: string', 'tensors: L:dtypes', 'dtypes: list(type) >= 1', { stateful: true }),
];
